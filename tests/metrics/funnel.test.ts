import { DomainError } from "../../src/metrics/errors";
import { FUNNEL_COLUMNS, funnel } from "../../src/metrics/funnel";
import { FUNNEL_LABELS } from "../../src/functions/labels/funnel";

describe("funnel", () => {
  test("hand calculation: 1000 visits → 400 carts → 100 orders → 80 paid", () => {
    // step rates 1, 400/1000 = 0.4, 100/400 = 0.25, 80/100 = 0.8; overall 1, 0.4, 0.1, 0.08;
    // drop-off 0, 0.6, 0.75, 0.2 → the bottleneck is stage 3 (cart → order)
    const stages = funnel([1000, 400, 100, 80]);
    expect(stages.map((s) => s.count)).toEqual([1000, 400, 100, 80]);
    expect(stages.map((s) => s.stepRate)).toEqual([1, 0.4, 0.25, 0.8]);
    expect(stages.map((s) => s.overallRate)).toEqual([1, 0.4, 0.1, 0.08]);
    (stages.map((s) => s.dropOff) as number[]).forEach((d, i) =>
      expect(d).toBeCloseTo([0, 0.6, 0.75, 0.2][i], 15)
    );
    expect(stages.map((s) => s.bottleneck)).toEqual([false, false, true, false]);
  });

  test("ties go to the first stage with the largest drop-off: 100 → 50 → 25 (both lose 50%)", () => {
    expect(funnel([100, 50, 25]).map((s) => s.bottleneck)).toEqual([false, true, false]);
  });

  test("re-entry: a stage larger than the one before gives a step rate above 1 (100 → 120 → 60)", () => {
    // step rates 1.2 and 0.5, drop-offs −0.2 and 0.5
    const stages = funnel([100, 120, 60]);
    expect(stages[1].stepRate).toBe(1.2);
    expect(stages[1].dropOff).toBeCloseTo(-0.2, 15);
    expect(stages.map((s) => s.bottleneck)).toEqual([false, false, true]);
  });

  test("a zero stage makes the next step rate #DIV/0! in that row only", () => {
    // 100 → 0 → 0: stage 2 loses everyone (drop-off 1, the bottleneck); stage 3's step is 0/0
    const stages = funnel([100, 0, 0]);
    expect(stages[1].dropOff).toBe(1);
    expect((stages[2].stepRate as DomainError).kind).toBe("div0");
    expect((stages[2].dropOff as DomainError).kind).toBe("div0");
    expect(stages[2].overallRate).toBe(0);
    expect(stages.map((s) => s.bottleneck)).toEqual([false, true, false]);
  });

  test("a zero first stage makes every overall rate #DIV/0!", () => {
    const stages = funnel([0, 0]);
    for (const stage of stages) expect((stage.overallRate as DomainError).kind).toBe("div0");
  });

  test("one stage: rate 1 and no bottleneck", () => {
    expect(funnel([500])).toEqual([
      { count: 500, stepRate: 1, overallRate: 1, dropOff: 0, bottleneck: false },
    ]);
  });

  test("negative counts → #NUM!; no stages → #N/A", () => {
    expect(() => funnel([100, -1])).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => funnel([])).toThrow(expect.objectContaining({ kind: "na" }));
  });

  test("header labels are the spec's texts, in the spec's column order", () => {
    expect(FUNNEL_COLUMNS.map((key) => FUNNEL_LABELS[key]["zh-CN"])).toEqual([
      "环节",
      "人数",
      "环节转化率",
      "整体转化率",
      "流失率",
      "瓶颈",
    ]);
    expect(FUNNEL_COLUMNS.map((key) => FUNNEL_LABELS[key]["en-US"])).toEqual([
      "stage",
      "count",
      "step_rate",
      "overall_rate",
      "drop_off",
      "bottleneck",
    ]);
  });
});
