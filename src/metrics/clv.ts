/**
 * Probabilistic customer lifetime value: BG/NBD expected purchases × Gamma–Gamma expected spend, discounted per
 * period (lifetimes `utils._customer_lifetime_value`, with its time unit made explicit; spec §4 ECOM.CLV).
 */
import { BgNbdParams, expectedPurchasesIfAlive, fitBgNbd, probabilityAlive } from "./bgnbd";
import { commonLength, purchasePatterns } from "./clv-inputs";
import { badNumber } from "./errors";
import { conditionalExpectedAverageValue, fitGammaGamma } from "./gamma-gamma";

/** Most discounting periods one CLV may span. */
const MAX_CLV_PERIODS = 100_000;

/**
 * Number of discounting periods ⌈horizon/step⌉, where a ratio within 1e-9 of a whole number counts as that number
 * (52.14 / 4.345 must be 12 periods, not 13). #NUM! unless horizon ≥ 0, discount_rate > −1, step > 0, and at
 * most 100,000 periods.
 */
function discountPeriods(horizon: number, discountRate: number, step: number): number {
  if (!(Number.isFinite(horizon) && horizon >= 0))
    throw badNumber(`horizon must be zero or more (got ${horizon}).`);
  if (!(Number.isFinite(discountRate) && discountRate > -1)) {
    throw badNumber(`discount_rate must be above −1 (got ${discountRate}).`);
  }
  if (!(Number.isFinite(step) && step > 0)) throw badNumber(`step must be above 0 (got ${step}).`);
  const ratio = horizon / step;
  const nearest = Math.round(ratio);
  const periods =
    Math.abs(ratio - nearest) <= 1e-9 * Math.max(1, nearest) ? nearest : Math.ceil(ratio);
  if (periods > MAX_CLV_PERIODS) {
    throw badNumber(
      `horizon / step gives ${periods} discounting periods; at most ${MAX_CLV_PERIODS} are allowed.`
    );
  }
  return periods;
}

/**
 * Discounted expected repeat purchases of one customer over (T, T + horizon]:
 *   Σ_{i=1..n} (E[Y(tᵢ)] − E[Y(tᵢ₋₁)]) / (1+d)^i,   tᵢ = min(i·step, horizon), t₀ = 0, n = ⌈horizon/step⌉,
 * E[Y] the BG/NBD conditional expectation (FHL 2005 eq. 10). The last period is clipped at the horizon (so the
 * undiscounted sum is exactly E[Y(horizon)], which is what d = 0 evaluates directly) and discounted as a whole
 * period i. Multiplying by E[M] gives the customer's CLV (lifetimes `_customer_lifetime_value`, whose `time` months
 * × `factor` periods per month are horizon = time·factor and step = factor here).
 * #NUM! unless horizon ≥ 0, discount_rate > −1, step > 0 and horizon/step ≤ 100,000.
 */
export function discountedExpectedPurchases(
  params: BgNbdParams,
  x: number,
  tx: number,
  T: number,
  horizon: number,
  discountRate: number,
  step: number
): number {
  const periods = discountPeriods(horizon, discountRate, step);
  const alive = probabilityAlive(params, x, tx, T);
  if (alive === 0) return 0;
  if (discountRate === 0) return alive * expectedPurchasesIfAlive(params, horizon, x, T);
  let total = 0;
  let previous = 0;
  let discount = 1;
  for (let i = 1; i <= periods; i++) {
    const current = expectedPurchasesIfAlive(params, i === periods ? horizon : i * step, x, T);
    discount /= 1 + discountRate;
    total += (current - previous) * discount;
    previous = current;
  }
  return alive * total;
}

/** Purchase columns as the CLV functions take them: lifetimes' summary columns, and which rows to use. */
export interface PurchaseColumns {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  age: ArrayLike<number>;
  /** 1 for the rows to fit and evaluate (see validateClvRow); omitted = every row. */
  include?: ArrayLike<number>;
}

/** Purchase columns with each customer's mean repeat-purchase value. */
export interface ClvColumns extends PurchaseColumns {
  monetary: ArrayLike<number>;
}

/** Row keys of the CLV.PARAMS table (the Excel layer turns them into labels). */
export type ClvParamsKey = "r" | "alpha" | "a" | "b" | "loglik" | "p" | "q" | "v" | "customers";

/** The CLV.PARAMS rows in output order (spec §4). */
export const CLV_PARAMS_ROWS: readonly ClvParamsKey[] = [
  "r",
  "alpha",
  "a",
  "b",
  "loglik",
  "p",
  "q",
  "v",
  "customers",
];

/**
 * ECOM.CLV.PARAMS: the BG/NBD fit (r, α, a, b and its total log-likelihood, `fitBgNbd`) of the included customers,
 * the Gamma–Gamma fit (p, q, v, `fitGammaGamma`) of those with x > 0 when monetary is given (null otherwise), and
 * the number of customers in the BG/NBD fit.
 */
export function clvParameters(
  columns: PurchaseColumns & { monetary?: ArrayLike<number> }
): Record<ClvParamsKey, number | null> {
  const { frequency, recency, age, monetary, include } = columns;
  const bgnbd = fitBgNbd(purchasePatterns(frequency, recency, age, include));
  const gammaGamma = monetary ? fitGammaGamma(frequency, monetary, include) : null;
  return {
    r: bgnbd.r,
    alpha: bgnbd.alpha,
    a: bgnbd.a,
    b: bgnbd.b,
    loglik: bgnbd.logLikelihood,
    p: gammaGamma ? gammaGamma.p : null,
    q: gammaGamma ? gammaGamma.q : null,
    v: gammaGamma ? gammaGamma.v : null,
    customers: bgnbd.customers,
  };
}

/**
 * ECOM.CLV: fits BG/NBD on the included customers and Gamma–Gamma on those of them with x > 0, then returns per row
 * CLV = E[M | x, m̄] · `discountedExpectedPurchases`(x, t_x, T, horizon, d, step) (NaN for rows not included).
 * Customers with the same (x, t_x, T) share one evaluation of the purchase sum.
 */
export function lifetimeValues(
  columns: ClvColumns,
  horizon: number,
  discountRate: number,
  step: number
): Float64Array {
  const { frequency, recency, age, monetary, include } = columns;
  const n = commonLength([frequency, recency, age, monetary], include);
  discountPeriods(horizon, discountRate, step);
  const patterns = purchasePatterns(frequency, recency, age, include);
  const bgnbd = fitBgNbd(patterns);
  const gammaGamma = fitGammaGamma(frequency, monetary, include);
  const purchases = new Float64Array(patterns.count.length);
  for (let k = 0; k < purchases.length; k++) {
    purchases[k] = discountedExpectedPurchases(
      bgnbd,
      patterns.frequency[k],
      patterns.recency[k],
      patterns.age[k],
      horizon,
      discountRate,
      step
    );
  }
  const values = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const k = patterns.patternOfRow[i];
    if (k >= 0)
      values[i] =
        conditionalExpectedAverageValue(gammaGamma, frequency[i], monetary[i]) * purchases[k];
  }
  return values;
}
