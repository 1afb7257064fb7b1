/**
 * renderSheet (src/render/office.ts) against a fake workbook on office-addin-mock (tests/helpers/office-mock.ts):
 * at most two context.sync() calls per template, a unique new sheet, existing sheets and tables untouched,
 * user text written as literal text and formulas as formulas, and a failed write leaving the workbook
 * exactly as before with a plain-words error.
 */
import { renderSheet } from "../../src/render/office";
import { SheetInsertError } from "../../src/render/office-errors";
import type { SheetSpec } from "../../src/templates/sheet-spec";
import { FakeSheet, FakeWorkbook } from "../helpers/office-mock";

const HOSTILE = ["=1+1", "+1", "-1", "@SUM(A1)"];

/** A small campaign-plan-like sheet exercising every part of a SheetSpec. */
function handcraftedSpec(campaign = "双11"): SheetSpec {
  const border = "#BFBFBF";
  const input = { fill: "#FFF2CC", border };
  return {
    name: `活动策划 - ${campaign}`,
    language: "zh-CN",
    columnWidths: [14, 14, 12, 12],
    rowHeights: { 1: 32 },
    cells: [
      {
        address: "A1",
        value: `活动策划方案 - ${campaign}`,
        style: { fill: "#1F3864", font: { bold: true, color: "#FFFFFF" } },
      },
      { address: "A2", value: "活动名称" },
      { address: "B2", value: campaign, input: true, style: input, note: "From the form" },
      ...HOSTILE.map((text, i) => ({
        address: `B${3 + i}`,
        value: text,
        input: true,
        style: input,
      })),
      { address: "A8", value: "渠道", style: { font: { bold: true } } },
      { address: "B8", value: "预算", style: { font: { bold: true } } },
      { address: "C8", value: "ROAS", style: { font: { bold: true } } },
      { address: "A9", value: "抖音", input: true, style: input },
      { address: "B9", value: 300000, numberFormat: '"¥"#,##0', input: true, style: input },
      { address: "C9", value: 3.2, numberFormat: "0.00", input: true, style: input },
      { address: "A10", value: "搜索", input: true, style: input },
      { address: "B10", value: 200000, numberFormat: '"¥"#,##0', input: true, style: input },
      { address: "C10", value: 2.5, numberFormat: "0.00", input: true, style: input },
      { address: "A11", value: "合计" },
      { address: "B11", formula: "=SUM(B9:B10)", numberFormat: '"¥"#,##0' },
      {
        address: "C11",
        formula: "=IFERROR(SUMPRODUCT(B9:B10,C9:C10)/B11,0)",
        numberFormat: "0.00",
      },
      { address: "D11", formula: 'IF(B11=500000,"OK","≠")' },
    ],
    merges: ["A1:D1"],
    validations: [
      { range: "A9:A10", type: "list", values: ["抖音", "搜索", "小红书"], prompt: "选择渠道" },
      { range: "C9:C10", type: "decimal", min: 0 },
    ],
    conditionalFormats: [
      {
        range: "D11",
        type: "expression",
        formula: '=D11<>"OK"',
        style: { fill: "#FFC7CE", font: { color: "#9C0006" } },
      },
      { range: "C9:C10", type: "dataBar", color: "#5B9BD5" },
    ],
    tables: [{ name: "Channels", range: "A8:C11", style: "TableStyleLight9", totalsRow: true }],
    names: [{ name: "TotalBudget", ref: "B11", comment: "Sum of channel budgets" }],
    freeze: { rows: 2, columns: 1 },
    print: { orientation: "landscape", fitToWidth: true },
  };
}

function seeded(): FakeWorkbook {
  const workbook = new FakeWorkbook({
    sheets: ["Sheet1", "活动策划 - 双11", "Data"],
    active: "Data",
    tables: ["Channels", "Orders"],
    names: ["TaxRate"],
  });
  workbook.sheet("Sheet1").cell("A1").content = "keep me";
  workbook.install();
  return workbook;
}

describe("renderSheet on a handcrafted SheetSpec", () => {
  test("two syncs; a new sheet with a unique name, activated; existing sheets and tables untouched", async () => {
    const workbook = seeded();
    const before = workbook.sheets.map((s) => s.name);
    const name = await renderSheet(handcraftedSpec());
    expect(name).toBe("活动策划 - 双11 (2)");
    expect(workbook.syncs).toBe(2);
    expect(workbook.sheets.map((s) => s.name)).toEqual([...before, name]);
    expect(workbook.active).toBe(name);
    expect(workbook.sheet("Sheet1").cell("A1").content).toBe("keep me");
    expect(
      workbook.sheets.slice(0, 3).every((s) => s.merges.length === 0 && s.validations.length === 0)
    ).toBe(true);
    expect(workbook.tables.map((t) => t.name)).toEqual(["Channels", "Orders", "Channels_2"]);
  });

  test("names stay unique over repeated inserts (case-insensitive, as Excel compares)", async () => {
    const workbook = seeded();
    expect(await renderSheet(handcraftedSpec())).toBe("活动策划 - 双11 (2)");
    expect(await renderSheet(handcraftedSpec())).toBe("活动策划 - 双11 (3)");
    const named = handcraftedSpec();
    named.name = "data";
    named.names.push({ name: "CHANNELS_4", ref: "B9" }); // a table may not take a defined name either
    expect(await renderSheet(named)).toBe("data (2)");
    expect(workbook.syncs).toBe(6);
    expect(workbook.tables.map((t) => t.name)).toEqual([
      "Channels",
      "Orders",
      "Channels_2",
      "Channels_3",
      "Channels_5",
    ]);
  });

  test("user text arrives as literal text in Text-formatted cells; formulas as formulas; numbers as numbers", async () => {
    const workbook = seeded();
    const sheet = workbook.sheet(await renderSheet(handcraftedSpec('=HYPERLINK("http://x")')));
    HOSTILE.forEach((text, i) => {
      expect(sheet.cell(`B${3 + i}`)).toMatchObject({
        kind: "text",
        content: text,
        numberFormat: "@",
      });
    });
    expect(sheet.cell("B2")).toMatchObject({ kind: "text", content: '=HYPERLINK("http://x")' });
    expect(sheet.cell("B11")).toMatchObject({
      kind: "formula",
      content: "=SUM(B9:B10)",
      numberFormat: '"¥"#,##0',
    });
    expect(sheet.cell("D11")).toMatchObject({
      kind: "formula",
      content: '=IF(B11=500000,"OK","≠")',
      numberFormat: "General",
    });
    expect(sheet.cell("B9")).toMatchObject({ kind: "number", content: 300000 });
  });

  test("styles, merges, widths, validation, conditional formats, table, names, notes, freeze and print", async () => {
    const workbook = seeded();
    workbook.rangeOperations = 0;
    const sheet = workbook.sheet(await renderSheet(handcraftedSpec()));
    expect(sheet.cell("D1").style["fill.color"]).toBe("#1F3864"); // merged title filled across
    expect(sheet.cell("B5").style).toMatchObject({
      "fill.color": "#FFF2CC",
      "protection.locked": false,
      "borders.EdgeTop.color": "#BFBFBF",
    });
    expect(sheet.cell("A2").style["protection.locked"]).toBeUndefined();
    expect(sheet.merges).toEqual(["A1:D1"]);
    expect(sheet.columnWidths).toEqual({ 0: 73.5, 1: 73.5, 2: 63, 3: 63 });
    expect(sheet.rowHeights).toEqual({ 1: 32 });
    expect(sheet.validations).toEqual([
      {
        address: "A9:A10",
        rule: { list: { inCellDropDown: true, source: "抖音,搜索,小红书" } },
        prompt: { showPrompt: true, title: "", message: "选择渠道" },
      },
      { address: "C9:C10", rule: { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } } },
    ]);
    expect(sheet.conditionalFormats).toEqual([
      {
        type: "Custom",
        address: "D11",
        "custom.rule.formula": '=D11<>"OK"',
        "custom.format.fill.color": "#FFC7CE",
        "custom.format.font.color": "#9C0006",
      },
      { type: "DataBar", address: "C9:C10", "dataBar.positiveFormat.fillColor": "#5B9BD5" },
    ]);
    // The totals row is switched on, not made a data row: the table body stops above it.
    expect(workbook.tables[2]).toMatchObject({
      address: "A8:C10",
      name: "Channels_2",
      style: "TableStyleLight9",
      showTotals: true,
    });
    expect(sheet.definedNames).toEqual([
      { name: "TotalBudget", ref: "B11", comment: "Sum of channel budgets" },
    ]);
    expect(sheet.cellNotes).toEqual([{ address: "B2", text: "From the form" }]);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 1 });
    expect(sheet.print).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    // Tables and Text formats are queued before the cell contents they protect.
    const log = workbook.log;
    expect(log.indexOf("tables.add")).toBeLessThan(log.indexOf("range.values"));
    expect(log.indexOf("range.numberFormat")).toBeLessThan(log.indexOf("range.values"));
    expect(log.indexOf("range.values")).toBeLessThan(log.indexOf("range.formulas"));
    expect(log.slice(-2)).toEqual(["activate", "sheet.name"]);
    expect(workbook.rangeOperations).toBeLessThan(25);
  });

  test("hosts before ExcelApi 1.18 get no notes; before 1.9 nothing at all and a plain-words error", async () => {
    const old = new FakeWorkbook({ sheets: ["Sheet1"], excelApiMinor: 9 });
    old.install();
    const sheet = old.sheet(await renderSheet(handcraftedSpec()));
    expect(sheet.cellNotes).toEqual([]);

    const older = new FakeWorkbook({ sheets: ["Sheet1"], excelApiMinor: 8 });
    older.install();
    await expect(renderSheet(handcraftedSpec())).rejects.toMatchObject({
      reason: "unsupported-host",
    });
    expect(older.syncs).toBe(0);
    expect(older.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("a failed write leaves the workbook as it was", () => {
  test.each([
    "tables.add",
    "range.values",
    "range.formulas",
    "format",
    "merge",
    "dataValidation",
    "names.add",
    "pageLayout",
    "sheet.name",
  ])(
    "failure at %s: partial sheet removed, active sheet and tables restored, plain words",
    async (command) => {
      const workbook = seeded();
      workbook.failCommand = command;
      const error = await renderSheet(handcraftedSpec()).catch((e) => e);
      expect(error).toBeInstanceOf(SheetInsertError);
      expect(error.message).toBe(
        "Excel could not build the sheet (GeneralException). Your workbook was left as it was."
      );
      expect(error.text["zh-CN"]).toMatch(/保持原样/);
      expect(workbook.syncs).toBe(3); // the third sync happens only on this failure path
      expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "活动策划 - 双11", "Data"]);
      expect(workbook.tables.map((t) => t.name)).toEqual(["Channels", "Orders"]);
      expect(workbook.active).toBe("Data");
      expect(workbook.sheet("Sheet1").cell("A1").content).toBe("keep me");
    }
  );

  test("a sheet the user creates under the same name between the two syncs is kept; ours goes", async () => {
    const workbook = seeded();
    workbook.afterSync = (n) => {
      if (n === 1) workbook.sheets.push(new FakeSheet(workbook, "活动策划 - 双11 (2)"));
    };
    const error = await renderSheet(handcraftedSpec()).catch((e) => e);
    expect(error).toMatchObject({ reason: "name-taken" });
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "活动策划 - 双11",
      "Data",
      "活动策划 - 双11 (2)",
    ]);
    expect(workbook.sheet("活动策划 - 双11 (2)").cells.size).toBe(0);
    expect(workbook.active).toBe("Data");
  });
});
