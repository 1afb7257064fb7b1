import {
  attainment,
  cagr,
  growth,
  kpiStatus,
  nps,
  parseDirection,
  ppChange,
  weightedScore,
} from "../../src/metrics/kpi";
import { KPI_STATUS_LABELS } from "../../src/functions/labels/kpi";

describe("parseDirection", () => {
  test("accepts higher/lower and 越高越好/越低越好, case-insensitive and trimmed", () => {
    expect(parseDirection("higher")).toBe("higher");
    expect(parseDirection(" Lower ")).toBe("lower");
    expect(parseDirection("HIGHER")).toBe("higher");
    expect(parseDirection("越高越好")).toBe("higher");
    expect(parseDirection(" 越低越好 ")).toBe("lower");
  });

  test("anything else → #VALUE!", () => {
    for (const text of ["", "up", "high", "越高"])
      expect(() => parseDirection(text)).toThrow(expect.objectContaining({ kind: "value" }));
  });
});

describe("attainment and kpiStatus", () => {
  test("higher is better: 90 of a 100 target = 0.9", () => {
    expect(attainment(90, 100)).toBe(0.9);
  });

  test("lower is better: inventory days target 15 (the seeds' 库存周转 <15天), actual 20 → 15/20 = 0.75", () => {
    expect(attainment(20, 15, "lower")).toBe(0.75);
  });

  test("status: ≥ 1 on track; ≥ warn_at (0.9) at risk; else off track", () => {
    expect(kpiStatus(100, 100)).toBe("on_track");
    expect(kpiStatus(95, 100)).toBe("at_risk");
    expect(kpiStatus(90, 100)).toBe("at_risk"); // exactly at warn_at
    expect(kpiStatus(85, 100)).toBe("off_track");
    // lower is better: 15/16 = 0.9375 → at risk; 15/12 = 1.25 → on track
    expect(kpiStatus(16, 15, "lower")).toBe("at_risk");
    expect(kpiStatus(12, 15, "lower")).toBe("on_track");
    // custom warn_at 0.8: 85/100 = 0.85 → at risk
    expect(kpiStatus(85, 100, "higher", 0.8)).toBe("at_risk");
  });

  test("domain errors: target 0 (higher) and actual 0 (lower) → #DIV/0!; negative target → #NUM!", () => {
    expect(() => attainment(5, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => attainment(0, 15, "lower")).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => attainment(5, -10)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => kpiStatus(5, 10, "higher", 1.5)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("status labels are the spec's texts", () => {
    expect(KPI_STATUS_LABELS.on_track).toEqual({ "en-US": "On track", "zh-CN": "达成" });
    expect(KPI_STATUS_LABELS.at_risk).toEqual({ "en-US": "At risk", "zh-CN": "预警" });
    expect(KPI_STATUS_LABELS.off_track).toEqual({ "en-US": "Off track", "zh-CN": "未达成" });
  });
});

describe("growth, ppChange, cagr", () => {
  test("同比增长18%: 118 against 100 → 0.18", () => {
    expect(growth(118, 100)).toBeCloseTo(0.18, 15);
  });

  test("a negative base keeps the sign meaningful: loss −100 → −50 is growth (−50 + 100)/100 = +0.5", () => {
    expect(growth(-50, -100)).toBe(0.5);
    expect(() => growth(10, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
  });

  test("percentage points: conversion 2.8% → 3.6% (the seeds' case) = 0.008, i.e. 0.8 pp", () => {
    expect(ppChange(0.036, 0.028)).toBeCloseTo(0.008, 15);
  });

  test("CAGR: 100 → 121 in 2 years = √1.21 − 1 = 0.1; 100 → 0 = −1", () => {
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 15);
    expect(cagr(100, 0, 3)).toBe(-1);
    expect(() => cagr(0, 10, 2)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => cagr(100, 121, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => cagr(-100, 121, 2)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});

describe("nps and weightedScore", () => {
  test("NPS: 10,10,9 promoters, 8,7 passives, 3 a detractor → (3 − 1)/6 × 100 = 33.33", () => {
    expect(nps([10, 10, 9, 8, 7, 3])).toBeCloseTo(100 / 3, 12);
  });

  test("NPS extremes: all 9–10 → 100; all 0–6 → −100; 6 is a detractor, 7 is passive", () => {
    expect(nps([9, 10])).toBe(100);
    expect(nps([0, 6])).toBe(-100);
    expect(nps([7, 8])).toBe(0);
  });

  test("NPS: values outside 0..10 or not whole → #NUM!; no responses → #DIV/0!", () => {
    expect(() => nps([11])).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => nps([-1])).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => nps([8.5])).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => nps([])).toThrow(expect.objectContaining({ kind: "div0" }));
  });

  test("weighted score: 80×0.5 + 90×0.3 + 70×0.2 = 40 + 27 + 14 = 81", () => {
    expect(weightedScore([80, 90, 70], [0.5, 0.3, 0.2])).toBeCloseTo(81, 12);
    // weights need not add up to 1: 80×5 + 90×3 + 70×2 = 810 over 10
    expect(weightedScore([80, 90, 70], [5, 3, 2])).toBeCloseTo(81, 12);
  });

  test("weighted score errors: different lengths → #VALUE!; negative weight → #NUM!; zero weights → #DIV/0!", () => {
    expect(() => weightedScore([1, 2], [1])).toThrow(expect.objectContaining({ kind: "value" }));
    expect(() => weightedScore([1, 2], [1, -1])).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => weightedScore([1, 2], [0, 0])).toThrow(expect.objectContaining({ kind: "div0" }));
  });
});
