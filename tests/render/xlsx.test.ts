/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells and worksheets are plain objects, not Office.js proxies. */
/**
 * writeXlsx, read back with ExcelJS (and workbook.xml read raw for defined-name scopes): sheet names made
 * unique, formulas without cached results, values, number formats, styles, merges, widths, row heights,
 * validation, conditional formats, tables, sheet-scoped defined names, frozen panes, print setup, and
 * formula injection (text starting with = + - @ is a text cell).
 */
import { ValueType, Workbook } from "exceljs";
import type { Worksheet } from "exceljs";
import JSZip from "jszip";
import { writeXlsx } from "../../src/render/xlsx";
import type { CampaignPlanParams } from "../../src/templates";
import { buildTemplate, demoParams } from "../../src/templates";
import type { SheetSpec } from "../../src/templates/sheet-spec";

const planSpec = (changes: Partial<CampaignPlanParams> = {}): SheetSpec =>
  buildTemplate("campaign-plan", {
    ...(demoParams("campaign-plan", "zh-CN") as CampaignPlanParams),
    ...changes,
  });
const reviewSpec = (): SheetSpec => buildTemplate("kpi-review", demoParams("kpi-review", "en-US"));

async function readBack(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

const cellOf = (spec: SheetSpec, address: string) => spec.cells.find((c) => c.address === address)!;

describe("writeXlsx", () => {
  let plan: SheetSpec;
  let review: SheetSpec;
  let bytes: Uint8Array;
  let workbook: Workbook;
  let sheet: Worksheet;

  beforeAll(async () => {
    plan = planSpec();
    review = reviewSpec();
    bytes = await writeXlsx([plan, review, planSpec()]);
    workbook = await readBack(bytes);
    sheet = workbook.getWorksheet(plan.name)!;
  });

  test("returns the bytes of a zip (xlsx) file", () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK"
  });

  test("one sheet per spec, names made unique", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "活动策划 - 双11",
      "KPI Review - Singles' Day",
      "活动策划 - 双11 (2)",
    ]);
  });

  test("formulas are written without a cached result; the workbook recalculates on load", async () => {
    const forecast = sheet.getCell("C25");
    expect(forecast.type).toBe(ValueType.Formula);
    expect(forecast.formula).toBe(cellOf(plan, "C25").formula!.slice(1));
    expect((forecast.value as { result?: unknown }).result).toBeUndefined();
    const xml = await (
      await JSZip.loadAsync(bytes)
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(xml).toMatch(/<c r="C25"[^>]*><f>[^<]+<\/f><\/c>/);
    const book = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    expect(book).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("every spec cell arrives with its value or formula and number format", () => {
    for (const cell of plan.cells) {
      const written = sheet.getCell(cell.address);
      if (cell.formula)
        expect([cell.address, written.formula]).toEqual([cell.address, cell.formula.slice(1)]);
      else if (cell.value !== undefined && !written.isMerged) {
        // ExcelJS reads date-formatted numbers back as Dates: compare as Excel serials
        const value =
          written.value instanceof Date
            ? written.value.getTime() / 86400000 + 25569
            : written.value;
        expect([cell.address, value]).toEqual([cell.address, cell.value]);
      }
      if (cell.numberFormat)
        expect([cell.address, written.numFmt]).toEqual([cell.address, cell.numberFormat]);
    }
  });

  test("styles: input fill, computed fill, bold white title, borders, font by language", () => {
    expect(sheet.getCell("B5").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFF2CC" },
    });
    expect(sheet.getCell("C25").fill).toMatchObject({ fgColor: { argb: "FFEDEDED" } });
    expect(sheet.getCell("A1").font).toMatchObject({
      bold: true,
      color: { argb: "FFFFFFFF" },
      size: 16,
      name: "Microsoft YaHei",
    });
    expect(sheet.getCell("E12").border.top).toMatchObject({ style: "thin" });
    expect(workbook.getWorksheet(review.name)!.getCell("A5").font.name).toBe("Calibri");
  });

  test("merges, column widths and row heights", () => {
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(plan.merges));
    plan.columnWidths.forEach((width, i) => expect(sheet.getColumn(i + 1).width).toBe(width));
    expect(sheet.getRow(1).height).toBe(plan.rowHeights![1]);
  });

  test("data validation: dropdown lists, whole-number and date rules", () => {
    expect(sheet.getCell("I5").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"B2C,B2B,C2C,O2O"'],
    });
    const likelihood = plan.validations.find((v) => v.type === "whole" && v.max === 5)!;
    const first = likelihood.range.split(":")[0];
    expect(sheet.getCell(first).dataValidation).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [1, 5],
    });
    expect(sheet.getCell("B7").dataValidation).toMatchObject({ type: "date" });
  });

  test("conditional formats: every rule of the spec, expression formulas intact, a data bar in the review", () => {
    const formats = (w: Worksheet) =>
      (
        w as unknown as {
          conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[];
        }
      ).conditionalFormattings;
    expect(formats(sheet).length).toBe(plan.conditionalFormats.length);
    const gap = plan.conditionalFormats[0];
    expect(formats(sheet)[0]).toMatchObject({ ref: gap.range, rules: [{ type: "expression" }] });
    expect(
      formats(workbook.getWorksheet(review.name)!).some((f) => f.rules[0].type === "dataBar")
    ).toBe(true);
  });

  test("tables: the channels table (with totals row) and the KPI table; names unique in the workbook", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string"))
    );
    const summary = tables.map((xml) => ({
      name: /<table[^>]* name="([^"]+)"/.exec(xml)![1],
      ref: /<table[^>]* ref="([^"]+)"/.exec(xml)![1],
      totals: /totalsRowCount="1"/.test(xml),
    }));
    const channels = plan.tables[0];
    expect(summary).toEqual(
      expect.arrayContaining([
        { name: "ChannelBudget", ref: channels.range, totals: true },
        { name: "ChannelBudget_2", ref: channels.range, totals: true },
        { name: "KpiReview", ref: review.tables[0].range, totals: false },
      ])
    );
  });

  test("defined names are scoped to their sheet; print titles quote the sheet name", async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    const book = xml.replace(/&apos;/g, "'");
    expect(book).toContain(
      `<definedName name="ForecastGMV" localSheetId="0">'活动策划 - 双11'!$C$25</definedName>`
    );
    expect(book).toContain(
      `<definedName name="ForecastGMV" localSheetId="2">'活动策划 - 双11 (2)'!$C$25</definedName>`
    );
    expect(book).toContain(
      `<definedName name="OverallAttainment" localSheetId="1">'KPI Review - Singles'' Day'!$C$6</definedName>`
    );
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'KPI Review - Singles'' Day'!$1:$2</definedName>`
    );
    const count = (book.match(/<definedName /g) ?? []).length;
    const printTitles = 3;
    expect(count).toBe(plan.names.length * 2 + review.names.length + printTitles);
  });

  test("frozen header rows, hidden gridlines, landscape fit to one page wide on A4", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2, showGridLines: false });
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
    });
  });

  test("formula injection: text starting with = + - @ is a text cell, never a formula", async () => {
    const names = ["=1+1", "+1", "-1", "@SUM(A1)"];
    const specs = names.map((name) => planSpec({ name, owner: name, theme: name }));
    const back = await readBack(await writeXlsx(specs));
    back.worksheets.forEach((w, i) => {
      for (const address of ["B5", "F5", "B6"]) {
        const cell = w.getCell(address);
        expect([address, cell.type, cell.value]).toEqual([address, ValueType.String, names[i]]);
      }
    });
  });
});
