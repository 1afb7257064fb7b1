/**
 * Worksheet functions: simple customer-value metrics (spec §4): LTV from order economics, LTV from
 * retention, CAC, LTV/CAC and CAC payback. Thin wrappers: Excel arguments → elementwise evaluation → metrics/ltv.
 */
import {
  cac as acquisitionCost,
  ltv as lifetimeValue,
  ltvCac as ltvToCac,
  ltvRetention as retentionLifetimeValue,
  payback as paybackPeriods,
} from "../../metrics/ltv";
import { elementwise } from "../elementwise";

/**
 * Customer lifetime value from order economics: value per period (AOV × purchases per period × margin), summed over the lifetime and optionally discounted (money).
 * @customfunction LTV
 * @helpurl https://localhost:3000/help/ECOM.LTV.html
 * @formula v = aov × purchases_per_period × margin, received at the end of each period; LTV = v × (1 − (1 + d)^−periods) / d, or v × periods when d = 0 (present value of an ordinary annuity; fractional periods allowed). Negative aov, purchases or periods, a margin outside 0..1 or a discount rate at or below −1 → #NUM!.
 * @example =ECOM.LTV(100, 2, 0.4, 3) → 240 (v = 100 × 2 × 0.4 = 80 per period, × 3 periods)
 * @example =ECOM.LTV(100, 2, 0.4, 3, 0.1) → 198.95 (80 × (1 − 1.1^−3) / 0.1 = 80 × 2.48685)
 * @reference Present value of an ordinary annuity (Brealey, Myers & Allen, Principles of Corporate Finance, ch. 2; Excel's PV with type 0). The seed manuals use LTV only as an outcome; their 经济价值 indicators 消费金额/频次/客单价 are its inputs.
 * @param aov Average order value (客单价) in money per order: a cell or a range.
 * @param purchases_per_period Orders per customer per period (a count, e.g. 2 per year): a cell or a range of the same shape.
 * @param margin Gross margin as a fraction of order value, e.g. 0.4 = 40%.
 * @param periods Customer lifetime as a number of periods (the same period as purchases_per_period and discount_rate; decimals allowed).
 * @param [discount_rate] Discount rate per period as a fraction, e.g. 0.1 = 10% a period; omit for 0 (no discounting).
 * @returns Lifetime value in money (gross profit per customer), one per entry; blank rows stay blank.
 */
function ltvFunction(
  aov: any[][],
  purchases_per_period: any[][],
  margin: any[][],
  periods: any[][],
  discount_rate?: any[][]
): any[][] {
  return elementwise(
    [
      { name: "aov", value: aov },
      { name: "purchases_per_period", value: purchases_per_period },
      { name: "margin", value: margin },
      { name: "periods", value: periods },
      { name: "discount_rate", value: discount_rate ?? null, optional: true },
    ],
    ([a, f, m, t, d]) =>
      lifetimeValue(
        a as number,
        f as number,
        m as number,
        t as number,
        d === null ? 0 : (d as number)
      )
  );
}

/**
 * Customer lifetime value from retention: margin per period × the expected number of retained periods, discounted (money).
 * @customfunction LTV.RETENTION
 * @helpurl https://localhost:3000/help/ECOM.LTV.RETENTION.html
 * @formula LTV = m × Σ_{t=1..periods} (r / (1 + d))^t, the customer paying m at the end of each period survived with probability r per period; periods is truncated to a whole number. With periods omitted, the infinite horizon m × r / (1 + d − r) (Gupta–Lehmann), which needs r < 1 + d: r = 1 with d = 0 and no periods → #NUM!. r outside 0..1, a negative margin or periods, or d at or below −1 → #NUM!.
 * @example =ECOM.LTV.RETENTION(50, 0.8) → 200 (50 × 0.8 / (1 − 0.8))
 * @example =ECOM.LTV.RETENTION(50, 0.8, 0.1) → 133.33 (50 × 0.8 / (1.1 − 0.8) = 40 / 0.3)
 * @example =ECOM.LTV.RETENTION(50, 0.8, 0, 3) → 97.6 (50 × (0.8 + 0.64 + 0.512))
 * @reference Gupta & Lehmann (2003), "Customers as assets", Journal of Interactive Marketing 17(1): margin multiple r / (1 + d − r).
 * @param margin_per_period Gross margin earned from one customer in one period (money per period): a cell or a range.
 * @param retention_rate Retention rate per period as a fraction, e.g. 0.8 = 80% of customers stay each period.
 * @param [discount_rate] Discount rate per period as a fraction, e.g. 0.1 = 10% a period; omit for 0.
 * @param [periods] Number of periods to count (a whole number; decimals are truncated); omit for an unlimited horizon.
 * @returns Lifetime value in money, one per entry; blank rows stay blank.
 */
function ltvRetentionFunction(
  margin_per_period: any[][],
  retention_rate: any[][],
  discount_rate?: any[][],
  periods?: any[][]
): any[][] {
  return elementwise(
    [
      { name: "margin_per_period", value: margin_per_period },
      { name: "retention_rate", value: retention_rate },
      { name: "discount_rate", value: discount_rate ?? null, optional: true },
      { name: "periods", value: periods ?? null, optional: true },
    ],
    ([m, r, d, t]) =>
      retentionLifetimeValue(
        m as number,
        r as number,
        d === null ? 0 : (d as number),
        t === null ? null : (t as number)
      )
  );
}

/**
 * Customer acquisition cost (获客成本): acquisition spend ÷ new customers (money per customer).
 * @customfunction CAC
 * @helpurl https://localhost:3000/help/ECOM.CAC.html
 * @formula CAC = spend / new_customers. new_customers = 0 → #DIV/0!; a negative spend or count → #NUM!.
 * @example =ECOM.CAC(5000, 100) → 50 (5000 spent to win 100 new customers: 50 per customer)
 * @reference Standard definition (获客成本); the seed operating plan sets CAC targets in 元 per new customer (see the project's domain digest).
 * @param spend Acquisition spend in money (ads, coupons, commissions) for the period: a cell or a range.
 * @param new_customers Number of new customers won in the same period (a count): a cell or a range of the same shape.
 * @returns CAC in money per new customer, one per entry; blank rows stay blank.
 */
function cacFunction(spend: any[][], new_customers: any[][]): any[][] {
  return elementwise(
    [
      { name: "spend", value: spend },
      { name: "new_customers", value: new_customers },
    ],
    ([s, n]) => acquisitionCost(s as number, n as number)
  );
}

/**
 * LTV-to-CAC ratio: lifetime value ÷ acquisition cost (3 or more is the usual rule of thumb).
 * @customfunction LTVCAC
 * @helpurl https://localhost:3000/help/ECOM.LTVCAC.html
 * @formula LTV/CAC = ltv / cac. cac = 0 → #DIV/0!; a negative value → #NUM!.
 * @example =ECOM.LTVCAC(240, 80) → 3 (each customer returns 3 times what it cost to acquire)
 * @reference Standard unit-economics ratio (Skok, "SaaS Metrics 2.0"); the rule of thumb LTV/CAC ≥ 3 is a practitioner convention.
 * @param ltv Customer lifetime value in money (e.g. from ECOM.LTV): a cell or a range.
 * @param cac Customer acquisition cost in money per customer (e.g. from ECOM.CAC): a cell or a range of the same shape.
 * @returns The ratio (a plain number: 3 = three times), one per entry; blank rows stay blank.
 */
function ltvCacFunction(ltv: any[][], cac: any[][]): any[][] {
  return elementwise(
    [
      { name: "ltv", value: ltv },
      { name: "cac", value: cac },
    ],
    ([l, c]) => ltvToCac(l as number, c as number)
  );
}

/**
 * CAC payback: the number of periods of gross margin needed to earn back the acquisition cost.
 * @customfunction PAYBACK
 * @helpurl https://localhost:3000/help/ECOM.PAYBACK.html
 * @formula payback = cac / margin_per_period (in the period of the margin: months for a monthly margin). margin_per_period = 0 → #DIV/0!; a negative value → #NUM!.
 * @example =ECOM.PAYBACK(120, 10) → 12 (120 acquisition cost earned back at 10 gross margin a month: 12 months)
 * @reference Standard CAC payback (Skok, "SaaS Metrics 2.0"); the seed operating plan cites a payback period (投资回报周期) of 18 months as a bad industry state.
 * @param cac Customer acquisition cost in money per customer: a cell or a range.
 * @param margin_per_period Gross margin earned from one customer per period (money per period, e.g. per month): a cell or a range of the same shape.
 * @returns Payback as a number of periods (decimals allowed), one per entry; blank rows stay blank.
 */
function paybackFunction(cac: any[][], margin_per_period: any[][]): any[][] {
  return elementwise(
    [
      { name: "cac", value: cac },
      { name: "margin_per_period", value: margin_per_period },
    ],
    ([c, m]) => paybackPeriods(c as number, m as number)
  );
}
