/**
 * ECOM.LTV, LTV.RETENTION, CAC, LTVCAC and PAYBACK (spec §4, simple value metrics) through the built bundle.
 * Every expected value is worked by hand in the comment next to it.
 */
import { call, errorCode, scalar } from "../helpers/bundle";

/** A column range (n×1) as Excel passes it. */
const column = (...xs: unknown[]) => xs.map((x) => [x]);
/** The message of an error value. */
const messageOf = (v: unknown) => (v as Error).message;

describe("ECOM.LTV", () => {
  test("undiscounted: 100 × 2 × 0.4 = 80 a period, × 3 periods = 240", () => {
    expect(scalar(call("LTV", [[100]], [[2]], [[0.4]], [[3]], null))).toBeCloseTo(240, 12);
  });

  test("discounted at 10%: 80 × (1 − 1.1^−3) / 0.1 = 80 × (1 − 1/1.331) / 0.1 = 198.948", () => {
    // 1/1.331 = 0.751314801; 1 − 0.751314801 = 0.248685199; / 0.1 = 2.48685199; × 80 = 198.948159
    expect(scalar(call("LTV", [[100]], [[2]], [[0.4]], [[3]], [[0.1]]))).toBeCloseTo(198.948159, 5);
  });

  test("fractional periods are allowed: 80 × 1.5 = 120", () => {
    expect(scalar(call("LTV", [[100]], [[2]], [[0.4]], [[1.5]], null))).toBeCloseTo(120, 12);
  });

  test("a column of customers spills one LTV per row; blank rows stay blank; a blank discount cell means 0", () => {
    // 50 × 2 × 0.5 × 2 = 100; 100 × 2 × 0.5 × 2 = 200; blank row → ""
    const out = call(
      "LTV",
      column(50, 100, ""),
      column(2, 2, ""),
      column(0.5, 0.5, null),
      column(2, 2, ""),
      [[""]]
    ) as unknown[][];
    expect(out).toEqual([[100], [200], [""]]);
  });

  test("a single-cell argument broadcasts, and a trailing empty row of the range stays blank", () => {
    // 50 × 2 × 0.5 × 2 = 100; second row: the only range argument (aov) is empty → "" (spec §1: trailing
    // empty rows work), although the broadcast single cells are not blank
    const out = call("LTV", column(50, ""), [[2]], [[0.5]], [[2]], null) as unknown[][];
    expect(out[0][0]).toBe(100);
    expect(out[1][0]).toBe("");
  });

  test("a row with one of two range arguments blank is partly blank, so #N/A", () => {
    // row 1: 50 × 2 × 0.5 × 2 = 100; row 2: aov 60 but purchases blank → #N/A
    const out = call("LTV", column(50, 60), column(2, ""), [[0.5]], [[2]], null) as unknown[][];
    expect(out[0][0]).toBe(100);
    expect(errorCode(out[1][0])).toBe("#N/A");
  });

  test("a 1×n row gives a 1×n row", () => {
    // periods 1, 2, 3 at v = 10 × 1 × 1 = 10: 10, 20, 30
    const out = call("LTV", [[10]], [[1]], [[1]], [[1, 2, 3]], null) as unknown[][];
    expect(out).toEqual([[10, 20, 30]]);
  });

  test("a margin above 1, a negative AOV or a discount rate of −100% is #NUM!", () => {
    expect(errorCode(call("LTV", [[100]], [[2]], [[1.5]], [[3]], null))).toBe("#NUM!");
    expect(errorCode(call("LTV", [[-100]], [[2]], [[0.4]], [[3]], null))).toBe("#NUM!");
    expect(errorCode(call("LTV", [[100]], [[2]], [[0.4]], [[3]], [[-1]]))).toBe("#NUM!");
  });

  test("text is #VALUE! naming the argument; a partly blank row is #N/A in that row only", () => {
    const bad = call("LTV", [["lots"]], [[2]], [[0.4]], [[3]], null);
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(messageOf(bad)).toMatch(/aov/);
    // row 1: 100 × 1 × 1 × 1 = 100; row 2: purchases blank → #N/A
    const out = call("LTV", column(100, 100), column(1, ""), [[1]], [[1]], null) as unknown[][];
    expect(out[0][0]).toBe(100);
    expect(errorCode(out[1][0])).toBe("#N/A");
    expect(messageOf(out[1][0])).toMatch(/purchases_per_period/);
  });

  test("mismatched ranges are #VALUE! naming both arguments", () => {
    const bad = call("LTV", column(1, 2), [[1, 2, 3]], [[0.5]], [[1]], null);
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(messageOf(bad)).toMatch(/aov.*purchases_per_period/);
  });
});

describe("ECOM.LTV.RETENTION", () => {
  test("infinite horizon (Gupta–Lehmann): 50 × 0.8 / (1 − 0.8) = 200", () => {
    expect(scalar(call("LTV.RETENTION", [[50]], [[0.8]], null, null))).toBeCloseTo(200, 10);
  });

  test("discounted at 10%: 50 × 0.8 / (1.1 − 0.8) = 40 / 0.3 = 133.333", () => {
    expect(scalar(call("LTV.RETENTION", [[50]], [[0.8]], [[0.1]], null))).toBeCloseTo(400 / 3, 10);
  });

  test("3 periods, no discount: 50 × (0.8 + 0.64 + 0.512) = 50 × 1.952 = 97.6", () => {
    expect(scalar(call("LTV.RETENTION", [[50]], [[0.8]], null, [[3]]))).toBeCloseTo(97.6, 10);
  });

  test("2 periods at 10%: q = 0.8/1.1 = 8/11; 50 × (8/11 + 64/121) = 50 × 152/121 = 62.8099", () => {
    expect(scalar(call("LTV.RETENTION", [[50]], [[0.8]], [[0.1]], [[2]]))).toBeCloseTo(
      7600 / 121,
      10
    );
  });

  test("periods are whole: 3.7 counts as 3 (97.6 as above)", () => {
    expect(scalar(call("LTV.RETENTION", [[50]], [[0.8]], null, [[3.7]]))).toBeCloseTo(97.6, 10);
  });

  test("retention 1 with no periods and no discount is #NUM!; with 4 periods it is 50 × 4 = 200", () => {
    const bad = call("LTV.RETENTION", [[50]], [[1]], null, null);
    expect(errorCode(bad)).toBe("#NUM!");
    expect(scalar(call("LTV.RETENTION", [[50]], [[1]], null, [[4]]))).toBeCloseTo(200, 12);
  });

  test("a retention rate above 1 or below 0 is #NUM! (rates are fractions)", () => {
    expect(errorCode(call("LTV.RETENTION", [[50]], [[80]], null, null))).toBe("#NUM!");
    expect(errorCode(call("LTV.RETENTION", [[50]], [[-0.1]], null, null))).toBe("#NUM!");
  });

  test("a column of retention rates spills; blank rows stay blank", () => {
    // 10 × 0.5 / 0.5 = 10; 10 × 0.75 / 0.25 = 30; blank → ""
    const out = call(
      "LTV.RETENTION",
      column(10, 10, ""),
      column(0.5, 0.75, null),
      null,
      null
    ) as unknown[][];
    expect(out.map((r) => r[0])).toEqual([expect.closeTo(10, 12), expect.closeTo(30, 12), ""]);
  });
});

describe("ECOM.CAC", () => {
  test("5000 spent for 100 new customers: 5000 / 100 = 50 per customer", () => {
    expect(scalar(call("CAC", [[5000]], [[100]]))).toBe(50);
  });

  test("no new customers is #DIV/0!; a negative spend is #NUM!", () => {
    expect(errorCode(call("CAC", [[5000]], [[0]]))).toBe("#DIV/0!");
    expect(errorCode(call("CAC", [[-1]], [[10]]))).toBe("#NUM!");
  });

  test("a 1×3 row: 100/4 = 25, 300/10 = 30, blank pair → blank", () => {
    expect(call("CAC", [[100, 300, ""]], [[4, 10, ""]])).toEqual([[25, 30, ""]]);
  });

  test('text is #VALUE! naming the argument; " 600 " is read as 600', () => {
    const bad = call("CAC", [[600]], [["many"]]);
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(messageOf(bad)).toMatch(/new_customers/);
    expect(scalar(call("CAC", [[" 600 "]], [[12]]))).toBe(50); // 600 / 12
  });
});

describe("ECOM.LTVCAC", () => {
  test("LTV 240 on CAC 80: 240 / 80 = 3", () => {
    expect(scalar(call("LTVCAC", [[240]], [[80]]))).toBe(3);
  });

  test("CAC 0 is #DIV/0!; a negative LTV is #NUM!", () => {
    expect(errorCode(call("LTVCAC", [[240]], [[0]]))).toBe("#DIV/0!");
    expect(errorCode(call("LTVCAC", [[-240]], [[80]]))).toBe("#NUM!");
  });

  test("a column spills per row: 300/100 = 3, 150/100 = 1.5, blank → blank", () => {
    expect(call("LTVCAC", column(300, 150, null), column(100, 100, ""))).toEqual([
      [3],
      [1.5],
      [""],
    ]);
  });
});

describe("ECOM.PAYBACK", () => {
  test("CAC 120 earned back at 10 a month: 120 / 10 = 12 months", () => {
    expect(scalar(call("PAYBACK", [[120]], [[10]]))).toBe(12);
  });

  test("a margin of 0 is #DIV/0!; a negative margin is #NUM!", () => {
    expect(errorCode(call("PAYBACK", [[120]], [[0]]))).toBe("#DIV/0!");
    expect(errorCode(call("PAYBACK", [[120]], [[-10]]))).toBe("#NUM!");
  });

  test("a bad row errors alone: 90/30 = 3, 90/0 → #DIV/0!, 90/45 = 2", () => {
    const out = call("PAYBACK", [[90]], column(30, 0, 45)) as unknown[][];
    expect(out[0][0]).toBe(3);
    expect(errorCode(out[1][0])).toBe("#DIV/0!");
    expect(out[2][0]).toBe(2);
  });
});
