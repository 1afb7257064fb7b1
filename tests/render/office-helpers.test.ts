/**
 * The pure helpers behind the Office renderer: the cell block (values, formulas, number formats, the Text
 * guard against formula injection), style areas, column/row runs, validation rules, names and errors.
 */
import { areaChunks, boxAddress, parseBox } from "../../src/render/office-address";
import { cellBlock, TEXT_FORMAT } from "../../src/render/office-cells";
import { explainInsertFailure, SheetInsertError } from "../../src/render/office-errors";
import { coveringRectangles, formatOperations } from "../../src/render/office-formats";
import {
  characterWidthToPoints,
  columnWidthGroups,
  mergeOperations,
  rowHeightGroups,
} from "../../src/render/office-layout";
import { temporarySheetName, uniqueName } from "../../src/render/office-names";
import { validationOperations, validationRule } from "../../src/render/office-rules";

describe("A1 addresses", () => {
  test("parse cells and rectangles (0-based) and write them back", () => {
    expect(parseBox("B4")).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
    expect(parseBox("$AA$10:C2")).toEqual({ top: 1, left: 2, bottom: 9, right: 26 });
    expect(boxAddress(parseBox("A1:C3"))).toBe("A1:C3");
    expect(boxAddress(parseBox("D7"))).toBe("D7");
  });
  test("reject what is not an A1 address", () => {
    expect(() => parseBox("Sheet1!A1")).toThrow(/not an A1/);
    expect(() => parseBox("A1:B2:C3")).toThrow(/not an A1/);
  });
  test("many areas are joined into getRanges-sized chunks", () => {
    const areas = Array.from({ length: 150 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const chunks = areaChunks(areas);
    expect(chunks.length).toBe(3);
    expect(chunks.every((c) => c.split(",").length <= 60 && c.length <= 1500)).toBe(true);
    expect(chunks.join(",")).toBe(areas.join(","));
  });
});

describe("cellBlock", () => {
  test("null for a sheet without cells", () => {
    expect(cellBlock([])).toBeNull();
  });

  test("one block from A1: data through values, formulas through formulas, null where the other writes", () => {
    const block = cellBlock([
      { address: "A1", value: "Budget" },
      { address: "B2", value: 500000, numberFormat: "#,##0" },
      { address: "C2", formula: "=B2*2", numberFormat: "0.0%" },
      { address: "C3", formula: "SUM(B2:B2)" },
      { address: "A3", value: true },
    ])!;
    expect(block.address).toBe("A1:C3");
    expect(block.values).toEqual([
      ["Budget", "", ""],
      ["", 500000, null],
      [true, "", null],
    ]);
    expect(block.formulas).toEqual([
      [null, null, null],
      [null, null, "=B2*2"],
      [null, null, "=SUM(B2:B2)"],
    ]);
    expect(block.numberFormats).toEqual([
      [TEXT_FORMAT, "General", "General"],
      ["General", "#,##0", "0.0%"],
      ["General", "General", "General"],
    ]);
  });

  test("every text value is Text-formatted, so formula-like user text stays literal", () => {
    const hostile = ["=1+1", "+1", "-1", "@SUM(A1)", "001", "2025-11-11"];
    const block = cellBlock(
      hostile.map((value, i) => ({ address: `A${i + 1}`, value, numberFormat: "0.0%" }))
    )!;
    expect(block.values.map((r) => r[0])).toEqual(hostile);
    expect(block.formulas.every((r) => r[0] === null)).toBe(true);
    expect(block.numberFormats.every((r) => r[0] === TEXT_FORMAT)).toBe(true);
  });

  test("a formula never gets the Text format (it would show instead of computing)", () => {
    expect(cellBlock([{ address: "A1", formula: "=1", numberFormat: "@" }])!.numberFormats).toEqual(
      [["General"]]
    );
  });

  test("an input cell without a value keeps its declared format; a later description wins", () => {
    const block = cellBlock([
      { address: "B1", input: true, numberFormat: "yyyy-mm-dd" },
      { address: "A1", value: "old" },
      { address: "A1", value: 3 },
    ])!;
    expect(block.values).toEqual([[3, ""]]);
    expect(block.numberFormats).toEqual([["General", "yyyy-mm-dd"]]);
  });

  test("a range where a cell is expected is a template bug", () => {
    expect(() => cellBlock([{ address: "A1:B1", value: 1 }])).toThrow(/one cell/);
  });
});

describe("style areas", () => {
  test("covering rectangles merge runs and identical runs below", () => {
    const cells = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [4, 3],
    ].map(([row, col]) => ({ row, col }));
    expect(coveringRectangles(cells).map(boxAddress)).toEqual(["A1:B2", "A3", "D5"]);
  });

  test("cells of one style share operations; bordered areas get only the edges they have", () => {
    const style = { fill: "#FFF2CC", border: "#BFBFBF", horizontal: "center" as const };
    const ops = formatOperations(
      [
        { address: "A1", style },
        { address: "B1", style },
        { address: "D4", style, input: true },
        { address: "C9", style: { font: { bold: true, size: 14 } } },
        { address: "E9" },
      ],
      []
    );
    expect(ops).toEqual([
      {
        areas: "A1:B1",
        patch: {
          fill: "#FFF2CC",
          horizontal: "Center",
          border: {
            color: "#BFBFBF",
            edges: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"],
          },
        },
      },
      {
        areas: "D4",
        patch: {
          fill: "#FFF2CC",
          horizontal: "Center",
          unlocked: true,
          border: { color: "#BFBFBF", edges: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] },
        },
      },
      { areas: "C9", patch: { bold: true, fontSize: 14 } },
    ]);
  });

  test("cells inside a merge take the style of its top-left cell", () => {
    const ops = formatOperations(
      [{ address: "A1", value: "Title", style: { fill: "#1F3864" } }],
      ["A1:D1"]
    );
    expect(ops).toEqual([{ areas: "A1:D1", patch: { fill: "#1F3864" } }]);
  });

  test("separate cells of one style share chunked operations", () => {
    const cells = Array.from({ length: 150 }, (_, i) => ({
      address: `A${2 * i + 1}`,
      style: { font: { italic: true } },
    }));
    const ops = formatOperations(cells, []);
    expect(ops.length).toBe(3);
    expect(ops.every((op) => op.patch.italic === true)).toBe(true);
    expect(ops.flatMap((op) => op.areas.split(",")).length).toBe(150);
  });
});

describe("layout", () => {
  test("row-wise merges of the same columns on consecutive rows become one merge across", () => {
    const ops = mergeOperations([
      "A1:J1",
      "A21:B21",
      "D21:J21",
      "A22:B22",
      "D22:J22",
      "A23:B23",
      "A25:B25",
      "C30:D31",
    ]);
    expect(ops).toEqual([
      { address: "C30:D31", across: false },
      { address: "A1:J1", across: false },
      { address: "A21:B23", across: true },
      { address: "A25:B25", across: false },
      { address: "D21:J22", across: true },
    ]);
  });
  test("widths and heights are set once per distinct size", () => {
    expect(columnWidthGroups([12, 12, 30, 0, 12])).toEqual([
      { areas: "A:B,E:E", points: characterWidthToPoints(12) },
      { areas: "C:C", points: characterWidthToPoints(30) },
    ]);
    expect(characterWidthToPoints(10)).toBe(52.5); // 70 px at 96 dpi
    expect(rowHeightGroups({ 1: 32, 2: 18, 3: 18, 5: 30, 6: 18, 8: 30 })).toEqual([
      { areas: "1:1", points: 32 },
      { areas: "2:3,6:6", points: 18 },
      { areas: "5:5,8:8", points: 30 },
    ]);
  });
});

describe("validation rules", () => {
  test("dropdowns, bounded numbers and dates", () => {
    expect(
      validationRule({ range: "C5:C9", type: "list", values: ["未开始", "进行中", "已就绪"] })
    ).toEqual({
      list: { inCellDropDown: true, source: "未开始,进行中,已就绪" },
    });
    expect(validationRule({ range: "F5", type: "whole", min: 1, max: 5 })).toEqual({
      wholeNumber: { operator: "Between", formula1: 1, formula2: 5 },
    });
    expect(validationRule({ range: "F5", type: "decimal", min: 0 })).toEqual({
      decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 },
    });
    expect(validationRule({ range: "F5", type: "decimal", max: 1 })).toEqual({
      decimal: { operator: "LessThanOrEqualTo", formula1: 1 },
    });
    expect(validationRule({ range: "F5", type: "date" })).toEqual({
      date: { operator: "GreaterThanOrEqualTo", formula1: "1900-01-01" },
    });
  });
  test("ranges with the same rule and prompt share one operation", () => {
    const status = ["未开始", "进行中", "已就绪"];
    expect(
      validationOperations([
        { range: "C5:C9", type: "list", values: status },
        { range: "B7", type: "date" },
        { range: "F7", type: "date" },
        { range: "E5:E9", type: "list", values: status },
        { range: "G5", type: "list", values: status, prompt: "pick one" },
      ])
    ).toEqual([
      { areas: "C5:C9,E5:E9", rule: validationRule({ range: "", type: "list", values: status }) },
      { areas: "B7,F7", rule: validationRule({ range: "", type: "date" }) },
      {
        areas: "G5",
        rule: validationRule({ range: "", type: "list", values: status }),
        prompt: "pick one",
      },
    ]);
  });
  test("a list item with a comma cannot be a dropdown source", () => {
    expect(() => validationRule({ range: "A1", type: "list", values: ["a,b"] })).toThrow(/comma/);
  });
});

describe("names", () => {
  test("table names avoid taken names case-insensitively", () => {
    expect(uniqueName("Channels", ["Other"])).toBe("Channels");
    expect(uniqueName("Channels", ["channels", "Channels_2"])).toBe("Channels_3");
  });
  test("the temporary sheet name is legal and free", () => {
    const values = [0, 0, 0.5];
    const name = temporarySheetName(["ECOM~00000000"], () => values.shift()!);
    expect(name).toBe("ECOM~80000000");
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
  });
});

describe("plain-words errors", () => {
  test("known Excel error codes get their own sentence in both languages", () => {
    const err = explainInsertFailure({ code: "InvalidOperationInCellEditMode" });
    expect(err).toBeInstanceOf(SheetInsertError);
    expect(err.reason).toBe("cell-edit-mode");
    expect(err.message).toMatch(/editing a cell/);
    expect(err.text["zh-CN"]).toMatch(/编辑单元格/);
    expect(err.message).toMatch(/left as it was/);
  });
  test("other failures name the code and say the workbook is unchanged, or what is left over", () => {
    expect(explainInsertFailure(new Error("boom")).message).toBe(
      "Excel could not build the sheet. Your workbook was left as it was."
    );
    const leftover = explainInsertFailure({ code: "GeneralException" }, "ECOM~1234abcd");
    expect(leftover.message).toMatch(/\(GeneralException\)/);
    expect(leftover.message).toMatch(/"ECOM~1234abcd" could not be removed/);
    expect(leftover.text["zh-CN"]).toMatch(/ECOM~1234abcd/);
  });
});
