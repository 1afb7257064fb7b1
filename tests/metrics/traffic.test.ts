import { aov, cpa, cpc, cpm, ctr, gmv, gmvSolve } from "../../src/metrics/traffic";

describe("traffic ratios", () => {
  test("CTR: 25 clicks on 1000 impressions → 0.025 (the seeds' SEM average CTR of 2.5%)", () => {
    expect(ctr(25, 1000)).toBe(0.025);
  });

  test("CPC 500 / 250 clicks = 2; CPA 500 / 20 conversions = 25; CPM 500 / 100 000 × 1000 = 5", () => {
    expect(cpc(500, 250)).toBe(2);
    expect(cpa(500, 20)).toBe(25);
    expect(cpm(500, 100000)).toBe(5);
  });

  test("AOV: revenue 24 000 over 200 orders = 120 (the seeds' 客单价 target of 120元)", () => {
    expect(aov(24000, 200)).toBe(120);
  });

  test("zero denominators → #DIV/0!; negative inputs → #NUM!", () => {
    expect(() => ctr(1, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => cpc(100, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => cpa(-100, 4)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => cpm(100, -4)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => aov(100, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
  });
});

describe("GMV = visitors × conversion rate × AOV (销售额 = 流量 × 转化率 × 客单价)", () => {
  test("500 000 visitors × 3.2% × 125 = 2 000 000 (the seeds' GMV target of 200万元)", () => {
    expect(gmv(500000, 0.032, 125)).toBeCloseTo(2000000, 6);
  });

  test("a conversion rate above 1 → #NUM!", () => {
    expect(() => gmv(100, 1.5, 10)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("GMV.SOLVE finds the blank factor: 2 000 000 = 500 000 × 0.032 × 125", () => {
    // visitors = 2 000 000 / (0.032 × 125) = 2 000 000 / 4 = 500 000
    expect(gmvSolve(2000000, null, 0.032, 125)).toBeCloseTo(500000, 6);
    // conversion rate = 2 000 000 / (500 000 × 125) = 0.032
    expect(gmvSolve(2000000, 500000, null, 125)).toBeCloseTo(0.032, 15);
    // aov = 2 000 000 / (500 000 × 0.032) = 2 000 000 / 16 000 = 125
    expect(gmvSolve(2000000, 500000, 0.032, null)).toBeCloseTo(125, 10);
  });

  test("none or several blanks → #VALUE!", () => {
    expect(() => gmvSolve(100, 10, 0.1, 100)).toThrow(expect.objectContaining({ kind: "value" }));
    expect(() => gmvSolve(100, null, null, 100)).toThrow(
      expect.objectContaining({ kind: "value" })
    );
  });

  test("a zero factor → #DIV/0!; an unreachable conversion rate (above 100%) → #NUM!", () => {
    expect(() => gmvSolve(100, 0, null, 10)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => gmvSolve(100, null, 0, 10)).toThrow(expect.objectContaining({ kind: "div0" }));
    // 10 visitors × aov 5 = 50 at most, so 100 needs a rate of 2 (200%)
    expect(() => gmvSolve(100, 10, null, 5)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});
