/**
 * The built bundle, as Excel loads it: dist/functions.js run in a Node vm with a fake CustomFunctions
 * global. Arguments are shaped the way Excel passes them to matrix parameters (a cell is [[v]], a range is
 * rows of cells, an omitted optional argument is null).
 */
import { call, errorCode, loadFunctionsBundle, readMetadata, scalar } from "../helpers/bundle";

describe("dist/functions.js", () => {
  test("associates a function with every id in functions.json, and nothing else", () => {
    const ids = readMetadata()
      .functions.map((f) => f.id)
      .sort();
    expect(ids.length).toBeGreaterThan(0);
    expect([...loadFunctionsBundle().registry.keys()].sort()).toEqual(ids);
    for (const id of ids) expect(typeof loadFunctionsBundle().registry.get(id)).toBe("function");
  });

  test("ECOM.ROI(200,100) = 1: (200 × 1 − 100) / 100", () => {
    expect(scalar(call("ROI", [[200]], [[100]], null))).toBe(1);
    expect(scalar(call("ROI", 200, 100, null))).toBe(1); // plain scalars, as a scalar-typed caller would pass
  });

  test("ECOM.ROI with margin 0.4: (200 × 0.4 − 100) / 100 = −0.2", () => {
    expect(scalar(call("ROI", [[200]], [[100]], [[0.4]]))).toBeCloseTo(-0.2, 15);
  });

  test("ECOM.CONVRATE(5,0) is a #DIV/0! error object", () => {
    const result = call("CONVRATE", [[5]], [[0]]);
    expect(errorCode(result)).toBe("#DIV/0!");
  });

  test("ECOM.CONVRATE(32,1000) = 0.032; conversions above visitors is #NUM!", () => {
    expect(scalar(call("CONVRATE", [[32]], [[1000]]))).toBeCloseTo(0.032, 15);
    expect(errorCode(call("CONVRATE", [[5]], [[4]]))).toBe("#NUM!");
    expect(errorCode(call("CONVRATE", [[-1]], [[4]]))).toBe("#NUM!");
  });

  test("a 10-row range spills 10 results (revenue 100..1000 on cost 100 → ROI 0..9)", () => {
    const revenue = Array.from({ length: 10 }, (_, i) => [100 * (i + 1)]);
    const out = call("ROI", revenue, [[100]], null) as unknown[][];
    expect(out).toHaveLength(10);
    expect(out.map((r) => r[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test("trailing blank rows give blank results", () => {
    const out = call(
      "CONVRATE",
      [[1], [2], [""], [null]],
      [[10], [10], [""], [null]]
    ) as unknown[][];
    expect(out.map((r) => r[0])).toEqual([0.1, 0.2, "", ""]);
  });

  test('text "abc" gives #VALUE! with a message naming the argument', () => {
    const result = call("ROI", [["abc"]], [[100]], null);
    expect(errorCode(result)).toBe("#VALUE!");
    expect((result as Error).message).toMatch(/revenue/);
  });

  test("text that looks like a number is read as the number", () => {
    expect(scalar(call("ROI", [[" 300 "]], [["100"]], null))).toBe(2);
  });
});
