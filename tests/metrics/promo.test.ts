import { breakevenLift, thresholdDiscount } from "../../src/metrics/promo";

describe("thresholdDiscount (满减)", () => {
  test("满200减50: 250 → 250 − 50 = 200 payable; 199 is below the threshold → 199", () => {
    expect(thresholdDiscount(250, 200, 50)).toBe(200);
    expect(thresholdDiscount(199, 200, 50)).toBe(199);
  });

  test("the seeds' effective discounts: 满200减50 at 200 → 150 payable (25% off); 满300减100 at 300 → 200 (33.3%)", () => {
    expect(1 - thresholdDiscount(200, 200, 50) / 200).toBe(0.25);
    expect(1 - thresholdDiscount(300, 300, 100) / 300).toBeCloseTo(1 / 3, 15);
  });

  test("每满200减50 (repeat): 650 → 650 − 50 × ⌊650/200⌋ = 650 − 150 = 500; without repeat 600", () => {
    expect(thresholdDiscount(650, 200, 50, true)).toBe(500);
    expect(thresholdDiscount(650, 200, 50, false)).toBe(600);
  });

  test("repeat counts whole multiples despite floating point: 0.3 / 0.1 is 3 multiples → 0.3 − 3 × 0.01 = 0.27", () => {
    expect(thresholdDiscount(0.3, 0.1, 0.01, true)).toBeCloseTo(0.27, 15);
  });

  test("errors: discount above threshold or negatives → #NUM!; repeat with threshold 0 → #DIV/0!", () => {
    expect(() => thresholdDiscount(100, 50, 60)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => thresholdDiscount(-1, 50, 10)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => thresholdDiscount(100, 0, 0, true)).toThrow(
      expect.objectContaining({ kind: "div0" })
    );
  });
});

describe("breakevenLift", () => {
  test("price 100, cost 60 (margin 40%), 10% off: profit per unit 40 → 30, so volume must rise 40/30 − 1 = 33.3%", () => {
    expect(breakevenLift(0.4, 0.1)).toBeCloseTo(1 / 3, 15);
  });

  test("no discount needs no lift; a 20% cut on a 50% margin needs 0.2/0.3 = 66.7%", () => {
    expect(breakevenLift(0.5, 0)).toBe(0);
    expect(breakevenLift(0.5, 0.2)).toBeCloseTo(2 / 3, 15);
  });

  test("a cut at or above the margin can never break even → #NUM!; margin outside (0, 1] → #NUM!", () => {
    expect(() => breakevenLift(0.3, 0.3)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => breakevenLift(0.3, 0.5)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => breakevenLift(0, 0)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => breakevenLift(1.2, 0.1)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});

describe("threshold discount in floating point", () => {
  test("0.3 reaches a threshold of 0.1 three times, with or without repeat, and never pays below zero", () => {
    // 每满0.1减0.1 on 0.3: 0.3 − 3 × 0.1 = 0 (not −5.6e-17); 满0.1减0.1 once: 0.3 − 0.1 = 0.2
    expect(thresholdDiscount(0.3, 0.1, 0.1, true)).toBe(0);
    expect(thresholdDiscount(0.3, 0.1, 0.1, false)).toBeCloseTo(0.2, 15);
  });
});
