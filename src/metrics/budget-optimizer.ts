/**
 * ECOM.BUDGETOPT's math (spec/functions.md §3): split a total budget across channels whose response to
 * spend x follows a Hill curve f(x) = L·x^k / (x^k + h^k) (scale L, half-saturation h, shape k), so that
 * Σ f_i(x_i) is as large as possible with Σ x_i = total and min_i ≤ x_i ≤ max_i.
 *
 * For shape ≤ 1 every curve is concave and the optimum is the equal-marginal-return ("water-filling")
 * point; for shape > 1 the curves are S-shaped, the problem is not concave, and one local solver from one
 * start can miss the optimum (reference/analytics.md §2.6). The method here is exact on the grid and then
 * exact within the pieces it identifies:
 *
 * 1. Grid search (budget-grid.ts): the budget above Σ min is cut into G = ⌈(total − Σ min)/step⌉ equal cells
 *    of size u ≤ step; channel i may take x = min(min_i + j·u, max_i), j = 0, 1, … The best grid split is found
 *    exactly by dynamic programming, fast because a Hill table is convex up to the inflection point
 *    c = h·((k − 1)/(k + 1))^{1/k} and concave after it.
 * 2. Continuous refinement: from the grid split, each S-shaped channel at its lower bound stays there, each
 *    one on its concave branch (x ≥ c) is free on [max(min, c), max], every concave channel is free on
 *    [min, max]; the free channels then get equal marginal returns f'_i(x_i) = λ, with λ found by a
 *    safeguarded Newton iteration on ln λ. This is the exact optimum of a concave problem, so for shape ≤ 1
 *    (all channels free) it is the global optimum whatever the step. A channel strictly inside its convex
 *    region (at most one, Udell & Boyd 2016) is placed by a one-dimensional search within two cells of its
 *    grid point. Where the grid is within a cell of a piece's edge its choice of piece can differ from the
 *    continuous one, so each S-shaped channel is also offered the other pieces one at a time. The refined
 *    split is kept only if it is at least as good as the grid split, so the result is never worse than the
 *    exact grid optimum.
 * 3. Parts are made to add up exactly to total by settling the rounding drift on the channel with the most
 *    room inside its bounds (then, for the last bit, on any channel that can move). Added left to right in
 *    floating point the parts then equal total, except where no representable spend can make them (e.g. fixed
 *    parts whose rounded sum leaves a gap of half a unit in the last place): there they are one unit off.
 */
import { bestGridAllocation, GridChannel } from "./budget-grid";
import { badNumber, badValue, notAvailable } from "./errors";

/** Optional arguments of optimizeBudget; null or undefined means the default. */
export interface BudgetOptions {
  /** Hill shape k, one value or one per channel (default 1, Michaelis–Menten). */
  shape?: number | readonly number[] | null;
  /** Lower spend bound, one value or one per channel (default 0). */
  min?: number | readonly number[] | null;
  /** Upper spend bound, one value or one per channel (default total). */
  max?: number | readonly number[] | null;
  /** Grid step of the global search (default total/1000). */
  step?: number | null;
}

/** The optimal plan, one entry per channel in input order. */
export interface BudgetAllocation {
  spend: number[];
  /** f_i(spend_i). */
  response: number[];
  /** f'_i(spend_i); at spend 0 with shape < 1 (where f' = ∞) the one-step quotient f_i(step)/step. */
  marginalRoas: number[];
  /** spend_i / total. */
  share: number[];
  /** Σ response. */
  totalResponse: number;
  /** Σ response of the best split on the step grid, before the continuous refinement (≤ totalResponse). */
  gridResponse: number;
}

/** Largest grid the global search accepts (memory and time grow linearly with it). */
const MAX_GRID_CELLS = 100_000;

/** How far (in grid cells) from the grid split the one-dimensional search of a convex-region channel looks. */
const SEARCH_CELLS = 2;

/** One channel's curve and bounds after validation (upper already capped at total). */
interface Channel {
  scale: number;
  half: number;
  shape: number;
  lower: number;
  upper: number;
  /** Inflection point of the curve (0 when shape ≤ 1): convex on [0, c], concave on [c, ∞). */
  inflection: number;
}

/** A channel free to move on an interval where its curve is concave. */
interface FreeChannel {
  index: number;
  scale: number;
  half: number;
  shape: number;
  lower: number;
  upper: number;
}

/**
 * Budget allocation maximising Σ L_i·x_i^k_i/(x_i^k_i + h_i^k_i) subject to Σ x_i = total and
 * min_i ≤ x_i ≤ max_i (spec/functions.md §3, ECOM.BUDGETOPT). Global optimum on the step grid by exact dynamic
 * programming, then continuous equal-marginal-return refinement (module comment; closed form for shape 1 in
 * reference/analytics.md §2.6; S-curve structure from Udell & Boyd, "Maximizing a sum of sigmoids", 2016).
 * Infeasible bounds, negative or non-finite numbers → #NUM!; arrays of mismatched length → #VALUE!; no channel → #N/A.
 */
export function optimizeBudget(
  total: number,
  scale: readonly number[],
  halfSaturation: readonly number[],
  options: BudgetOptions = {}
): BudgetAllocation {
  const channels = readChannels(total, scale, halfSaturation, options);
  const step = options.step ?? total / 1000;
  if (!(Number.isFinite(step) && step > 0))
    throw badNumber(`step must be a number greater than zero (got ${step}).`);

  const lower = channels.map((c) => c.lower);
  const upper = channels.map((c) => c.upper);
  const remaining = total - sum(lower);
  const totalCells = remaining > 0 ? Math.max(1, Math.ceil(remaining / step - 1e-9)) : 0;
  if (totalCells > MAX_GRID_CELLS)
    throw badNumber(
      `step ${step} is too small: the search grid would have ${totalCells} cells (at most ${MAX_GRID_CELLS}). Use a step of at least ${remaining / MAX_GRID_CELLS}.`
    );

  let spend: number[];
  let gridResponse: number;
  if (totalCells === 0) {
    spend = lower.slice();
    gridResponse = objective(channels, spend);
  } else {
    const cellSize = remaining / totalCells;
    const grids = channels.map((c) => gridChannel(c, cellSize, totalCells));
    const grid = bestGridAllocation(grids, totalCells);
    gridResponse = grid.value;
    const gridSpend = channels.map((c, i) => Math.min(c.lower + grid.cells[i] * cellSize, c.upper));
    settleToTotal(gridSpend, lower, upper, total);
    spend = gridSpend;
    const refined = refine(channels, grids, grid.cells, gridSpend, cellSize, total);
    if (refined) {
      settleToTotal(refined, lower, upper, total);
      // kept unless worse beyond rounding (for concave curves it is the exact optimum even where the two tie)
      const gridValue = objective(channels, gridSpend);
      if (objective(channels, refined) >= gridValue - 1e-15 * Math.abs(gridValue)) spend = refined;
    }
  }

  const response = channels.map((c, i) => hill(c, spend[i]));
  const marginalRoas = channels.map((c, i) =>
    spend[i] === 0 && c.shape < 1 ? hill(c, step) / step : marginal(c, spend[i])
  );
  const share = spend.map((x) => x / total);
  return { spend, response, marginalRoas, share, totalResponse: sum(response), gridResponse };
}

/** Columns of ECOM.BUDGETOPT's output "table", in order (headers in src/functions/labels/budget.ts). */
export type BudgetTableColumn = "channel" | "spend" | "response" | "marginal_roas" | "share";
export const BUDGET_TABLE_COLUMNS: readonly BudgetTableColumn[] = [
  "channel",
  "spend",
  "response",
  "marginal_roas",
  "share",
];

/**
 * ECOM.BUDGETOPT's output "table" without its header: one row per channel, in BUDGET_TABLE_COLUMNS order,
 * [channel row number (1-based), spend, response, marginal_roas, share] (spec/functions.md §3).
 */
export function budgetTableRows(allocation: BudgetAllocation): number[][] {
  return allocation.spend.map((x, i) => [
    i + 1,
    x,
    allocation.response[i],
    allocation.marginalRoas[i],
    allocation.share[i],
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Arguments

function readChannels(
  total: number,
  scale: readonly number[],
  halfSaturation: readonly number[],
  options: BudgetOptions
): Channel[] {
  if (!(Number.isFinite(total) && total > 0))
    throw badNumber(`total must be a number greater than zero (got ${total}).`);
  const n = scale.length;
  if (n === 0) throw notAvailable("scale must list at least one channel.");
  if (halfSaturation.length !== n)
    throw badValue(
      `half_saturation has ${halfSaturation.length} entries but scale has ${n}; give one per channel.`
    );
  const shape = perChannel(options.shape, 1, n, "shape");
  const min = perChannel(options.min, 0, n, "min");
  const max = perChannel(options.max, total, n, "max");

  const channels: Channel[] = [];
  for (let i = 0; i < n; i++) {
    const which = n > 1 ? ` (channel ${i + 1})` : "";
    requireFinite(scale[i], "scale", which);
    requireFinite(halfSaturation[i], "half_saturation", which);
    requireFinite(shape[i], "shape", which);
    requireFinite(min[i], "min", which);
    requireFinite(max[i], "max", which);
    if (scale[i] < 0) throw badNumber(`scale must be zero or more${which} (got ${scale[i]}).`);
    if (!(halfSaturation[i] > 0))
      throw badNumber(
        `half_saturation must be greater than zero${which} (got ${halfSaturation[i]}).`
      );
    if (!(shape[i] > 0))
      throw badNumber(`shape must be greater than zero${which} (got ${shape[i]}).`);
    if (min[i] < 0) throw badNumber(`min must be zero or more${which} (got ${min[i]}).`);
    if (max[i] < 0) throw badNumber(`max must be zero or more${which} (got ${max[i]}).`);
    if (min[i] > max[i]) throw badNumber(`min ${min[i]} is above max ${max[i]}${which}.`);
    const k = shape[i];
    channels.push({
      scale: scale[i],
      half: halfSaturation[i],
      shape: k,
      lower: min[i],
      upper: Math.min(max[i], total),
      inflection: k > 1 ? halfSaturation[i] * Math.pow((k - 1) / (k + 1), 1 / k) : 0,
    });
  }
  const sumMin = sum(min);
  if (sumMin > total)
    throw badNumber(
      `The minimums add up to ${sumMin}, more than total ${total}: no allocation fits.`
    );
  const sumMax = sum(channels.map((c) => c.upper));
  if (sumMax < total)
    throw badNumber(
      `The maximums add up to ${sumMax}, less than total ${total}: no allocation fits.`
    );
  return channels;
}

/** A scalar or per-channel argument as one number per channel. */
function perChannel(
  value: number | readonly number[] | null | undefined,
  fallback: number,
  n: number,
  name: string
): number[] {
  if (value === null || value === undefined) return new Array<number>(n).fill(fallback);
  if (typeof value === "number") return new Array<number>(n).fill(value);
  if (value.length === 1) return new Array<number>(n).fill(value[0]);
  if (value.length !== n)
    throw badValue(
      `${name} has ${value.length} entries but scale has ${n}; give one value or one per channel.`
    );
  return value.slice();
}

function requireFinite(x: number, name: string, which: string): void {
  if (!Number.isFinite(x)) throw badNumber(`${name} must be a finite number${which} (got ${x}).`);
}

// ---------------------------------------------------------------------------------------------------
// Hill curve: f(x) = L·σ(z), z = k·ln(x/h), σ the logistic function; f'(x) = L·k·σ(z)·σ(−z)/x.
// Written in z so that large shapes and spends never overflow x^k.

function hill(c: Channel | FreeChannel, x: number): number {
  return x > 0 ? c.scale * logistic(c.shape * Math.log(x / c.half)) : 0;
}

function marginal(c: Channel, x: number): number {
  if (x > 0) {
    const z = c.shape * Math.log(x / c.half);
    return (c.scale * c.shape * logistic(z) * logistic(-z)) / x;
  }
  if (c.shape < 1) return Infinity;
  return c.shape === 1 ? c.scale / c.half : 0;
}

function logistic(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** ln(1 + e^z) without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * ln f'(x) on the concave branch in the variable z = k·ln(x/h):
 * ln f' = ln(L·k/h) + (1 − 1/k)·z − 2·ln(1 + e^z). Concave in z, decreasing for x above the inflection point.
 */
function logMarginalAt(c: FreeChannel, x: number): number {
  if (x > 0) {
    const z = c.shape * Math.log(x / c.half);
    return Math.log((c.scale * c.shape) / c.half) + (1 - 1 / c.shape) * z - 2 * softplus(z);
  }
  if (c.shape < 1) return Infinity;
  return c.shape === 1 ? Math.log(c.scale / c.half) : -Infinity;
}

/**
 * The spend in [lower, upper] (a concave stretch of the curve) where f'(x) = λ = e^u, clamped to the box.
 * Solves φ(z) = (1 − 1/k)·z − 2·ln(1 + e^z) − (u − ln(L·k/h)) = 0 by Newton's method from the upper end:
 * φ is concave in z (φ'' = −2σ(z)σ(−z)), so Newton steps from the right of the root move left monotonically
 * and never overshoot.
 */
function spendAtMarginal(c: FreeChannel, u: number): number {
  const { scale, half, shape, lower, upper } = c;
  if (scale === 0 || upper <= lower) return lower;
  const offset = u - Math.log((scale * shape) / half);
  const slopeTerm = 1 - 1 / shape;
  let z = shape * Math.log(upper / half);
  let phi = slopeTerm * z - 2 * softplus(z) - offset;
  if (phi >= 0) return upper;
  if (logMarginalAt(c, lower) <= u) return lower;
  for (let iteration = 0; iteration < 100; iteration++) {
    const move = phi / (slopeTerm - 2 * logistic(z));
    z -= move;
    phi = slopeTerm * z - 2 * softplus(z) - offset;
    if (!(move > 1e-15 * Math.max(1, Math.abs(z))) || phi >= 0) break;
  }
  const x = half * Math.exp(z / shape);
  return x < lower ? lower : x > upper ? upper : x;
}

// ---------------------------------------------------------------------------------------------------
// Grid search

/**
 * The channel's response at x_j = min(lower + j·u, upper), j = 0..cap, with cap = ⌈(upper − lower)/u⌉ (at most
 * the grid size). The table is convex on j = 0..J, J = the last unclamped point at or below the inflection
 * point (all those points lie where f'' ≥ 0 and are equally spaced), and concave from J + 1 on (points above
 * the inflection point, or the clamped last point; f concave and increasing composed with the concave
 * j ↦ min(lower + j·u, upper) is concave).
 */
function gridChannel(c: Channel, cellSize: number, totalCells: number): GridChannel {
  const cap = Math.min(totalCells, Math.max(0, Math.ceil((c.upper - c.lower) / cellSize - 1e-9)));
  const values = new Float64Array(cap + 1);
  for (let j = 0; j <= cap; j++) values[j] = hill(c, Math.min(c.lower + j * cellSize, c.upper));
  if (c.inflection <= c.lower) return { values, convexTo: 0, concaveFrom: 0 };
  const edge = Math.min(c.inflection, c.upper);
  let last = Math.min(cap, Math.floor((edge - c.lower) / cellSize));
  while (last < cap && c.lower + (last + 1) * cellSize <= edge) last++;
  while (last > 0 && c.lower + last * cellSize > edge) last--;
  return { values, convexTo: last, concaveFrom: last + 1 };
}

// ---------------------------------------------------------------------------------------------------
// Continuous refinement

/** What the continuous refinement does with one channel. */
type Role =
  /** stays at this spend */
  | { kind: "fixed"; spend: number }
  /** takes part in the equal-marginal split on [lower, channel max], where its curve is concave */
  | { kind: "free"; lower: number }
  /** the one channel inside its convex region: searched on [from, to] with the free ones re-split each time */
  | { kind: "search"; from: number; to: number };

/**
 * Continuous refinement of the grid split (module comment, step 2), or null if no feasible one was found.
 * The grid tells which piece of its curve each channel is on: the lower bound, the concave branch, or (for
 * at most one channel) inside the convex region. Solving with those roles is exact up to the grid's
 * choice of pieces; where a channel is within a cell of a piece's edge the grid's choice may differ from
 * the continuous one, so each S-shaped channel is then offered the other pieces one at a time (lower
 * bound; concave branch; max when its whole range is convex), keeping each change that raises the total,
 * and a channel that the equal-marginal split pins at its inflection point is tried inside its convex
 * region.
 */
function refine(
  channels: Channel[],
  grids: GridChannel[],
  cells: number[],
  gridSpend: number[],
  cellSize: number,
  total: number
): number[] | null {
  let roles: Role[] = channels.map((c, i) => {
    const j = cells[i];
    if (c.inflection <= c.lower) return { kind: "free", lower: c.lower };
    if (j > 0 && j < grids[i].convexTo) {
      const to = Math.min(c.inflection, c.upper, gridSpend[i] + SEARCH_CELLS * cellSize);
      return {
        kind: "search",
        from: Math.max(c.lower, gridSpend[i] - SEARCH_CELLS * cellSize),
        to,
      };
    }
    if (j > 0 && c.upper > c.inflection) return { kind: "free", lower: c.inflection };
    return { kind: "fixed", spend: gridSpend[i] };
  });
  let best = solveRoles(channels, roles, total);
  let bestValue = best ? objective(channels, best) : -Infinity;
  const hasSearch = roles.some((role) => role.kind === "search");
  if (best) {
    const found = best;
    roles = roles.map((role, i): Role =>
      role.kind === "search" ? { kind: "fixed", spend: found[i] } : role
    );
  }

  const tryRoles = (trial: Role[]): boolean => {
    const solved = solveRoles(channels, trial, total);
    if (!solved) return false;
    const value = objective(channels, solved);
    if (!(value > bestValue)) return false;
    best = solved;
    bestValue = value;
    return true;
  };

  for (let pass = 0; pass < 3; pass++) {
    let improved = false;
    channels.forEach((c, i) => {
      if (c.inflection <= c.lower) return;
      const options: Role[] = [{ kind: "fixed", spend: c.lower }];
      options.push(
        c.upper > c.inflection
          ? { kind: "free", lower: c.inflection }
          : { kind: "fixed", spend: c.upper }
      );
      for (const option of options) {
        if (sameRole(option, roles[i])) continue;
        const trial = roles.slice();
        trial[i] = option;
        if (tryRoles(trial)) {
          roles = trial;
          improved = true;
        }
      }
    });
    if (!improved) break;
  }

  const pinned = best;
  if (pinned && !hasSearch) {
    roles.forEach((role, i) => {
      const c = channels[i];
      if (role.kind !== "free" || role.lower !== c.inflection || pinned[i] !== c.inflection) return;
      const trial = roles.slice();
      trial[i] = {
        kind: "search",
        from: Math.max(c.lower, c.inflection - SEARCH_CELLS * cellSize),
        to: c.inflection,
      };
      tryRoles(trial);
    });
  }
  return best;
}

function sameRole(a: Role, b: Role): boolean {
  if (a.kind === "fixed" && b.kind === "fixed") return a.spend === b.spend;
  if (a.kind === "free" && b.kind === "free") return a.lower === b.lower;
  return false;
}

/**
 * The best split for given roles: fixed channels stay, free ones get equal marginal returns, the search
 * channel (if any) is placed by a one-dimensional search with the free ones re-split for each trial point.
 * null when the roles leave no feasible split.
 */
function solveRoles(channels: Channel[], roles: Role[], total: number): number[] | null {
  const spend = new Array<number>(channels.length).fill(0);
  const free: FreeChannel[] = [];
  let searched = -1;
  let budget = total;
  roles.forEach((role, i) => {
    if (role.kind === "fixed") {
      spend[i] = role.spend;
      budget -= role.spend;
    } else if (role.kind === "free") free.push({ index: i, ...channels[i], lower: role.lower });
    else searched = i;
  });
  const lowest = sum(free.map((c) => c.lower));
  const highest = sum(free.map((c) => c.upper));
  const split = new Float64Array(free.length);

  if (searched >= 0) {
    const role = roles[searched] as { from: number; to: number };
    const from = Math.max(role.from, budget - highest);
    const to = Math.min(role.to, budget - lowest);
    if (!(from <= to)) return null;
    const e = channels[searched];
    const valueWith = (y: number): number => {
      equalMarginalSplit(free, budget - y, split);
      let value = hill(e, y);
      for (let f = 0; f < free.length; f++) value += hill(free[f], split[f]);
      return value;
    };
    spend[searched] = bestOnInterval(valueWith, from, to);
    budget -= spend[searched];
  }

  if (free.length === 0) return Math.abs(budget) <= 1e-9 * total ? spend : null;
  if (budget < lowest || budget > highest) return null;
  equalMarginalSplit(free, budget, split);
  free.forEach((c, f) => (spend[c.index] = split[f]));
  return spend;
}

/**
 * Water-filling: the split of budget (Σ lower ≤ budget ≤ Σ upper) over channels with concave curves on their
 * boxes that maximises Σ f_i, i.e. x_i = clamp(f_i'⁻¹(λ), lower_i, upper_i) with Σ x_i = budget (KKT
 * conditions of a concave problem; closed form for shape 1 in reference/analytics.md §2.6). λ = e^u is found
 * by Newton's method on S(u) = Σ x_i(u), safeguarded by bisection: S is non-increasing with
 * dS/du = Σ x_i / (k_i·φ'_i(z_i)) over the unclamped channels.
 */
function equalMarginalSplit(free: FreeChannel[], budget: number, out: Float64Array): void {
  let uLow = Infinity;
  let uHigh = -Infinity;
  let lowest = 0;
  for (let f = 0; f < free.length; f++) {
    out[f] = free[f].lower;
    lowest += free[f].lower;
    if (free[f].scale === 0 || free[f].upper <= free[f].lower) continue;
    uLow = Math.min(uLow, logMarginalAt(free[f], free[f].upper));
    uHigh = Math.max(uHigh, logMarginalAt(free[f], free[f].lower));
  }
  if (uLow === Infinity || budget <= lowest) return;
  const spendAt = (u: number): number => {
    let s = 0;
    for (let f = 0; f < free.length; f++) s += out[f] = spendAtMarginal(free[f], u);
    return s;
  };
  if (spendAt(uLow) <= budget) return;
  if (uHigh === Infinity) {
    // A shape < 1 channel at 0 has f'(0) = ∞: step λ up until the split fits.
    let stride = 1;
    uHigh = uLow + stride;
    while (spendAt(uHigh) > budget) {
      uLow = uHigh;
      stride *= 2;
      uHigh += stride;
    }
  }
  let u = 0.5 * (uLow + uHigh);
  for (let iteration = 0; iteration < 200; iteration++) {
    const s = spendAt(u);
    if (s === budget) return;
    if (s > budget) uLow = u;
    else uHigh = u;
    let slope = 0;
    for (let f = 0; f < free.length; f++) {
      const c = free[f];
      const x = out[f];
      if (x > c.lower && x < c.upper && c.scale > 0) {
        const z = c.shape * Math.log(x / c.half);
        slope += x / (c.shape - 1 - 2 * c.shape * logistic(z));
      }
    }
    let next = slope < 0 ? u - (s - budget) / slope : NaN;
    if (!(next > uLow && next < uHigh)) next = 0.5 * (uLow + uHigh);
    const tolerance = 1e-15 * Math.max(1, Math.abs(u));
    if (Math.abs(next - u) <= tolerance || uHigh - uLow <= tolerance) {
      spendAt(next);
      return;
    }
    u = next;
  }
  spendAt(u);
}

/**
 * A maximiser of fn on [a, b]: the best of 17 equally spaced points (both ends included), polished by a
 * golden-section search (Kiefer 1953) between its neighbours to 1e-12 relative width. fn is a convex curve
 * plus a concave one here, so it may have more than one local maximum, and the best may be an end.
 */
function bestOnInterval(fn: (x: number) => number, a: number, b: number): number {
  const samples = 16;
  let best = a;
  let bestValue = -Infinity;
  let bestIndex = 0;
  for (let i = 0; i <= samples; i++) {
    const x = i === samples ? b : a + ((b - a) * i) / samples;
    const value = fn(x);
    if (value > bestValue) {
      best = x;
      bestValue = value;
      bestIndex = i;
    }
  }
  let lo = a + ((b - a) * Math.max(0, bestIndex - 1)) / samples;
  let hi = bestIndex + 1 >= samples ? b : a + ((b - a) * (bestIndex + 1)) / samples;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - ratio * (hi - lo);
  let x2 = lo + ratio * (hi - lo);
  let f1 = fn(x1);
  let f2 = fn(x2);
  while (hi - lo > 1e-12 * Math.max(1, Math.abs(lo) + Math.abs(hi))) {
    if (f1 >= f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - ratio * (hi - lo);
      f1 = fn(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + ratio * (hi - lo);
      f2 = fn(x2);
    }
  }
  if (f1 > bestValue) best = x1;
  if (f2 > Math.max(f1, bestValue)) best = x2;
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Feasibility and totals

/**
 * Moves any shortfall or surplus against total onto the channel with the most room both ways inside its
 * bounds (then onto the others, the most room first, if it fills up; responses never fall when spend rises,
 * so a shortfall costs nothing), then moves one channel (that one first, then the others, largest first) by
 * a few units in the last place until the parts, added left to right, equal total exactly (left as close as it
 * gets if no representable value does it).
 */
function settleToTotal(spend: number[], lower: number[], upper: number[], total: number): void {
  let pivot = 0;
  let pivotRoom = -Infinity;
  for (let i = 0; i < spend.length; i++) {
    const r = Math.min(spend[i] - lower[i], upper[i] - spend[i]);
    if (r > pivotRoom) {
      pivotRoom = r;
      pivot = i;
    }
  }
  let target = pivot;
  for (let pass = 0; pass <= spend.length; pass++) {
    const gap = total - sum(spend);
    const wanted = spend[target] + gap;
    spend[target] = Math.min(upper[target], Math.max(lower[target], wanted));
    if (spend[target] === wanted) break;
    let room = 0;
    for (let i = 0; i < spend.length; i++) {
      const r = gap > 0 ? upper[i] - spend[i] : spend[i] - lower[i];
      if (r > room) {
        room = r;
        target = i;
      }
    }
    if (room === 0) break;
  }
  // The sum rounds at every addition, so the pivot alone may not reach total exactly: try it, then the other
  // channels that can move and hold at least 1/1024 of total (largest first, where a last-bit move matters
  // least), each by a few steps either side of closing the gap; a step is one unit in the last place of the
  // channel, or a quarter of total's.
  const candidates = spend
    .map((x, i) => ({ x, i }))
    .filter(({ x, i }) => i !== pivot && upper[i] > lower[i] && x >= total / 1024)
    .sort((a, b) => b.x - a.x)
    .map(({ i }) => i);
  const ulp = (x: number): number =>
    Math.pow(2, Math.floor(Math.log2(Math.max(Math.abs(x), Number.MIN_VALUE))) - 52);
  for (const i of [pivot, ...candidates]) {
    const original = spend[i];
    const start = original + (total - sum(spend));
    const unit = Math.max(ulp(start), ulp(total) / 4);
    for (let m = 0; m <= 16; m++) {
      const offset = m % 2 === 1 ? (m + 1) / 2 : -m / 2;
      spend[i] = Math.min(upper[i], Math.max(lower[i], start + offset * unit));
      if (sum(spend) === total) return;
    }
    spend[i] = i === pivot ? Math.min(upper[i], Math.max(lower[i], start)) : original;
  }
}

function objective(channels: Channel[], spend: ArrayLike<number>): number {
  let value = 0;
  for (let i = 0; i < channels.length; i++) value += hill(channels[i], spend[i]);
  return value;
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}
