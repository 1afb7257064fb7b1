/**
 * Traffic and sales ratios: CTR, CPC, CPA, CPM, AOV, GMV = visitors × conversion rate × AOV, and its solver.
 * Counts and money amounts must be zero or more (#NUM!); a zero denominator is #DIV/0!.
 */
import { badNumber, badValue, divZero } from "./errors";
import { requireFraction, requireNonNegative, requireNonZero } from "./guards";

/** numerator / denominator for two non-negative amounts, named in the messages. */
function ratio(
  numerator: number,
  numeratorName: string,
  denominator: number,
  denominatorName: string
): number {
  requireNonNegative(numerator, numeratorName);
  requireNonNegative(denominator, denominatorName);
  requireNonZero(denominator, denominatorName);
  return numerator / denominator;
}

/** Click-through rate CTR = clicks / impressions (点击率). */
export function ctr(clicks: number, impressions: number): number {
  return ratio(clicks, "clicks", impressions, "impressions");
}

/** Cost per click CPC = cost / clicks. */
export function cpc(cost: number, clicks: number): number {
  return ratio(cost, "cost", clicks, "clicks");
}

/** Cost per acquisition CPA = cost / conversions. */
export function cpa(cost: number, conversions: number): number {
  return ratio(cost, "cost", conversions, "conversions");
}

/** Cost per mille CPM = cost / impressions × 1000. */
export function cpm(cost: number, impressions: number): number {
  return ratio(cost, "cost", impressions, "impressions") * 1000;
}

/** Average order value AOV = revenue / orders (客单价; with buyers instead of orders it is revenue per buyer). */
export function aov(revenue: number, orders: number): number {
  return ratio(revenue, "revenue", orders, "orders");
}

/** GMV = visitors × conversion_rate × aov (销售额 = 流量 × 转化率 × 客单价); conversion_rate in [0, 1]. */
export function gmv(visitors: number, conversionRate: number, averageOrderValue: number): number {
  requireNonNegative(visitors, "visitors");
  requireFraction(conversionRate, "conversion_rate");
  requireNonNegative(averageOrderValue, "aov");
  return visitors * conversionRate * averageOrderValue;
}

/**
 * Solves GMV = visitors × conversion_rate × aov for the one factor given as null (blank):
 * missing = target_gmv / (product of the other two). None or several blanks → #VALUE!; a zero factor → #DIV/0!;
 * a required conversion rate above 1 (100%) cannot be reached → #NUM!.
 */
export function gmvSolve(
  targetGmv: number,
  visitors: number | null,
  conversionRate: number | null,
  averageOrderValue: number | null
): number {
  const blanks = [visitors, conversionRate, averageOrderValue].filter((x) => x === null).length;
  if (blanks !== 1) {
    throw badValue(
      `Leave exactly one of visitors, conversion_rate and aov blank to solve for it (${blanks} are blank).`
    );
  }
  requireNonNegative(targetGmv, "target_gmv");
  if (visitors !== null) requireNonNegative(visitors, "visitors");
  if (conversionRate !== null) requireFraction(conversionRate, "conversion_rate");
  if (averageOrderValue !== null) requireNonNegative(averageOrderValue, "aov");

  if (visitors === null) {
    const perVisitor = (conversionRate as number) * (averageOrderValue as number);
    if (perVisitor === 0)
      throw divZero("conversion_rate × aov is zero, so no number of visitors reaches the target.");
    return targetGmv / perVisitor;
  }
  if (averageOrderValue === null) {
    const orders = visitors * (conversionRate as number);
    if (orders === 0)
      throw divZero("visitors × conversion_rate is zero, so no aov reaches the target.");
    return targetGmv / orders;
  }
  const perConversion = visitors * averageOrderValue;
  if (perConversion === 0)
    throw divZero("visitors × aov is zero, so no conversion rate reaches the target.");
  const rate = targetGmv / perConversion;
  if (rate > 1) {
    throw badNumber(
      `The target needs a conversion rate of ${rate} (above 100%), which these visitors and aov cannot reach.`
    );
  }
  return rate;
}
