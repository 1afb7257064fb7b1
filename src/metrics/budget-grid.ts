/**
 * Exact search for the best split of a budget grid across channels whose response tables are
 * S-shaped: convex at the start, concave after (Hill curves sampled on a grid, see budget-optimizer.ts).
 *
 * The problem: given tables v_i[0..cap_i] (v_i[j] = response of channel i with j cells above its lower
 * bound, non-decreasing in j) and G cells, maximise Σ v_i[j_i] subject to Σ j_i ≤ G. Because the tables
 * never decrease, this has the same optimum as Σ j_i = G whenever Σ cap_i ≥ G. Dynamic programming over
 * "best value with at most g cells" is exact but naive max-plus convolution costs O(G²) per channel.
 *
 * Two facts make it fast and keep it exact:
 * 1. Max-plus convolution of any table D with a CONCAVE table w, C[g] = max_j D[g−j] + w[j], has a
 *    non-decreasing argmax (the matrix D[g'] + w[g−g'] is inverse-Monge: for g₁ < g₂, g'₁ < g'₂ the
 *    concavity of w gives A[g₁][g'₁] + A[g₂][g'₂] ≥ A[g₁][g'₂] + A[g₂][g'₁]), so divide and conquer
 *    over rows finds every row's maximum in O((G + W)·log G) (Galil & Park 1992; the same total monotonicity
 *    that SMAWK uses, Aggarwal et al. 1987).
 * 2. At most one channel needs a cell count strictly inside its convex head (0, J_i): if two channels a, b
 *    sat there, moving t cells from a to b changes the value by a convex function of t (both tables are
 *    convex on their heads), so one end of the feasible range of t is at least as good, and at that end a
 *    or b reaches 0 or J. Repeating leaves at most one such channel without lowering the value. This is
 *    the grid version of Udell & Boyd, "Maximizing a sum of sigmoids" (Optim. Eng. 2016), §2.
 *    So every other channel picks from {0, J_i} ∪ [concave tail]: two shifts plus one concave convolution.
 *    The exceptional channel is found by a leave-one-out pass: for each channel s with a non-empty head
 *    interior, the optimum of all the others (restricted as above) is combined with s's head interior.
 *    Leave-one-out tables come from a divide-and-conquer recursion over the channel list, O(m·log m)
 *    restricted convolutions for m such channels.
 *
 * Total cost O((n + m·log m)·(G + W)·log G) with W the longest table, against O(n·G²) for plain DP.
 */

/** One channel's response sampled on the grid, with the shape facts that the search relies on. */
export interface GridChannel {
  /** values[j] = response with j cells above the lower bound; non-decreasing, length cap + 1. */
  values: Float64Array;
  /** values is convex on 0..convexTo (0 when there is no convex head). */
  convexTo: number;
  /** values is concave on concaveFrom..cap (cap + 1 when there is no concave tail); ≤ convexTo + 1. */
  concaveFrom: number;
}

/** The best grid split found: cells per channel (Σ ≤ the grid size) and its total value Σ v_i[cells_i]. */
export interface GridAllocation {
  cells: number[];
  value: number;
}

/**
 * Exact maximiser of Σ v_i[j_i] subject to Σ j_i ≤ totalCells, 0 ≤ j_i ≤ cap_i, for tables that are convex
 * on [0, convexTo] and concave on [concaveFrom, cap] (see the module comment for the method and the proof
 * that it is exact; Udell & Boyd 2016 for the one-channel-in-its-convex-region argument).
 */
export function bestGridAllocation(
  channels: readonly GridChannel[],
  totalCells: number
): GridAllocation {
  const exceptional: number[] = [];
  for (let i = 0; i < channels.length; i++) {
    if (hasHeadInterior(channels[i])) exceptional.push(i);
  }

  // Candidate 1: every channel within its restricted choices.
  const everyChannel = channels.map((_, i) => i);
  let best = restrictedSplit(channels, everyChannel, totalCells);

  // Candidate 2: one channel s strictly inside its convex head, the others restricted.
  if (exceptional.length > 0) {
    let accumulated: Float64Array = new Float64Array(totalCells + 1);
    for (let i = 0; i < channels.length; i++) {
      if (!hasHeadInterior(channels[i]))
        accumulated = restrictedConvolve(accumulated, channels[i], null);
    }
    const winner = { value: best.value, channel: -1, cells: 0 };
    leaveOneOut(channels, exceptional, 0, exceptional.length - 1, accumulated, winner);
    if (winner.channel >= 0) {
      const others = everyChannel.filter((i) => i !== winner.channel);
      best = restrictedSplit(channels, others, totalCells - winner.cells);
      best.cells[winner.channel] = winner.cells;
      best.value += channels[winner.channel].values[winner.cells];
    }
  }
  return best;
}

function hasHeadInterior(channel: GridChannel): boolean {
  return channel.convexTo >= 2;
}

/** Best split of `budget` cells over the listed channels, each restricted to {0, J} ∪ concave tail. */
function restrictedSplit(
  channels: readonly GridChannel[],
  order: number[],
  budget: number
): GridAllocation {
  const choices: Int32Array[] = [];
  let table: Float64Array = new Float64Array(budget + 1);
  for (const i of order) {
    const choice = new Int32Array(budget + 1);
    table = restrictedConvolve(table, channels[i], choice);
    choices.push(choice);
  }
  const cells = new Array<number>(channels.length).fill(0);
  let g = budget;
  for (let position = order.length - 1; position >= 0; position--) {
    const j = choices[position][g];
    cells[order[position]] = j;
    g -= j;
  }
  return { cells, value: table[budget] };
}

/**
 * For each exceptional channel s in exceptional[lo..hi], with `accumulated` = the restricted convolution of
 * every channel outside exceptional[lo..hi]: the best value with s strictly inside its convex head.
 */
function leaveOneOut(
  channels: readonly GridChannel[],
  exceptional: number[],
  lo: number,
  hi: number,
  accumulated: Float64Array,
  winner: { value: number; channel: number; cells: number }
): void {
  if (lo === hi) {
    const s = exceptional[lo];
    const values = channels[s].values;
    const totalCells = accumulated.length - 1;
    const last = Math.min(channels[s].convexTo - 1, totalCells);
    for (let j = 1; j <= last; j++) {
      const value = accumulated[totalCells - j] + values[j];
      if (value > winner.value) {
        winner.value = value;
        winner.channel = s;
        winner.cells = j;
      }
    }
    return;
  }
  const mid = (lo + hi) >> 1;
  let withRight = accumulated;
  for (let p = mid + 1; p <= hi; p++)
    withRight = restrictedConvolve(withRight, channels[exceptional[p]], null);
  leaveOneOut(channels, exceptional, lo, mid, withRight, winner);
  let withLeft = accumulated;
  for (let p = lo; p <= mid; p++)
    withLeft = restrictedConvolve(withLeft, channels[exceptional[p]], null);
  leaveOneOut(channels, exceptional, mid + 1, hi, withLeft, winner);
}

/**
 * out[g] = max over j ∈ {0, convexTo} ∪ [concaveFrom, cap], j ≤ g, of previous[g − j] + values[j];
 * choice[g] (when given) records the j that attains it.
 */
function restrictedConvolve(
  previous: Float64Array,
  channel: GridChannel,
  choice: Int32Array | null
): Float64Array {
  const { values, convexTo, concaveFrom } = channel;
  const totalCells = previous.length - 1;
  const out = new Float64Array(totalCells + 1);
  const v0 = values[0];
  for (let g = 0; g <= totalCells; g++) out[g] = previous[g] + v0;
  if (choice) choice.fill(0);
  if (convexTo > 0 && convexTo < concaveFrom && convexTo <= totalCells) {
    const vJ = values[convexTo];
    for (let g = convexTo; g <= totalCells; g++) {
      const value = previous[g - convexTo] + vJ;
      if (value > out[g]) {
        out[g] = value;
        if (choice) choice[g] = convexTo;
      }
    }
  }
  const to = Math.min(values.length - 1, totalCells);
  if (concaveFrom <= to)
    concaveRows(
      previous,
      values,
      concaveFrom,
      to,
      out,
      choice,
      concaveFrom,
      totalCells,
      0,
      totalCells - concaveFrom
    );
  return out;
}

/**
 * Rows gLo..gHi of the concave part: max over k ∈ [g − to, g − from] ∩ [kLo, kHi] of previous[k] + values[g − k].
 * The leftmost maximising k is non-decreasing in g (inverse-Monge, see the module comment), so the middle
 * row's argmax bounds the search of the rows on either side.
 */
function concaveRows(
  previous: Float64Array,
  values: Float64Array,
  from: number,
  to: number,
  out: Float64Array,
  choice: Int32Array | null,
  gLo: number,
  gHi: number,
  kLo: number,
  kHi: number
): void {
  if (gLo > gHi) return;
  const g = (gLo + gHi) >> 1;
  const kStart = Math.max(kLo, g - to);
  const kEnd = Math.min(kHi, g - from);
  let best = -Infinity;
  let bestK = kStart;
  for (let k = kStart; k <= kEnd; k++) {
    const value = previous[k] + values[g - k];
    if (value > best) {
      best = value;
      bestK = k;
    }
  }
  if (best > out[g]) {
    out[g] = best;
    if (choice) choice[g] = g - bestK;
  }
  concaveRows(previous, values, from, to, out, choice, gLo, g - 1, kLo, bestK);
  concaveRows(previous, values, from, to, out, choice, g + 1, gHi, bestK, kHi);
}
