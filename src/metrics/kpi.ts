/**
 * KPI review (复盘): attainment against target, status, growth, percentage-point change, CAGR, NPS and weighted scores.
 */
import { badNumber, badValue, divZero } from "./errors";
import { requireFraction, requireNonZero } from "./guards";

/** Whether more ("higher", 越高越好: sales, conversion) or less ("lower", 越低越好: cost, days) is better. */
export type Direction = "higher" | "lower";

const DIRECTION_NAMES: Record<string, Direction> = {
  higher: "higher",
  越高越好: "higher",
  lower: "lower",
  越低越好: "lower",
};

/** Reads a KPI direction: "higher" / 越高越好 or "lower" / 越低越好, case-insensitive and trimmed; else #VALUE!. */
export function parseDirection(text: string): Direction {
  const direction = DIRECTION_NAMES[text.trim().toLowerCase()];
  if (direction === undefined)
    throw badValue(`Unknown direction "${text}": use "higher" (越高越好) or "lower" (越低越好).`);
  return direction;
}

/**
 * Attainment (达成率): actual / target when higher is better; target / actual when lower is better (cost, days),
 * so 1 (100%) always means "on target" and more is always better. target < 0 → #NUM!; with "lower", actual must
 * be above 0 (0 → #DIV/0!, negative → #NUM!); with "higher", target = 0 → #DIV/0!.
 */
export function attainment(
  actual: number,
  target: number,
  direction: Direction = "higher"
): number {
  if (!Number.isFinite(actual)) throw badNumber(`actual must be a number (got ${actual}).`);
  if (!(target >= 0 && target < Infinity))
    throw badNumber(`target must be zero or more (got ${target}).`);
  if (direction === "higher") {
    requireNonZero(target, "target");
    return actual / target;
  }
  requireNonZero(actual, "actual");
  if (actual < 0)
    throw badNumber(`When lower is better, actual must be above zero (got ${actual}).`);
  return target / actual;
}

/** KPI status keys; the Excel layer shows them as On track / 达成, At risk / 预警, Off track / 未达成. */
export type KpiStatus = "on_track" | "at_risk" | "off_track";

/**
 * KPI status from attainment a (see attainment): a ≥ 1 → on_track; a ≥ warn_at → at_risk; else off_track.
 * warn_at in [0, 1], default 0.9.
 */
export function kpiStatus(
  actual: number,
  target: number,
  direction: Direction = "higher",
  warnAt = 0.9
): KpiStatus {
  requireFraction(warnAt, "warn_at");
  const a = attainment(actual, target, direction);
  if (a >= 1) return "on_track";
  return a >= warnAt ? "at_risk" : "off_track";
}

/** Growth rate (同比/环比) = (current − previous) / |previous|; dividing by |previous| keeps the sign meaningful. */
export function growth(current: number, previous: number): number {
  if (!Number.isFinite(current)) throw badNumber(`current must be a number (got ${current}).`);
  if (!Number.isFinite(previous)) throw badNumber(`previous must be a number (got ${previous}).`);
  requireNonZero(previous, "previous");
  return (current - previous) / Math.abs(previous);
}

/** Percentage-point change (百分点) = current_rate − previous_rate, in rate units: 0.05 = 5 percentage points. */
export function ppChange(currentRate: number, previousRate: number): number {
  if (!Number.isFinite(currentRate))
    throw badNumber(`current_rate must be a number (got ${currentRate}).`);
  if (!Number.isFinite(previousRate))
    throw badNumber(`previous_rate must be a number (got ${previousRate}).`);
  return currentRate - previousRate;
}

/**
 * Compound annual growth rate CAGR = (end/start)^(1/periods) − 1, evaluated as expm1(ln(end/start)/periods).
 * start > 0 (0 → #DIV/0!), end ≥ 0, periods > 0 (0 → #DIV/0!); negatives → #NUM!.
 */
export function cagr(startValue: number, endValue: number, periods: number): number {
  requireNonZero(startValue, "start_value");
  if (!(startValue > 0 && startValue < Infinity))
    throw badNumber(`start_value must be above zero (got ${startValue}).`);
  if (!(endValue >= 0 && endValue < Infinity))
    throw badNumber(`end_value must be zero or more (got ${endValue}).`);
  requireNonZero(periods, "periods");
  if (!(periods > 0 && periods < Infinity))
    throw badNumber(`periods must be above zero (got ${periods}).`);
  if (endValue === 0) return -1;
  return Math.expm1(Math.log(endValue / startValue) / periods);
}

/**
 * Net Promoter Score (Reichheld 2003) = 100 × (promoters − detractors) / responses, promoters scoring 9–10 and
 * detractors 0–6 on the 0–10 scale; range −100..100. Scores must be whole numbers 0..10 (#NUM!); no responses → #DIV/0!.
 */
export function nps(scores: readonly number[]): number {
  if (scores.length === 0) throw divZero("There are no NPS responses.");
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    if (!(Number.isInteger(score) && score >= 0 && score <= 10)) {
      throw badNumber(`NPS scores must be whole numbers from 0 to 10 (got ${score}).`);
    }
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  return (100 * (promoters - detractors)) / scores.length;
}

/** Weighted score = Σ scoreᵢ × weightᵢ / Σ weightᵢ (weighted mean). Weights ≥ 0 (#NUM!), Σ weight = 0 → #DIV/0!. */
export function weightedScore(scores: readonly number[], weights: readonly number[]): number {
  if (scores.length !== weights.length) {
    throw badValue(
      `scores and weights must have the same number of values (${scores.length} and ${weights.length}).`
    );
  }
  let weighted = 0;
  let totalWeight = 0;
  scores.forEach((score, i) => {
    const weight = weights[i];
    if (!Number.isFinite(score)) throw badNumber(`Score ${i + 1} must be a number (got ${score}).`);
    if (!(weight >= 0 && weight < Infinity))
      throw badNumber(`Weight ${i + 1} must be zero or more (got ${weight}).`);
    weighted += score * weight;
    totalWeight += weight;
  });
  requireNonZero(totalWeight, "The sum of the weights");
  return weighted / totalWeight;
}
