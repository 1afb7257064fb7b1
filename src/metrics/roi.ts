/**
 * Return on spend: ROI (net, the finance definition), ROAS (投入产出比) and the break-even ROAS.
 * Definitions: ../shared/reference/analytics.md §2.5.
 */
import { badNumber } from "./errors";
import { requireFraction, requireNonNegative, requireNonZero } from "./guards";

/**
 * ROI = (revenue × margin − cost) / cost, the net return per unit of cost; with margin < 1 it is the return on
 * gross profit. revenue, cost ≥ 0, margin in [0, 1] (#NUM!), cost = 0 → #DIV/0!. The seeds' "ROI 2:1" is ROAS 2, ROI 1.
 */
export function roi(revenue: number, cost: number, margin = 1): number {
  requireNonNegative(revenue, "revenue");
  requireNonNegative(cost, "cost");
  requireFraction(margin, "margin");
  requireNonZero(cost, "cost");
  return (revenue * margin - cost) / cost;
}

/** ROAS = revenue / cost, the seeds' 投入产出比: "1:4" (input:output) is ROAS 4. */
export function roas(revenue: number, cost: number): number {
  requireNonNegative(revenue, "revenue");
  requireNonNegative(cost, "cost");
  requireNonZero(cost, "cost");
  return revenue / cost;
}

/** Break-even ROAS = 1 / margin: the ROAS at which gross profit just covers ad cost. margin in (0, 1]. */
export function breakevenRoas(margin: number): number {
  requireNonZero(margin, "margin");
  if (!(margin > 0 && margin <= 1))
    throw badNumber(`margin must be above 0 and at most 1 (got ${margin}).`);
  return 1 / margin;
}
