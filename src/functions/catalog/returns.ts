/**
 * Worksheet functions: return and budget (spec §3).
 */
import { roi as returnOnInvestment } from "../../metrics/roi";
import { elementwise } from "../elementwise";

/**
 * Return on investment (net): (revenue × margin − cost) ÷ cost, as a fraction (1 = 100%).
 * @customfunction ROI
 * @helpurl https://localhost:3000/help/ECOM.ROI.html
 * @formula ROI = (revenue × margin − cost) / cost. Without margin (margin = 1) this is the return on revenue; with the gross margin it is the return on gross profit. cost = 0 → #DIV/0!.
 * @example =ECOM.ROI(200, 100) → 1 (100%: 200 earned on 100 spent)
 * @example =ECOM.ROI(200, 100, 0.4) → −0.2 (gross profit 80 on a cost of 100)
 * @reference The finance definition of ROI, (gain − cost) / cost; the seed manuals' SEO example "ROI 2:1" is revenue 2 per cost 1, i.e. ROAS 2 and ROI 1.
 * @param revenue Revenue attributed to the spend (money): a cell or a range.
 * @param cost Cost or spend (money), not zero: a cell or a range of the same shape.
 * @param [margin] Gross margin as a fraction (0.4 = 40%); omit for 1, the ROI on revenue.
 * @returns ROI as a fraction (0.5 = 50%), one per entry; blank rows stay blank.
 */
function roi(revenue: any[][], cost: any[][], margin?: any[][]): any[][] {
  return elementwise(
    [
      { name: "revenue", value: revenue },
      { name: "cost", value: cost },
      { name: "margin", value: margin ?? null, optional: true },
    ],
    ([r, c, m]) => returnOnInvestment(r as number, c as number, m === null ? 1 : (m as number))
  );
}
