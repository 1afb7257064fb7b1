/**
 * The BG/NBD model of repeat purchasing (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way",
 * Marketing Science 24(2); lifetimes `fitters/beta_geo_fitter.py`): while alive a customer buys as a Poisson
 * process with rate λ ~ Gamma(r, α); after each repeat purchase the customer drops out with probability
 * p ~ Beta(a, b). Times are in the data's own unit; α is in that unit too.
 */
import { badNumber } from "./errors";
import { hyp2f1 } from "./hypergeometric";
import { minimizeBfgs } from "./optimize";
import { PurchasePatterns } from "./clv-inputs";
import { digamma, lnGamma } from "./special-functions";

// Module-scope aliases: looking up the global Math in a hot loop is ~100× slower inside vm contexts (Jest).
const { abs, exp, log, log1p, max } = Math;

/** BG/NBD parameters: purchase rate λ ~ Gamma(r, α) (α in the data's time unit), dropout p ~ Beta(a, b). */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** A maximum-likelihood BG/NBD fit. */
export interface BgNbdFit extends BgNbdParams {
  /** Σ over customers of the log-likelihood at the fit, in the data's time unit. */
  logLikelihood: number;
  /** Number of customers fitted. */
  customers: number;
  /** False when the optimiser stopped before its gradient test (the parameters are then the best found). */
  converged: boolean;
}

/** Fewest customers the fit accepts. */
export const MIN_BGNBD_CUSTOMERS = 10;

/**
 * Σ_i n_i·LL_i over the patterns (n_i = count), with LL_i the per-customer log-likelihood exactly as lifetimes'
 * `_negative_log_likelihood` (FHL 2005 §7 and eq. 6; Hardie note 004):
 *   A1 = lnΓ(r+x) − lnΓ(r) + r ln α,   A2 = lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x),
 *   A3 = −(r+x) ln(α+T),   A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x)   (x > 0 only),
 *   LL = A1 + A2 + ln(e^A3 + [x>0] e^A4)   (log-sum-exp).
 * When `gradient` is given, writes ∂/∂(r, α, a, b) of the sum into it (ψ = digamma):
 *   ∂r: ψ(r+x) − ψ(r) + ln α − π₃ ln(α+T) − π₄ ln(α+t_x);   ∂α: r/α − (r+x)(π₃/(α+T) + π₄/(α+t_x));
 *   ∂a: ψ(a+b) − ψ(a+b+x) + π₄/a;   ∂b: ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − π₄/(b+x−1),
 * with π₄ = e^A4/(e^A3 + e^A4) (the posterior probability that the customer dropped out after the last purchase)
 * and π₃ = 1 − π₄ = P(alive). Terms that depend on x only are computed once per distinct x.
 */
export function bgnbdLogLikelihood(
  params: BgNbdParams,
  patterns: PurchasePatterns,
  gradient?: Float64Array
): number {
  return new BgNbdLikelihood(patterns).evaluate(params, gradient);
}

/**
 * Maximum-likelihood BG/NBD fit, as lifetimes' `BetaGeoFitter.fit`: time is rescaled so that the largest age is 1
 * (`_scale_time`), the mean log-likelihood is maximised over log-parameters from ln r = ln α = ln a = ln b = 0.1
 * (BFGS with analytic gradient, log-parameters kept within ±20), and α is scaled back. The reported log-likelihood
 * is the total in the data's own unit: rescaling time by s changes it by Σ x·ln s, which is added back.
 * #NUM! for fewer than 10 customers, for no repeat buyer (every x = 0: the dropout process is not identified)
 * and for all ages 0.
 */
export function fitBgNbd(patterns: PurchasePatterns): BgNbdFit {
  const { customers } = patterns;
  if (customers < MIN_BGNBD_CUSTOMERS) {
    throw badNumber(
      `The BG/NBD model needs at least ${MIN_BGNBD_CUSTOMERS} customers (got ${customers}).`
    );
  }
  let maxAge = 0;
  let repeatPurchases = 0;
  for (let i = 0; i < patterns.age.length; i++) {
    maxAge = max(maxAge, patterns.age[i]);
    repeatPurchases += patterns.count[i] * patterns.frequency[i];
  }
  if (repeatPurchases === 0) {
    throw badNumber(
      "The BG/NBD model cannot be fitted: no customer has a repeat purchase (every frequency is 0)."
    );
  }
  if (maxAge === 0)
    throw badNumber("The BG/NBD model cannot be fitted: every customer's age is 0.");
  const scale = 1 / maxAge;
  const likelihood = new BgNbdLikelihood(patterns, scale);
  const paramGradient = new Float64Array(4);
  const result = minimizeBfgs(
    (theta, gradient) => {
      const params = { r: exp(theta[0]), alpha: exp(theta[1]), a: exp(theta[2]), b: exp(theta[3]) };
      const ll = likelihood.evaluate(params, paramGradient);
      gradient[0] = (-params.r * paramGradient[0]) / customers;
      gradient[1] = (-params.alpha * paramGradient[1]) / customers;
      gradient[2] = (-params.a * paramGradient[2]) / customers;
      gradient[3] = (-params.b * paramGradient[3]) / customers;
      return -ll / customers;
    },
    [0.1, 0.1, 0.1, 0.1]
  );
  const [r, alphaScaled, a, b] = Array.from(result.x, exp);
  const scaledLogLikelihood = -result.value * customers;
  const fit = {
    r,
    alpha: alphaScaled / scale,
    a,
    b,
    logLikelihood: scaledLogLikelihood + repeatPurchases * log(scale),
    customers,
    converged: result.converged,
  };
  if (![fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood].every(Number.isFinite)) {
    throw badNumber("The BG/NBD fit failed to find finite parameters for these data.");
  }
  return fit;
}

/**
 * P(alive | x, t_x, T) (Hardie note 021, "Computing P(alive) using the BG/NBD model"):
 * 1 when x = 0, else 1 / (1 + (a/(b+x−1))·((α+T)/(α+t_x))^(r+x)), computed as expit(−ln D) as lifetimes does, so
 * that very frequent past buyers who stopped long ago get exactly 0 rather than NaN.
 */
export function probabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const lnOdds = log(a / (b + x - 1)) + (r + x) * log((alpha + T) / (alpha + tx));
  return 1 / (1 + exp(lnOdds));
}

/**
 * E[Y(t) | x, t_x, T]: expected repeat purchases in (T, T + t] (FHL 2005 eq. 10), as
 * P(alive | x, t_x, T) · `expectedPurchasesIfAlive`(t, x, T).
 */
export function conditionalExpectedPurchases(
  params: BgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number
): number {
  requireHorizon(t);
  const alive = probabilityAlive(params, x, tx, T);
  return alive === 0 ? 0 : alive * expectedPurchasesIfAlive(params, t, x, T);
}

/**
 * Expected repeat purchases in (T, T + t] of a customer alive at T with x repeat purchases: the numerator of FHL
 * eq. 10,
 *   ((a+b+x−1)/(a−1)) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))],
 * with the power folded into the log-scaled ₂F₁ (see hypergeometric.ts), so x = 1000 does not overflow.
 * With x = 0 and T = 0 it is the unconditional E[X(t)] (eq. 9). Within 1e-5 of a = 1, where the ratio loses
 * its digits to 0/0, the value is interpolated from a = 1 ± 1e-5. #NUM! unless t is finite and ≥ 0.
 */
export function expectedPurchasesIfAlive(
  params: BgNbdParams,
  t: number,
  x: number,
  T: number
): number {
  requireHorizon(t);
  if (t === 0) return 0;
  const { a } = params;
  if (abs(a - 1) >= NEAR_ONE) return eq10Numerator(params, t, x, T);
  // a = 1 is a removable singularity (0/0): interpolate linearly between a = 1 ∓ NEAR_ONE.
  const below = eq10Numerator({ ...params, a: 1 - NEAR_ONE }, t, x, T);
  const above = eq10Numerator({ ...params, a: 1 + NEAR_ONE }, t, x, T);
  return below + ((a - (1 - NEAR_ONE)) / (2 * NEAR_ONE)) * (above - below);
}

/** The numerator of FHL eq. 10 as written (see expectedPurchasesIfAlive), for t > 0 and a ≠ 1. */
function eq10Numerator(params: BgNbdParams, t: number, x: number, T: number): number {
  const { r, alpha, a, b } = params;
  const c = a + b + x - 1;
  const lnShrink = -log1p(t / (alpha + T));
  const discounted = hyp2f1(r + x, b + x, c, t / (alpha + T + t), (r + x) * lnShrink);
  return (c / (a - 1)) * (1 - discounted);
}

/** Distance from a = 1 within which expectedPurchasesIfAlive interpolates across the removable singularity. */
const NEAR_ONE = 1e-5;

function requireHorizon(t: number): void {
  if (!(t >= 0 && t < Infinity))
    throw badNumber(`The horizon must be a finite number ≥ 0 (got ${t}).`);
}

/**
 * E[X(t)]: expected repeat purchases in (0, t] of a new customer (FHL 2005 eq. 9):
 * ((a+b−1)/(a−1)) · [1 − (α/(α+t))^r · ₂F₁(r, b; a+b−1; t/(α+t))].
 */
export function expectedPurchases(params: BgNbdParams, t: number): number {
  return expectedPurchasesIfAlive(params, t, 0, 0);
}

/**
 * The BG/NBD log-likelihood over a set of patterns, prepared once for repeated evaluation by the optimiser:
 * distinct frequencies are found once, times may be rescaled (fitBgNbd fits on T/max T).
 */
class BgNbdLikelihood {
  private readonly x: Float64Array;
  private readonly tx: Float64Array;
  private readonly T: Float64Array;
  private readonly count: Float64Array;
  /** Index into `frequencies` of each pattern's x. */
  private readonly group: Int32Array;
  private readonly frequencies: Float64Array;
  private readonly groupCount: Float64Array;
  private readonly groupDropoutWeight: Float64Array;

  constructor(patterns: PurchasePatterns, timeScale = 1) {
    const n = patterns.frequency.length;
    this.x = patterns.frequency;
    this.count = patterns.count;
    this.tx = patterns.recency.map((v) => v * timeScale);
    this.T = patterns.age.map((v) => v * timeScale);
    const distinct = Array.from(new Set(patterns.frequency)).sort((u, v) => u - v);
    const indexOf = new Map(distinct.map((v, j) => [v, j]));
    this.frequencies = Float64Array.from(distinct);
    this.group = new Int32Array(n);
    this.groupCount = new Float64Array(distinct.length);
    this.groupDropoutWeight = new Float64Array(distinct.length);
    for (let i = 0; i < n; i++) {
      const j = indexOf.get(this.x[i]) as number;
      this.group[i] = j;
      this.groupCount[j] += this.count[i];
    }
  }

  evaluate(params: BgNbdParams, gradient?: Float64Array): number {
    const { r, alpha, a, b } = params;
    const { x, tx, T, count, group, frequencies, groupCount, groupDropoutWeight } = this;
    let ll = 0;
    let dr = 0;
    let dAlpha = 0;
    const lnA = log(a);
    groupDropoutWeight.fill(0);
    for (let i = 0; i < x.length; i++) {
      const xi = x[i];
      const w = count[i];
      const lnAlphaT = log(alpha + T[i]);
      const a3 = -(r + xi) * lnAlphaT;
      if (xi === 0) {
        ll += w * a3;
        if (gradient) {
          dr -= w * lnAlphaT;
          dAlpha -= (w * r) / (alpha + T[i]);
        }
        continue;
      }
      const lnAlphaTx = log(alpha + tx[i]);
      const a4 = lnA - log(b + xi - 1) - (r + xi) * lnAlphaTx;
      const e = exp(-abs(a3 - a4));
      ll += w * (max(a3, a4) + log1p(e));
      if (gradient) {
        const dropped = a4 >= a3 ? 1 / (1 + e) : e / (1 + e);
        const alive = 1 - dropped;
        dr -= w * (alive * lnAlphaT + dropped * lnAlphaTx);
        dAlpha -= w * (r + xi) * (alive / (alpha + T[i]) + dropped / (alpha + tx[i]));
        groupDropoutWeight[group[i]] += w * dropped;
      }
    }
    const lnGammaR = lnGamma(r);
    const lnGammaB = lnGamma(b);
    const lnGammaAB = lnGamma(a + b);
    const psiR = digamma(r);
    const psiB = digamma(b);
    const psiAB = digamma(a + b);
    const lnAlpha = log(alpha);
    let da = 0;
    let db = 0;
    for (let j = 0; j < frequencies.length; j++) {
      const xj = frequencies[j];
      const w = groupCount[j];
      const a1 = lnGamma(r + xj) - lnGammaR + r * lnAlpha;
      const a2 = lnGammaAB + lnGamma(b + xj) - lnGammaB - lnGamma(a + b + xj);
      ll += w * (a1 + a2);
      if (gradient) {
        const psiABX = digamma(a + b + xj);
        dr += w * (digamma(r + xj) - psiR + lnAlpha);
        dAlpha += (w * r) / alpha;
        da += w * (psiAB - psiABX);
        db += w * (psiAB + digamma(b + xj) - psiB - psiABX);
        if (xj > 0) {
          da += groupDropoutWeight[j] / a;
          db -= groupDropoutWeight[j] / (b + xj - 1);
        }
      }
    }
    if (gradient) {
      gradient[0] = dr;
      gradient[1] = dAlpha;
      gradient[2] = da;
      gradient[3] = db;
    }
    return ll;
  }
}
