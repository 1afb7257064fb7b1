/**
 * Lifetime-value functions (spec §4, second half) typed as real formulas on a grid in HyperFormula, a spreadsheet
 * engine independent of this project, with the built bundle's functions registered. The grids hold literal data
 * (lifetimes' CDNOW files); expected values are lifetimes' published fits and per-customer goldens.
 *
 * Formulas are typed after the data is on the grid (setCellContents): HyperFormula fixes a spill's size when it
 * parses the formula.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import {
  readCdnowGolden,
  readCdnowSummary,
  readCdnowTransactions,
  relativeError,
} from "../helpers/cdnow";
import { hyperFormulaWith } from "../helpers/hyperformula";
import { goldenValues } from "../helpers/shared";

/** Types a formula into a cell of sheet 0 of a built grid. */
function type(formula: string, hf: HyperFormula, row: number, col: number): void {
  hf.setCellContents({ sheet: 0, row, col }, [[formula]]);
}

const cdnow = readCdnowSummary();
const goldenRows = readCdnowGolden();
const bg = goldenValues().lifetimes_cdnow.bgnbd_params_mle_full_precision;
const N = 2357;

/** CDNOW summary on a grid: header in row 1, ID, x, t_x, T, zbar in A2:E2358, rows 2359..2400 empty. */
function cdnowGrid(): HyperFormula {
  const sheet: unknown[][] = [["ID", "frequency", "recency", "T", "monetary"]];
  for (let i = 0; i < N; i++) {
    sheet.push([
      cdnow.id[i],
      cdnow.frequency[i],
      cdnow.recency[i],
      cdnow.age[i],
      cdnow.monetary[i],
    ]);
  }
  return hyperFormulaWith(sheet);
}

describe("lifetime-value formulas on a grid (HyperFormula)", () => {
  test("=ECOM.CLV.PARAMS(B2:B2358,C2:C2358,D2:D2358) spills the 9×2 table; INDEX picks r and p", () => {
    const hf = cdnowGrid();
    type("=ECOM.CLV.PARAMS(B2:B2358,C2:C2358,D2:D2358)", hf, 0, 6);
    type("=INDEX(ECOM.CLV.PARAMS(B2:B2358,C2:C2358,D2:D2358),1,2)", hf, 0, 9);
    type("=INDEX(ECOM.CLV.PARAMS(B2:B2358,C2:C2358,D2:D2358,E2:E2358),6,2)", hf, 1, 9);
    const cell = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    const table = Array.from({ length: 9 }, (_, row) => [cell(row, 6), cell(row, 7)]);
    expect(table.map((r) => r[0])).toEqual([
      "r",
      "alpha",
      "a",
      "b",
      "loglik",
      "p",
      "q",
      "v",
      "customers",
    ]);
    // lifetimes' Quickstart: r 0.242593, alpha 4.413532, a 0.792886, b 2.425752; loglik −9582.43
    expect(table[0][1] as number).toBeCloseTo(0.242593, 6);
    expect(table[1][1] as number).toBeCloseTo(4.413532, 6);
    expect(table[2][1] as number).toBeCloseTo(0.792886, 6);
    expect(table[3][1] as number).toBeCloseTo(2.425752, 5);
    expect(table[4][1] as number).toBeCloseTo(-9582.43, 2);
    expect(table.slice(5, 8).map((r) => r[1])).toEqual(["", "", ""]);
    expect(table[8][1]).toBe(N);
    expect(cell(9, 6)).toBeNull();
    expect(relativeError(cell(0, 9) as number, bg.r)).toBeLessThan(1e-6);
    // Gamma–Gamma p of lifetimes (6.2488 rounded; 6.248803 full precision)
    expect(cell(1, 9) as number).toBeCloseTo(6.2488, 4);
  });

  test("=ECOM.CLV.PALIVE and =ECOM.CLV over B2:B2400 (trailing empty rows) spill one value per row", () => {
    const hf = cdnowGrid();
    type("=ECOM.CLV.PALIVE(B2:B2400,C2:C2400,D2:D2400)", hf, 1, 6);
    type("=ECOM.CLV(B2:B2400,C2:C2400,D2:D2400,E2:E2400,52.14,0.01,4.345)", hf, 1, 7);
    type("=ECOM.CLV.PURCHASES(B2:B2400,C2:C2400,D2:D2400,39)", hf, 1, 8);
    const cell = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    let worst = 0;
    goldenRows.forEach((g, i) => {
      worst = Math.max(
        worst,
        relativeError(cell(i + 1, 6) as number, g.bgnbd_p_alive),
        relativeError(cell(i + 1, 7) as number, g["clv_12m_dr0.01_factor4.345_W"]),
        relativeError(cell(i + 1, 8) as number, g.bgnbd_cond_exp_t39)
      );
    });
    expect(worst).toBeLessThan(1e-6);
    // customer 1 (x = 2, t_x = 30.43, T = 38.86): P(alive) 0.726609, CLV 36.278497 (analytics.md §1.4)
    expect(cell(1, 6) as number).toBeCloseTo(0.726609, 6);
    expect(cell(1, 7) as number).toBeCloseTo(36.278497, 5);
    // rows 2359..2400 are empty → ""
    expect(cell(N + 1, 6)).toBe("");
    expect(cell(2399, 7)).toBe("");
  });

  test("a bad row shows its own error in its cell; a too-small range is #NUM! with a message", () => {
    const hf = cdnowGrid();
    hf.setCellContents({ sheet: 0, row: 3, col: 2 }, [[99]]); // customer 3: recency 99 > age 38.86
    type("=ECOM.CLV.PALIVE(B2:B2358,C2:C2358,D2:D2358)", hf, 1, 6);
    type("=ECOM.CLV.PALIVE(B2:B6,C2:C6,D2:D6)", hf, 0, 10);
    const cell = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    const bad = cell(3, 6) as DetailedCellError;
    expect(bad.value).toBe("#NUM!");
    expect(bad.message).toMatch(/cannot exceed age/);
    expect(cell(1, 6) as number).toBeCloseTo(goldenRows[0].bgnbd_p_alive, 4);
    const few = cell(0, 10) as DetailedCellError;
    expect(few.value).toBe("#NUM!");
    // rows 2..6 hold 5 customers, one of them the bad row 4 → 4 in the fit
    expect(few.message).toMatch(/at least 10 customers \(got 4\)/);
  });

  test('=ECOM.CLV.SUMMARY(A1:A6919,B1:B6919,C1:C6919,DATE(1997,9,30),"W") spills lifetimes\' CDNOW summary', () => {
    const orders = readCdnowTransactions();
    const sheet: unknown[][] = orders.customer.map((id, i) => [
      id,
      orders.date[i],
      orders.amount[i],
    ]);
    const hf = hyperFormulaWith(sheet);
    type('=ECOM.CLV.SUMMARY(A1:A6919,B1:B6919,C1:C6919,DATE(1997,9,30),"W")', hf, 0, 4);
    const cell = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    expect([4, 5, 6, 7, 8].map((col) => cell(0, col))).toEqual([
      "customer",
      "frequency",
      "recency",
      "age",
      "monetary",
    ]);
    let worst = 0;
    for (let i = 0; i < N; i++) {
      expect(Number(cell(i + 1, 4))).toBe(cdnow.id[i]);
      expect(cell(i + 1, 5)).toBe(cdnow.frequency[i]);
      worst = Math.max(
        worst,
        Math.abs((cell(i + 1, 6) as number) - cdnow.recency[i]),
        Math.abs((cell(i + 1, 7) as number) - cdnow.age[i]),
        Math.abs((cell(i + 1, 8) as number) - cdnow.monetary[i])
      );
    }
    // the CSV rounds to 2 decimals
    expect(worst).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(cell(N + 1, 4)).toBeNull();
  });
});
