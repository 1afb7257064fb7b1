/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) on 0 ≤ z < 1, as the BG/NBD expectations need it
 * (Fader, Hardie & Lee 2005, eqs. 9 and 10; lifetimes `beta_geo_fitter.py`, which calls scipy's hyp2f1).
 */
import { badNumber } from "./errors";

// Module-scope aliases: looking up the global Math in a hot loop is ~100× slower inside vm contexts (Jest).
const { abs, exp, log, log1p, max } = Math;

/** Relative size of the series tail at which summing stops. */
const TAIL_TOLERANCE = 1e-16;
/** Terms summed at most; only z within ~1e-5 of 1 needs that many. */
const MAX_TERMS = 2_000_000;
/** The running sum is rescaled by this factor whenever it exceeds it, so that no term overflows. */
const RESCALE = 1e200;
const LN_RESCALE = 200 * Math.LN10;

/** Cancellation (Σ|terms| / |sum|) above which the other of the two series is tried as well. */
const CANCELLATION_LIMIT = 1e3;

/**
 * e^lnFactor · ₂F₁(a, b; c; z) for real a, b, c (c not 0, −1, −2, …) and 0 ≤ z < 1.
 *
 * Gauss series Σₖ (a)ₖ(b)ₖ/((c)ₖ k!) zᵏ (Abramowitz & Stegun 15.1.1), summed with a running log scale so that
 * neither the terms nor the prefactor e^lnFactor overflow on their own: only the final product is formed in
 * ordinary floating point. When a + b > c the Euler transformation (A&S 15.3.3)
 *   ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) · ₂F₁(c − a, c − b; c; z)
 * is summed instead: its terms decay like k^(c−a−b−1) zᵏ rather than k^(a+b−c−1) zᵏ, so it converges faster near
 * z = 1 and, for the large a, b of frequent buyers (x = 1000), it has a handful of terms where the plain series
 * overflows. lifetimes switches to the same transformation when ln ₂F₁ overflows. A negative c − a or c − b makes
 * the transformed terms alternate; when that cancels more than 3 digits (Σ|terms| > 1000·|sum|) the other series
 * is summed too and the better conditioned one is used (with a, b, c > 0 the plain series has no cancellation).
 * Summing stops when a bound on the remaining tail (valid once every Pochhammer factor is positive) falls below
 * 1e-16 of the sum; more than 2,000,000 terms (z within ~1e-5 of 1) is a #NUM! error.
 */
export function hyp2f1(a: number, b: number, c: number, z: number, lnFactor = 0): number {
  if (!(z >= 0 && z < 1))
    throw badNumber(`The hypergeometric function needs 0 ≤ z < 1 (got ${z}).`);
  if (c <= 0 && Number.isInteger(c))
    throw badNumber(`The hypergeometric function is undefined for c = ${c}.`);
  if (z === 0) return exp(lnFactor);
  const eulerFirst = a + b > c;
  const lnEuler = (c - a - b) * log1p(-z);
  if (eulerFirst) sumSeries(c - a, c - b, c, z, lnFactor + lnEuler);
  else sumSeries(a, b, c, z, lnFactor);
  if (series.cancellation > CANCELLATION_LIMIT) {
    const [firstSum, firstLnScale, firstCancellation] = [
      series.sum,
      series.lnScale,
      series.cancellation,
    ];
    if (eulerFirst) sumSeries(a, b, c, z, lnFactor);
    else sumSeries(c - a, c - b, c, z, lnFactor + lnEuler);
    if (series.cancellation > firstCancellation) return unscale(firstSum, firstLnScale);
  }
  return unscale(series.sum, series.lnScale);
}

/** Result of the last sumSeries call: value = sum · e^lnScale, and Σ|terms| / |sum|. */
const series = { sum: 0, lnScale: 0, cancellation: 1 };

/** Sums the Gauss series of ₂F₁(a, b; c; z) times e^lnFactor into `series`. */
function sumSeries(a: number, b: number, c: number, z: number, lnFactor: number): void {
  // Beyond this index every factor (a+k), (b+k), (c+k) is positive and the term ratios approach z monotonically.
  const settled = max(0, -a, -b, -c);
  let term = 1;
  let sum = 1;
  let absSum = 1;
  let lnScale = lnFactor;
  for (let k = 0; k < MAX_TERMS; k++) {
    term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    sum += term;
    absSum += abs(term);
    if (absSum > RESCALE) {
      sum /= RESCALE;
      absSum /= RESCALE;
      term /= RESCALE;
      lnScale += LN_RESCALE;
    }
    const next = k + 1;
    if (term === 0) break;
    if (abs(term) <= TAIL_TOLERANCE * abs(sum) && next > settled) {
      // Every later ratio is at most z · max(1, (a+j)/(c+j)) · max(1, (b+j)/(j+1)) at j = next, so the tail is a
      // geometric series bounded by |term| · q / (1 − q).
      const q = z * max(1, (a + next) / (c + next)) * max(1, (b + next) / (next + 1));
      if (q < 1 && (abs(term) * q) / (1 - q) <= TAIL_TOLERANCE * abs(sum)) break;
    }
    if (next === MAX_TERMS)
      throw badNumber(`The hypergeometric series did not converge (z = ${z} is too close to 1).`);
  }
  series.sum = sum;
  series.lnScale = lnScale;
  series.cancellation = sum === 0 ? Infinity : absSum / abs(sum);
}

/** sum · e^lnScale, formed without overflow when the product itself is representable. */
function unscale(sum: number, lnScale: number): number {
  if (sum === 0) return 0;
  const magnitude = exp(lnScale + log(abs(sum)));
  return sum < 0 ? -magnitude : magnitude;
}
