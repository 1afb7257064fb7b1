import { cac, ltv, ltvCac, ltvRetention, payback } from "../../src/metrics/ltv";

describe("ltv", () => {
  test("undiscounted: aov 120 × 2 purchases × 30% margin = 72 per period, × 3 periods = 216", () => {
    expect(ltv(120, 2, 0.3, 3)).toBeCloseTo(216, 12);
  });

  test("discounted at 10%: 72 × (1 − 1.1⁻³)/0.1 = 72 × 2.486851991 = 179.0533 (3-year annuity factor at 10%: 2.4869)", () => {
    expect(ltv(120, 2, 0.3, 3, 0.1)).toBeCloseTo(179.05334335086, 9);
  });

  test("fractional periods: 1.5 periods undiscounted = 72 × 1.5 = 108", () => {
    expect(ltv(120, 2, 0.3, 1.5)).toBeCloseTo(108, 12);
  });

  test("a tiny discount rate is continuous with d = 0 (no cancellation)", () => {
    expect(ltv(120, 2, 0.3, 3, 1e-12)).toBeCloseTo(216, 8);
  });

  test("out-of-domain inputs → #NUM!", () => {
    expect(() => ltv(-1, 2, 0.3, 3)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => ltv(120, 2, 1.3, 3)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => ltv(120, 2, 0.3, -3)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => ltv(120, 2, 0.3, 3, -1)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});

describe("ltvRetention", () => {
  test("infinite horizon (Gupta–Lehmann): 100 × 0.8 / (1 + 0.1 − 0.8) = 266.67", () => {
    expect(ltvRetention(100, 0.8, 0.1)).toBeCloseTo(80 / 0.3, 10);
  });

  test("two periods: q = 0.8/1.1 = 0.72727; 100 × (q + q²) = 100 × (0.727273 + 0.528926) = 125.6198", () => {
    expect(ltvRetention(100, 0.8, 0.1, 2)).toBeCloseTo(125.6198347107438, 10);
  });

  test("full retention without discounting over 5 periods = 5 × margin; periods are truncated (5.9 → 5)", () => {
    expect(ltvRetention(100, 1, 0, 5)).toBe(500);
    expect(ltvRetention(100, 1, 0, 5.9)).toBe(500);
  });

  test("r = 1 forever: #NUM! without discounting, margin/d with it (100 / 0.1 = 1000)", () => {
    expect(() => ltvRetention(100, 1)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(ltvRetention(100, 1, 0.1)).toBeCloseTo(1000, 9);
  });

  test("the finite sum approaches the infinite-horizon value", () => {
    expect(ltvRetention(100, 0.8, 0.1, 400)).toBeCloseTo(ltvRetention(100, 0.8, 0.1), 9);
  });

  test("no retention is worth nothing beyond the first period: r = 0 → 0 for any horizon", () => {
    expect(ltvRetention(100, 0, 0.1, 0)).toBe(0);
    expect(ltvRetention(100, 0, 0.1, 3)).toBe(0);
    expect(ltvRetention(100, 0)).toBe(0);
  });

  test("retention outside [0, 1] → #NUM!", () => {
    expect(() => ltvRetention(100, 1.2, 0.1, 3)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});

describe("cac, ltvCac, payback", () => {
  test("CAC: 50 000 spend for 1000 new customers = 50 (the seeds' 获客成本 ≤ 50元 target)", () => {
    expect(cac(50000, 1000)).toBe(50);
  });

  test("LTV/CAC 150/50 = 3; payback 50 / 10 margin per month = 5 months", () => {
    expect(ltvCac(150, 50)).toBe(3);
    expect(payback(50, 10)).toBe(5);
  });

  test("zero denominators → #DIV/0!; negatives → #NUM!", () => {
    expect(() => cac(100, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => ltvCac(100, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => payback(100, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => payback(100, -5)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});
