import * as fc from "fast-check";
import { riskLevel, riskMatrix, riskScore } from "../../src/metrics/risk";
import { RISK_LEVEL_LABELS } from "../../src/functions/labels/risk";

describe("riskScore and riskLevel", () => {
  test("score = likelihood × impact: 4 × 5 = 20; decimals allowed: 2.5 × 3 = 7.5", () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScore(2.5, 3)).toBe(7.5);
  });

  test("default bands 5, 10, 20: 4 low, 5 and 9 medium, 10 high, 20 critical", () => {
    expect(riskLevel(1, 4)).toBe("low");
    expect(riskLevel(1, 5)).toBe("medium");
    expect(riskLevel(3, 3)).toBe("medium");
    expect(riskLevel(2, 5)).toBe("high");
    expect(riskLevel(4, 4)).toBe("high");
    expect(riskLevel(4, 5)).toBe("critical");
    expect(riskLevel(5, 5)).toBe("critical");
  });

  test("custom bands 4, 8, 15 (the 1–3 / 4–6 / 8–12 / 15–25 variant): 3 low, 6 medium, 12 high, 15 critical", () => {
    expect(riskLevel(1, 3, [4, 8, 15])).toBe("low");
    expect(riskLevel(2, 3, [4, 8, 15])).toBe("medium");
    expect(riskLevel(3, 4, [4, 8, 15])).toBe("high");
    expect(riskLevel(3, 5, [4, 8, 15])).toBe("critical");
  });

  test("thresholds: not three numbers → #VALUE!; not increasing → #NUM!", () => {
    expect(() => riskLevel(2, 2, [5, 10])).toThrow(expect.objectContaining({ kind: "value" }));
    expect(() => riskLevel(2, 2, [5, 10, 20, 25])).toThrow(
      expect.objectContaining({ kind: "value" })
    );
    expect(() => riskLevel(2, 2, [10, 5, 20])).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => riskLevel(2, 2, [5, 5, 20])).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("likelihood or impact outside 1–5 → #NUM!", () => {
    expect(() => riskScore(0, 3)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => riskScore(3, 6)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("level labels are the spec's texts", () => {
    expect(RISK_LEVEL_LABELS).toEqual({
      low: { "en-US": "Low", "zh-CN": "低" },
      medium: { "en-US": "Medium", "zh-CN": "中" },
      high: { "en-US": "High", "zh-CN": "高" },
      critical: { "en-US": "Critical", "zh-CN": "极高" },
    });
  });

  test("property: the level never falls when likelihood or impact rises (Cox 2008 'weak consistency')", () => {
    const rank = { low: 0, medium: 1, high: 2, critical: 3 };
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (l, i, step) => rank[riskLevel(Math.min(5, l + step), i)] >= rank[riskLevel(l, i)]
      )
    );
  });
});

describe("riskMatrix", () => {
  test("likelihood 5..1 down the rows, impact 1..5 across, cells banded at 5, 10, 20", () => {
    const matrix = riskMatrix();
    expect(matrix.likelihoods).toEqual([5, 4, 3, 2, 1]);
    expect(matrix.impacts).toEqual([1, 2, 3, 4, 5]);
    // top row scores 5, 10, 15, 20, 25; bottom row 1, 2, 3, 4, 5
    expect(matrix.levels[0]).toEqual(["medium", "high", "high", "critical", "critical"]);
    expect(matrix.levels[4]).toEqual(["low", "low", "low", "low", "medium"]);
    // middle row (likelihood 3): 3, 6, 9, 12, 15
    expect(matrix.levels[2]).toEqual(["low", "medium", "medium", "high", "high"]);
  });

  test("uses the given thresholds and validates them", () => {
    expect(riskMatrix([4, 8, 15]).levels[2]).toEqual(["low", "medium", "high", "high", "critical"]);
    expect(() => riskMatrix([1, 2])).toThrow(expect.objectContaining({ kind: "value" }));
  });
});
