/**
 * A small minimiser for smooth functions of a few variables with analytic gradients: BFGS with a strong-Wolfe
 * line search (Nocedal & Wright, Numerical Optimization, 2nd ed., Algorithms 6.1, 3.5 and 3.6). Used by the
 * maximum-likelihood fits of the CLV models on log-parameters.
 */

/** Writes ∇f(x) into `gradient` and returns f(x); may return a non-finite value where f is undefined. */
export type ObjectiveWithGradient = (x: Float64Array, gradient: Float64Array) => number;

/** Stopping rules and the box of minimizeBfgs (defaults: 1e-10, 500, 20). */
export interface MinimizeOptions {
  /** Stop when every gradient component is at most this in absolute value. */
  gradientTolerance: number;
  maxIterations: number;
  /**
   * Every coordinate is kept within ±bound by the penalty Σ max(0, |xᵢ| − bound)² added to f (smooth, zero
   * inside the box), so a likelihood whose supremum lies at infinity still gives a finite answer.
   */
  bound: number;
}

/** The best point found and how the run ended. */
export interface MinimizeResult {
  x: Float64Array;
  /** f(x), penalty included. */
  value: number;
  /** Largest absolute gradient component at x. */
  gradientNorm: number;
  iterations: number;
  /** True when the gradient test was met; false after maxIterations or when no descent step could be found. */
  converged: boolean;
}

const DEFAULTS: MinimizeOptions = { gradientTolerance: 1e-10, maxIterations: 500, bound: 20 };
/** Sufficient-decrease and curvature constants of the strong Wolfe conditions (N&W §3.1, BFGS values). */
const C1 = 1e-4;
const C2 = 0.9;
/** f differences below this fraction of |f| are rounding noise: the decrease test allows for them. */
const NOISE = 1e-13;
const MAX_LINE_SEARCH_STEPS = 60;

/**
 * Minimises f from `start` by BFGS (N&W Algorithm 6.1) with the inverse-Hessian update
 * H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ, ρ = 1/(yᵀs), H₀ scaled by yᵀs/yᵀy after the first step (N&W eq. 6.20), and a
 * strong-Wolfe line search (Algorithms 3.5/3.6, cubic interpolation). Non-finite f is treated as "step too long".
 * The decrease test allows f to rise by 1e-13·|f| (rounding noise) when the curvature condition shows progress, so
 * the gradient can be driven below what f's own precision would resolve. When a line search fails, H is reset to
 * the identity once; a second failure ends the run with the best point found.
 */
export function minimizeBfgs(
  objective: ObjectiveWithGradient,
  start: ArrayLike<number>,
  options: Partial<MinimizeOptions> = {}
): MinimizeResult {
  const { gradientTolerance, maxIterations, bound } = { ...DEFAULTS, ...options };
  const n = start.length;
  const f = penalised(objective, bound);
  let x: Float64Array = Float64Array.from(start);
  let g: Float64Array = new Float64Array(n);
  let fx = f(x, g);
  if (!Number.isFinite(fx))
    return { x, value: fx, gradientNorm: Infinity, iterations: 0, converged: false };
  const H = identity(n);
  let hessianIsIdentity = true;
  const p = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const Hy = new Float64Array(n);
  const search = new LineSearch(f, n);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    if (maxAbs(g) <= gradientTolerance) break;
    multiply(H, g, p);
    for (let i = 0; i < n; i++) p[i] = -p[i];
    if (dot(p, g) >= 0) {
      resetToIdentity(H);
      hessianIsIdentity = true;
      for (let i = 0; i < n; i++) p[i] = -g[i];
    }
    const initialStep = iterations === 0 ? Math.min(1, 1 / maxAbs(g)) : 1;
    if (!search.run(x, fx, g, p, initialStep)) {
      if (hessianIsIdentity) break;
      resetToIdentity(H);
      hessianIsIdentity = true;
      continue;
    }
    for (let i = 0; i < n; i++) {
      s[i] = search.x[i] - x[i];
      y[i] = search.g[i] - g[i];
    }
    [x, search.x] = [search.x, x];
    [g, search.g] = [search.g, g];
    fx = search.f;
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (hessianIsIdentity) {
        const scale = sy / dot(y, y);
        for (let i = 0; i < n; i++) H[i * n + i] = scale;
      }
      updateInverseHessian(H, s, y, sy, Hy);
      hessianIsIdentity = false;
    }
  }
  const gradientNorm = maxAbs(g);
  return { x, value: fx, gradientNorm, iterations, converged: gradientNorm <= gradientTolerance };
}

/** f plus the box penalty Σ max(0, |xᵢ| − bound)², with its gradient. */
function penalised(objective: ObjectiveWithGradient, bound: number): ObjectiveWithGradient {
  return (x, gradient) => {
    let value = objective(x, gradient);
    for (let i = 0; i < x.length; i++) {
      const excess = Math.abs(x[i]) - bound;
      if (excess > 0) {
        value += excess * excess;
        gradient[i] += 2 * excess * Math.sign(x[i]);
      }
    }
    return value;
  };
}

/** Strong-Wolfe line search along p from x (N&W Algorithms 3.5 and 3.6); the accepted point is left in x, g, f. */
class LineSearch {
  x: Float64Array;
  g: Float64Array;
  f = NaN;
  private readonly loG: Float64Array;

  constructor(
    private readonly objective: ObjectiveWithGradient,
    n: number
  ) {
    this.x = new Float64Array(n);
    this.g = new Float64Array(n);
    this.loG = new Float64Array(n);
  }

  /** True when a step satisfying the (noise-tolerant) strong Wolfe conditions, or at least a decrease, was found. */
  run(
    x0: Float64Array,
    f0: number,
    g0: Float64Array,
    p: Float64Array,
    initialStep: number
  ): boolean {
    const slope0 = dot(g0, p);
    const noise = NOISE * Math.abs(f0);
    const ceiling = (step: number) => f0 + C1 * step * slope0 + noise;
    let prevStep = 0;
    let prevF = f0;
    let prevSlope = slope0;
    let step = initialStep;
    for (let i = 0; i < MAX_LINE_SEARCH_STEPS; i++) {
      const f = this.evaluate(x0, p, step);
      const slope = dot(this.g, p);
      if (!Number.isFinite(f) || f > ceiling(step) || (i > 0 && f > prevF + noise)) {
        return this.zoom(
          x0,
          f0,
          slope0,
          p,
          prevStep,
          prevF,
          prevSlope,
          step,
          f,
          slope,
          ceiling,
          noise
        );
      }
      if (Math.abs(slope) <= -C2 * slope0) return true;
      if (slope >= 0) {
        this.loG.set(this.g);
        return this.zoom(
          x0,
          f0,
          slope0,
          p,
          step,
          f,
          slope,
          prevStep,
          prevF,
          prevSlope,
          ceiling,
          noise
        );
      }
      prevStep = step;
      prevF = f;
      prevSlope = slope;
      this.loG.set(this.g);
      step *= 4;
    }
    return false;
  }

  /**
   * Algorithm 3.6: shrinks the bracket between lo (the best step so far that meets the decrease test; its gradient
   * is in loG when lo > 0) and hi until a step meets the strong Wolfe conditions.
   */
  private zoom(
    x0: Float64Array,
    f0: number,
    slope0: number,
    p: Float64Array,
    lo: number,
    fLo: number,
    slopeLo: number,
    hi: number,
    fHi: number,
    slopeHi: number,
    ceiling: (step: number) => number,
    noise: number
  ): boolean {
    for (let i = 0; i < MAX_LINE_SEARCH_STEPS; i++) {
      const width = hi - lo;
      let step = cubicMinimiser(lo, fLo, slopeLo, hi, fHi, slopeHi);
      const margin = 0.1 * Math.abs(width);
      if (!(step >= Math.min(lo, hi) + margin && step <= Math.max(lo, hi) - margin))
        step = lo + width / 2;
      if (Math.abs(width) * maxAbs(p) < 1e-15 * (1 + maxAbs(x0))) break;
      const f = this.evaluate(x0, p, step);
      const slope = dot(this.g, p);
      if (!Number.isFinite(f) || f > ceiling(step) || f > fLo + noise) {
        hi = step;
        fHi = f;
        slopeHi = slope;
      } else {
        if (Math.abs(slope) <= -C2 * slope0) return true;
        if (slope * (hi - lo) >= 0) {
          hi = lo;
          fHi = fLo;
          slopeHi = slopeLo;
        }
        lo = step;
        fLo = f;
        slopeLo = slope;
        this.loG.set(this.g);
      }
    }
    // No strong-Wolfe step: accept the best step with a genuine decrease, if any.
    if (lo > 0 && fLo < f0) {
      for (let i = 0; i < x0.length; i++) this.x[i] = x0[i] + lo * p[i];
      this.g.set(this.loG);
      this.f = fLo;
      return true;
    }
    return false;
  }

  private evaluate(x0: Float64Array, p: Float64Array, step: number): number {
    for (let i = 0; i < x0.length; i++) this.x[i] = x0[i] + step * p[i];
    this.f = this.objective(this.x, this.g);
    return this.f;
  }
}

/**
 * Minimiser of the cubic through (a, fa, da) and (b, fb, db) (N&W eq. 3.59); NaN when it does not exist or the
 * values are not finite (the caller then bisects).
 */
function cubicMinimiser(
  a: number,
  fa: number,
  da: number,
  b: number,
  fb: number,
  db: number
): number {
  if (!Number.isFinite(fb) || !Number.isFinite(db)) return NaN;
  const d1 = da + db - (3 * (fa - fb)) / (a - b);
  const disc = d1 * d1 - da * db;
  if (disc < 0) return NaN;
  const d2 = Math.sign(b - a) * Math.sqrt(disc);
  return b - ((b - a) * (db + d2 - d1)) / (db - da + 2 * d2);
}

function updateInverseHessian(
  H: Float64Array,
  s: Float64Array,
  y: Float64Array,
  sy: number,
  Hy: Float64Array
): void {
  const n = s.length;
  multiply(H, y, Hy);
  const yHy = dot(y, Hy);
  const rho = 1 / sy;
  // (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ = H − ρ(Hy sᵀ + s yᵀH) + (ρ² yᵀHy + ρ) ssᵀ, with H symmetric.
  const c = rho * rho * yHy + rho;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      H[i * n + j] += -rho * (Hy[i] * s[j] + s[i] * Hy[j]) + c * s[i] * s[j];
    }
  }
}

function identity(n: number): Float64Array {
  const H = new Float64Array(n * n);
  resetToIdentity(H);
  return H;
}

function resetToIdentity(H: Float64Array): void {
  const n = Math.round(Math.sqrt(H.length));
  H.fill(0);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
}

function multiply(H: Float64Array, v: Float64Array, out: Float64Array): void {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += H[i * n + j] * v[j];
    out[i] = sum;
  }
}

function dot(u: Float64Array, v: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i] * v[i];
  return sum;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}
