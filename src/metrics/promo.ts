/**
 * Promotion arithmetic: threshold discounts (满减 / 每满减) and the sales lift needed to break even on a price cut.
 */
import { badNumber, divZero } from "./errors";
import { requireNonNegative } from "./guards";

/** Tolerance for ⌊amount / threshold⌋ in floating point (0.3 / 0.1 = 2.9999999999999996 counts as 3). */
const MULTIPLE_TOLERANCE = 1e-9;

/**
 * Amount payable under a threshold discount (满减): amount − discount when amount ≥ threshold (满200减50), else
 * amount; with repeat (每满减) amount − discount × ⌊amount / threshold⌋. All ≥ 0; the discount may not exceed
 * the threshold (#NUM!), so the payable amount is never negative; repeat with threshold 0 → #DIV/0!.
 */
export function thresholdDiscount(
  amount: number,
  threshold: number,
  discount: number,
  repeat = false
): number {
  requireNonNegative(amount, "amount");
  requireNonNegative(threshold, "threshold");
  requireNonNegative(discount, "discount");
  if (discount > threshold)
    throw badNumber(`discount (${discount}) cannot be more than threshold (${threshold}).`);
  if (threshold === 0) {
    if (repeat) throw divZero("threshold must not be zero when the discount repeats (每满).");
    return amount - discount;
  }
  // How many times the threshold is reached, with the same tolerance for both rules, so that 0.3 reaches
  // 0.1 three times although 0.3 / 0.1 = 2.9999999999999996 in binary floating point.
  const times = Math.floor(amount / threshold + MULTIPLE_TOLERANCE);
  const payable = amount - discount * (repeat ? times : Math.min(times, 1));
  return Math.max(0, payable); // never below zero (discount ≤ threshold; only rounding could go under)
}

/**
 * Sales-volume lift needed to keep gross profit after a price cut: d / (m − d), with m the gross margin and d the
 * price cut, both as fractions of the original price (unit profit falls from m to m − d, so volume must rise by
 * m/(m − d) − 1). m in (0, 1], d in [0, 1); d ≥ m leaves no profit to recover → #NUM!.
 */
export function breakevenLift(margin: number, discountRate: number): number {
  if (!(margin > 0 && margin <= 1))
    throw badNumber(`margin must be above 0 and at most 1 (got ${margin}).`);
  if (!(discountRate >= 0 && discountRate < 1))
    throw badNumber(`discount_rate must be from 0 up to (not including) 1 (got ${discountRate}).`);
  if (discountRate >= margin) {
    throw badNumber(
      `A price cut of ${discountRate} is at or above the margin ${margin}: no sales lift can keep the profit.`
    );
  }
  return discountRate / (margin - discountRate);
}
