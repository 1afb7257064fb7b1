/**
 * Worksheet functions: probabilistic customer lifetime value (spec §4, second half) — lifetimes' summary table
 * from an order log, and the BG/NBD (purchases) and Gamma–Gamma (spend) models of Fader, Hardie & Lee fitted on
 * the customers given: parameters, P(alive), expected purchases and CLV.
 *
 * The per-customer functions (CLV.PARAMS, CLV.PALIVE, CLV.PURCHASES, CLV) read their columns straight into
 * Float64Arrays and decide row by row: a row whose cells are all blank gives "" and takes no part in the fit; a
 * row with an invalid cell (text, TRUE/FALSE, an error), a partly blank row, or a row that `validateClvRow`
 * rejects (negative, non-whole frequency, recency above age, …) gives its own error and takes no part in the fit;
 * every other row is fitted and evaluated. A fit that is impossible (fewer than 10 customers, no repeat buyer, …)
 * makes the whole result that #NUM! with the model's message. Customers with the same (frequency, recency, age)
 * share one evaluation, so 100,000 customers cost one fit plus one evaluation per distinct pattern.
 */
import { conditionalExpectedPurchases, fitBgNbd, probabilityAlive } from "../../metrics/bgnbd";
import { CLV_PARAMS_ROWS, clvParameters, lifetimeValues } from "../../metrics/clv";
import { purchasePatterns, validateClvRow } from "../../metrics/clv-inputs";
import { CLV_SUMMARY_COLUMNS, ClvTimeUnit, summarizeTransactions } from "../../metrics/clv-summary";
import { badNumber, notAvailable } from "../../metrics/errors";
import { indexCustomers } from "../../metrics/orders";
import { isBlankCell } from "../cells";
import { NumberColumn, Orientation, readNumberColumn, requireSameLength } from "../columns";
import { asExcelFunction, isExcelError, toExcelError } from "../excel-errors";
import { CLV_PARAMS_LABELS, CLV_SUMMARY_LABELS } from "../labels/clv";
import { readLanguage } from "../language";
import { asMatrix, isSingleCell, ResultCell, shapeOf } from "../matrix";
import { readOrderTable } from "../order-table";
import { readChoiceOption, readNumberOption, readRequiredNumber } from "../options";

/**
 * lifetimes' customer summary from an order log: per customer frequency (repeat purchase days), recency, age (in days, weeks or months) and mean repeat-purchase value.
 * @customfunction CLV.SUMMARY
 * @helpurl https://localhost:3000/help/ECOM.CLV.SUMMARY.html
 * @formula Per customer (in order of first appearance), over the orders dated on or before as_of, at day granularity (orders on the same day are one purchase whose amount is their sum): frequency = distinct order days − 1; recency = (last order day − first order day) / u; age = (as_of − first order day) / u; monetary = Σ amounts of the days after the first / frequency (0 when frequency = 0; the first purchase is left out, as the Gamma–Gamma model describes repeat purchases), with u = 1 (unit "D"), 7 ("W") or 30.4375 ("M") days. as_of defaults to the latest order date. Ids 1, "1" and " 1 " are one customer; rows with a blank id are skipped. A row with an id but a blank date or amount → #N/A naming the row; text dates or amounts → #VALUE!; no order on or before as_of → #N/A; unknown unit → #VALUE!. The header row follows Excel's display language when the runtime exposes it, else English.
 * @example =ECOM.CLV.SUMMARY({"A";"A";"A";"B"}, {45000;45007;45021;45014}, {10;20;40;5}, 45028, "W") → header, then A: 2, 3, 4, 30 (repeat days 45007 and 45021: recency 21/7, age 28/7, monetary (20 + 40)/2); B: 0, 0, 2, 0
 * @example =ECOM.CLV.SUMMARY(B2:B6920, C2:C6920, D2:D6920, DATE(1997,9,30), "W") → lifetimes' cdnow_customers_summary from CDNOW_sample.txt: 2357 customers; customer 1: 2, 30.43, 38.86, 22.35
 * @reference lifetimes (Cam Davidson-Pilon, MIT) utils.summary_data_from_transaction_data with freq "D" and freq_multiplier 1, 7 or 30.4375; Fader & Hardie's CDNOW calibration summary.
 * @param customer_ids Customer id of each order (numbers or text): a column (or row), one entry per order.
 * @param order_dates Order date of each order (Excel dates; a time of day is ignored): same length as customer_ids.
 * @param amounts Amount of each order (money): same length as customer_ids.
 * @param [as_of] End of the observation period (an Excel date); later orders are ignored; omit for the latest order date.
 * @param [unit] Time unit of recency and age: "D" (days, default), "W" (weeks of 7 days) or "M" (months of 30.4375 days).
 * @returns A table with a header row and one row per customer: customer, frequency, recency, age, monetary.
 */
function clvSummary(
  customer_ids: any[][],
  order_dates: any[][],
  amounts: any[][],
  as_of?: any,
  unit?: any
): any[][] {
  return asExcelFunction(() => {
    const asOf = readNumberOption(as_of ?? null, "as_of", NaN);
    const timeUnit = readChoiceOption<ClvTimeUnit>(
      unit ?? null,
      "unit",
      { d: "D", day: "D", w: "W", week: "W", m: "M", month: "M" },
      "D"
    );
    const lang = readLanguage(null);
    const orders = readOrderLog(customer_ids, order_dates, amounts);
    const summary = summarizeTransactions(
      orders.customer,
      orders.dates,
      orders.amounts,
      Number.isNaN(asOf) ? null : asOf,
      timeUnit
    );
    const k = summary.customers.length;
    const out: ResultCell[][] = new Array(k + 1);
    out[0] = CLV_SUMMARY_COLUMNS.map((key) => CLV_SUMMARY_LABELS[key][lang]);
    for (let c = 0; c < k; c++) {
      const { frequency, recency, age, monetary } = summary;
      const id = orders.ids[summary.customers[c] as number] as string | number | boolean;
      if (!Number.isFinite(monetary[c]))
        throw badNumber(
          `The amounts of customer ${String(id)} add up to more than Excel can hold.`
        );
      out[c + 1] = [id, frequency[c], recency[c], age[c], monetary[c]];
    }
    return out;
  });
}

/**
 * Fits the BG/NBD purchase model (and the Gamma–Gamma spend model when monetary is given) on the customers given and returns its parameters as a label | value table.
 * @customfunction CLV.PARAMS
 * @helpurl https://localhost:3000/help/ECOM.CLV.PARAMS.html
 * @formula Maximum likelihood, as lifetimes' BetaGeoFitter and GammaGammaFitter: BG/NBD — purchase rate λ ~ Gamma(r, alpha) while alive, dropout after each repeat purchase with probability ~ Beta(a, b); loglik = the total log-likelihood at the fit (in the data's time unit; alpha is in that unit too). Gamma–Gamma — spend per transaction ~ Gamma(p, ν), ν ~ Gamma(q, v), fitted on the customers with frequency > 0; p, q, v are blank when monetary is omitted. customers = the number of customers in the fit. Rows whose cells are all blank, and rows with an invalid or partly blank entry (text, a negative number, a non-whole frequency, recency above age, recency ≠ 0 with frequency 0, monetary ≤ 0 with frequency > 0) are left out of the fit — ECOM.CLV.PALIVE (or ECOM.CLV) on the same columns shows which rows and why. Fewer than 10 customers, no repeat buyer, every age 0, or fewer than 10 repeat buyers for the spend model → #NUM! with a message; columns of different lengths → #VALUE!.
 * @example =ECOM.CLV.PARAMS(B2:B2358, C2:C2358, D2:D2358) → r 0.24259, alpha 4.41353, a 0.79289, b 2.42575, loglik −9582.43, p, q, v blank, customers 2357 (lifetimes' CDNOW summary in weeks; its Quickstart prints 0.242593, 4.413532, 0.792886, 2.425752)
 * @example =ECOM.CLV.PARAMS(B2:B2358, C2:C2358, D2:D2358, E2:E2358, "zh") → the same with p 6.2488, q 3.7446, v 15.4477 (monetary = zbar of CDNOW), labels in Chinese
 * @reference Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the Pareto/NBD Model", Marketing Science 24(2); Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis", JMR 42; Hardie note 025; lifetimes (Cam Davidson-Pilon, MIT) BetaGeoFitter, GammaGammaFitter.
 * @param frequency Repeat purchases of each customer (a whole number ≥ 0): a column (or row), one entry per customer.
 * @param recency Time from each customer's first to last purchase (0 with no repeat purchase): same length, same time unit as age.
 * @param age Time from each customer's first purchase to the end of observation: same length, in days, weeks or months.
 * @param [monetary] Mean value of each customer's repeat purchases (money; 0 or any value when frequency is 0): same length; omit for the BG/NBD fit only.
 * @param [language] Label language: "zh-CN" or "en-US" (also "zh", "en", "中文", "English"); omit for Excel's language or English.
 * @returns A 9×2 table, label | value: r, alpha, a, b, loglik, p, q, v, customers.
 */
function clvParams(
  frequency: any[][],
  recency: any[][],
  age: any[][],
  monetary?: any[][],
  language?: any
): any[][] {
  return asExcelFunction(() => {
    const lang = readLanguage(language ?? null);
    const withSpend = !isOmitted(monetary ?? null);
    const rows = readClvRows(frequency, recency, age, withSpend ? monetary : undefined);
    const [x, tx, T, m] = rows.columns;
    const params = clvParameters({
      frequency: x.values,
      recency: tx.values,
      age: T.values,
      monetary: m ? m.values : undefined,
      include: rows.include,
    });
    return CLV_PARAMS_ROWS.map((key) => {
      const value = params[key];
      if (value !== null && !Number.isFinite(value))
        throw badNumber(`The fit gave a non-finite ${key} for these data.`);
      return [CLV_PARAMS_LABELS[key][lang], value === null ? "" : value];
    });
  });
}

/**
 * Probability that each customer is still active ("alive"), from the BG/NBD model fitted on the customers given, as a fraction (0.73 = 73%).
 * @customfunction CLV.PALIVE
 * @helpurl https://localhost:3000/help/ECOM.CLV.PALIVE.html
 * @formula Fits BG/NBD (r, alpha, a, b, as ECOM.CLV.PARAMS) on the valid rows, then per customer P(alive) = 1 / (1 + a/(b + x − 1) · ((alpha + T)/(alpha + t_x))^(r + x)) with x = frequency, t_x = recency, T = age; 1 when x = 0. A row with all cells blank → ""; a partly blank row → #N/A; a text cell → #VALUE!; a negative value, a non-whole frequency, recency above age, or recency ≠ 0 with frequency 0 → #NUM! in that row (left out of the fit). Fewer than 10 valid customers or no repeat buyer → #NUM! with a message.
 * @example =ECOM.CLV.PALIVE(B2:B2358, C2:C2358, D2:D2358) → 0.726609 for CDNOW customer 1 (x = 2, t_x = 30.43, T = 38.86 weeks), 0.212227 for customer 2 (x = 1, t_x = 1.71), 1 for customers without repeat purchases
 * @reference Fader, Hardie & Lee (2005), Marketing Science 24(2); Hardie note 021 "Computing P(alive) using the BG/NBD model"; lifetimes BetaGeoFitter.conditional_probability_alive.
 * @param frequency Repeat purchases of each customer (a whole number ≥ 0): a column (or row), one entry per customer.
 * @param recency Time from each customer's first to last purchase (0 with no repeat purchase): same length, same time unit as age.
 * @param age Time from each customer's first purchase to the end of observation: same length, in days, weeks or months.
 * @returns P(alive) of each customer as a fraction, in the input's orientation; blank rows stay blank.
 */
function clvPalive(frequency: any[][], recency: any[][], age: any[][]): any[][] {
  return asExcelFunction(() => {
    const rows = readClvRows(frequency, recency, age);
    const [x, tx, T] = rows.columns;
    const patterns = purchasePatterns(x.values, tx.values, T.values, rows.include);
    const fit = fitBgNbd(patterns);
    const values = evaluatePatterns(patterns.frequency.length, (k) =>
      probabilityAlive(fit, patterns.frequency[k], patterns.recency[k], patterns.age[k])
    );
    return spill(rows, (i) => values[patterns.patternOfRow[i]]);
  });
}

/**
 * Expected number of repeat purchases of each customer in the next horizon (same time unit as the data), from the BG/NBD model fitted on the customers given.
 * @customfunction CLV.PURCHASES
 * @helpurl https://localhost:3000/help/ECOM.CLV.PURCHASES.html
 * @formula Fits BG/NBD (r, alpha, a, b, as ECOM.CLV.PARAMS) on the valid rows, then per customer E[Y(t) | x, t_x, T], the expected repeat purchases in (T, T + t] with t = horizon (Fader, Hardie & Lee 2005, eq. 10): P(alive) · ((a + b + x − 1)/(a − 1)) · [1 − ((alpha + T)/(alpha + T + t))^(r + x) · ₂F₁(r + x, b + x; a + b + x − 1; t/(alpha + T + t))]. Rows as in ECOM.CLV.PALIVE: all blank → "", invalid → that row's error, left out of the fit. horizon blank → #VALUE!; negative → #NUM!; fewer than 10 valid customers or no repeat buyer → #NUM! with a message.
 * @example =ECOM.CLV.PURCHASES(B2:B2358, C2:C2358, D2:D2358, 39) → 1.225910 for CDNOW customer 1 (x = 2, t_x = 30.43, T = 38.86 weeks), Hardie's spreadsheet value 1.226
 * @example =ECOM.CLV.PURCHASES(B2:B2358, C2:C2358, D2:D2358, 1) → 0.037443 for the same customer (next week)
 * @reference Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way", Marketing Science 24(2), eq. 10; lifetimes BetaGeoFitter.conditional_expected_number_of_purchases_up_to_time.
 * @param frequency Repeat purchases of each customer (a whole number ≥ 0): a column (or row), one entry per customer.
 * @param recency Time from each customer's first to last purchase (0 with no repeat purchase): same length, same time unit as age.
 * @param age Time from each customer's first purchase to the end of observation: same length, in days, weeks or months.
 * @param horizon Length of the future period, ≥ 0, in the same time unit as recency and age (e.g. 52 for a year of weekly data): a single cell.
 * @returns Expected repeat purchases of each customer in the horizon, in the input's orientation; blank rows stay blank.
 */
function clvPurchases(frequency: any[][], recency: any[][], age: any[][], horizon: any): any[][] {
  return asExcelFunction(() => {
    const t = readRequiredNumber(horizon ?? null, "horizon");
    if (!(Number.isFinite(t) && t >= 0))
      throw badNumber(`horizon must be zero or more (got ${t}).`);
    const rows = readClvRows(frequency, recency, age);
    const [x, tx, T] = rows.columns;
    const patterns = purchasePatterns(x.values, tx.values, T.values, rows.include);
    const fit = fitBgNbd(patterns);
    const values = evaluatePatterns(patterns.frequency.length, (k) =>
      conditionalExpectedPurchases(
        fit,
        t,
        patterns.frequency[k],
        patterns.recency[k],
        patterns.age[k]
      )
    );
    return spill(rows, (i) => values[patterns.patternOfRow[i]]);
  });
}

/**
 * Probabilistic customer lifetime value (money): expected repeat purchases (BG/NBD) × expected spend per purchase (Gamma–Gamma) over the horizon, discounted per step, with both models fitted on the customers given.
 * @customfunction CLV
 * @helpurl https://localhost:3000/help/ECOM.CLV.html
 * @formula CLV = Σ_{i=1..n} E[M] · (E[Y(tᵢ)] − E[Y(tᵢ₋₁)]) / (1 + d)^i with n = ⌈horizon/step⌉, tᵢ = i·step (the last clipped at horizon), E[Y(t)] the BG/NBD expected repeat purchases in (age, age + t] (ECOM.CLV.PURCHASES) and E[M] = (1 − w)·v·p/(q − 1) + w·monetary, w = p·x/(p·x + q − 1), the Gamma–Gamma expected spend per purchase. Both models are fitted on the valid rows (Gamma–Gamma on those with frequency > 0). step is one discounting period in the data's time unit (weekly data with a monthly rate: step 4.345); d = 0 gives E[M]·E[Y(horizon)]. This is lifetimes' customer_lifetime_value with its time unit made explicit: its time = 12 months, freq "W" is horizon 12·4.345, step 4.345. Rows: all blank → ""; partly blank → #N/A; text → #VALUE!; invalid numbers (see ECOM.CLV.PALIVE; monetary ≤ 0 with frequency > 0) → #NUM! in that row, left out of the fits. horizon blank → #VALUE!; horizon < 0, step ≤ 0, discount_rate ≤ −1, more than 100,000 steps, fewer than 10 valid customers or repeat buyers, or a spend fit with q ≤ 1 → #NUM! with a message.
 * @example =ECOM.CLV(B2:B2358, C2:C2358, D2:D2358, E2:E2358, 52.14, 0.01, 4.345) → 36.2785 for CDNOW customer 1 (12 months of 4.345 weeks, 1% a month)
 * @example =ECOM.CLV(B2:B2358, C2:C2358, D2:D2358, E2:E2358, 360, 0.01, 30) → 140.0962 for customer 1, 18.9435 for customer 2: lifetimes' documented example (time = 12, discount_rate = 0.01 with its default freq "D", i.e. 30 weekly units a "month")
 * @reference Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis", JMR 42; Hardie note 025; lifetimes (Cam Davidson-Pilon, MIT) GammaGammaFitter.customer_lifetime_value and utils._customer_lifetime_value.
 * @param frequency Repeat purchases of each customer (a whole number ≥ 0): a column (or row), one entry per customer.
 * @param recency Time from each customer's first to last purchase (0 with no repeat purchase): same length, same time unit as age.
 * @param age Time from each customer's first purchase to the end of observation: same length, in days, weeks or months.
 * @param monetary Mean value of each customer's repeat purchases (money; 0 when frequency is 0): same length.
 * @param horizon Length of the future period, ≥ 0, in the same time unit as recency and age (e.g. 52.14 weeks for 12 months): a single cell.
 * @param [discount_rate] Discount rate per step as a fraction, e.g. 0.01 = 1% a month; omit for 0 (no discounting).
 * @param [step] Length of one discounting period in the data's time unit (4.345 for months of weekly data, 30.4375 for months of daily data); omit for 1.
 * @returns Lifetime value of each customer in money (the unit of monetary), in the input's orientation; blank rows stay blank.
 */
function clv(
  frequency: any[][],
  recency: any[][],
  age: any[][],
  monetary: any[][],
  horizon: any,
  discount_rate?: any,
  step?: any
): any[][] {
  return asExcelFunction(() => {
    const t = readRequiredNumber(horizon ?? null, "horizon");
    const d = readNumberOption(discount_rate ?? null, "discount_rate", 0);
    const periodLength = readNumberOption(step ?? null, "step", 1);
    const rows = readClvRows(frequency, recency, age, monetary);
    const [x, tx, T, m] = rows.columns;
    const values = lifetimeValues(
      {
        frequency: x.values,
        recency: tx.values,
        age: T.values,
        monetary: m.values,
        include: rows.include,
      },
      t,
      d,
      periodLength
    );
    return spill(rows, (i) => values[i]);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Reading per-customer columns

/** The per-customer columns of a CLV function and what each row is. */
interface ClvRows {
  /** frequency, recency, age and, when given, monetary. */
  columns: NumberColumn[];
  n: number;
  orientation: Orientation;
  /** 1 for the rows that are fitted and evaluated. */
  include: Uint8Array;
  /** What a row that is not included shows: "" (all blank) or its error. */
  outcome: Map<number, ResultCell>;
}

const CLV_COLUMN_NAMES = ["frequency", "recency", "age", "monetary"];

/** True when an optional range argument is omitted: null or a single blank cell. */
function isOmitted(arg: unknown): boolean {
  if (arg === null || arg === undefined) return true;
  const m = asMatrix(arg, "monetary");
  return isSingleCell(shapeOf(m)) && isBlankCell(m[0][0]);
}

/**
 * Reads frequency, recency, age (and monetary) as parallel columns (#VALUE! when their lengths differ) and
 * classifies each row: all blank → "", an invalid cell → its error, partly blank → #N/A naming the first blank
 * argument, rejected by validateClvRow → that #NUM!; else included.
 */
function readClvRows(
  frequency: unknown,
  recency: unknown,
  age: unknown,
  monetary?: unknown
): ClvRows {
  const args =
    monetary === undefined ? [frequency, recency, age] : [frequency, recency, age, monetary];
  const columns = args.map((arg, k) => readNumberColumn(arg, CLV_COLUMN_NAMES[k]));
  const n = requireSameLength(
    columns.map((c, k) => ({ name: CLV_COLUMN_NAMES[k], length: c.values.length }))
  );
  const include = new Uint8Array(n);
  const outcome = new Map<number, ResultCell>();
  const [x, tx, T, m] = columns.map((c) => c.values);
  const anyErrors = columns.some((c) => c.errors.size > 0);
  for (let i = 0; i < n; i++) {
    if (x[i] === x[i] && tx[i] === tx[i] && T[i] === T[i] && (m === undefined || m[i] === m[i])) {
      const problem = validateClvRow(x[i], tx[i], T[i], m === undefined ? undefined : m[i]);
      if (problem) outcome.set(i, toExcelError(problem));
      else include[i] = 1;
      continue;
    }
    outcome.set(i, unusableRow(columns, i, anyErrors));
  }
  return { columns, n, orientation: columns[0].orientation, include, outcome };
}

/** A row with a blank or invalid cell: its first invalid cell's error, "" when all blank, else #N/A. */
function unusableRow(columns: NumberColumn[], i: number, anyErrors: boolean): ResultCell {
  if (anyErrors) {
    for (const c of columns) {
      const err = c.errors.get(i);
      if (err !== undefined) return err;
    }
  }
  const firstBlank = columns.findIndex((c) => c.blank[i] === 1);
  if (columns.every((c) => c.blank[i] === 1)) return "";
  return toExcelError(notAvailable(`${CLV_COLUMN_NAMES[firstBlank]} is blank.`));
}

/** Evaluates each purchase pattern once; a pattern whose evaluation fails holds its error. */
function evaluatePatterns(
  count: number,
  evaluate: (k: number) => number
): (number | CustomFunctions.Error)[] {
  const values: (number | CustomFunctions.Error)[] = new Array(count);
  for (let k = 0; k < count; k++) {
    try {
      values[k] = evaluate(k);
    } catch (err) {
      values[k] = toExcelError(err);
    }
  }
  return values;
}

/**
 * One output cell per customer in the input's orientation: included rows show valueOf(i) (a non-finite number
 * becomes #NUM!), the others their outcome. A single-entry result that is an error is thrown, so that Excel
 * shows its message.
 */
function spill(
  rows: ClvRows,
  valueOf: (i: number) => number | CustomFunctions.Error
): ResultCell[][] {
  const { n, orientation, include, outcome } = rows;
  const cells: ResultCell[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (include[i]) {
      const v = valueOf(i);
      cells[i] =
        typeof v === "number" && !Number.isFinite(v)
          ? toExcelError(badNumber("The result is too large or undefined for this customer."))
          : v;
    } else cells[i] = outcome.get(i) as ResultCell;
  }
  if (n === 1 && isExcelError(cells[0])) throw cells[0];
  if (orientation === "row") return [cells];
  const out: ResultCell[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [cells[i]];
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Reading an order log

/** The orders of CLV.SUMMARY with an id: customer numbers (into ids), dates and amounts. */
interface OrderLog {
  /** Each customer's id as first seen (the raw cell). */
  ids: unknown[];
  /** The customer number of each kept order. */
  customer: Float64Array;
  dates: Float64Array;
  amounts: Float64Array;
}

/**
 * Reads customer_ids (numbers or text, grouped as ECOM.RFM.TABLE groups them: 1, "1" and " 1 " are one
 * customer), order_dates and amounts (same length, else #VALUE!). Rows with a blank id are skipped; in a row with
 * an id an error id is passed on, an invalid date or amount is its own error and a blank one #N/A, naming the row.
 */
function readOrderLog(customerIds: unknown, orderDates: unknown, amounts: unknown): OrderLog {
  const table = readOrderTable(customerIds, [
    { name: "order_dates", value: orderDates },
    { name: "amounts", value: amounts },
  ]);
  const index = indexCustomers(table.ids);
  const n = table.ids.length;
  let kept = 0;
  for (let row = 0; row < n; row++) if (index.customerOfRow[row] >= 0) kept++;
  const customer = new Float64Array(kept);
  const dates = new Float64Array(kept);
  const amountValues = new Float64Array(kept);
  let j = 0;
  for (let row = 0; row < n; row++) {
    const c = index.customerOfRow[row];
    if (c < 0) continue;
    customer[j] = c;
    dates[j] = table.columns[0].values[row];
    amountValues[j] = table.columns[1].values[row];
    j++;
  }
  return { ids: index.ids, customer, dates, amounts: amountValues };
}
