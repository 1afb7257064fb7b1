/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells and worksheets are plain objects, not Office.js proxies. */
/**
 * The demo workbooks in LibreOffice (spec templates §4): for each template × language, `node bin/ecom-ops.js
 * template … --demo` writes an .xlsx with uncached formulas; LibreOffice headless loads it (computing every
 * formula) and saves it again as .xlsx, whose cached results ExcelJS reads back. No cell may hold an error
 * value and the key cells must equal the hand-computed values (tests/helpers/demo-expectations.ts). A plan
 * with a linked review (cross-sheet formulas) and a plan whose channel budgets overshoot the total are
 * recalculated too. Each demo is also printed to PDF and rendered as PNG screenshots under artifacts/.
 *
 * LibreOffice (soffice) and pdftoppm are required: the test fails with a clear message when missing.
 */
import { execFileSync } from "child_process";
import { ValueType, Workbook } from "exceljs";
import type { Worksheet } from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Language } from "../../src/functions/language";
import { writeXlsx } from "../../src/render/xlsx";
import type { KpiReviewParams, TemplateId } from "../../src/templates";
import { buildTemplate, demoParams } from "../../src/templates";
import type { SheetSpec } from "../../src/templates/sheet-spec";
import { expectValue, expectedPlan, expectedReview } from "../helpers/demo-expectations";
import type { Expected } from "../helpers/demo-expectations";
import { pdfToPng, requireTool, sofficeConvert } from "../helpers/libreoffice";

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "artifacts");
const COMBOS: [TemplateId, Language][] = [
  ["campaign-plan", "zh-CN"],
  ["campaign-plan", "en-US"],
  ["kpi-review", "zh-CN"],
  ["kpi-review", "en-US"],
];
const ERROR_VALUE = /^(#VALUE!|#NAME\?|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)/;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ecom-ops-lo-"));
const recalculated = path.join(tmp, "recalculated");
const fileOf = (id: TemplateId, lang: Language) => path.join(tmp, `${id}-${lang}.xlsx`);
const specOf = (id: TemplateId, lang: Language) => buildTemplate(id, demoParams(id, lang));

function cli(argv: string[]): void {
  const result = execFileSync(process.execPath, [path.join(ROOT, "bin/ecom-ops.js"), ...argv], {
    encoding: "utf8",
  });
  expect(result).toMatch(/^Wrote /);
}

async function readWorkbook(file: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The value LibreOffice computed (formula cells: the cached result). */
function computed(sheet: Worksheet, address: string): unknown {
  const cell = sheet.getCell(address);
  if (cell.type === ValueType.Formula) return cell.result ?? "";
  return cell.value ?? "";
}

/** Every cell with an error value: as a formula result, an error cell, or error text. */
function errorCells(workbook: Workbook): string[] {
  const found: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const result = computed(sheet, cell.address);
        const text =
          result && typeof result === "object" && "error" in result
            ? String((result as { error: string }).error)
            : String(result);
        if (ERROR_VALUE.test(text)) found.push(`${sheet.name}!${cell.address}: ${text}`);
      })
    );
  }
  return found;
}

/** The computed value of a spec's defined name (a cell, or a column range as an array). */
function namedValue(sheet: Worksheet, spec: SheetSpec, name: string): unknown {
  const ref = spec.names.find((n) => n.name === name)!.ref;
  const [from, to] = ref.split(":");
  if (!to) return computed(sheet, from);
  const column = from.replace(/\d+$/, "");
  const values = [];
  for (let row = Number(from.slice(column.length)); row <= Number(to.slice(column.length)); row++) {
    values.push(computed(sheet, `${column}${row}`));
  }
  return values;
}

function expectKeyCells(
  sheet: Worksheet,
  spec: SheetSpec,
  expected: Record<string, Expected>
): void {
  for (const [name, value] of Object.entries(expected))
    expectValue(namedValue(sheet, spec, name), value, name);
}

beforeAll(async () => {
  requireTool("soffice", "libreoffice-calc-nogui");
  requireTool("pdftoppm", "poppler-utils");
  if (!fs.existsSync(path.join(ROOT, "dist/cli/ecom-ops.js"))) {
    throw new Error(
      "dist/cli/ecom-ops.js is missing: run npm run build first (npm test does it in pretest)."
    );
  }
  for (const [id, lang] of COMBOS)
    cli(["template", id, "--lang", lang, "--demo", "--out", fileOf(id, lang)]);
  cli([
    "template",
    "campaign-plan",
    "--lang",
    "zh-CN",
    "--demo",
    "--field",
    "budget=490000",
    "--out",
    path.join(tmp, "overshoot.xlsx"),
  ]);
  for (const lang of ["zh-CN", "en-US"] as Language[]) {
    const plan = specOf("campaign-plan", lang);
    const linked = buildTemplate("kpi-review", {
      ...(demoParams("kpi-review", lang) as KpiReviewParams),
      planSheet: plan.name,
    });
    fs.writeFileSync(path.join(tmp, `linked-${lang}.xlsx`), await writeXlsx([plan, linked]));
  }
  const inputs = [
    ...COMBOS.map(([id, lang]) => fileOf(id, lang)),
    path.join(tmp, "overshoot.xlsx"),
    path.join(tmp, "linked-zh-CN.xlsx"),
    path.join(tmp, "linked-en-US.xlsx"),
  ];
  sofficeConvert(inputs, "xlsx", recalculated);
  const pdfs = sofficeConvert(
    COMBOS.map(([id, lang]) => fileOf(id, lang)),
    "pdf",
    path.join(tmp, "pdf")
  );
  pdfs.forEach((pdf, i) =>
    pdfToPng(pdf, path.join(ARTIFACTS, `${COMBOS[i][0]}-${COMBOS[i][1]}`), 70)
  );
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.each(COMBOS)("%s (%s) recalculated by LibreOffice", (id, lang) => {
  test("no cell holds an error value", async () => {
    const workbook = await readWorkbook(path.join(recalculated, path.basename(fileOf(id, lang))));
    expect(errorCells(workbook)).toEqual([]);
  });

  test("key cells equal the hand-computed values", async () => {
    const workbook = await readWorkbook(path.join(recalculated, path.basename(fileOf(id, lang))));
    const spec = specOf(id, lang);
    expectKeyCells(
      workbook.getWorksheet(spec.name)!,
      spec,
      id === "campaign-plan" ? expectedPlan(lang) : expectedReview(lang)
    );
  });

  test("the PDF is rendered to PNG screenshots under artifacts/", () => {
    const pages = fs
      .readdirSync(ARTIFACTS)
      .filter((f) => f.startsWith(`${id}-${lang}-`) && f.endsWith(".png"));
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });
});

test("channel budgets above the total: the check says by how much", async () => {
  const workbook = await readWorkbook(path.join(recalculated, "overshoot.xlsx"));
  const spec = specOf("campaign-plan", "zh-CN");
  const sheet = workbook.worksheets[0];
  expect(errorCells(workbook)).toEqual([]);
  expectValue(namedValue(sheet, spec, "BudgetDifference"), 10000, "BudgetDifference"); // 500,000 − 490,000
  expectValue(
    namedValue(sheet, spec, "BudgetCheck"),
    "✗ 渠道预算合计超出总预算 ¥10,000.00",
    "BudgetCheck"
  );
});

test.each(["zh-CN", "en-US"] as Language[])(
  "a review linked to a plan (%s) computes across sheets",
  async (lang) => {
    const workbook = await readWorkbook(path.join(recalculated, `linked-${lang}.xlsx`));
    expect(errorCells(workbook)).toEqual([]);
    const plan = specOf("campaign-plan", lang);
    const review = specOf("kpi-review", lang);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([plan.name, review.name]);
    const sheet = workbook.worksheets[1];
    expect(sheet.getCell("F15").formula).toContain("!$F$12"); // GMV target, linked
    expectKeyCells(sheet, review, expectedReview(lang));
  }
);
