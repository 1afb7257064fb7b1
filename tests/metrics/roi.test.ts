import { breakevenRoas, roas, roi } from "../../src/metrics/roi";

describe("ROI, ROAS and break-even ROAS", () => {
  test("the seeds' SEO example 'ROI 2:1' (2 earned per 1 spent) is ROAS 2 and net ROI 1", () => {
    expect(roas(200, 100)).toBe(2);
    expect(roi(200, 100)).toBe(1);
  });

  test("the seeds' 投入产出比 '1:4' (input 1, output 4) is ROAS 4", () => {
    expect(roas(400, 100)).toBe(4);
  });

  test("ROI on gross profit: revenue 200 at 40% margin = 80 profit on cost 100 → (80 − 100)/100 = −0.2", () => {
    expect(roi(200, 100, 0.4)).toBeCloseTo(-0.2, 15);
  });

  test("break-even ROAS = 1/margin: margin 25% → 4, 40% → 2.5, 100% → 1", () => {
    expect(breakevenRoas(0.25)).toBe(4);
    expect(breakevenRoas(0.4)).toBe(2.5);
    expect(breakevenRoas(1)).toBe(1);
  });

  test("cost 0 → #DIV/0!; negative amounts or margin outside [0, 1] → #NUM!", () => {
    expect(() => roi(100, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => roas(100, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => roi(-1, 10)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => roi(100, 10, 1.2)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => roas(100, -5)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("break-even margin 0 → #DIV/0!; outside (0, 1] → #NUM!", () => {
    expect(() => breakevenRoas(0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => breakevenRoas(1.5)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => breakevenRoas(-0.2)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});
