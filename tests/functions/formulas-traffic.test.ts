/**
 * Traffic, conversion and budget functions typed as real formulas on a grid in HyperFormula (a spreadsheet engine
 * independent of this project) with the built bundle's functions registered: tables spill, INDEX picks a cell
 * of a spilled table, options come from cells.
 *
 * HyperFormula rounds the values it reports to about 11 significant digits (its precisionRounding), so values
 * are compared to 1e-10 here; the bundle tests (catalog-traffic.test.ts) check the same goldens to 1e-12.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hyperFormulaWith } from "../helpers/hyperformula";
import { goldenValues } from "../helpers/shared";

const stats = goldenValues().conversion_stats;

/** The values of a rows × cols block starting at (row, col). */
function block(
  hf: HyperFormula,
  row: number,
  col: number,
  rows: number,
  cols: number
): unknown[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      hf.getCellValue({ sheet: 0, row: row + r, col: col + c })
    )
  );
}

describe("traffic formulas on a grid (HyperFormula)", () => {
  // The golden two-proportion z-test: statsmodels proportions_ztest(count=[5, 12], nobs=[83, 99]) has
  // z = −1.4078304151258787 with 5/83 as the first group. The spec's z = (rate_b − rate_a) / pooled SE equals
  // statsmodels' z with B as the first group, so B = 5 of 83 and A = 12 of 99.
  const abSheet = [
    ["", "conversions", "visitors"],
    ["A", 12, 99],
    ["B", 5, 83],
    ["=ECOM.ABTEST(B2,C2,B3,C3)"],
  ];

  test("=ECOM.ABTEST(...) spills an 8×2 label | value table with the golden z and p", () => {
    const hf = hyperFormulaWith(abSheet);
    const table = block(hf, 3, 0, 8, 2);
    expect(table.map((r) => r[0])).toEqual([
      "rate_a",
      "rate_b",
      "uplift",
      "z",
      "p_value",
      "significant",
      "prob_b_beats_a",
      "sample_per_arm",
    ]);
    expect(table[0][1]).toBeCloseTo(12 / 99, 10);
    expect(table[1][1]).toBeCloseTo(5 / 83, 10);
    expect(table[3][1]).toBeCloseTo(stats.two_proportion_ztest_pooled.z, 10);
    expect(table[4][1]).toBeCloseTo(stats.two_proportion_ztest_pooled.p_two_sided, 10);
    expect(table[5][1]).toBe(false);
    // nothing beyond the 8×2 spill
    expect(hf.getCellValue({ sheet: 0, row: 11, col: 0 })).toBeNull();
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 2 })).toBeNull();
  });

  test("=INDEX(ECOM.ABTEST(...),5,2) is the p-value and =INDEX(…,4,2) the z of the golden test", () => {
    const hf = hyperFormulaWith([
      ["", "conversions", "visitors"],
      ["A", 12, 99],
      ["B", 5, 83],
      ["=INDEX(ECOM.ABTEST(B2,C2,B3,C3),5,2)", "=INDEX(ECOM.ABTEST(B2,C2,B3,C3),4,2)"],
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 0 })).toBeCloseTo(
      stats.two_proportion_ztest_pooled.p_two_sided,
      10
    );
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 1 })).toBeCloseTo(
      stats.two_proportion_ztest_pooled.z,
      10
    );
  });

  test("ABTEST with confidence and language from cells: zh labels, significant at 80%", () => {
    // p = 0.159 < 1 − 0.8 = 0.2 → 是否显著 TRUE
    const hf = hyperFormulaWith([
      [12, 99, 5, 83, 0.8, "zh-CN"],
      ["=ECOM.ABTEST(A1,B1,C1,D1,E1,F1)"],
    ]);
    const table = block(hf, 1, 0, 8, 2);
    expect(table[4][0]).toBe("P值");
    expect(table[5]).toEqual(["是否显著", true]);
  });

  test('=ECOM.FUNNEL(B2:B4,A2:A4,"zh-CN") spills (k+1)×6 with the Chinese header', () => {
    // 访客 1000 → 加购 300 → 下单 60: step 1, 0.3, 0.2; overall 1, 0.3, 0.06; drop-off 0, 0.7, 0.8 → 下单 is the bottleneck
    // (formulas go below their data: the harness sizes a spill while it is still reading the grid row by row)
    const hf = hyperFormulaWith([
      ["stage", "count"],
      ["访客", 1000],
      ["加购", 300],
      ["下单", 60],
      ['=ECOM.FUNNEL(B2:B4,A2:A4,"zh-CN")'],
    ]);
    const table = block(hf, 4, 0, 4, 6);
    expect(table[0]).toEqual(["环节", "人数", "环节转化率", "整体转化率", "流失率", "瓶颈"]);
    expect(table[1]).toEqual(["访客", 1000, 1, 1, 0, false]);
    expect(table[2]).toEqual([
      "加购",
      300,
      expect.closeTo(0.3, 10),
      expect.closeTo(0.3, 10),
      expect.closeTo(0.7, 10),
      false,
    ]);
    expect(table[3]).toEqual([
      "下单",
      60,
      expect.closeTo(0.2, 10),
      expect.closeTo(0.06, 10),
      expect.closeTo(0.8, 10),
      true,
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 8, col: 0 })).toBeNull(); // exactly k + 1 = 4 rows
  });

  test("=ECOM.FUNNEL over a range with trailing empty rows lists only the stages", () => {
    const hf = hyperFormulaWith([[1000], [250], [null], [null], [null], ["=ECOM.FUNNEL(A1:A5)"]]);
    const table = block(hf, 5, 0, 3, 6);
    expect(table[0][0]).toBe("stage");
    expect(table[2]).toEqual(["Stage 2", 250, 0.25, 0.25, 0.75, true]);
    expect(hf.getCellValue({ sheet: 0, row: 8, col: 0 })).toBeNull();
  });

  test("=ECOM.CONVRATE.CI(A1:A4,B1:B4) spills n×3 against the golden Wilson intervals", () => {
    const wilson = stats.wilson_95_R_binom_via_statsmodels;
    const keys = ["(18,20)", "(4,20)", "(4,200)", "(73,86)"];
    const pairs = keys.map((k) => k.slice(1, -1).split(",").map(Number));
    const hf = hyperFormulaWith([...pairs, ["=ECOM.CONVRATE.CI(A1:A4,B1:B4)"]]);
    const table = block(hf, 4, 0, 4, 3) as number[][];
    keys.forEach((key, i) => {
      expect(table[i][0]).toBeCloseTo(pairs[i][0] / pairs[i][1], 10);
      expect(table[i][1]).toBeCloseTo(wilson[key][0], 9);
      expect(table[i][2]).toBeCloseTo(wilson[key][1], 9);
    });
  });

  test("CONVRATE.CI with method and confidence in cells; a zero-visitor row shows #DIV/0! in its own row", () => {
    // golden Clopper–Pearson (18,20) = [0.6830172859809176, 0.9876514728297052]
    const hf = hyperFormulaWith([
      [18, 20, 0.95, "clopper-pearson"],
      [3, 0],
      ["=ECOM.CONVRATE.CI(A1:A2,B1:B2,C1,D1)"],
    ]);
    const table = block(hf, 2, 0, 2, 3);
    expect(table[0][1]).toBeCloseTo(stats.clopper_pearson_95["(18,20)"][0], 9);
    expect(table[0][2]).toBeCloseTo(stats.clopper_pearson_95["(18,20)"][1], 9);
    expect((table[1][0] as DetailedCellError).value).toBe("#DIV/0!");
  });

  test("=ECOM.GMV.SOLVE with an empty argument solves for it: 2,000,000 / (0.032 × 120) visitors", () => {
    const hf = hyperFormulaWith([[2000000, 0.032, 120, "=ECOM.GMV.SOLVE(A1,,B1,C1)"]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBeCloseTo(520833.3333333, 4);
  });

  test("=ECOM.BUDGETSPLIT(B1,A2:A4,,D1) spills one part per channel (5000 capped at 4000, 6000 re-split 3:2)", () => {
    const hf = hyperFormulaWith([
      ["weight", 10000, "", 4000],
      [3],
      [2],
      [5],
      ["", "", "=ECOM.BUDGETSPLIT(B1,A2:A4,,D1)"],
    ]);
    const parts = block(hf, 4, 2, 3, 1).map((r) => r[0]);
    expect(parts).toEqual([expect.closeTo(3600, 9), expect.closeTo(2400, 9), 4000]);
  });
});
