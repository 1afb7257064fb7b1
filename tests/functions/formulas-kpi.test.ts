/**
 * Formula-level tests for the value, KPI, risk and promotion functions: typed as real formulas on a grid in
 * HyperFormula (a spreadsheet engine independent of this project) with the built bundle's functions
 * registered. Every expected value is worked by hand in the comment next to it.
 */
import { DetailedCellError } from "hyperformula";
import { hyperFormulaWith } from "../helpers/hyperformula";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

// HyperFormula rounds the numbers it reports to 10 significant digits (its precisionRounding), so values are
// compared to 9 decimals here; the bundle tests (catalog-*.test.ts) check full precision.

describe("KPI review on a grid (HyperFormula)", () => {
  // A KPI table whose rows mix "higher" and "lower" directions; attainment a and status (warn_at 0.9):
  //   GMV 210 vs 200, higher:          a = 210/200 = 1.05    ≥ 1          → 达成
  //   conversion 0.028 vs 0.03, higher: a = 0.028/0.03 = 0.933 in [0.9, 1) → 预警
  //   CAC 60 vs 50, lower:              a = 50/60 = 0.833     < 0.9        → 未达成
  //   stock days 14 vs 15, 越低越好:     a = 15/14 = 1.071     ≥ 1          → 达成
  const table = [
    ["KPI", "target", "actual", "direction", "status", "attainment"],
    [
      "GMV",
      200,
      210,
      "higher",
      '=ECOM.KPISTATUS(C2:C5,B2:B5,D2:D5,,"zh")',
      "=ECOM.ATTAINMENT(C2:C5,B2:B5,D2:D5)",
    ],
    ["conversion", 0.03, 0.028, "higher"],
    ["CAC", 50, 60, "lower"],
    ["stock days", 15, 14, "越低越好"],
  ];

  test('=ECOM.KPISTATUS(C2:C5,B2:B5,D2:D5,,"zh") spills 达成 / 预警 / 未达成 / 达成', () => {
    const hf = hyperFormulaWith(table);
    expect([1, 2, 3, 4].map((r) => hf.getCellValue(at(r, 4)))).toEqual([
      "达成",
      "预警",
      "未达成",
      "达成",
    ]);
  });

  test("=ECOM.ATTAINMENT(C2:C5,B2:B5,D2:D5) spills 1.05, 0.933, 0.833, 1.071", () => {
    const hf = hyperFormulaWith(table);
    expect([1, 2, 3, 4].map((r) => hf.getCellValue(at(r, 5)))).toEqual([
      expect.closeTo(1.05, 9),
      expect.closeTo(0.028 / 0.03, 9),
      expect.closeTo(50 / 60, 9),
      expect.closeTo(15 / 14, 9),
    ]);
  });

  test("warn_at from a cell and English labels; a blank KPI row stays blank", () => {
    // warn_at 0.8: conversion 0.933 → At risk; CAC 0.833 ≥ 0.8 → At risk; row 4 blank → ""
    const hf = hyperFormulaWith([
      [0.028, 0.03, "higher", 0.8, '=ECOM.KPISTATUS(A1:A3,B1:B3,C1:C3,D1,"en")'],
      [60, 50, "lower"],
      [null, null, null],
    ]);
    expect([0, 1, 2].map((r) => hf.getCellValue(at(r, 4)))).toEqual(["At risk", "At risk", ""]);
  });

  test("growth, percentage points and CAGR side by side", () => {
    // (120 − 100)/100 = 0.2; 0.036 − 0.028 = 0.008; (121/100)^(1/2) − 1 = 0.1
    const hf = hyperFormulaWith([
      ["=ECOM.GROWTH(120,100)", "=ECOM.PPCHANGE(0.036,0.028)", "=ECOM.CAGR(100,121,2)"],
    ]);
    expect(hf.getCellValue(at(0, 0))).toBeCloseTo(0.2, 9);
    expect(hf.getCellValue(at(0, 1))).toBeCloseTo(0.008, 9);
    expect(hf.getCellValue(at(0, 2))).toBeCloseTo(0.1, 9);
  });

  test("=ECOM.NPS over a 5×2 block with a blank; out-of-range score is #NUM!", () => {
    // answers 10, 9, 8, 7, 6, 10, 3, 9, 0 (one blank): promoters 10,9,10,9 = 4; detractors 6,3,0 = 3;
    // 9 answers → 100 × (4 − 3) / 9 = 11.11
    const hf = hyperFormulaWith([
      [10, 6, "=ECOM.NPS(A1:B5)", "=ECOM.NPS(D2:D3)"],
      [9, 10, null, 12],
      [8, 3, null, 5],
      [7, 9],
      [null, 0],
    ]);
    expect(hf.getCellValue(at(0, 2))).toBeCloseTo(100 / 9, 9);
    expect((hf.getCellValue(at(0, 3)) as DetailedCellError).value).toBe("#NUM!");
  });

  test("=ECOM.WEIGHTEDSCORE with array constants: (80×0.5 + 90×0.3 + 70×0.2) / 1 = 81", () => {
    const hf = hyperFormulaWith([["=ECOM.WEIGHTEDSCORE({80;90;70},{0.5;0.3;0.2})"]]);
    expect(hf.getCellValue(at(0, 0))).toBeCloseTo(81, 9);
  });
});

describe("customer value on a grid (HyperFormula)", () => {
  test("LTV / CAC nested in one formula: LTV = 100 × 2 × 0.4 × 3 = 240; CAC = 8000 / 100 = 80; 240 / 80 = 3", () => {
    // (the test helper sizes a spill before other formula cells are computed, so nest rather than refer to them)
    const hf = hyperFormulaWith([
      [
        "=ECOM.LTV(100,2,0.4,3)",
        "=ECOM.CAC(8000,100)",
        "=ECOM.LTVCAC(ECOM.LTV(100,2,0.4,3),ECOM.CAC(8000,100))",
      ],
      ["=ECOM.PAYBACK(ECOM.CAC(8000,100),10)", "=ECOM.LTV.RETENTION(50,0.8)"],
    ]);
    expect(hf.getCellValue(at(0, 0))).toBeCloseTo(240, 9);
    expect(hf.getCellValue(at(0, 1))).toBe(80);
    expect(hf.getCellValue(at(0, 2))).toBeCloseTo(3, 9);
    expect(hf.getCellValue(at(1, 0))).toBe(8); // 80 / 10 a month = 8 months
    expect(hf.getCellValue(at(1, 1))).toBeCloseTo(200, 9); // 50 × 0.8 / (1 − 0.8)
  });

  test("a customer column with a discount rate from a cell: LTV at 10% = 80 × 2.48685 = 198.948 and 40 × 2.48685 = 99.474", () => {
    // v = 100 × 2 × 0.4 = 80 and 50 × 2 × 0.4 = 40; annuity factor (1 − 1.1^−3)/0.1 = 2.486852
    const hf = hyperFormulaWith([
      [0.1],
      [100, 2, 0.4, 3, "=ECOM.LTV(A2:A3,B2:B3,C2:C3,D2:D3,A1)"],
      [50, 2, 0.4, 3],
    ]);
    expect(hf.getCellValue(at(1, 4))).toBeCloseTo(198.948159, 5);
    expect(hf.getCellValue(at(2, 4))).toBeCloseTo(99.4740796, 5);
  });
});

describe("risk on a grid (HyperFormula)", () => {
  test("=ECOM.RISKMATRIX() spills a 6×6 table", () => {
    // Default bounds 5/10/20; row L5: 5 10 15 20 25 → Medium High High Critical Critical; row L1: 1..5 → Low×4, Medium
    const hf = hyperFormulaWith([["=ECOM.RISKMATRIX()"]]);
    const grid = [0, 1, 2, 3, 4, 5].map((r) =>
      [0, 1, 2, 3, 4, 5].map((c) => hf.getCellValue(at(r, c)))
    );
    expect(grid[0]).toEqual(["Likelihood \\ Impact", 1, 2, 3, 4, 5]);
    expect(grid.map((row) => row[0])).toEqual(["Likelihood \\ Impact", 5, 4, 3, 2, 1]);
    expect(grid[1]).toEqual([5, "Medium", "High", "High", "Critical", "Critical"]);
    expect(grid[5]).toEqual([1, "Low", "Low", "Low", "Low", "Medium"]);
    expect(hf.getCellValue(at(6, 0))).toBeNull(); // nothing below the 6th row
    expect(hf.getCellValue(at(0, 6))).toBeNull(); // nothing right of the 6th column
  });

  test('=ECOM.RISKMATRIX(,"zh") has the Chinese corner and labels', () => {
    // L3 × impact 4 = 12 → 高; L4 × impact 5 = 20 → 极高
    const hf = hyperFormulaWith([['=ECOM.RISKMATRIX(,"zh")']]);
    expect(hf.getCellValue(at(0, 0))).toBe("可能性 \\ 影响");
    expect(hf.getCellValue(at(3, 4))).toBe("高");
    expect(hf.getCellValue(at(2, 5))).toBe("极高");
  });

  test("a risk register with thresholds from three cells: bounds 4/8/15", () => {
    // 2 × 2 = 4 → Medium; 3 × 3 = 9 → High; 3 × 5 = 15 → Critical; 1 × 3 = 3 → Low
    // (the bounds sit above the formulas: the test helper sizes a spill from the cells built before it)
    const hf = hyperFormulaWith([
      [4, 8, 15],
      [
        2,
        2,
        "=ECOM.RISKLEVEL(A2:A5,B2:B5,A1:C1)",
        "=ECOM.RISKSCORE(A2:A5,B2:B5)",
        '=ECOM.RISKLEVEL(A2:A5,B2:B5,A1:C1,"zh")',
      ],
      [3, 3],
      [3, 5],
      [1, 3],
    ]);
    expect([1, 2, 3, 4].map((r) => hf.getCellValue(at(r, 2)))).toEqual([
      "Medium",
      "High",
      "Critical",
      "Low",
    ]);
    expect([1, 2, 3, 4].map((r) => hf.getCellValue(at(r, 3)))).toEqual([4, 9, 15, 3]);
    expect([1, 2, 3, 4].map((r) => hf.getCellValue(at(r, 4)))).toEqual(["中", "高", "极高", "低"]);
  });
});

describe("promotions on a grid (HyperFormula)", () => {
  test("满200减50: an order of 200 pays 150, an effective discount of 50/200 = 25%", () => {
    const hf = hyperFormulaWith([
      ["=ECOM.THRESHOLD.DISCOUNT(200,200,50)", "=1-ECOM.THRESHOLD.DISCOUNT(200,200,50)/200"],
    ]);
    expect(hf.getCellValue(at(0, 0))).toBe(150);
    expect(hf.getCellValue(at(0, 1))).toBeCloseTo(0.25, 9);
  });

  test("每满200减50 on 450: 450 − 2 × 50 = 350; TRUE from a cell and the number 1 both mean 每满", () => {
    // HyperFormula spells Excel's literal TRUE as the function TRUE()
    const hf = hyperFormulaWith([
      [
        "=ECOM.THRESHOLD.DISCOUNT(450,200,50,TRUE())",
        "=ECOM.THRESHOLD.DISCOUNT(450,200,50,C1)",
        true,
      ],
      ["=ECOM.THRESHOLD.DISCOUNT(450,200,50,1)", "=ECOM.THRESHOLD.DISCOUNT(450,200,50)"],
    ]);
    expect(hf.getCellValue(at(0, 0))).toBe(350);
    expect(hf.getCellValue(at(0, 1))).toBe(350);
    expect(hf.getCellValue(at(1, 0))).toBe(350);
    expect(hf.getCellValue(at(1, 1))).toBe(400); // once only: 450 − 50
  });

  test("order column under 每满200减50 spills: 199 → 199, 400 → 300, 650 → 500", () => {
    // ⌊199/200⌋ = 0; ⌊400/200⌋ = 2 → 400 − 100; ⌊650/200⌋ = 3 → 650 − 150
    const hf = hyperFormulaWith([
      [199, "=ECOM.THRESHOLD.DISCOUNT(A1:A3,200,50,TRUE())"],
      [400],
      [650],
    ]);
    expect([0, 1, 2].map((r) => hf.getCellValue(at(r, 1)))).toEqual([199, 300, 500]);
  });

  test("break-even lift of the 满200减50 cut at a 40% margin: 0.25 / (0.4 − 0.25) = 1.6667", () => {
    const hf = hyperFormulaWith([
      ["=ECOM.BREAKEVEN.LIFT(0.4,0.25)", "=ECOM.BREAKEVEN.LIFT(0.3,0.3)"],
    ]);
    expect(hf.getCellValue(at(0, 0))).toBeCloseTo(5 / 3, 9);
    expect((hf.getCellValue(at(0, 1)) as DetailedCellError).value).toBe("#NUM!"); // cut = margin
  });
});
