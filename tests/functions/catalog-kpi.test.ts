/**
 * ECOM.ATTAINMENT, KPISTATUS, GROWTH, PPCHANGE, CAGR, NPS and WEIGHTEDSCORE (spec §5) through the built
 * bundle. Every expected value is worked by hand in the comment next to it.
 */
import { call, errorCode, scalar } from "../helpers/bundle";

/** A column range (n×1) as Excel passes it. */
const column = (...xs: unknown[]) => xs.map((x) => [x]);
/** The message of an error value. */
const messageOf = (v: unknown) => (v as Error).message;

describe("ECOM.ATTAINMENT", () => {
  test("higher is better: 120 / 100 = 1.2", () => {
    expect(scalar(call("ATTAINMENT", [[120]], [[100]], null))).toBeCloseTo(1.2, 15);
  });

  test('lower is better: 12 days against a target of 15 → 15 / 12 = 1.25 ("lower", 越低越好, "LOWER")', () => {
    for (const d of ["lower", "越低越好", " LOWER "])
      expect(scalar(call("ATTAINMENT", [[12]], [[15]], [[d]]))).toBeCloseTo(1.25, 15);
  });

  test('越高越好 and "Higher" mean higher: 90 / 100 = 0.9', () => {
    expect(scalar(call("ATTAINMENT", [[90]], [[100]], [["越高越好"]]))).toBeCloseTo(0.9, 15);
    expect(scalar(call("ATTAINMENT", [[90]], [[100]], [["Higher"]]))).toBeCloseTo(0.9, 15);
  });

  test("direction per row: GMV 210/200 = 1.05, CAC 50/60 = 0.8333 (lower), blank direction = higher 45/50 = 0.9", () => {
    const out = call(
      "ATTAINMENT",
      column(210, 60, 45),
      column(200, 50, 50),
      column("higher", "lower", "")
    ) as unknown[][];
    expect(out.map((r) => r[0])).toEqual([
      expect.closeTo(1.05, 14),
      expect.closeTo(50 / 60, 14),
      expect.closeTo(0.9, 14),
    ]);
  });

  test("a 1×n row gives a 1×n row; blank entries stay blank", () => {
    // 1/2 = 0.5, 3/4 = 0.75, blank
    expect(call("ATTAINMENT", [[1, 3, ""]], [[2, 4, ""]], null)).toEqual([[0.5, 0.75, ""]]);
  });

  test("errors: target 0 (higher) and actual 0 (lower) → #DIV/0!; a negative target → #NUM!", () => {
    expect(errorCode(call("ATTAINMENT", [[5]], [[0]], null))).toBe("#DIV/0!");
    expect(errorCode(call("ATTAINMENT", [[0]], [[15]], [["lower"]]))).toBe("#DIV/0!");
    expect(errorCode(call("ATTAINMENT", [[5]], [[-10]], null))).toBe("#NUM!");
    expect(errorCode(call("ATTAINMENT", [[-5]], [[10]], [["lower"]]))).toBe("#NUM!");
  });

  test("an unknown direction is #VALUE! with a message, in its own row only", () => {
    const out = call(
      "ATTAINMENT",
      column(1, 2),
      column(2, 2),
      column("sideways", "higher")
    ) as unknown[][];
    expect(errorCode(out[0][0])).toBe("#VALUE!");
    expect(messageOf(out[0][0])).toMatch(/sideways/);
    expect(out[1][0]).toBe(1); // 2 / 2
  });
});

describe("ECOM.KPISTATUS", () => {
  test("thresholds in English: 100/100 = 1 → On track; 95/100 = 0.95 ≥ 0.9 → At risk; 80/100 = 0.8 → Off track", () => {
    const out = call("KPISTATUS", column(100, 95, 80), [[100]], null, null, "en") as unknown[][];
    expect(out).toEqual([["On track"], ["At risk"], ["Off track"]]);
  });

  test("the same in Chinese: 达成, 预警, 未达成", () => {
    const out = call("KPISTATUS", column(100, 95, 80), [[100]], null, null, "zh-CN") as unknown[][];
    expect(out).toEqual([["达成"], ["预警"], ["未达成"]]);
  });

  test("omitted language is en-US (the JS-only runtime exposes no display language)", () => {
    expect(scalar(call("KPISTATUS", [[100]], [[100]], null, null, null))).toBe("On track");
  });

  test("mixed directions: cost 60 vs 50 (lower) → 50/60 = 0.833 → 未达成; days 16 vs 15 (越低越好) → 15/16 = 0.9375 → 预警", () => {
    const out = call(
      "KPISTATUS",
      column(60, 16, 0.031),
      column(50, 15, 0.03),
      column("lower", "越低越好", "higher"),
      null,
      "中文"
    ) as unknown[][];
    // third: conversion 0.031 vs 0.03 (higher) → 1.033 → 达成
    expect(out).toEqual([["未达成"], ["预警"], ["达成"]]);
  });

  test("warn_at moves the boundary: 50/60 = 0.833 ≥ 0.8 → At risk; 0.833 < 0.85 → Off track", () => {
    expect(scalar(call("KPISTATUS", [[60]], [[50]], [["lower"]], 0.8, "en"))).toBe("At risk");
    expect(scalar(call("KPISTATUS", [[60]], [[50]], [["lower"]], [[0.85]], "en"))).toBe(
      "Off track"
    );
  });

  test("exactly at warn_at is At risk: 90/100 = 0.9 ≥ 0.9", () => {
    expect(scalar(call("KPISTATUS", [[90]], [[100]], null, null, "en"))).toBe("At risk");
  });

  test("warn_at outside 0..1 is #NUM!; a range for warn_at or a bad language is #VALUE! with a message", () => {
    expect(errorCode(call("KPISTATUS", [[90]], [[100]], null, 1.5, null))).toBe("#NUM!");
    const range = call("KPISTATUS", [[90]], [[100]], null, [[0.8], [0.9]], null);
    expect(errorCode(range)).toBe("#VALUE!");
    expect(messageOf(range)).toMatch(/warn_at/);
    const lang = call("KPISTATUS", [[90]], [[100]], null, null, "fr");
    expect(errorCode(lang)).toBe("#VALUE!");
    expect(messageOf(lang)).toMatch(/language/);
  });

  test("blank rows stay blank; a bad row errors alone", () => {
    // 100/100 → On track; target 0 → #DIV/0!; blank → ""
    const out = call(
      "KPISTATUS",
      column(100, 5, ""),
      column(100, 0, ""),
      null,
      null,
      "en"
    ) as unknown[][];
    expect(out[0][0]).toBe("On track");
    expect(errorCode(out[1][0])).toBe("#DIV/0!");
    expect(out[2][0]).toBe("");
  });
});

describe("ECOM.GROWTH", () => {
  test("120 against 100: (120 − 100) / 100 = 0.2", () => {
    expect(scalar(call("GROWTH", [[120]], [[100]]))).toBeCloseTo(0.2, 15);
  });

  test("a loss shrinking from −100 to −50: (−50 + 100) / |−100| = 0.5", () => {
    expect(scalar(call("GROWTH", [[-50]], [[-100]]))).toBeCloseTo(0.5, 15);
  });

  test("previous 0 is #DIV/0!; a column spills: 90/100 − 1 = −0.1, 150/100 − 1 = 0.5", () => {
    expect(errorCode(call("GROWTH", [[5]], [[0]]))).toBe("#DIV/0!");
    const out = call("GROWTH", column(90, 150), [[100]]) as unknown[][];
    expect(out.map((r) => r[0])).toEqual([expect.closeTo(-0.1, 14), expect.closeTo(0.5, 14)]);
  });
});

describe("ECOM.PPCHANGE", () => {
  test("conversion 2.8% → 3.6%: 0.036 − 0.028 = 0.008 (0.8 percentage points)", () => {
    expect(scalar(call("PPCHANGE", [[0.036]], [[0.028]]))).toBeCloseTo(0.008, 15);
  });

  test("a fall is negative: 0.2 − 0.35 = −0.15; rates given as text with % are read as fractions", () => {
    expect(scalar(call("PPCHANGE", [[0.2]], [[0.35]]))).toBeCloseTo(-0.15, 15);
    // "3.6%" = 0.036, "2.8%" = 0.028
    expect(scalar(call("PPCHANGE", [["3.6%"]], [["2.8%"]]))).toBeCloseTo(0.008, 15);
  });

  test("a 1×2 row: 0.5 − 0.4 = 0.1, 0.1 − 0.3 = −0.2", () => {
    const out = call("PPCHANGE", [[0.5, 0.1]], [[0.4, 0.3]]) as unknown[][];
    expect(out).toHaveLength(1);
    expect(out[0]).toEqual([expect.closeTo(0.1, 14), expect.closeTo(-0.2, 14)]);
  });

  test("TRUE is not a number: #VALUE! naming the argument", () => {
    const bad = call("PPCHANGE", [[true]], [[0.1]]);
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(messageOf(bad)).toMatch(/current_rate/);
  });
});

describe("ECOM.CAGR", () => {
  test("100 → 121 over 2 years: (121/100)^(1/2) − 1 = 1.1 − 1 = 0.1", () => {
    expect(scalar(call("CAGR", [[100]], [[121]], [[2]]))).toBeCloseTo(0.1, 14);
  });

  test("100 → 50 over 1 period: 0.5 − 1 = −0.5; end 0 → −1", () => {
    expect(scalar(call("CAGR", [[100]], [[50]], [[1]]))).toBeCloseTo(-0.5, 14);
    expect(scalar(call("CAGR", [[100]], [[0]], [[3]]))).toBe(-1);
  });

  test("start 0 or periods 0 → #DIV/0!; a negative end → #NUM!", () => {
    expect(errorCode(call("CAGR", [[0]], [[121]], [[2]]))).toBe("#DIV/0!");
    expect(errorCode(call("CAGR", [[100]], [[121]], [[0]]))).toBe("#DIV/0!");
    expect(errorCode(call("CAGR", [[100]], [[-1]], [[2]]))).toBe("#NUM!");
  });

  test("a column of end values: 100 → 800 over 3 = 2 − 1 = 1; 100 → 100 = 0", () => {
    const out = call("CAGR", [[100]], column(800, 100), [[3]]) as unknown[][];
    expect(out.map((r) => r[0])).toEqual([expect.closeTo(1, 14), 0]);
  });
});

describe("ECOM.NPS", () => {
  test("scores 10, 9, 8, 7, 6: 2 promoters − 1 detractor over 5 → 100 × 1 / 5 = 20", () => {
    expect(scalar(call("NPS", column(10, 9, 8, 7, 6)))).toBeCloseTo(20, 12);
  });

  test("a 2×5 block with blanks: 8 answers 10,9,8,7 / 6,10,3,9 → promoters 4, detractors 2 → 100 × 2 / 8 = 25", () => {
    const out = call("NPS", [
      [10, 9, 8, "", 7],
      [6, 10, null, 3, 9],
    ]);
    expect(scalar(out)).toBeCloseTo(25, 12);
  });

  test("all detractors → −100; all promoters → 100; only passives → 0", () => {
    expect(scalar(call("NPS", [[0, 3, 6]]))).toBe(-100);
    expect(scalar(call("NPS", [[9, 10]]))).toBe(100);
    expect(scalar(call("NPS", [[7, 8]]))).toBe(0);
  });

  test("a value outside 0..10 is #NUM!; no responses is #DIV/0!", () => {
    expect(errorCode(call("NPS", column(10, 11)))).toBe("#NUM!");
    expect(errorCode(call("NPS", column(-1, 5)))).toBe("#NUM!");
    expect(errorCode(call("NPS", column("", null)))).toBe("#DIV/0!");
  });

  test("text is #VALUE! naming the cell; text that looks like a number counts", () => {
    const bad = call("NPS", column(10, "great"));
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(messageOf(bad)).toMatch(/row 2, column 1 of scores/);
    // "9" and " 10 " are promoters, 5 a detractor: 100 × (2 − 1) / 3 = 33.33
    expect(scalar(call("NPS", column("9", " 10 ", 5)))).toBeCloseTo(100 / 3, 12);
  });
});

describe("ECOM.WEIGHTEDSCORE", () => {
  test("80, 90, 70 with weights 0.5, 0.3, 0.2: (40 + 27 + 14) / 1 = 81", () => {
    expect(scalar(call("WEIGHTEDSCORE", column(80, 90, 70), column(0.5, 0.3, 0.2)))).toBeCloseTo(
      81,
      12
    );
  });

  test("weights need not add up to 1: 4, 3, 5 with 2, 1, 1 → (8 + 3 + 5) / 4 = 4", () => {
    expect(scalar(call("WEIGHTEDSCORE", [[4, 3, 5]], [[2, 1, 1]]))).toBe(4);
  });

  test("pairs of blanks are skipped: 2×2 block 10, blank / 20, 30 with 1, blank / 1, 2 → (10 + 20 + 60) / 4 = 22.5", () => {
    const out = call(
      "WEIGHTEDSCORE",
      [
        [10, ""],
        [20, 30],
      ],
      [
        [1, null],
        [1, 2],
      ]
    );
    expect(scalar(out)).toBeCloseTo(22.5, 12);
  });

  test("a score without its weight is #N/A naming the cell", () => {
    const bad = call("WEIGHTEDSCORE", column(80, 90), column(0.5, ""));
    expect(errorCode(bad)).toBe("#N/A");
    expect(messageOf(bad)).toMatch(/row 2, column 1 of weights/);
  });

  test("different shapes are #VALUE! naming both; a negative weight #NUM!; zero weights #DIV/0!", () => {
    const shape = call("WEIGHTEDSCORE", column(1, 2, 3), [[1, 2, 3]]);
    expect(errorCode(shape)).toBe("#VALUE!");
    expect(messageOf(shape)).toMatch(/scores \(3×1\) and weights \(1×3\)/);
    expect(errorCode(call("WEIGHTEDSCORE", column(1, 2), column(1, -1)))).toBe("#NUM!");
    expect(errorCode(call("WEIGHTEDSCORE", column(1, 2), column(0, 0)))).toBe("#DIV/0!");
  });

  test("a sum too large for a number is #NUM!, never ∞: 1e308 × 10 overflows", () => {
    expect(errorCode(call("WEIGHTEDSCORE", column(1e308, 1e308), column(10, 10)))).toBe("#NUM!");
  });
});
