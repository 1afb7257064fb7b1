/**
 * From an order log to the per-customer summary the CLV models take: lifetimes'
 * `utils.summary_data_from_transaction_data` with freq "D" (and freq_multiplier = days per unit), spec §4
 * ECOM.CLV.SUMMARY.
 */
import { badNumber, badValue, notAvailable } from "./errors";

/** The time unit of recency and age: days, weeks or months. */
export type ClvTimeUnit = "D" | "W" | "M";

/** Days in one time unit: day, week, average Gregorian month (365.25 / 12). */
export const DAYS_PER_CLV_UNIT: Record<ClvTimeUnit, number> = { D: 1, W: 7, M: 30.4375 };

/** Column keys of the CLV.SUMMARY table (the Excel layer turns them into header labels). */
export type ClvSummaryColumnKey = "customer" | "frequency" | "recency" | "age" | "monetary";

/** The CLV.SUMMARY columns in output order (spec §4). */
export const CLV_SUMMARY_COLUMNS: readonly ClvSummaryColumnKey[] = [
  "customer",
  "frequency",
  "recency",
  "age",
  "monetary",
];

/** One entry per customer, in the order of the customers array. */
export interface ClvSummary {
  /** Customer ids, in order of first appearance among the orders used. */
  customers: (string | number)[];
  /** Repeat purchase days: distinct order days − 1. */
  frequency: Float64Array;
  /** Last order day − first order day, in the unit. */
  recency: Float64Array;
  /** as_of − first order day, in the unit. */
  age: Float64Array;
  /** Mean over the repeat order days of each day's total amount; 0 when frequency is 0. */
  monetary: Float64Array;
}

/**
 * lifetimes' `summary_data_from_transaction_data` on an order log of Excel serial dates. Orders are taken at day
 * granularity (the serial's whole part) and orders on the same day are one purchase whose amount is their sum;
 * orders after as_of (default: the latest order day) are ignored. Per customer:
 *   frequency = distinct order days − 1,  recency = (last day − first day)/u,  age = (as_of − first day)/u,
 *   monetary = Σ amounts on days after the first day / frequency (0 when frequency = 0),
 * with u = 1, 7 or 30.4375 days for unit "D", "W", "M". Like lifetimes, monetary leaves out the first purchase day
 * (the Gamma–Gamma model describes repeat transactions only).
 * #VALUE! for columns of different lengths or another unit; #NUM! naming the row of a non-finite date or amount; #N/A when no order
 * is on or before as_of.
 */
export function summarizeTransactions(
  customerIds: ArrayLike<string | number>,
  orderDates: ArrayLike<number>,
  amounts: ArrayLike<number>,
  asOf: number | null,
  unit: ClvTimeUnit
): ClvSummary {
  const n = customerIds.length;
  if (orderDates.length !== n || amounts.length !== n) {
    throw badValue(
      `customer_ids, order_dates and amounts must have the same number of entries (${n}, ${orderDates.length}, ${amounts.length}).`
    );
  }
  const daysPerUnit = DAYS_PER_CLV_UNIT[unit];
  if (daysPerUnit === undefined) throw badValue(`unit must be "D", "W" or "M" (got "${unit}").`);
  if (asOf !== null && !Number.isFinite(asOf))
    throw badNumber(`as_of must be a date (got ${asOf}).`);
  const day = new Float64Array(n);
  let lastDay = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(orderDates[i]))
      throw badNumber(`Row ${i + 1}: the order date must be a date serial number.`);
    if (!Number.isFinite(amounts[i]))
      throw badNumber(`Row ${i + 1}: the amount must be a finite number.`);
    day[i] = Math.floor(orderDates[i]);
    lastDay = Math.max(lastDay, day[i]);
  }
  const endDay = asOf === null ? lastDay : Math.floor(asOf);

  const customerIndex = new Map<string | number, number>();
  const customers: (string | number)[] = [];
  const customerOfRow = new Int32Array(n);
  const rows: number[] = [];
  for (let i = 0; i < n; i++) {
    if (day[i] > endDay) continue;
    let k = customerIndex.get(customerIds[i]);
    if (k === undefined) {
      k = customers.length;
      customerIndex.set(customerIds[i], k);
      customers.push(customerIds[i]);
    }
    customerOfRow[i] = k;
    rows.push(i);
  }
  if (rows.length === 0) throw notAvailable("No order is dated on or before as_of.");
  rows.sort((i, j) => customerOfRow[i] - customerOfRow[j] || day[i] - day[j]);

  const k = customers.length;
  const frequency = new Float64Array(k);
  const recency = new Float64Array(k);
  const age = new Float64Array(k);
  const monetary = new Float64Array(k);
  let start = 0;
  while (start < rows.length) {
    const customer = customerOfRow[rows[start]];
    const firstDay = day[rows[start]];
    let end = start;
    let orderDay = firstDay;
    let repeatDays = 0;
    let repeatAmount = 0;
    while (end < rows.length && customerOfRow[rows[end]] === customer) {
      const i = rows[end];
      if (day[i] !== orderDay) {
        orderDay = day[i];
        repeatDays++;
      }
      if (day[i] !== firstDay) repeatAmount += amounts[i];
      end++;
    }
    frequency[customer] = repeatDays;
    recency[customer] = (orderDay - firstDay) / daysPerUnit;
    age[customer] = (endDay - firstDay) / daysPerUnit;
    monetary[customer] = repeatDays === 0 ? 0 : repeatAmount / repeatDays;
    start = end;
  }
  return { customers, frequency, recency, age, monetary };
}
