/**
 * Proportional budget split with per-channel bounds and rounding (BUDGETSPLIT).
 */
import { badNumber, badValue, notAvailable } from "./errors";

/** Optional bounds and rounding; min/max are one number for every channel or one per channel. */
export interface BudgetSplitOptions {
  min?: number | readonly number[];
  max?: number | readonly number[];
  roundTo?: number;
}

/** Tolerance for "is a whole number of round_to units" in floating point (e.g. 0.3 / 0.1). */
const UNIT_TOLERANCE = 1e-9;

/** Relative tolerance when comparing sums of bounds with total. */
const SUM_TOLERANCE = 1e-12;

function perChannel(
  bound: number | readonly number[] | undefined,
  fallback: number,
  n: number,
  name: string
): number[] {
  if (bound === undefined) return new Array<number>(n).fill(fallback);
  if (typeof bound === "number") return new Array<number>(n).fill(bound);
  if (bound.length !== n)
    throw badValue(
      `${name} must be one number or one per channel (${n} channels, ${bound.length} values).`
    );
  return [...bound];
}

/**
 * Continuous split: xᵢ = clamp(λ·wᵢ, minᵢ, maxᵢ) with the one λ ≥ 0 that makes Σxᵢ = total (channels with
 * weight 0 stay at their minimum). Found by variable fixing: split what is left in proportion to the weights of
 * the free channels, then fix the channels that cross a bound (the lower ones when the shortfall they cause
 * outweighs the overshoot of the upper ones, else the upper ones) and re-split; at most n passes.
 */
function proportionalSplit(
  total: number,
  rawWeights: readonly number[],
  lower: readonly number[],
  upper: readonly number[]
): number[] {
  // only ratios matter: scale the largest weight to 1 so that sums of huge weights cannot overflow
  const largestWeight = rawWeights.reduce((max, w) => Math.max(max, w), 0);
  const weights = largestWeight > 0 ? rawWeights.map((w) => w / largestWeight) : rawWeights;
  const parts = lower.slice();
  const free = new Set(weights.flatMap((w, i) => (w > 0 ? [i] : [])));
  let fixedSum = weights.reduce((sum, w, i) => (w > 0 ? sum : sum + lower[i]), 0);
  const fix = (i: number, value: number): void => {
    parts[i] = value;
    fixedSum += value;
    free.delete(i);
  };
  while (free.size > 0) {
    let freeWeight = 0;
    for (const i of free) freeWeight += weights[i];
    // share of what is left, weight / Σ weights first: (total − fixed) / Σ weights overflows for tiny weights
    const left = total - fixedSum;
    const low: number[] = [];
    const high: number[] = [];
    let shortfall = 0;
    let overshoot = 0;
    for (const i of free) {
      parts[i] = left * (weights[i] / freeWeight);
      if (parts[i] < lower[i]) {
        low.push(i);
        shortfall += lower[i] - parts[i];
      } else if (parts[i] > upper[i]) {
        high.push(i);
        overshoot += parts[i] - upper[i];
      }
    }
    if (low.length === 0 && high.length === 0) break;
    if (shortfall >= overshoot) for (const i of low) fix(i, lower[i]);
    if (overshoot >= shortfall) for (const i of high) fix(i, upper[i]);
  }
  // absorb the floating-point residual in the largest free channel, so the parts add up to total
  let largest = -1;
  for (const i of free) if (largest < 0 || parts[i] > parts[largest]) largest = i;
  if (largest >= 0) {
    const residual = total - parts.reduce((sum, x) => sum + x, 0);
    parts[largest] = Math.min(upper[largest], Math.max(lower[largest], parts[largest] + residual));
  }
  return parts;
}

/**
 * Rounds a split to whole multiples of roundTo that still add up to total (largest-remainder / Hamilton method):
 * each part is rounded down (but not below its min), then the units left over go one at a time to the parts with
 * the largest remainders (earlier channel on ties), never above a channel's max; parts pushed up to their min give
 * units back from the parts with the smallest remainders.
 */
function roundToUnits(
  total: number,
  parts: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  roundTo: number
): number[] {
  const totalUnits = Math.round(total / roundTo);
  // beyond 2^53 units, adding one unit no longer changes a part, so the largest-remainder loop would never end
  if (!Number.isSafeInteger(totalUnits)) {
    throw badNumber(
      `round_to (${roundTo}) is too small for total (${total}): it would make more than 2^53 units.`
    );
  }
  if (Math.abs(total / roundTo - totalUnits) > UNIT_TOLERANCE * Math.max(1, totalUnits)) {
    throw badNumber(
      `total (${total}) is not a whole multiple of round_to (${roundTo}), so rounded parts cannot add up to it.`
    );
  }
  const minUnits = lower.map((lo) => Math.ceil(lo / roundTo - UNIT_TOLERANCE));
  const maxUnits = upper.map((hi) =>
    hi === Infinity ? Infinity : Math.floor(hi / roundTo + UNIT_TOLERANCE)
  );
  minUnits.forEach((lo, i) => {
    if (lo > maxUnits[i])
      throw badNumber(
        `Channel ${i + 1} has no multiple of round_to (${roundTo}) between its min and max.`
      );
  });
  const units = parts.map((x, i) =>
    Math.min(maxUnits[i], Math.max(minUnits[i], Math.floor(x / roundTo + UNIT_TOLERANCE)))
  );
  // remainder of each part in units, rounded so that float noise does not break ties between equal remainders
  const remainder = (i: number): number =>
    Math.round((parts[i] / roundTo - units[i]) / UNIT_TOLERANCE);
  const channels = parts.map((_, i) => i);
  let leftover = totalUnits - units.reduce((sum, u) => sum + u, 0);
  while (leftover !== 0) {
    const adding = leftover > 0;
    const candidates = channels
      .filter((i) => (adding ? units[i] < maxUnits[i] : units[i] > minUnits[i]))
      .sort(
        (i, j) => (adding ? remainder(j) - remainder(i) : remainder(i) - remainder(j)) || i - j
      );
    if (candidates.length === 0) {
      throw badNumber(
        `The bounds leave no way to split total into multiples of round_to (${roundTo}).`
      );
    }
    for (const i of candidates.slice(0, Math.abs(leftover))) {
      units[i] += adding ? 1 : -1;
      leftover += adding ? -1 : 1;
    }
  }
  return units.map((u) => u * roundTo);
}

/**
 * BUDGETSPLIT: splits total across channels in proportion to weights (≥ 0: priority scores or expected ROAS),
 * subject to per-channel min/max (a channel at a bound is fixed and the rest re-split, so
 * partᵢ = clamp(λ·weightᵢ, minᵢ, maxᵢ) with Σ parts = total), then, when roundTo > 0, rounds to multiples of
 * roundTo by largest remainder so the parts still add up exactly to total and stay within their bounds.
 * #NUM!: Σmin > total, Σmax < total, all weights 0 with no min, negative inputs, max < min, total not a multiple
 * of roundTo. #VALUE!: min/max with the wrong number of values. #N/A: no channels.
 */
export function budgetSplit(
  total: number,
  weights: readonly number[],
  options: BudgetSplitOptions = {}
): number[] {
  const n = weights.length;
  if (n === 0) throw notAvailable("There are no channels (weights) to split the budget across.");
  if (!(total >= 0 && total < Infinity))
    throw badNumber(`total must be zero or more (got ${total}).`);
  weights.forEach((w, i) => {
    if (!(w >= 0 && w < Infinity))
      throw badNumber(`The weight of channel ${i + 1} must be zero or more (got ${w}).`);
  });
  const lower = perChannel(options.min, 0, n, "min");
  const upper = perChannel(options.max, Infinity, n, "max");
  lower.forEach((lo, i) => {
    if (!(lo >= 0 && lo < Infinity))
      throw badNumber(`The min of channel ${i + 1} must be zero or more (got ${lo}).`);
    if (!(upper[i] >= lo))
      throw badNumber(`The max of channel ${i + 1} (${upper[i]}) is below its min (${lo}).`);
  });
  const roundTo = options.roundTo ?? 0;
  if (!(roundTo >= 0 && roundTo < Infinity))
    throw badNumber(`round_to must be zero (no rounding) or more (got ${roundTo}).`);

  const minSum = lower.reduce((sum, x) => sum + x, 0);
  const maxSum = upper.reduce((sum, x) => sum + x, 0);
  if (weights.every((w) => w === 0) && minSum === 0) {
    throw badNumber(
      "All weights are 0 and there is no min, so there is nothing to split the budget by."
    );
  }
  // sums of decimal amounts carry rounding noise (0.1 + 0.2 > 0.3): compare with a tolerance
  const slack = SUM_TOLERANCE * Math.max(1, total);
  if (minSum > total + slack) {
    throw badNumber(`The mins add up to ${minSum}, more than total (${total}).`);
  }
  if (maxSum < total - slack) {
    throw badNumber(`The maxes add up to ${maxSum}, less than total (${total}).`);
  }
  const capacity = weights.reduce((sum, w, i) => sum + (w > 0 ? upper[i] : lower[i]), 0);
  if (capacity < total - slack) {
    throw badNumber(
      `Channels with weight 0 stay at their min, so at most ${capacity} of total (${total}) can be placed.`
    );
  }

  const parts = proportionalSplit(total, weights, lower, upper);
  return roundTo > 0 ? roundToUnits(total, parts, lower, upper, roundTo) : parts;
}
