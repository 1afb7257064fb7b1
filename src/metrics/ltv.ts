/**
 * Simple customer-value formulas: LTV from order economics, LTV from retention, CAC, LTV/CAC and payback.
 */
import { badNumber } from "./errors";
import { finiteResult, requireFraction, requireNonNegative, requireNonZero } from "./guards";

/** Throws #NUM! unless the discount rate is above −100% (1 + d > 0), as in Excel's PV. */
function requireDiscountRate(discountRate: number): void {
  if (!(discountRate > -1 && discountRate < Infinity)) {
    throw badNumber(`discount_rate must be above -1 (-100%) (got ${discountRate}).`);
  }
}

/**
 * LTV = v × (1 − (1+d)^−periods) / d, or v × periods when d = 0, with v = aov × purchases_per_period × margin
 * received at the end of each period (present value of an ordinary annuity; Brealey, Myers & Allen ch. 2).
 * Evaluated as −expm1(−periods·ln(1+d))/d, accurate for small d; fractional periods allowed.
 */
export function ltv(
  aov: number,
  purchasesPerPeriod: number,
  margin: number,
  periods: number,
  discountRate = 0
): number {
  requireNonNegative(aov, "aov");
  requireNonNegative(purchasesPerPeriod, "purchases_per_period");
  requireFraction(margin, "margin");
  requireNonNegative(periods, "periods");
  requireDiscountRate(discountRate);
  const valuePerPeriod = aov * purchasesPerPeriod * margin;
  const annuityFactor =
    discountRate === 0 ? periods : -Math.expm1(-periods * Math.log1p(discountRate)) / discountRate;
  return finiteResult(valuePerPeriod * annuityFactor, "LTV");
}

/**
 * Retention LTV = m × Σ_{t=1..T} qᵗ with q = r/(1+d): m × q(1 − q^T)/(1 − q), or m × T when q = 1. With periods
 * omitted (null), the infinite horizon m × r/(1 + d − r) (Gupta & Lehmann 2003), which needs r < 1 + d
 * (r = 1 with d = 0 → #NUM!). retention_rate in [0, 1]; periods is truncated to a whole number of periods.
 */
export function ltvRetention(
  marginPerPeriod: number,
  retentionRate: number,
  discountRate = 0,
  periods: number | null = null
): number {
  requireNonNegative(marginPerPeriod, "margin_per_period");
  requireFraction(retentionRate, "retention_rate");
  requireDiscountRate(discountRate);
  if (periods === null) {
    if (!(retentionRate < 1 + discountRate)) {
      throw badNumber(
        `Without periods the value would be infinite: retention_rate (${retentionRate}) must be below 1 + discount_rate, or give periods.`
      );
    }
    return finiteResult(
      (marginPerPeriod * retentionRate) / (1 + discountRate - retentionRate),
      "LTV"
    );
  }
  requireNonNegative(periods, "periods");
  const wholePeriods = Math.trunc(periods);
  const q = retentionRate / (1 + discountRate);
  if (q === 0) return 0; // no customer is retained past the first period
  const sum = q === 1 ? wholePeriods : (q * -Math.expm1(wholePeriods * Math.log(q))) / (1 - q);
  return finiteResult(marginPerPeriod * sum, "LTV");
}

/** Customer acquisition cost CAC = acquisition spend / new customers (获客成本). */
export function cac(spend: number, newCustomers: number): number {
  requireNonNegative(spend, "spend");
  requireNonNegative(newCustomers, "new_customers");
  requireNonZero(newCustomers, "new_customers");
  return spend / newCustomers;
}

/** LTV/CAC ratio = ltv / cac (3 or more is the usual rule of thumb for healthy acquisition). */
export function ltvCac(ltvValue: number, cacValue: number): number {
  requireNonNegative(ltvValue, "ltv");
  requireNonNegative(cacValue, "cac");
  requireNonZero(cacValue, "cac");
  return ltvValue / cacValue;
}

/** CAC payback in periods = cac / margin_per_period (periods of gross margin needed to earn back the CAC). */
export function payback(cacValue: number, marginPerPeriod: number): number {
  requireNonNegative(cacValue, "cac");
  requireNonNegative(marginPerPeriod, "margin_per_period");
  requireNonZero(marginPerPeriod, "margin_per_period");
  return cacValue / marginPerPeriod;
}
