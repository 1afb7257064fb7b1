/**
 * Conversion-rate statistics: the rate, its confidence intervals, the two-proportion z-test, the Bayesian
 * probability that B beats A, the sample size per arm, and the A/B test table that combines them.
 * Reference formulas: ../shared/reference/analytics.md §5.
 */
import { badNumber, badValue, divZero, DomainError } from "./errors";
import { finiteResult, requireNonNegative } from "./guards";
import { betaQuantile, lnBetaAccurate, normalCdf, normalQuantile } from "./special-functions";

/** A two-sided confidence interval for a rate, both ends within [0, 1]. */
export interface RateInterval {
  lower: number;
  upper: number;
}

/** Checks conversions out of visitors: both ≥ 0, conversions ≤ visitors (#NUM!), visitors > 0 (#DIV/0!). */
function requireConversions(conversions: number, visitors: number, suffix = ""): void {
  requireNonNegative(conversions, `conversions${suffix}`);
  requireNonNegative(visitors, `visitors${suffix}`);
  if (visitors === 0) throw divZero(`visitors${suffix} must not be zero.`);
  if (conversions > visitors) {
    throw badNumber(
      `conversions${suffix} (${conversions}) cannot be more than visitors${suffix} (${visitors}).`
    );
  }
}

/** Throws #NUM! unless 0 < confidence < 1. */
function requireConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw badNumber(`confidence must be between 0 and 1, e.g. 0.95 (got ${confidence}).`);
  }
}

/** z = Φ⁻¹(1 − α/2) with α = 1 − confidence, computed in the lower tail as statsmodels does (norm.isf(α/2)). */
function twoSidedCriticalValue(confidence: number): number {
  return -normalQuantile((1 - confidence) / 2);
}

function clipToUnit(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Conversion rate = conversions / visitors. visitors = 0 → #DIV/0!; negative or conversions > visitors → #NUM!. */
export function conversionRate(conversions: number, visitors: number): number {
  requireConversions(conversions, visitors);
  return conversions / visitors;
}

/**
 * Wilson score interval (Wilson 1927; Brown, Cai & DasGupta 2001 eq. 4): with p̂ = k/n and z = Φ⁻¹(1 − α/2),
 * centre (p̂ + z²/2n)/(1 + z²/n) ± z/(1 + z²/n)·√(p̂(1−p̂)/n + z²/4n²). Matches R binom and statsmodels "wilson".
 */
export function wilsonInterval(
  conversions: number,
  visitors: number,
  confidence = 0.95
): RateInterval {
  requireConversions(conversions, visitors);
  requireConfidence(confidence);
  const n = visitors;
  const p = conversions / n;
  const z = twoSidedCriticalValue(confidence);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // at k = 0 and k = n the ends are exactly 0 and 1 algebraically; set them so rounding cannot move them
  return {
    lower: conversions === 0 ? 0 : clipToUnit(centre - halfWidth),
    upper: conversions === n ? 1 : clipToUnit(centre + halfWidth),
  };
}

/**
 * Agresti–Coull interval (Agresti & Coull 1998): ñ = n + z², p̃ = (k + z²/2)/ñ, p̃ ± z·√(p̃(1−p̃)/ñ); clipped to
 * [0, 1] (it can stray outside near k = 0 or k = n). Matches statsmodels "agresti_coull" inside [0, 1].
 */
export function agrestiCoullInterval(
  conversions: number,
  visitors: number,
  confidence = 0.95
): RateInterval {
  requireConversions(conversions, visitors);
  requireConfidence(confidence);
  const z = twoSidedCriticalValue(confidence);
  const adjustedVisitors = visitors + z * z;
  const adjustedRate = (conversions + (z * z) / 2) / adjustedVisitors;
  const halfWidth = z * Math.sqrt((adjustedRate * (1 - adjustedRate)) / adjustedVisitors);
  return {
    lower: clipToUnit(adjustedRate - halfWidth),
    upper: clipToUnit(adjustedRate + halfWidth),
  };
}

/**
 * Clopper–Pearson "exact" interval (Clopper & Pearson 1934): [B⁻¹(α/2; k, n−k+1), B⁻¹(1−α/2; k+1, n−k)] with
 * B⁻¹ the beta quantile; lower = 0 when k = 0 and upper = 1 when k = n. Matches R binom.test and statsmodels "beta".
 */
export function clopperPearsonInterval(
  conversions: number,
  visitors: number,
  confidence = 0.95
): RateInterval {
  requireConversions(conversions, visitors);
  requireConfidence(confidence);
  const k = conversions;
  const n = visitors;
  const tail = (1 - confidence) / 2;
  const lower = k === 0 ? 0 : betaQuantile(tail, k, n - k + 1);
  // upper = B⁻¹(1 − α/2; k+1, n−k) = 1 − B⁻¹(α/2; n−k, k+1), evaluated in the accurate lower tail
  const upper = k === n ? 1 : 1 - betaQuantile(tail, n - k, k + 1);
  return { lower, upper };
}

/**
 * Jeffreys interval, equal-tailed (Brown, Cai & DasGupta 2001 §4.1.2): the α/2 and 1 − α/2 quantiles of
 * Beta(k + ½, n − k + ½), with lower = 0 when k = 0 and upper = 1 when k = n (as statsmodels "jeffreys").
 */
export function jeffreysInterval(
  conversions: number,
  visitors: number,
  confidence = 0.95
): RateInterval {
  requireConversions(conversions, visitors);
  requireConfidence(confidence);
  const k = conversions;
  const n = visitors;
  const tail = (1 - confidence) / 2;
  const lower = k === 0 ? 0 : betaQuantile(tail, k + 0.5, n - k + 0.5);
  const upper = k === n ? 1 : 1 - betaQuantile(tail, n - k + 0.5, k + 0.5);
  return { lower, upper };
}

/**
 * Wald ("normal") interval p̂ ± z·√(p̂(1−p̂)/n), clipped to [0, 1] (statsmodels "normal" before clipping).
 * Known to undercover for small n or extreme rates (Brown, Cai & DasGupta 2001); offered for comparison.
 */
export function waldInterval(
  conversions: number,
  visitors: number,
  confidence = 0.95
): RateInterval {
  requireConversions(conversions, visitors);
  requireConfidence(confidence);
  const p = conversions / visitors;
  const halfWidth = twoSidedCriticalValue(confidence) * Math.sqrt((p * (1 - p)) / visitors);
  return { lower: clipToUnit(p - halfWidth), upper: clipToUnit(p + halfWidth) };
}

/** The interval methods of CONVRATE.CI. */
export type IntervalMethod = "wilson" | "agresti-coull" | "clopper-pearson" | "jeffreys" | "normal";

const INTERVAL_METHOD_NAMES: Record<string, IntervalMethod> = {
  wilson: "wilson",
  "agresti-coull": "agresti-coull",
  "clopper-pearson": "clopper-pearson",
  exact: "clopper-pearson",
  jeffreys: "jeffreys",
  normal: "normal",
  wald: "normal",
};

/**
 * Reads an interval method name, case-insensitive and trimmed: "wilson", "agresti-coull", "clopper-pearson"
 * (also "exact"), "jeffreys", "normal" (also "wald"). Anything else → #VALUE!.
 */
export function parseIntervalMethod(text: string): IntervalMethod {
  const method = INTERVAL_METHOD_NAMES[text.trim().toLowerCase()];
  if (method === undefined) {
    throw badValue(
      `Unknown method "${text}": use "wilson", "agresti-coull", "clopper-pearson", "jeffreys" or "normal".`
    );
  }
  return method;
}

/** Rate and its confidence interval: one row of CONVRATE.CI. */
export interface RateWithInterval extends RateInterval {
  rate: number;
}

const INTERVALS: Record<
  IntervalMethod,
  (k: number, n: number, confidence: number) => RateInterval
> = {
  wilson: wilsonInterval,
  "agresti-coull": agrestiCoullInterval,
  "clopper-pearson": clopperPearsonInterval,
  jeffreys: jeffreysInterval,
  normal: waldInterval,
};

/** CONVRATE.CI for one entry: rate = k/n with the two-sided interval of the chosen method at the confidence. */
export function conversionInterval(
  conversions: number,
  visitors: number,
  confidence = 0.95,
  method: IntervalMethod = "wilson"
): RateWithInterval {
  const interval = INTERVALS[method](conversions, visitors, confidence);
  return { rate: conversions / visitors, ...interval };
}

/** z statistic and two-sided p-value of a test. */
export interface ZTestResult {
  z: number;
  pValue: number;
}

/**
 * Two-proportion z-test with pooled variance (statsmodels `proportions_ztest(count, nobs)`, value = None):
 * p = (k₁+k₂)/(n₁+n₂), z = (k₁/n₁ − k₂/n₂)/√(p(1−p)(1/n₁ + 1/n₂)), two-sided p-value 2·Φ(−|z|).
 * No conversions in either group (or all conversions in both) leaves no variance → #DIV/0!.
 */
export function twoProportionZTest(
  conversions1: number,
  visitors1: number,
  conversions2: number,
  visitors2: number
): ZTestResult {
  requireConversions(conversions1, visitors1, "_1");
  requireConversions(conversions2, visitors2, "_2");
  const pooled = (conversions1 + conversions2) / (visitors1 + visitors2);
  const variance = pooled * (1 - pooled) * (1 / visitors1 + 1 / visitors2);
  if (variance === 0) {
    throw divZero(
      "The z-test has a zero standard error: the two groups together have no conversions, or convert every visitor."
    );
  }
  const z = (conversions1 / visitors1 - conversions2 / visitors2) / Math.sqrt(variance);
  return { z, pValue: 2 * normalCdf(-Math.abs(z)) };
}

/** Throws #NUM! unless x is a whole number ≥ 1. */
function requireWholePositive(x: number, name: string): void {
  if (!(Number.isInteger(x) && x >= 1))
    throw badNumber(`${name} must be a whole number of at least 1 (got ${x}).`);
}

/**
 * Σ_{i=0}^{αB−1} B(αA+i, βA+βB) / ((βB+i)·B(1+i, βB)·B(αA, βA)) = P(pB > pA) for pA ~ Beta(αA, βA),
 * pB ~ Beta(αB, βB) (Evan Miller, "Formulas for Bayesian A/B testing", 2015).
 *
 * The terms tᵢ satisfy t_{i+1}/tᵢ = (αA+i)(βB+i)/((αA+βA+βB+i)(1+i)); the ratio crosses 1 once, so the terms
 * are unimodal with the peak at i* = ⌈(αA·βB − S)/(βA + 1)⌉, S = αA+βA+βB. The sum starts at the peak (its log
 * from lnBetaAccurate), walks outwards with the ratio in units of the peak term (no underflow), compensated (Neumaier)
 * summation, and stops in a direction once (current term) × (terms left) < 1e-17 × sum: the terms only shrink
 * away from the peak, so what is left cannot change the sum. O(αB) terms at most; O(√n) for large, balanced counts.
 */
function evanMillerSum(alphaA: number, betaA: number, alphaB: number, betaB: number): number {
  const s = alphaA + betaA + betaB;
  const ratio = (i: number): number => ((alphaA + i) * (betaB + i)) / ((s + i) * (1 + i));
  const peak = Math.min(alphaB - 1, Math.max(0, Math.ceil((alphaA * betaB - s) / (betaA + 1))));
  const lnPeak =
    lnBetaAccurate(alphaA + peak, betaA + betaB) -
    Math.log(betaB + peak) -
    lnBetaAccurate(1 + peak, betaB) -
    lnBetaAccurate(alphaA, betaA);

  let sum = 1;
  let compensation = 0;
  const add = (term: number): void => {
    const next = sum + term;
    compensation += sum >= term ? sum - next + term : term - next + sum;
    sum = next;
  };
  const negligible = (term: number, termsLeft: number): boolean => term * termsLeft < 1e-17 * sum;
  let term = 1;
  for (let i = peak; i < alphaB - 1; i++) {
    term *= ratio(i);
    add(term);
    if (negligible(term, alphaB - 2 - i)) break;
  }
  term = 1;
  for (let i = peak - 1; i >= 0; i--) {
    term /= ratio(i);
    add(term);
    if (negligible(term, i)) break;
  }
  return Math.exp(lnPeak) * (sum + compensation);
}

/**
 * Smallest Beta parameter from which probBBeatsA uses the Edgeworth expansion. At (1000001, 19000001, 1002001,
 * 18998001) the expansion is within 2e-14 of a 30-digit quadrature (mpmath) and the exact sum 8e-12 off.
 */
const EDGEWORTH_FROM = 1e6;

/** Mean, variance and third and fourth cumulants of Beta(α, β), in forms that stay finite for huge α, β. */
function betaCumulants(
  alpha: number,
  beta: number
): { mean: number; variance: number; k3: number; k4: number } {
  const s = alpha + beta;
  const p = alpha / s;
  const q = beta / s;
  return {
    mean: p,
    variance: (p * q) / (s + 1),
    k3: (2 * p * q * (q - p)) / ((s + 1) * (s + 2)),
    k4:
      (6 * p * q * ((p - q) * (p - q) * (s + 1) - p * q * (s + 2))) /
      ((s + 1) * (s + 1) * (s + 2) * (s + 3)),
  };
}

/**
 * P(pB > pA) for large Beta parameters: the Edgeworth expansion of D = pB − pA to second order, from the exact
 * cumulants of the two Betas (κ₃(D) = κ₃B − κ₃A, κ₄(D) = κ₄A + κ₄B): with μ, σ the mean and standard deviation of
 * D, z = −μ/σ, γ₁ = κ₃/σ³, γ₂ = κ₄/σ⁴,
 *   P(D > 0) = Φ(−z) + φ(z)·[γ₁/6·He₂(z) + γ₂/24·He₃(z) + γ₁²/72·He₅(z)]
 * (Hermite polynomials He₂ = z² − 1, He₃ = z³ − 3z, He₅ = z⁵ − 10z³ + 15z; the Edgeworth series as in Kendall &
 * Stuart, "The Advanced Theory of Statistics", vol. 1). The error is O(m^−3/2) for m the smallest parameter.
 */
function edgeworthProbBBeatsA(
  alphaA: number,
  betaA: number,
  alphaB: number,
  betaB: number
): number {
  const a = betaCumulants(alphaA, betaA);
  const b = betaCumulants(alphaB, betaB);
  const variance = a.variance + b.variance;
  const sd = Math.sqrt(variance);
  const g1 = (b.k3 - a.k3) / (variance * sd);
  const g2 = (a.k4 + b.k4) / (variance * variance);
  const z = (a.mean - b.mean) / sd;
  const z2 = z * z;
  const density = Math.exp(-z2 / 2) / Math.sqrt(2 * Math.PI);
  const correction =
    (g1 / 6) * (z2 - 1) +
    (g2 / 24) * z * (z2 - 3) +
    ((g1 * g1) / 72) * z * (z2 * z2 - 10 * z2 + 15);
  return normalCdf(-z) + density * correction;
}

/**
 * Probability that B's true rate beats A's, P(pB > pA), for pA ~ Beta(αA, βA) and pB ~ Beta(αB, βB) with whole
 * parameters (α = 1 + conversions, β = 1 + non-converting visitors under a uniform Beta(1, 1) prior).
 *
 * Exact: Evan Miller's closed-form sum (see evanMillerSum), evaluated in log space. To keep the sum short it is
 * taken over the smallest of the four parameters, using P(pB > pA) = 1 − P(pA > pB) and, with qX = 1 − pX ~
 * Beta(βX, αX), P(pB > pA) = P(qA > qB). Accurate to ≈ 1e-12 for moderate counts; its error grows with the
 * counts (rounding in ln B of huge arguments and in the term ratios: ≈ 1e-11 at 2e7 visitors, ≈ 1e-7 at 1e9)
 * and so does its cost (O(√n) terms: seconds at 1e15, unbounded beyond). So once every parameter is at least
 * EDGEWORTH_FROM the second-order Edgeworth expansion (edgeworthProbBBeatsA) is used instead, whose error
 * shrinks as the counts grow. Never a simulation.
 */
export function probBBeatsA(alphaA: number, betaA: number, alphaB: number, betaB: number): number {
  requireWholePositive(alphaA, "alpha_a");
  requireWholePositive(betaA, "beta_a");
  requireWholePositive(alphaB, "alpha_b");
  requireWholePositive(betaB, "beta_b");
  const shortest = Math.min(alphaA, betaA, alphaB, betaB);
  let probability: number;
  if (shortest >= EDGEWORTH_FROM) probability = edgeworthProbBBeatsA(alphaA, betaA, alphaB, betaB);
  else if (shortest === alphaB) probability = evanMillerSum(alphaA, betaA, alphaB, betaB);
  else if (shortest === alphaA) probability = 1 - evanMillerSum(alphaB, betaB, alphaA, betaA);
  else if (shortest === betaA) probability = evanMillerSum(betaB, alphaB, betaA, alphaA);
  else probability = 1 - evanMillerSum(betaA, alphaA, betaB, alphaB);
  return Math.min(1, Math.max(0, probability));
}

/**
 * Visitors needed per arm to detect a change from rate p₁ to p₂ with a two-sided test at the confidence and the
 * given power (Fleiss, Levin & Paik, "Statistical Methods for Rates and Proportions", 3rd ed. 2003, ch. 4: the
 * sample size n′ before the continuity correction):
 *   n = (z_{1−α/2}·√(2·p̄(1−p̄)) + z_{power}·√(p₁(1−p₁) + p₂(1−p₂)))² / (p₂ − p₁)²,  p̄ = (p₁ + p₂)/2,
 * rounded up. Equal rates leave nothing to detect → #NUM!.
 */
export function samplePerArm(rateA: number, rateB: number, confidence = 0.95, power = 0.8): number {
  if (!(rateA >= 0 && rateA <= 1))
    throw badNumber(`rate_a must be between 0 and 1 (got ${rateA}).`);
  if (!(rateB >= 0 && rateB <= 1))
    throw badNumber(`rate_b must be between 0 and 1 (got ${rateB}).`);
  requireConfidence(confidence);
  if (!(power > 0 && power < 1))
    throw badNumber(`power must be between 0 and 1, e.g. 0.8 (got ${power}).`);
  if (rateA === rateB) {
    throw badNumber(
      "The two rates are equal, so there is no difference to detect and no sample size."
    );
  }
  const mean = (rateA + rateB) / 2;
  const root =
    twoSidedCriticalValue(confidence) * Math.sqrt(2 * mean * (1 - mean)) +
    normalQuantile(power) * Math.sqrt(rateA * (1 - rateA) + rateB * (1 - rateB));
  return finiteResult(
    Math.ceil((root * root) / ((rateB - rateA) * (rateB - rateA))),
    "sample_per_arm"
  );
}

/** Row keys of the ABTEST table, in output order. */
export type AbTestKey =
  | "rate_a"
  | "rate_b"
  | "uplift"
  | "z"
  | "p_value"
  | "significant"
  | "prob_b_beats_a"
  | "sample_per_arm";

/** One ABTEST row: a value, or the domain error to show in that cell only. */
export interface AbTestRow {
  key: AbTestKey;
  value: number | boolean | DomainError;
}

/** Runs a computation for one cell and keeps its domain error as the cell's value. */
function cell<T>(compute: () => T): T | DomainError {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/**
 * The ABTEST table (8 rows, spec §2): rate_a, rate_b, uplift (b − a)/a, z and two-sided p_value of the pooled
 * two-proportion z-test with B as the first group, significant (p < 1 − confidence), prob_b_beats_a (Beta(1, 1)
 * priors, exact), sample_per_arm (80% power at the confidence for the observed rates). Counts must be whole;
 * bad counts throw for the whole table, while a value that is undefined for these counts (uplift with rate_a = 0,
 * z with no variance, sample size with equal rates) is returned as that row's DomainError.
 */
export function abTest(
  conversionsA: number,
  visitorsA: number,
  conversionsB: number,
  visitorsB: number,
  confidence = 0.95
): AbTestRow[] {
  requireConversions(conversionsA, visitorsA, "_a");
  requireConversions(conversionsB, visitorsB, "_b");
  for (const [name, count] of [
    ["conversions_a", conversionsA],
    ["visitors_a", visitorsA],
    ["conversions_b", conversionsB],
    ["visitors_b", visitorsB],
  ] as const) {
    if (!Number.isInteger(count)) throw badNumber(`${name} must be a whole number (got ${count}).`);
  }
  requireConfidence(confidence);

  const rateA = conversionsA / visitorsA;
  const rateB = conversionsB / visitorsB;
  const test = cell(() => twoProportionZTest(conversionsB, visitorsB, conversionsA, visitorsA));
  const uplift = cell(() => {
    if (rateA === 0) throw divZero("uplift is undefined because rate_a is zero.");
    return (rateB - rateA) / rateA;
  });
  return [
    { key: "rate_a", value: rateA },
    { key: "rate_b", value: rateB },
    { key: "uplift", value: uplift },
    { key: "z", value: test instanceof DomainError ? test : test.z },
    { key: "p_value", value: test instanceof DomainError ? test : test.pValue },
    {
      key: "significant",
      value: test instanceof DomainError ? test : test.pValue < 1 - confidence,
    },
    {
      key: "prob_b_beats_a",
      value: probBBeatsA(
        1 + conversionsA,
        1 + (visitorsA - conversionsA),
        1 + conversionsB,
        1 + (visitorsB - conversionsB)
      ),
    },
    { key: "sample_per_arm", value: cell(() => samplePerArm(rateA, rateB, confidence)) },
  ];
}
