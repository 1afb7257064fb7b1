/**
 * The Gamma–Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: Using Iso-Value Curves
 * for Customer Base Analysis", JMR 42; Hardie note 025 "The Gamma-Gamma Model of Monetary Value"; lifetimes
 * `fitters/gamma_gamma_fitter.py`): a customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, v) across
 * customers, independent of the purchase process. Fitted on customers with at least one repeat purchase.
 */
import { commonLength, validateSpendRow } from "./clv-inputs";
import { badNumber } from "./errors";
import { minimizeBfgs } from "./optimize";
import { digamma, lnGamma } from "./special-functions";

// Module-scope aliases: looking up the global Math in a hot loop is ~100× slower inside vm contexts (Jest).
const { exp, log, max } = Math;

/** Gamma–Gamma parameters: transaction value ~ Gamma(p, ν), ν ~ Gamma(q, v) (v in money units). */
export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

/** A maximum-likelihood Gamma–Gamma fit. */
export interface GammaGammaFit extends GammaGammaParams {
  /** Σ over the fitted customers of the log-likelihood at the fit. */
  logLikelihood: number;
  /** Number of customers fitted (those with x > 0). */
  customers: number;
  /** False when the optimiser stopped before its gradient test (the parameters are then the best found). */
  converged: boolean;
}

/** Fewest repeat buyers (x > 0) the fit accepts: three parameters need a spread of customers to be identified. */
export const MIN_GAMMA_GAMMA_CUSTOMERS = 10;

/**
 * Σ over included customers with x > 0 of the log-likelihood of their mean spend m̄ (Hardie note 025 eq. 1a;
 * lifetimes `GammaGammaFitter._negative_log_likelihood`):
 *   LL = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln m̄ + px ln x − (px+q) ln(x m̄ + v).
 * When `gradient` is given, writes ∂/∂(p, q, v) of the sum into it:
 *   ∂p: x[ψ(px+q) − ψ(px) + ln m̄ + ln x − ln(x m̄ + v)];  ∂q: ψ(px+q) − ψ(q) + ln v − ln(x m̄ + v);
 *   ∂v: q/v − (px+q)/(x m̄ + v).
 * #NUM! naming the first included row with x > 0 whose m̄ is not positive.
 */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  include?: ArrayLike<number>,
  gradient?: Float64Array
): number {
  return new GammaGammaLikelihood(frequency, monetary, include).evaluate(params, gradient);
}

/**
 * Maximum-likelihood Gamma–Gamma fit on the included customers with x > 0, as lifetimes' `GammaGammaFitter.fit`:
 * the mean log-likelihood is maximised over log-parameters (BFGS with analytic gradient, log-parameters kept within
 * ±20) from ln p = ln q = 0.1 and ln v = 0.1 + ln(mean m̄) (money is rescaled to mean 1 while fitting, which only
 * moves v; lifetimes starts at ln v = 0.1 in the data's own money unit).
 * #NUM! for fewer than 10 customers with x > 0, or an included row with x > 0 and m̄ ≤ 0.
 */
export function fitGammaGamma(
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  include?: ArrayLike<number>
): GammaGammaFit {
  const likelihood = new GammaGammaLikelihood(frequency, monetary, include);
  const customers = likelihood.customers;
  if (customers < MIN_GAMMA_GAMMA_CUSTOMERS) {
    throw badNumber(
      `The Gamma–Gamma spend model needs at least ${MIN_GAMMA_GAMMA_CUSTOMERS} customers with repeat purchases (got ${customers}).`
    );
  }
  const moneyScale = likelihood.meanSpend;
  const paramGradient = new Float64Array(3);
  const result = minimizeBfgs(
    (theta, gradient) => {
      const params = { p: exp(theta[0]), q: exp(theta[1]), v: exp(theta[2]) * moneyScale };
      const ll = likelihood.evaluate(params, paramGradient);
      gradient[0] = (-params.p * paramGradient[0]) / customers;
      gradient[1] = (-params.q * paramGradient[1]) / customers;
      gradient[2] = (-params.v * paramGradient[2]) / customers;
      return -ll / customers;
    },
    [0.1, 0.1, 0.1]
  );
  const params = { p: exp(result.x[0]), q: exp(result.x[1]), v: exp(result.x[2]) * moneyScale };
  const fit = {
    ...params,
    logLikelihood: likelihood.evaluate(params),
    customers,
    converged: result.converged,
  };
  if (![fit.p, fit.q, fit.v, fit.logLikelihood].every(Number.isFinite)) {
    throw badNumber("The Gamma–Gamma fit failed to find finite parameters for these data.");
  }
  return fit;
}

/**
 * E[M | x, m̄]: expected spend per transaction of a customer with x repeat purchases of mean value m̄ (Hardie note
 * 025 eq. 5; lifetimes `conditional_expected_average_profit`):
 *   (1 − w)·v p/(q − 1) + w·m̄,   w = p x / (p x + q − 1),
 * a credibility-weighted mean of the population mean v p/(q − 1) and the customer's own m̄ (x = 0 gives the
 * population mean). #NUM! when q ≤ 1: the population mean spend is then infinite.
 */
export function conditionalExpectedAverageValue(
  params: GammaGammaParams,
  x: number,
  m: number
): number {
  const { p, q, v } = params;
  if (!(q > 1)) {
    throw badNumber(
      `The Gamma–Gamma fit has q = ${q} ≤ 1: the mean spend per transaction is infinite for these data.`
    );
  }
  const populationMean = (v * p) / (q - 1);
  if (x === 0) return populationMean;
  const weight = (p * x) / (p * x + q - 1);
  return (1 - weight) * populationMean + weight * m;
}

/**
 * The Gamma–Gamma log-likelihood of a set of customers, prepared once for repeated evaluation by the optimiser:
 * Σ (p xᵢ − 1) ln m̄ᵢ is p·Σ xᵢ ln m̄ᵢ − Σ ln m̄ᵢ, and lnΓ/ψ terms are computed once per distinct x, so a customer
 * costs one logarithm per evaluation.
 */
class GammaGammaLikelihood {
  readonly customers: number;
  readonly meanSpend: number;
  private readonly x: Float64Array;
  private readonly spend: Float64Array;
  private readonly group: Int32Array;
  private readonly frequencies: Float64Array;
  private readonly groupCount: Float64Array;
  private readonly sumLnSpend: number;
  private readonly sumXLnSpend: number;
  private readonly sumXLnX: number;

  constructor(
    frequency: ArrayLike<number>,
    monetary: ArrayLike<number>,
    include?: ArrayLike<number>
  ) {
    const n = commonLength([frequency, monetary], include);
    const x: number[] = [];
    const spend: number[] = [];
    for (let i = 0; i < n; i++) {
      if ((include && !include[i]) || frequency[i] === 0) continue;
      const problem = validateSpendRow(frequency[i], monetary[i]);
      if (problem) throw badNumber(`Row ${i + 1}: ${problem.message}`);
      x.push(frequency[i]);
      spend.push(monetary[i]);
    }
    this.customers = x.length;
    this.x = Float64Array.from(x);
    this.spend = Float64Array.from(spend);
    const distinct = Array.from(new Set(x)).sort((u, v) => u - v);
    const indexOf = new Map(distinct.map((v, j) => [v, j]));
    this.frequencies = Float64Array.from(distinct);
    this.group = new Int32Array(x.length);
    this.groupCount = new Float64Array(distinct.length);
    let sumSpend = 0;
    let sumLnSpend = 0;
    let sumXLnSpend = 0;
    let sumXLnX = 0;
    for (let i = 0; i < x.length; i++) {
      const j = indexOf.get(x[i]) as number;
      this.group[i] = j;
      this.groupCount[j]++;
      sumSpend += spend[i];
      sumLnSpend += log(spend[i]);
      sumXLnSpend += x[i] * log(spend[i]);
      sumXLnX += x[i] * log(x[i]);
    }
    this.meanSpend = sumSpend / max(1, x.length);
    this.sumLnSpend = sumLnSpend;
    this.sumXLnSpend = sumXLnSpend;
    this.sumXLnX = sumXLnX;
  }

  evaluate(params: GammaGammaParams, gradient?: Float64Array): number {
    const { p, q, v } = params;
    const { x, spend, frequencies, groupCount } = this;
    const lnV = log(v);
    const n = x.length;
    let ll = n * q * lnV + p * this.sumXLnSpend - this.sumLnSpend + p * this.sumXLnX;
    let dp = this.sumXLnSpend + this.sumXLnX;
    let dq = n * lnV;
    let dv = (n * q) / v;
    for (let i = 0; i < n; i++) {
      const xi = x[i];
      const total = xi * spend[i] + v;
      const lnTotal = log(total);
      ll -= (p * xi + q) * lnTotal;
      if (gradient) {
        dp -= xi * lnTotal;
        dq -= lnTotal;
        dv -= (p * xi + q) / total;
      }
    }
    const lnGammaQ = lnGamma(q);
    const psiQ = digamma(q);
    for (let j = 0; j < frequencies.length; j++) {
      const xj = frequencies[j];
      const w = groupCount[j];
      ll += w * (lnGamma(p * xj + q) - lnGamma(p * xj) - lnGammaQ);
      if (gradient) {
        const psiPXQ = digamma(p * xj + q);
        dp += w * xj * (psiPXQ - digamma(p * xj));
        dq += w * (psiPXQ - psiQ);
      }
    }
    if (gradient) {
      gradient[0] = dp;
      gradient[1] = dq;
      gradient[2] = dv;
    }
    return ll;
  }
}
