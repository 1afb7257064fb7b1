/**
 * Worksheet functions: traffic and conversion (spec §2).
 * Each function is a thin wrapper: Excel arguments → elementwise/column evaluation → metrics.
 */
import { conversionRate } from "../../metrics/conversion";
import { elementwise } from "../elementwise";

/**
 * Conversion rate: conversions ÷ visitors, as a fraction (0.032 = 3.2%).
 * @customfunction CONVRATE
 * @helpurl https://localhost:3000/help/ECOM.CONVRATE.html
 * @formula conversion rate = conversions / visitors. visitors = 0 → #DIV/0!; conversions above visitors or any negative → #NUM!.
 * @example =ECOM.CONVRATE(32, 1000) → 0.032 (3.2% once the cell is formatted as a percentage)
 * @reference 转化率 = 成交人数 / 访客数 (the seed manuals' definition; see the project's domain digest §2).
 * @param conversions Number of conversions (orders or buyers): a cell or a range.
 * @param visitors Number of visitors (UV) in the same period: a cell or a range of the same shape.
 * @returns Conversion rate as a fraction (0.032 = 3.2%), one per entry; blank rows stay blank.
 */
function convRate(conversions: any[][], visitors: any[][]): any[][] {
  return elementwise(
    [
      { name: "conversions", value: conversions },
      { name: "visitors", value: visitors },
    ],
    ([k, n]) => conversionRate(k as number, n as number)
  );
}
