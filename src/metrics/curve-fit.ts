/**
 * ECOM.CURVEFIT's math (spec/functions.md §3): least-squares fit of a Hill response curve
 * f(x) = L·x^k / (x^k + h^k) (scale L, half-saturation h, shape k) to one channel's past (spend, response)
 * points, the curve that ECOM.RESPONSE and ECOM.BUDGETOPT take.
 *
 * Method. The data are scaled to max spend = max response = 1 (the fit is scale-free, and x^k stays in
 * range). Parameters are (L, ln h, ln k), or (L, ln h) when the shape is given; logs keep h and k positive
 * and make the steps scale-free. Starts: a grid of h (the median positive spend × 2^−3..2^3) and k (0.5, 1,
 * 2, 4), each with the best L for it (L enters linearly: L = Σ y·g / Σ g², g = x^k/(x^k + h^k)); the three
 * best starts are polished by Levenberg–Marquardt (Marquardt 1963, with the diagonal scaling of JᵀJ)
 * within bounds h ∈ [min positive spend/100, 100·max spend], k ∈ [0.1, 10], and the best fit is kept.
 *
 * Identifiability. As h → ∞ with L/h^k fixed the Hill curve tends to the power curve a·x^k, which has no
 * saturation, so on a history that never bends the fit drifts to ever larger h and a meaningless L. The
 * history is accepted only if it shows saturation: the Hill fit must beat the best power curve a·x^b (b
 * free when the shape is free, b = shape when given) by an F-test at the 5% level,
 * F = (RSS_power − RSS_hill) / (RSS_hill/(n − p)) > F₀.₉₅(1, n − p), p = number of Hill parameters (the
 * extra-sum-of-squares test for nested models, Bates & Watts, Nonlinear Regression Analysis, 1988, ch. 3;
 * approximate here because the power curve is a limit of the Hill family). A fit that ends on a bound of h
 * is rejected too: on the upper bound for the same reason, on the lower bound because then every point is
 * already on the plateau. Hence at least p + 1 points are needed (n − p ≥ 1 to judge the fit).
 */
import { badNumber, badValue } from "./errors";

/** Fitted Hill curve parameters. */
export interface HillFit {
  scale: number;
  halfSaturation: number;
  shape: number;
}

/** Search range of the half-saturation relative to the history: [min positive spend/100, 100·max spend]. */
const HALF_RANGE = 100;
/** Search range of the shape. */
const SHAPE_MIN = 0.1;
const SHAPE_MAX = 10;
/** Significance level of the saturation test. */
const SIGNIFICANCE = 0.05;

/**
 * Least-squares Hill fit min Σ (L·x_i^k/(x_i^k + h^k) − y_i)² over L, h and (unless given) k, by
 * Levenberg–Marquardt from a grid of starts (module comment). Returns { scale: L, halfSaturation: h,
 * shape: k }. Too few points, negative or non-finite values, no spread in spend, no response, or a history
 * that shows no saturation (F-test against the power curve a·x^b, module comment) → #NUM! with the reason;
 * lists of different lengths → #VALUE!.
 */
export function fitHillCurve(
  spend: readonly number[],
  response: readonly number[],
  shape?: number | null
): HillFit {
  const fixedShape = shape ?? null;
  checkHistory(spend, response, fixedShape);
  const n = spend.length;
  const parameters = fixedShape === null ? 3 : 2;

  const spendScale = spend.reduce((a, b) => Math.max(a, b), 0);
  const responseScale = response.reduce((a, b) => Math.max(a, b), 0);
  const x = Float64Array.from(spend, (v) => v / spendScale);
  const y = Float64Array.from(response, (v) => v / responseScale);
  const positive = Array.from(x)
    .filter((v) => v > 0)
    .sort((a, b) => a - b);
  const lnHalfLow = Math.log(positive[0] / HALF_RANGE);
  const lnHalfHigh = Math.log(HALF_RANGE);

  const hill = fitModel(
    x,
    hillModel(x, y, fixedShape),
    hillStarts(x, y, positive, fixedShape, lnHalfLow, lnHalfHigh),
    {
      lower: [0, lnHalfLow, Math.log(SHAPE_MIN)],
      upper: [Infinity, lnHalfHigh, Math.log(SHAPE_MAX)],
    }
  );
  const [scaleFit, lnHalf] = hill.params;
  const shapeFit = fixedShape ?? Math.exp(hill.params[2]);

  const noSaturation = "no saturation visible in the history; a Hill curve is not identifiable";
  if (lnHalf >= lnHalfHigh - 1e-9)
    throw badNumber(
      `${noSaturation} (the best fit puts half_saturation beyond ${HALF_RANGE}× the largest spend).`
    );
  if (lnHalf <= lnHalfLow + 1e-9)
    throw badNumber(
      `Every point of the history is already saturated; half_saturation is not identifiable (the best fit puts it below 1/${HALF_RANGE} of the smallest positive spend).`
    );
  const power = fitModel(x, powerModel(x, y, fixedShape), powerStarts(x, y, fixedShape), {
    lower: [0, Math.log(SHAPE_MIN)],
    upper: [Infinity, Math.log(SHAPE_MAX)],
  });
  const totalSquares = y.reduce((s, v) => s + v * v, 0);
  const freedom = n - parameters;
  const f =
    hill.rss > 0
      ? (power.rss - hill.rss) / (hill.rss / freedom)
      : power.rss > 1e-24 * totalSquares
        ? Infinity
        : 0;
  const critical = Math.pow(studentTQuantile(1 - SIGNIFICANCE / 2, freedom), 2);
  if (!(f > critical))
    throw badNumber(
      `${noSaturation} (it fits no better than a power curve a·spend^b: F = ${f.toPrecision(3)}, needs more than ${critical.toPrecision(3)} at the ${SIGNIFICANCE * 100}% level).`
    );

  return {
    scale: scaleFit * responseScale,
    halfSaturation: Math.exp(lnHalf) * spendScale,
    shape: shapeFit,
  };
}

// ---------------------------------------------------------------------------------------------------
// Arguments

function checkHistory(
  spend: readonly number[],
  response: readonly number[],
  shape: number | null
): void {
  if (spend.length !== response.length)
    throw badValue(
      `spend_history has ${spend.length} values but response_history has ${response.length}; give one response per spend.`
    );
  const n = spend.length;
  if (n < 3) throw badNumber(`A curve fit needs at least 3 (spend, response) points (got ${n}).`);
  for (let i = 0; i < n; i++) {
    for (const [name, v] of [
      ["spend_history", spend[i]],
      ["response_history", response[i]],
    ] as const) {
      if (!Number.isFinite(v))
        throw badNumber(`${name} must hold finite numbers (entry ${i + 1} is ${v}).`);
      if (v < 0) throw badNumber(`${name} must not be negative (entry ${i + 1} is ${v}).`);
    }
  }
  if (shape !== null && !(Number.isFinite(shape) && shape > 0))
    throw badNumber(`shape must be a number greater than zero (got ${shape}).`);
  const parameters = shape === null ? 3 : 2;
  const levels = new Set(spend.filter((v) => v > 0)).size;
  if (levels < 2)
    throw badNumber(
      "spend_history needs at least two different positive spend levels: with one, the curve's shape cannot be seen."
    );
  if (levels < parameters)
    throw badNumber(
      "Fitting the shape needs at least three different positive spend levels in spend_history (or give shape)."
    );
  if (!response.some((v, i) => v > 0 && spend[i] > 0))
    throw badNumber(
      "response_history is zero wherever spend is positive: there is no response curve to fit."
    );
  if (n - parameters < 1)
    throw badNumber(
      `Fitting ${parameters} parameters needs at least ${parameters + 1} points, one more than the parameters, to judge the fit (got ${n}; or give shape).`
    );
}

// ---------------------------------------------------------------------------------------------------
// Models: residuals r_i = model(x_i) − y_i and the Jacobian row ∂r_i/∂p, written into row-major arrays.

type Model = (params: number[], residuals: Float64Array, jacobian: Float64Array) => void;

/** Hill curve in (L, ln h, ln k), or (L, ln h) with k fixed: g = σ(k·(ln x − ln h)), r = L·g − y. */
function hillModel(x: Float64Array, y: Float64Array, fixedShape: number | null): Model {
  const m = fixedShape === null ? 3 : 2;
  return (params, residuals, jacobian) => {
    const [scale, lnHalf] = params;
    const shape = fixedShape ?? Math.exp(params[2]);
    for (let i = 0; i < x.length; i++) {
      const row = i * m;
      if (x[i] === 0) {
        residuals[i] = -y[i];
        jacobian.fill(0, row, row + m);
        continue;
      }
      const logRatio = Math.log(x[i]) - lnHalf;
      const g = logistic(shape * logRatio);
      const slope = g * (1 - g);
      residuals[i] = scale * g - y[i];
      jacobian[row] = g;
      jacobian[row + 1] = -scale * shape * slope;
      if (m === 3) jacobian[row + 2] = scale * shape * logRatio * slope;
    }
  };
}

/** Power curve in (a, ln b), or (a) with b fixed: r = a·x^b − y. */
function powerModel(x: Float64Array, y: Float64Array, fixedPower: number | null): Model {
  const m = fixedPower === null ? 2 : 1;
  return (params, residuals, jacobian) => {
    const [a] = params;
    const b = fixedPower ?? Math.exp(params[1]);
    for (let i = 0; i < x.length; i++) {
      const row = i * m;
      const lnX = Math.log(x[i]);
      const xb = x[i] > 0 ? Math.exp(b * lnX) : 0;
      residuals[i] = a * xb - y[i];
      jacobian[row] = xb;
      if (m === 2) jacobian[row + 1] = x[i] > 0 ? a * b * lnX * xb : 0;
    }
  };
}

/** Grid starts of the Hill fit, each with its least-squares scale. */
function hillStarts(
  x: Float64Array,
  y: Float64Array,
  positive: number[],
  fixedShape: number | null,
  lnHalfLow: number,
  lnHalfHigh: number
): number[][] {
  const median = positive[Math.floor((positive.length - 1) / 2)];
  const shapes = fixedShape === null ? [0.5, 1, 2, 4] : [fixedShape];
  const starts: number[][] = [];
  for (let e = -3; e <= 3; e++) {
    const lnHalf = Math.min(lnHalfHigh, Math.max(lnHalfLow, Math.log(median) + e * Math.LN2));
    for (const shape of shapes) {
      const g = Array.from(x, (v) => (v > 0 ? logistic(shape * (Math.log(v) - lnHalf)) : 0));
      const start = [bestLinearFactor(g, y), lnHalf];
      if (fixedShape === null) start.push(Math.log(shape));
      starts.push(start);
    }
  }
  return starts;
}

/** Grid starts of the power fit, each with its least-squares factor. */
function powerStarts(x: Float64Array, y: Float64Array, fixedPower: number | null): number[][] {
  const powers = fixedPower === null ? [0.25, 0.5, 1, 2, 4] : [fixedPower];
  return powers.map((b) => {
    const xb = Array.from(x, (v) => (v > 0 ? Math.pow(v, b) : 0));
    const a = bestLinearFactor(xb, y);
    return fixedPower === null ? [a, Math.log(b)] : [a];
  });
}

/** argmin over c of Σ (c·g_i − y_i)² = Σ g·y / Σ g² (0 when g is all zero). */
function bestLinearFactor(g: ArrayLike<number>, y: ArrayLike<number>): number {
  let gy = 0;
  let gg = 0;
  for (let i = 0; i < y.length; i++) {
    gy += g[i] * y[i];
    gg += g[i] * g[i];
  }
  return gg > 0 ? Math.max(0, gy / gg) : 0;
}

function logistic(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

// ---------------------------------------------------------------------------------------------------
// Least squares

interface Fit {
  params: number[];
  rss: number;
}

/** The best Levenberg–Marquardt fit from the three best of the given starts (by their residual sum of squares). */
function fitModel(
  x: Float64Array,
  model: Model,
  starts: number[][],
  bounds: { lower: number[]; upper: number[] }
): Fit {
  const m = starts[0].length;
  const residuals = new Float64Array(x.length);
  const jacobian = new Float64Array(x.length * m);
  const ranked = starts
    .map((params) => {
      model(params, residuals, jacobian);
      return { params, rss: sumOfSquares(residuals) };
    })
    .sort((a, b) => a.rss - b.rss)
    .slice(0, 3);
  let best: Fit = ranked[0];
  for (const start of ranked) {
    const fit = levenbergMarquardt(
      model,
      start.params,
      bounds.lower.slice(0, m),
      bounds.upper.slice(0, m),
      x.length
    );
    if (fit.rss < best.rss) best = fit;
  }
  return best;
}

/**
 * Levenberg–Marquardt (Marquardt 1963): steps δ solving (JᵀJ + μ·diag(JᵀJ))·δ = −Jᵀr, projected onto the
 * bounds; μ shrinks after a step that lowers Σ r² and grows after one that does not. Stops when a step no
 * longer lowers Σ r² by more than 1e-15 relative, or μ exceeds 1e12.
 */
function levenbergMarquardt(
  model: Model,
  start: number[],
  lower: number[],
  upper: number[],
  n: number
): Fit {
  const m = start.length;
  const residuals = new Float64Array(n);
  const jacobian = new Float64Array(n * m);
  const trialResiduals = new Float64Array(n);
  const normal = new Float64Array(m * m);
  const gradient = new Float64Array(m);
  let params = start.map((p, j) => Math.min(upper[j], Math.max(lower[j], p)));
  model(params, residuals, jacobian);
  let rss = sumOfSquares(residuals);
  let damping = 1e-3;

  for (let iteration = 0; iteration < 500; iteration++) {
    normal.fill(0);
    gradient.fill(0);
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < m; a++) {
        const ja = jacobian[i * m + a];
        gradient[a] += ja * residuals[i];
        for (let b = 0; b < m; b++) normal[a * m + b] += ja * jacobian[i * m + b];
      }
    }
    let accepted = false;
    while (!accepted && damping <= 1e12) {
      const system = normal.slice();
      for (let a = 0; a < m; a++) system[a * m + a] += damping * Math.max(normal[a * m + a], 1e-12);
      const step = solveLinear(
        system,
        gradient.map((g) => -g),
        m
      );
      if (step) {
        const trial = params.map((p, j) => Math.min(upper[j], Math.max(lower[j], p + step[j])));
        model(trial, trialResiduals, jacobian);
        const trialRss = sumOfSquares(trialResiduals);
        if (trialRss < rss) {
          const gain = rss - trialRss;
          params = trial;
          residuals.set(trialResiduals);
          rss = trialRss;
          damping = Math.max(damping / 3, 1e-12);
          accepted = true;
          if (gain <= 1e-15 * rss) return { params, rss };
          continue;
        }
      }
      damping *= 4;
    }
    if (!accepted) break;
  }
  return { params, rss };
}

/** Solves A·v = b (A m×m row-major) by Gaussian elimination with partial pivoting; null if A is singular. */
function solveLinear(a: Float64Array, b: Float64Array, m: number): Float64Array | null {
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let row = col + 1; row < m; row++)
      if (Math.abs(a[row * m + col]) > Math.abs(a[pivot * m + col])) pivot = row;
    if (!(Math.abs(a[pivot * m + col]) > 0)) return null;
    if (pivot !== col) {
      for (let k = 0; k < m; k++)
        [a[col * m + k], a[pivot * m + k]] = [a[pivot * m + k], a[col * m + k]];
      [b[col], b[pivot]] = [b[pivot], b[col]];
    }
    for (let row = col + 1; row < m; row++) {
      const factor = a[row * m + col] / a[col * m + col];
      for (let k = col; k < m; k++) a[row * m + k] -= factor * a[col * m + k];
      b[row] -= factor * b[col];
    }
  }
  const v = new Float64Array(m);
  for (let row = m - 1; row >= 0; row--) {
    let s = b[row];
    for (let k = row + 1; k < m; k++) s -= a[row * m + k] * v[k];
    v[row] = s / a[row * m + row];
  }
  return v;
}

function sumOfSquares(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] * values[i];
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Student's t quantile for the saturation test

/**
 * The p-quantile (p > 0.5) of Student's t with ν degrees of freedom (a whole number), by bisection on the
 * exact finite-sum CDF of Abramowitz & Stegun 26.7.3–26.7.4. ν above 1000 is treated as 1000 (the quantile
 * then changes by less than 0.2%, and towards a stricter test).
 */
function studentTQuantile(p: number, degrees: number): number {
  const nu = Math.min(degrees, 1000);
  const central = 2 * p - 1; // P(|T| ≤ t) at the quantile
  let lo = 0;
  let hi = 1000;
  for (let iteration = 0; iteration < 200 && hi - lo > 1e-12 * hi; iteration++) {
    const mid = 0.5 * (lo + hi);
    if (studentTCentral(mid, nu) < central) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** P(|T| ≤ t) for Student's t with ν (whole) degrees of freedom, A&S 26.7.3 (ν odd) and 26.7.4 (ν even). */
function studentTCentral(t: number, nu: number): number {
  const theta = Math.atan(t / Math.sqrt(nu));
  const cos2 = Math.cos(theta) ** 2;
  if (nu % 2 === 0) {
    let term = 1;
    let s = 1;
    for (let j = 2; j <= nu - 2; j += 2) {
      term *= ((j - 1) / j) * cos2;
      s += term;
    }
    return Math.sin(theta) * s;
  }
  if (nu === 1) return (2 / Math.PI) * theta;
  let term = Math.cos(theta);
  let s = term;
  for (let j = 3; j <= nu - 2; j += 2) {
    term *= ((j - 1) / j) * cos2;
    s += term;
  }
  return (2 / Math.PI) * (theta + Math.sin(theta) * s);
}
