/**
 * ECOM.RISKSCORE, RISKLEVEL and RISKMATRIX (spec §6) through the built bundle. Every expected value is worked
 * by hand in the comment next to it: score = likelihood × impact; default bounds Medium 5, High 10, Critical 20.
 */
import { call, errorCode, scalar } from "../helpers/bundle";

/** A column range (n×1) as Excel passes it. */
const column = (...xs: unknown[]) => xs.map((x) => [x]);
/** The message of an error value. */
const messageOf = (v: unknown) => (v as Error).message;

describe("ECOM.RISKSCORE", () => {
  test("4 × 3 = 12; decimals allowed: 2.5 × 4 = 10", () => {
    expect(scalar(call("RISKSCORE", [[4]], [[3]]))).toBe(12);
    expect(scalar(call("RISKSCORE", [[2.5]], [[4]]))).toBe(10);
  });

  test("a register column spills: 1×1 = 1, 5×5 = 25, blank row → blank", () => {
    expect(call("RISKSCORE", column(1, 5, ""), column(1, 5, null))).toEqual([[1], [25], [""]]);
  });

  test("a 1×3 row: 2×3 = 6, 3×3 = 9, 4×3 = 12", () => {
    expect(call("RISKSCORE", [[2, 3, 4]], [[3]])).toEqual([[6, 9, 12]]);
  });

  test("outside the 1–5 scale is #NUM! in that row only; text is #VALUE! naming the argument", () => {
    const out = call("RISKSCORE", column(6, 0, 2), [[2]]) as unknown[][];
    expect(errorCode(out[0][0])).toBe("#NUM!");
    expect(errorCode(out[1][0])).toBe("#NUM!");
    expect(out[2][0]).toBe(4); // 2 × 2
    const bad = call("RISKSCORE", [[3]], [["high"]]);
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(messageOf(bad)).toMatch(/impact/);
  });
});

describe("ECOM.RISKLEVEL", () => {
  test("default bounds 5/10/20: 1×4 = 4 Low, 1×5 = 5 Medium, 3×3 = 9 Medium, 4×3 = 12 High, 5×4 = 20 Critical", () => {
    const out = call("RISKLEVEL", column(1, 1, 3, 4, 5), column(4, 5, 3, 3, 4), null, "en-US");
    expect(out).toEqual([["Low"], ["Medium"], ["Medium"], ["High"], ["Critical"]]);
  });

  test("Chinese labels: 低, 中, 高, 极高 (same scores 4, 5, 12, 20)", () => {
    const out = call("RISKLEVEL", column(1, 1, 4, 5), column(4, 5, 3, 4), null, "zh");
    expect(out).toEqual([["低"], ["中"], ["高"], ["极高"]]);
  });

  test("omitted language is en-US; decimals: 2.5 × 3.5 = 8.75 → Medium", () => {
    expect(scalar(call("RISKLEVEL", [[2.5]], [[3.5]], null, null))).toBe("Medium");
  });

  test("custom bounds 4/8/15 as a row or a column: 2×2 = 4 Medium, 3×3 = 9 High, 3×5 = 15 Critical, 1×3 = 3 Low", () => {
    const expected = [["Medium"], ["High"], ["Critical"], ["Low"]];
    const l = column(2, 3, 3, 1);
    const i = column(2, 3, 5, 3);
    expect(call("RISKLEVEL", l, i, [[4, 8, 15]], "en")).toEqual(expected);
    expect(call("RISKLEVEL", l, i, column(4, 8, 15), "en")).toEqual(expected);
    expect(call("RISKLEVEL", l, i, column("4", "8", "15"), "en")).toEqual(expected); // number text
  });

  test("a single blank thresholds cell means the default (4 × 3 = 12 → High)", () => {
    expect(scalar(call("RISKLEVEL", [[4]], [[3]], [[""]], "en"))).toBe("High");
  });

  test("thresholds that are not three numbers are #VALUE! with a message; not increasing is #NUM!", () => {
    const two = call("RISKLEVEL", [[4]], [[3]], [[5, 10]], "en");
    expect(errorCode(two)).toBe("#VALUE!");
    expect(messageOf(two)).toMatch(/thresholds/);
    const blank = call("RISKLEVEL", [[4]], [[3]], [[5, "", 20]], "en");
    expect(errorCode(blank)).toBe("#VALUE!");
    expect(messageOf(blank)).toMatch(/thresholds \(number 2\) is blank/);
    const block = call(
      "RISKLEVEL",
      [[4]],
      [[3]],
      [
        [5, 10],
        [20, 25],
      ],
      "en"
    );
    expect(errorCode(block)).toBe("#VALUE!");
    expect(errorCode(call("RISKLEVEL", [[4]], [[3]], [[10, 5, 20]], "en"))).toBe("#NUM!");
    expect(errorCode(call("RISKLEVEL", [[4]], [[3]], [[5, 5, 20]], "en"))).toBe("#NUM!");
  });

  test("a bad row errors alone; blank rows stay blank", () => {
    const out = call("RISKLEVEL", column(5, 9, ""), column(5, 1, ""), null, "en") as unknown[][];
    expect(out[0][0]).toBe("Critical"); // 25
    expect(errorCode(out[1][0])).toBe("#NUM!"); // likelihood 9 is off the scale
    expect(out[2][0]).toBe("");
  });
});

describe("ECOM.RISKMATRIX", () => {
  test("default bounds: 6×6, header row corner + impact 1..5, header column likelihood 5..1", () => {
    // Scores per row (likelihood L × impact 1..5) and levels with bounds 5/10/20:
    // L5: 5 10 15 20 25 → M H H C C;  L4: 4 8 12 16 20 → L M H H C;  L3: 3 6 9 12 15 → L M M H H;
    // L2: 2 4 6 8 10 → L L M M H;     L1: 1 2 3 4 5 → L L L L M
    const out = call("RISKMATRIX", null, null) as unknown[][];
    expect(out).toEqual([
      ["Likelihood \\ Impact", 1, 2, 3, 4, 5],
      [5, "Medium", "High", "High", "Critical", "Critical"],
      [4, "Low", "Medium", "High", "High", "Critical"],
      [3, "Low", "Medium", "Medium", "High", "High"],
      [2, "Low", "Low", "Medium", "Medium", "High"],
      [1, "Low", "Low", "Low", "Low", "Medium"],
    ]);
  });

  test("in Chinese with bounds 4/8/15 (a column): corner 可能性 \\ 影响 and 低/中/高/极高", () => {
    // L5: 5 10 15 20 25 → 中 高 极高 极高 极高;  L4: 4 8 12 16 20 → 中 高 高 极高 极高;
    // L3: 3 6 9 12 15 → 低 中 高 高 极高;       L2: 2 4 6 8 10 → 低 中 中 高 高;  L1: 1..5 → 低 低 低 中 中
    const out = call("RISKMATRIX", column(4, 8, 15), "zh-CN") as unknown[][];
    expect(out).toEqual([
      ["可能性 \\ 影响", 1, 2, 3, 4, 5],
      [5, "中", "高", "极高", "极高", "极高"],
      [4, "中", "高", "高", "极高", "极高"],
      [3, "低", "中", "高", "高", "极高"],
      [2, "低", "中", "中", "高", "高"],
      [1, "低", "低", "低", "中", "中"],
    ]);
  });

  test("bad thresholds are a single error: #VALUE! for four numbers, #NUM! for decreasing ones", () => {
    expect(errorCode(call("RISKMATRIX", [[1, 2, 3, 4]], null))).toBe("#VALUE!");
    expect(errorCode(call("RISKMATRIX", [[20, 10, 5]], null))).toBe("#NUM!");
    const lang = call("RISKMATRIX", null, "Klingon");
    expect(errorCode(lang)).toBe("#VALUE!");
    expect(messageOf(lang)).toMatch(/language/);
  });
});
