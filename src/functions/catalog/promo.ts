/**
 * Worksheet functions: promotions (spec §7): threshold discounts (满减 / 每满减) and the sales lift needed to
 * break even on a price cut.
 */
import { breakevenLift, thresholdDiscount } from "../../metrics/promo";
import { elementwise } from "../elementwise";
import { asExcelFunction } from "../excel-errors";
import { readFlagOption } from "../options";

/**
 * Amount payable under a threshold discount (满减): amount − discount once the amount reaches the threshold; with repeat (每满减) the discount is given for every full threshold (money).
 * @customfunction THRESHOLD.DISCOUNT
 * @helpurl https://localhost:3000/help/ECOM.THRESHOLD.DISCOUNT.html
 * @formula repeat FALSE (满减): amount − discount when amount ≥ threshold, else amount. repeat TRUE (每满减): amount − discount × ⌊amount / threshold⌋. The effective discount rate is 1 − payable / amount. A negative value or a discount above the threshold → #NUM!; repeat with threshold 0 → #DIV/0!; repeat that is not TRUE/FALSE/1/0 or is a range → #VALUE!.
 * @example =ECOM.THRESHOLD.DISCOUNT(200, 200, 50) → 150 (满200减50: 200 − 50; effective discount 50 / 200 = 25%)
 * @example =ECOM.THRESHOLD.DISCOUNT(199, 200, 50) → 199 (below the threshold: no discount)
 * @example =ECOM.THRESHOLD.DISCOUNT(450, 200, 50, TRUE) → 350 (每满200减50: 450 holds 2 full 200s, 450 − 2 × 50)
 * @reference The seed manuals' 满减活动 "如满200减50，满300减100，提升客单价" (see the project's domain digest, item 9); 每满减 is the repeating variant used on Chinese marketplaces.
 * @param amount Order amount before the discount (money): a cell or a range.
 * @param threshold Spend needed for the discount (money, e.g. 200 in 满200减50): a cell or a range of the same shape.
 * @param discount Money off when the threshold is reached (money, e.g. 50 in 满200减50), at most the threshold: a cell or a range of the same shape.
 * @param [repeat] TRUE (or 1) for 每满减, the discount given for every full threshold; FALSE (or 0) for a single 满减; a single cell; omit for FALSE.
 * @returns The amount payable (money), one per entry; blank rows stay blank.
 */
function thresholdDiscountFunction(
  amount: any[][],
  threshold: any[][],
  discount: any[][],
  repeat?: any
): any[][] {
  return asExcelFunction(() => {
    const repeats = readFlagOption(repeat ?? null, "repeat", false);
    return elementwise(
      [
        { name: "amount", value: amount },
        { name: "threshold", value: threshold },
        { name: "discount", value: discount },
      ],
      ([a, t, d]) => thresholdDiscount(a as number, t as number, d as number, repeats)
    );
  });
}

/**
 * Sales-volume lift needed to keep the same gross profit after a price cut: d ÷ (m − d), as a fraction (0.5 = sell 50% more).
 * @customfunction BREAKEVEN.LIFT
 * @helpurl https://localhost:3000/help/ECOM.BREAKEVEN.LIFT.html
 * @formula lift = d / (m − d), with m the gross margin and d the price cut, both as fractions of the original price: unit profit falls from m to m − d, so volume must rise by m / (m − d) − 1. m outside (0, 1], d outside [0, 1), or d ≥ m (no profit left to recover) → #NUM!.
 * @example =ECOM.BREAKEVEN.LIFT(0.4, 0.1) → 0.3333 (a 10% price cut at a 40% margin: 0.1 / 0.3, sell a third more)
 * @example =ECOM.BREAKEVEN.LIFT(0.4, 0.25) → 1.6667 (满200减50 is a 25% cut: 0.25 / 0.15, sell 167% more to keep the profit)
 * @reference Standard break-even volume for a price change (Nagle & Müller, The Strategy and Tactics of Pricing, 6th ed., break-even sales analysis: % break-even sales change = −ΔP / (CM + ΔP) with the contribution margin CM and price change ΔP as fractions of the price); the seed manuals' promotion profit check (利润率, see the project's domain digest, item 39).
 * @param margin Gross margin before the cut as a fraction of the price, e.g. 0.4 = 40%: a cell or a range.
 * @param discount_rate Price cut as a fraction of the original price, e.g. 0.1 = 10% off: a cell or a range of the same shape.
 * @returns The needed sales-volume lift as a fraction (0.5 = +50%), one per entry; blank rows stay blank.
 */
function breakevenLiftFunction(margin: any[][], discount_rate: any[][]): any[][] {
  return elementwise(
    [
      { name: "margin", value: margin },
      { name: "discount_rate", value: discount_rate },
    ],
    ([m, d]) => breakevenLift(m as number, d as number)
  );
}
