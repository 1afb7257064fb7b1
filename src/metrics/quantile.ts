/**
 * Sample quantiles. Plain numbers in, plain numbers out.
 */
import { badNumber, notAvailable } from "./errors";

/**
 * Type-7 sample quantile of values already sorted ascending (no NaN): with h = 1 + (n − 1)·p,
 * Q7(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌈h⌉₎ − x₍⌊h⌋₎), 1-based order statistics. This is R's default
 * `quantile(type = 7)` (Hyndman & Fan 1996, definition 7) and Excel's PERCENTILE.INC. The arithmetic follows
 * R's `quantile.default` step by step, (1 − γ)·x₍⌊h⌋₎ + γ·x₍⌈h⌉₎ with γ = h − ⌊h⌋, so results agree with R to
 * the last bit (the RFM thresholds depend on it). Empty input → #N/A; p outside [0, 1] → #NUM!.
 */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) throw notAvailable("A quantile needs at least one value.");
  if (!(p >= 0 && p <= 1))
    throw badNumber(`A quantile's probability must be between 0 and 1 (got ${p}).`);
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const xLo = sorted[lo - 1];
  const xHi = sorted[hi - 1];
  if (index === lo || xHi === xLo) return xLo;
  const gamma = index - lo;
  return (1 - gamma) * xLo + gamma * xHi;
}

/**
 * Type-7 quantiles (as `quantileSorted`) of unsorted values at several probabilities, without a full sort:
 * the order statistics that the interpolation reads, x₍⌊h⌋₎ and x₍⌈h⌉₎, are put in their sorted positions by
 * a multi-rank quickselect (Hoare's FIND, CACM 1961, with a three-way partition so that ties cost nothing
 * and a fall-back to sorting when partitions stay unbalanced), O(n·log k) for k probabilities; then
 * `quantileSorted`, which reads only those positions, interpolates. `values` (no NaN) is reordered in place:
 * pass a copy. Empty input → #N/A; a probability outside [0, 1] → #NUM!.
 */
export function quantilesType7(values: Float64Array, probs: ArrayLike<number>): Float64Array {
  const n = values.length;
  if (n === 0) throw notAvailable("A quantile needs at least one value.");
  const ranks: number[] = [];
  for (let j = 0; j < probs.length; j++) {
    const p = probs[j];
    if (!(p >= 0 && p <= 1))
      throw badNumber(`A quantile's probability must be between 0 and 1 (got ${p}).`);
    const index = 1 + (n - 1) * p;
    ranks.push(Math.floor(index) - 1, Math.ceil(index) - 1);
  }
  ranks.sort((a, b) => a - b);
  selectRanks(values, 0, n - 1, ranks, 0, ranks.length - 1, 2 * Math.ceil(Math.log2(n + 1)) + 8);
  const out = new Float64Array(probs.length);
  for (let j = 0; j < probs.length; j++) out[j] = quantileSorted(values, probs[j]);
  return out;
}

/** Below this many elements a partition is finished by insertion sort. */
const SMALL_PARTITION = 16;

/**
 * Puts a[r] in its sorted position for every rank r = ranks[from..to] (ascending, all within [left, right]):
 * partition around a median-of-three pivot into < | = | >, recurse into the side with smaller ranks and loop
 * on the other. After `depth` unbalanced rounds the range is sorted outright (introselect's guarantee).
 */
function selectRanks(
  a: Float64Array,
  left: number,
  right: number,
  ranks: number[],
  from: number,
  to: number,
  depth: number
): void {
  while (from <= to) {
    if (right - left < SMALL_PARTITION) {
      insertionSort(a, left, right);
      return;
    }
    if (depth-- === 0) {
      a.subarray(left, right + 1).sort();
      return;
    }
    const pivot = medianOfThree(a[left], a[(left + right) >>> 1], a[right]);
    let lt = left;
    let i = left;
    let gt = right;
    while (i <= gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else {
        i++;
      }
    }
    // Now a[left..lt−1] < pivot, a[lt..gt] = pivot (in place), a[gt+1..right] > pivot.
    let below = from;
    while (below <= to && ranks[below] < lt) below++;
    let above = below;
    while (above <= to && ranks[above] <= gt) above++;
    selectRanks(a, left, lt - 1, ranks, from, below - 1, depth);
    left = gt + 1;
    from = above;
  }
}

/** Sorts a[left..right] in place by insertion. */
function insertionSort(a: Float64Array, left: number, right: number): void {
  for (let i = left + 1; i <= right; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= left && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

/** The middle one of three numbers. */
function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}
