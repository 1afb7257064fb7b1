/**
 * What went wrong when a template could not be inserted, in plain words in both languages (spec templates
 * §1.4: "the task pane says what went wrong in plain words"). Excel reports failures as
 * OfficeExtension.Error with a code from Excel.ErrorCodes; the common ones a planner can act on get their
 * own sentence, the rest a general one that still says the workbook is unchanged.
 */
import type { Bilingual } from "../functions/language";

export type InsertFailure =
  "cell-edit-mode" | "protected" | "name-taken" | "unsupported-host" | "other";

/** A failed insert: `reason` for code, `text` for people. The message is the en-US text. */
export class SheetInsertError extends Error {
  constructor(
    readonly reason: InsertFailure,
    readonly text: Bilingual,
    readonly code?: string
  ) {
    super(text["en-US"]);
    this.name = "SheetInsertError";
  }
}

const TEXT: Record<Exclude<InsertFailure, "other">, Bilingual> = {
  "cell-edit-mode": {
    "en-US": "Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.",
    "zh-CN": "Excel 正在编辑单元格。请先在表格中按 Enter 或 Esc，然后重试。",
  },
  protected: {
    "en-US":
      "The workbook is protected or read-only, so no sheet can be added. Unprotect it (Review › Protect Workbook) or save a copy, then try again.",
    "zh-CN":
      "工作簿已保护或为只读，无法添加工作表。请先撤销保护（审阅 › 保护工作簿）或另存一份，然后重试。",
  },
  "name-taken": {
    "en-US":
      "A sheet or table with the same name appeared while the template was being built. Please try again.",
    "zh-CN": "生成模板期间出现了同名的工作表或表格，请重试。",
  },
  "unsupported-host": {
    "en-US":
      "This version of Excel cannot build templates (it needs Excel 2019 or later, Microsoft 365 or Excel on the web). Open the task pane's page in a browser to download the template as an .xlsx file instead.",
    "zh-CN":
      "此版本的 Excel 无法生成模板（需要 Excel 2019 或更高版本、Microsoft 365 或网页版 Excel）。可在浏览器中打开本任务窗格页面，改为下载 .xlsx 文件。",
  },
};

const UNCHANGED: Bilingual = {
  "en-US": "Your workbook was left as it was.",
  "zh-CN": "您的工作簿保持原样，未做任何更改。",
};

const CODE_REASONS: Record<string, Exclude<InsertFailure, "other">> = {
  InvalidOperationInCellEditMode: "cell-edit-mode",
  AccessDenied: "protected",
  ItemAlreadyExists: "name-taken",
  ApiNotFound: "unsupported-host",
};

/** The OfficeExtension.Error code of a thrown value, if it has one. */
function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The SheetInsertError for the host's requirement sets being too old (checked before any change). */
export function unsupportedHostError(): SheetInsertError {
  return new SheetInsertError("unsupported-host", TEXT["unsupported-host"]);
}

/**
 * Explains a failure of the write batch in plain words. `leftover` names a partly built sheet that could
 * not be removed (then the text asks the user to delete it instead of saying the workbook is unchanged).
 */
export function explainInsertFailure(err: unknown, leftover?: string): SheetInsertError {
  const code = errorCode(err);
  const reason = (code && CODE_REASONS[code]) || "other";
  const lead: Bilingual =
    reason === "other"
      ? {
          "en-US": `Excel could not build the sheet${code ? ` (${code})` : ""}.`,
          "zh-CN": `Excel 未能生成工作表${code ? `（${code}）` : ""}。`,
        }
      : TEXT[reason];
  const tail: Bilingual = leftover
    ? {
        "en-US": `A partly built sheet "${leftover}" could not be removed; please delete it.`,
        "zh-CN": `未能删除生成了一半的工作表「${leftover}」，请手动删除。`,
      }
    : UNCHANGED;
  return new SheetInsertError(
    reason,
    { "en-US": `${lead["en-US"]} ${tail["en-US"]}`, "zh-CN": `${lead["zh-CN"]}${tail["zh-CN"]}` },
    code
  );
}
