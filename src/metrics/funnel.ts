/**
 * Conversion funnel (漏斗): step and overall conversion per stage, drop-off, and the bottleneck stage.
 */
import { badNumber, divZero, DomainError, notAvailable } from "./errors";

/** Column keys of the FUNNEL table, in output order (the Excel layer turns them into header labels). */
export type FunnelColumnKey =
  "stage" | "count" | "step_rate" | "overall_rate" | "drop_off" | "bottleneck";

export const FUNNEL_COLUMNS: readonly FunnelColumnKey[] = [
  "stage",
  "count",
  "step_rate",
  "overall_rate",
  "drop_off",
  "bottleneck",
];

/** One funnel stage. A rate with a zero denominator is that cell's #DIV/0! DomainError. */
export interface FunnelStage {
  count: number;
  stepRate: number | DomainError;
  overallRate: number | DomainError;
  dropOff: number | DomainError;
  bottleneck: boolean;
}

/** count / previous count for stage i (1 for the first stage); a previous count of 0 → #DIV/0!. */
function stepRateOf(counts: readonly number[], i: number): number | DomainError {
  if (i === 0) return 1;
  if (counts[i - 1] === 0) {
    return divZero(
      `Stage ${i} has a count of zero, so the step rate of stage ${i + 1} is undefined.`
    );
  }
  return counts[i] / counts[i - 1];
}

/**
 * Funnel table from stage counts (first stage first): step_rate = count / previous count (first stage 1),
 * overall_rate = count / first count, drop_off = 1 − step_rate; bottleneck is TRUE on the stage from the second
 * on with the largest drop_off (the first such stage on ties; none for a one-stage funnel), because the first
 * stage has no step to lose visitors in. A stage larger than the one before (re-entry) gives step_rate > 1.
 * A zero denominator makes that stage's rates #DIV/0!; negative counts → #NUM!; no stages → #N/A.
 */
export function funnel(counts: readonly number[]): FunnelStage[] {
  if (counts.length === 0) throw notAvailable("The funnel needs at least one stage count.");
  counts.forEach((count, i) => {
    if (!(count >= 0 && Number.isFinite(count)))
      throw badNumber(`The count of stage ${i + 1} must be zero or more (got ${count}).`);
  });
  const first = counts[0];
  const stages: FunnelStage[] = counts.map((count, i) => {
    const stepRate = stepRateOf(counts, i);
    return {
      count,
      stepRate,
      overallRate:
        first === 0
          ? divZero("The first stage has a count of zero, so overall rates are undefined.")
          : count / first,
      dropOff: stepRate instanceof DomainError ? stepRate : 1 - stepRate,
      bottleneck: false,
    };
  });
  let bottleneck: { stage: FunnelStage; dropOff: number } | undefined;
  for (const stage of stages.slice(1)) {
    if (
      typeof stage.dropOff === "number" &&
      (bottleneck === undefined || stage.dropOff > bottleneck.dropOff)
    ) {
      bottleneck = { stage, dropOff: stage.dropOff };
    }
  }
  if (bottleneck !== undefined) bottleneck.stage.bottleneck = true;
  return stages;
}
