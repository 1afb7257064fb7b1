/**
 * ECOM.THRESHOLD.DISCOUNT and BREAKEVEN.LIFT (spec §7) through the built bundle. The 满减 examples are the
 * seed manuals' ("满200减50，满300减100", 000_2063ef3e0ca5da27.txt §2.4); every value is worked by hand.
 */
import { call, errorCode, scalar } from "../helpers/bundle";

/** A column range (n×1) as Excel passes it. */
const column = (...xs: unknown[]) => xs.map((x) => [x]);
/** The message of an error value. */
const messageOf = (v: unknown) => (v as Error).message;

describe("ECOM.THRESHOLD.DISCOUNT", () => {
  test("满200减50 on an order of 200: 200 − 50 = 150; effective discount 1 − 150/200 = 50/200 = 25%", () => {
    const payable = scalar(call("THRESHOLD.DISCOUNT", [[200]], [[200]], [[50]], null)) as number;
    expect(payable).toBe(150);
    expect(1 - payable / 200).toBeCloseTo(0.25, 15);
  });

  test("满300减100 on 300: 300 − 100 = 200; below the threshold (199 < 200) nothing is taken off", () => {
    expect(scalar(call("THRESHOLD.DISCOUNT", [[300]], [[300]], [[100]], null))).toBe(200);
    expect(scalar(call("THRESHOLD.DISCOUNT", [[199]], [[200]], [[50]], null))).toBe(199);
  });

  test("每满200减50 on 450: 450 holds ⌊450/200⌋ = 2 full 200s → 450 − 2 × 50 = 350; once only (满减) → 400", () => {
    expect(scalar(call("THRESHOLD.DISCOUNT", [[450]], [[200]], [[50]], true))).toBe(350);
    expect(scalar(call("THRESHOLD.DISCOUNT", [[450]], [[200]], [[50]], false))).toBe(400);
    expect(scalar(call("THRESHOLD.DISCOUNT", [[450]], [[200]], [[50]], null))).toBe(400);
  });

  test("repeat accepts TRUE/FALSE, 1/0 and the text TRUE/FALSE, as a plain value or a 1×1 range", () => {
    // 每满: 350 (as above); once: 400
    for (const yes of [true, 1, "TRUE", "true", [[true]], [[1]]])
      expect(scalar(call("THRESHOLD.DISCOUNT", [[450]], [[200]], [[50]], yes))).toBe(350);
    for (const no of [false, 0, "FALSE", [[false]], [[0]], [[""]]])
      expect(scalar(call("THRESHOLD.DISCOUNT", [[450]], [[200]], [[50]], no))).toBe(400);
  });

  test("repeat that is not a flag, or a range, is #VALUE! with a message", () => {
    for (const bad of [2, "yes", [[true], [false]]]) {
      const out = call("THRESHOLD.DISCOUNT", [[450]], [[200]], [[50]], bad);
      expect(errorCode(out)).toBe("#VALUE!");
      expect(messageOf(out)).toMatch(/repeat/);
    }
  });

  test("a column of orders under 每满200减50: 199 → 199; 400 → 300; 650 → 650 − 3 × 50 = 500; blank → blank", () => {
    const out = call(
      "THRESHOLD.DISCOUNT",
      column(199, 400, 650, ""),
      column(200, 200, 200, ""),
      column(50, 50, 50, ""),
      true
    );
    expect(out).toEqual([[199], [300], [500], [""]]);
  });

  test("a 1×3 row of tiers on an order of 300: 满200减50 → 250, 满300减100 → 200, 满500减150 → 300", () => {
    expect(call("THRESHOLD.DISCOUNT", [[300]], [[200, 300, 500]], [[50, 100, 150]], null)).toEqual([
      [250, 200, 300],
    ]);
  });

  test("errors: a discount above the threshold or a negative amount → #NUM!; 每满 with threshold 0 → #DIV/0!", () => {
    expect(errorCode(call("THRESHOLD.DISCOUNT", [[300]], [[50]], [[100]], null))).toBe("#NUM!");
    expect(errorCode(call("THRESHOLD.DISCOUNT", [[-1]], [[200]], [[50]], null))).toBe("#NUM!");
    expect(errorCode(call("THRESHOLD.DISCOUNT", [[300]], [[0]], [[0]], true))).toBe("#DIV/0!");
  });

  test("a partly blank row is #N/A naming the blank argument", () => {
    const out = call(
      "THRESHOLD.DISCOUNT",
      column(300, 300),
      column(200, ""),
      column(50, 50),
      null
    ) as unknown[][];
    expect(out[0][0]).toBe(250); // 300 − 50
    expect(errorCode(out[1][0])).toBe("#N/A");
    expect(messageOf(out[1][0])).toMatch(/threshold/);
  });
});

describe("ECOM.BREAKEVEN.LIFT", () => {
  test("a 10% price cut at a 40% margin: 0.1 / (0.4 − 0.1) = 1/3", () => {
    expect(scalar(call("BREAKEVEN.LIFT", [[0.4]], [[0.1]]))).toBeCloseTo(1 / 3, 14);
  });

  test("满200减50 as a 25% cut at a 40% margin: 0.25 / 0.15 = 5/3 = 1.6667 (sell 166.7% more)", () => {
    expect(scalar(call("BREAKEVEN.LIFT", [[0.4]], [[0.25]]))).toBeCloseTo(5 / 3, 14);
  });

  test("no cut → 0; a column spills: 0.2 at margin 0.5 → 0.2 / 0.3 = 0.6667; blank → blank", () => {
    const out = call("BREAKEVEN.LIFT", column(0.5, 0.5, ""), column(0, 0.2, "")) as unknown[][];
    expect(out.map((r) => r[0])).toEqual([0, expect.closeTo(2 / 3, 14), ""]);
  });

  test("a cut at or above the margin is #NUM!; a margin above 1 (a percent typed as 40) is #NUM!", () => {
    expect(errorCode(call("BREAKEVEN.LIFT", [[0.3]], [[0.3]]))).toBe("#NUM!");
    expect(errorCode(call("BREAKEVEN.LIFT", [[0.3]], [[0.5]]))).toBe("#NUM!");
    expect(errorCode(call("BREAKEVEN.LIFT", [[40]], [[0.1]]))).toBe("#NUM!");
  });

  test('"40%" as text is read as 0.4: 0.1 / 0.3 = 1/3; other text is #VALUE! naming the argument', () => {
    expect(scalar(call("BREAKEVEN.LIFT", [["40%"]], [["10%"]]))).toBeCloseTo(1 / 3, 14);
    const bad = call("BREAKEVEN.LIFT", [[0.4]], [["ten"]]);
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(messageOf(bad)).toMatch(/discount_rate/);
  });
});
