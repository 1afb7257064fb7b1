/**
 * Benchmark cases for the budget functions (see cases.ts for the BenchCase fields): ECOM.BUDGETOPT on the
 * synthetic media plans of budget-cases.ts (¥1,000,000, a third of the channels concave, the rest S-shaped,
 * some minimums and caps), called through the bundle with Excel-shaped column ranges, at the speed targets
 * of BUDGET_BENCH_TARGETS.
 */
import { BUDGET_BENCH_TARGETS, BudgetCase, makeBudgetChannels } from "./budget-cases";
import type { BenchCase } from "./cases";
import { column } from "./excel-shapes";

/** Throws unless the output is one spend per channel (n×1), within its bounds, adding up to total. */
function expectFeasiblePlan(name: string, plan: BudgetCase, out: unknown): void {
  const rows = out as unknown[][];
  const n = plan.scale.length;
  if (!Array.isArray(rows) || rows.length !== n)
    throw new Error(`${name}: not one spend per channel`);
  let sum = 0;
  rows.forEach((row, i) => {
    const x = row[0];
    if (row.length !== 1 || typeof x !== "number" || !(x >= plan.min[i] && x <= plan.max[i]))
      throw new Error(`${name}: channel ${i + 1} gets ${String(x)}`);
    sum += x;
  });
  if (Math.abs(sum - plan.total) > 1e-9 * plan.total)
    throw new Error(`${name}: the parts add up to ${sum}, not ${plan.total}`);
}

export const BUDGET_CASES: BenchCase[] = BUDGET_BENCH_TARGETS.map((target) => {
  const name = `BUDGETOPT ${target.channels} channels, step total/${Math.round(1 / target.stepFraction)}`;
  const plan = makeBudgetChannels(target.channels);
  return {
    name,
    size: `${target.channels} channels, ${Math.round(1 / target.stepFraction).toLocaleString("en-US")}-cell grid`,
    id: "BUDGETOPT",
    runs: 7,
    targetSeconds: target.limitSeconds,
    prepare: () => [
      [[plan.total]],
      column(plan.scale),
      column(plan.halfSaturation),
      column(plan.shape),
      column(plan.min),
      column(plan.max),
      plan.total * target.stepFraction,
      null,
      null,
    ],
    verify: (out) => expectFeasiblePlan(name, plan, out),
  };
});
