/**
 * Outside Excel the template is offered as a file (spec templates §4): the .xlsx renderer — ExcelJS, the
 * pane's largest dependency — is loaded with a dynamic import() only when the user asks for a file, so
 * webpack puts it in its own chunk and the pane opens fast. The file is saved through a Blob link.
 */
import type { SheetSpec } from "../templates/sheet-spec";

const FORBIDDEN_IN_FILE_NAMES = '\\/:*?"<>|';
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file name for a sheet: characters that file systems reject replaced, ".xlsx" appended. */
export function xlsxFileName(sheetName: string): string {
  const safe = Array.from(sheetName, (ch) =>
    ch < " " || FORBIDDEN_IN_FILE_NAMES.includes(ch) ? "_" : ch
  )
    .join("")
    .trim();
  return `${safe || "ECOM Ops"}.xlsx`;
}

/** Saves `bytes` as `fileName` through a temporary object URL and a clicked download link. */
export function saveFile(bytes: Uint8Array, fileName: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Renders `spec` as an .xlsx file and downloads it; returns the file name. */
export async function downloadXlsx(spec: SheetSpec): Promise<string> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "../render/xlsx");
  const fileName = xlsxFileName(spec.name);
  saveFile(await writeXlsx([spec]), fileName);
  return fileName;
}
