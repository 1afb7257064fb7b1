/**
 * Special functions used across the metric modules (conversion statistics, lifetime value).
 * Plain numbers in, plain numbers out; no allocation.
 */
import { badNumber } from "./errors";

const LANCZOS_G = 7;
const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
  12.507343278686905, -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046728;

/**
 * Natural log of the gamma function, ln Γ(x), for x > 0 (Lanczos approximation, g = 7, n = 9;
 * Numerical Recipes 3rd ed. §6.1; relative error ≈ 1e-15). For x < 0.5 uses the reflection formula.
 */
export function lnGamma(x: number): number {
  if (x < 0.5) {
    // Γ(x)Γ(1−x) = π / sin(πx)
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  }
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), the log of the beta function (a, b > 0). */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/**
 * Digamma ψ(x) = d/dx ln Γ(x), for x > 0: recurrence ψ(x) = ψ(x+1) − 1/x up to x ≥ 10, then the asymptotic
 * series ψ(x) ≈ ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ) (Abramowitz & Stegun 6.3.18); absolute error < 1e-13.
 */
export function digamma(x: number): number {
  let result = 0;
  while (x < 10) {
    result -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  result +=
    Math.log(x) -
    0.5 * inv -
    inv2 *
      (1 / 12 -
        inv2 *
          (1 / 120 -
            inv2 *
              (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760 - inv2 / 12))))));
  return result;
}

const STIRLING_COEFFICIENTS = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
];

/**
 * Stirling-series remainder δ(x) = ln Γ(x) − ((x − ½) ln x − x + ½ ln 2π) for x ≥ 10:
 * 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − 691/(360360x¹¹) + 1/(156x¹³) (A&S 6.1.41);
 * the first omitted term is below 3e-17 at x = 10.
 */
function stirlingRemainder(x: number): number {
  const inv2 = 1 / (x * x);
  let sum = 0;
  for (let i = STIRLING_COEFFICIENTS.length - 1; i >= 0; i--)
    sum = sum * inv2 + STIRLING_COEFFICIENTS[i];
  return sum / x;
}

/**
 * ln B(a, b) for a, b > 0 without the cancellation that ln Γ(a) + ln Γ(b) − ln Γ(a + b) suffers for large
 * arguments (the algorithm of R's `lbeta`, with the Stirling remainder δ in place of R's Chebyshev `lgammacor`);
 * relative accuracy ≈ 1e-15 also for a, b ~ 1e9.
 * With p = min(a, b), q = max(a, b):
 *   p ≥ 10:      −½ ln q + ½ ln 2π + δ(p) + δ(q) − δ(p+q) + (p − ½) ln(p/(p+q)) + q·ln(1 − p/(p+q));
 *   p < 10 ≤ q:  ln Γ(p) + δ(q) − δ(p+q) + p − p·ln(p+q) + (q − ½)·ln(1 − p/(p+q));
 *   both < 10:   lnBeta(a, b).
 */
export function lnBetaAccurate(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (q < 10) return lnBeta(a, b);
  const share = p / (p + q);
  const remainder = stirlingRemainder(q) - stirlingRemainder(p + q);
  if (p >= 10) {
    return (
      -0.5 * Math.log(q) +
      HALF_LOG_2PI +
      stirlingRemainder(p) +
      remainder +
      (p - 0.5) * Math.log(share) +
      q * Math.log1p(-share)
    );
  }
  return lnGamma(p) + remainder + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-share);
}

const BETA_CF_EPSILON = 1e-16;
const BETA_CF_TINY = 1e-300;
const BETA_CF_MAX_ITERATIONS = 1_000_000;

/**
 * Continued fraction of the incomplete beta function, evaluated with the modified Lentz method
 * (Numerical Recipes 3rd ed. §6.4, `Beta::betacf`). Converges fast for x < (a + 1)/(a + b + 2).
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < BETA_CF_TINY) d = BETA_CF_TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= BETA_CF_MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < BETA_CF_TINY) d = BETA_CF_TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < BETA_CF_TINY) c = BETA_CF_TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < BETA_CF_TINY) d = BETA_CF_TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < BETA_CF_TINY) c = BETA_CF_TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < BETA_CF_EPSILON) return h;
  }
  throw badNumber(`The incomplete beta function did not converge for a = ${a}, b = ${b}.`);
}

/**
 * Regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), for a, b > 0 and 0 ≤ x ≤ 1:
 * the CDF of the Beta(a, b) distribution at x.
 *
 * I_x(a, b) = x^a (1−x)^b / (a B(a, b)) · CF(x; a, b), with the continued fraction CF evaluated by the
 * modified Lentz method when x < (a + 1)/(a + b + 2), and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)
 * otherwise (Numerical Recipes 3rd ed. §6.4; A&S 26.5.8). The prefactor is formed in log space with
 * lnBetaAccurate, so large a and b neither overflow nor lose digits. Relative accuracy ≈ 1e-14 (for huge a or
 * b the result is as sensitive to the last bit of x as the distribution is: a relative change ε in x changes
 * ln I by about a·ε).
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0))
    throw badNumber(`Beta parameters must be positive (got a = ${a}, b = ${b}).`);
  if (!(x >= 0 && x <= 1))
    throw badNumber(`The incomplete beta function needs 0 ≤ x ≤ 1 (got ${x}).`);
  if (x === 0) return 0;
  if (x === 1) return 1;
  const lnPrefactor = a * Math.log(x) + b * Math.log1p(-x) - lnBetaAccurate(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(lnPrefactor) * betaContinuedFraction(x, a, b)) / a;
  }
  return 1 - (Math.exp(lnPrefactor) * betaContinuedFraction(1 - x, b, a)) / b;
}

const BETA_QUANTILE_MAX_ITERATIONS = 200;

/**
 * Quantile of the Beta(a, b) distribution: the x in [0, 1] with I_x(a, b) = p (inverse of
 * regularizedIncompleteBeta), for a, b > 0 and 0 ≤ p ≤ 1.
 *
 * Starting value from Numerical Recipes 3rd ed. §6.14.1 (`invbetai`: A&S 26.5.22 when a, b ≥ 1, else the
 * power-law tails of the density), then Halley steps x ← x − u / (1 − ½·min(1, u·((a−1)/x − (b−1)/(1−x))))
 * with u = (I_x − p) / f(x), kept inside a bracket [lo, hi] that always contains the root (a step that
 * leaves it or shrinks too slowly is replaced by bisection, as in NR §9.4 `rtsafe`). Iterates until the
 * step is below 1e-15·min(x, 1 − x), so the result is as accurate as I_x itself: ≈ 1e-14 relative in x
 * for p ≤ ½; for p near 1, 1 − x is only as accurate as 1 − p is (solve the mirrored problem
 * 1 − betaQuantile(1 − p, b, a) when 1 − p is known more precisely).
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(a > 0 && b > 0))
    throw badNumber(`Beta parameters must be positive (got a = ${a}, b = ${b}).`);
  if (!(p >= 0 && p <= 1)) throw badNumber(`A probability must be between 0 and 1 (got ${p}).`);
  if (p === 0) return 0;
  if (p === 1) return 1;

  let x: number;
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w =
      (z * Math.sqrt(al + h)) / h -
      (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    const lowerTail = Math.exp(a * Math.log(a / (a + b))) / a;
    const upperTail = Math.exp(b * Math.log(b / (a + b))) / b;
    const total = lowerTail + upperTail;
    x =
      p < lowerTail / total
        ? Math.pow(a * total * p, 1 / a)
        : 1 - Math.pow(b * total * (1 - p), 1 / b);
  }
  if (!(x > 0 && x < 1)) x = 0.5;

  const lnNorm = -lnBetaAccurate(a, b);
  let lo = 0;
  let hi = 1;
  let lastStep = 1;
  let stepBeforeLast = 1;
  for (let iteration = 0; iteration < BETA_QUANTILE_MAX_ITERATIONS; iteration++) {
    const error = regularizedIncompleteBeta(x, a, b) - p;
    if (error === 0) return x;
    if (error < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) + lnNorm);
    const u = error / density;
    const step = u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - (b - 1) / (1 - x))));
    // converged: the step is negligible next to the distance from the nearer end of [0, 1], or below resolution
    if (Math.abs(step) <= 1e-15 * Math.min(x, 1 - x) || x - step === x) return x - step;
    let next = x - step;
    // bisect when Halley leaves the bracket or is not converging fast (NR 3rd ed. §9.4 `rtsafe` rule)
    if (!(next > lo && next < hi) || Math.abs(step) > 0.5 * Math.abs(stepBeforeLast))
      next = 0.5 * (lo + hi);
    if (next === lo || next === hi) return x; // the bracket has shrunk to two neighbouring numbers
    stepBeforeLast = lastStep;
    lastStep = next - x;
    x = next;
  }
  return x;
}

/* W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969) 631–638;
   coefficients as in Netlib SPECFUN CALERF. */
const ERF_A = [
  3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315,
];
const ERF_B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const ERFC_C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
  1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
];
const ERFC_D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const ERFC_P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275,
  0.0006587491615298378, 0.016315387137302097,
];
const ERFC_Q = [
  2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132,
  0.0023352049762686918,
];
const ONE_OVER_SQRT_PI = 0.5641895835477563;

/**
 * exp(−y²) as exp(−s²)·exp(−(y−s)(y+s)) with s = y rounded down to a multiple of 1/16 (Cody's trick:
 * y² is never formed, so its rounding error is not amplified).
 */
function expMinusSquare(y: number): number {
  const s = Math.trunc(16 * y) / 16;
  return Math.exp(-s * s) * Math.exp(-(y - s) * (y + s));
}

/**
 * Complementary error function erfc(x) = 1 − erf(x) = (2/√π) ∫_x^∞ e^(−t²) dt, for any real x.
 *
 * W. J. Cody's rational Chebyshev approximations (Math. Comp. 23 (1969) 631–638; Netlib SPECFUN CALERF):
 * erf on |x| ≤ 0.46875, erfc·e^(x²) on 0.46875 < |x| ≤ 4, and an asymptotic form in 1/x² beyond; negative
 * x by erfc(−x) = 2 − erfc(x). Relative accuracy ≈ 1e-15 (including the far tail, until underflow near x = 26.6).
 */
export function erfc(x: number): number {
  const y = Math.abs(x);
  let result: number;
  if (y <= 0.46875) {
    const ysq = y * y;
    let num = ERF_A[4] * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + ERF_A[i]) * ysq;
      den = (den + ERF_B[i]) * ysq;
    }
    return 1 - (x * (num + ERF_A[3])) / (den + ERF_B[3]);
  } else if (y <= 4) {
    let num = ERFC_C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + ERFC_C[i]) * y;
      den = (den + ERFC_D[i]) * y;
    }
    result = (expMinusSquare(y) * (num + ERFC_C[7])) / (den + ERFC_D[7]);
  } else if (y < 26.543) {
    const inv = 1 / (y * y);
    let num = ERFC_P[5] * inv;
    let den = inv;
    for (let i = 0; i < 4; i++) {
      num = (num + ERFC_P[i]) * inv;
      den = (den + ERFC_Q[i]) * inv;
    }
    const tail = (inv * (num + ERFC_P[4])) / (den + ERFC_Q[4]);
    result = (expMinusSquare(y) * (ONE_OVER_SQRT_PI - tail)) / y;
  } else {
    result = 0;
  }
  return x < 0 ? 2 - result : result;
}

/**
 * Standard normal CDF Φ(x) = ½·erfc(−x/√2) (A&S 26.2.29), with Cody's erfc, so the lower tail keeps
 * ≈ 1e-15 relative accuracy down to Φ(−37) ≈ 6e-300.
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/* P. J. Acklam, "An algorithm for computing the inverse normal cumulative distribution function" (2003). */
const ACKLAM_A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const ACKLAM_B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
];
const ACKLAM_C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const ACKLAM_P_LOW = 0.02425;
const SQRT_2PI = 2.5066282746310002;

/**
 * Inverse standard normal CDF Φ⁻¹(p) for 0 < p < 1 (#NUM! outside).
 *
 * Acklam's rational approximation (relative error < 1.15e-9; P. J. Acklam 2003) in the lower half, refined by
 * one Halley step x ← x − u/(1 + x·u/2), u = (Φ(x) − p)·√(2π)·e^(x²/2), with Φ from Cody's erfc; this brings
 * the result to full double precision. The upper half uses Φ⁻¹(p) = −Φ⁻¹(1 − p) (1 − p is exact there).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1))
    throw badNumber(
      `A probability for the normal quantile must be strictly between 0 and 1 (got ${p}).`
    );
  if (p > 0.5) return -normalQuantile(1 - p);
  let x: number;
  if (p < ACKLAM_P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((ACKLAM_C[0] * q + ACKLAM_C[1]) * q + ACKLAM_C[2]) * q + ACKLAM_C[3]) * q + ACKLAM_C[4]) *
        q +
        ACKLAM_C[5]) /
      ((((ACKLAM_D[0] * q + ACKLAM_D[1]) * q + ACKLAM_D[2]) * q + ACKLAM_D[3]) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((ACKLAM_A[0] * r + ACKLAM_A[1]) * r + ACKLAM_A[2]) * r + ACKLAM_A[3]) * r +
        ACKLAM_A[4]) *
        r +
        ACKLAM_A[5]) *
        q) /
      (((((ACKLAM_B[0] * r + ACKLAM_B[1]) * r + ACKLAM_B[2]) * r + ACKLAM_B[3]) * r + ACKLAM_B[4]) *
        r +
        1);
  }
  const u = (normalCdf(x) - p) * SQRT_2PI * Math.exp(0.5 * x * x);
  const refined = x - u / (1 + 0.5 * x * u);
  // for subnormal p (below 1e-308) e^(x²/2) overflows: keep Acklam's value there
  return Number.isFinite(refined) ? refined : x;
}
