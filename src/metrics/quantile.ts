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
  if (!(p >= 0 && p <= 1)) throw badNumber(`A quantile's probability must be between 0 and 1 (got ${p}).`);
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const xLo = sorted[lo - 1];
  const xHi = sorted[hi - 1];
  if (index === lo || xHi === xLo) return xLo;
  const gamma = index - lo;
  return (1 - gamma) * xLo + gamma * xHi;
}
