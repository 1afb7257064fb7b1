/**
 * Cohort retention (ECOM.COHORT): customers grouped by the period of their first order, and for each later
 * period offset k the share (or number) of the cohort's customers who ordered in period first + k.
 *
 * Periods: "M" calendar months; "W" ISO 8601 weeks, Monday to Sunday (Excel WEEKDAY(date, 2) = 1 is the first
 * day). A cohort is shown as the Excel serial date of its period's first day (the 1st of the month, or the
 * Monday). Order dates are whole days (a time of day is dropped) from 1900-03-01 (serial 61) to 9999-12-31
 * (serial 2958465): before serial 61 Excel's calendar has its 1900 leap-year bug, and a small number in a
 * date column is far more likely a wrong column than an order placed in 1900.
 *
 * Horizon: the data end at the period of the latest order date. A cohort that started c periods before that
 * has been observed for offsets 0..c only; its cells for later offsets have not happened yet and are NaN,
 * which the Excel layer shows as a blank cell (the usual retention triangle), distinct from an observed 0.
 *
 * Customer ids are grouped as in orders.ts (text form after trimming; blank ids skip the row).
 */
import { badNumber, badValue, notAvailable } from "./errors";
import { CustomerId, indexCustomers } from "./orders";

/** "M": calendar month; "W": ISO week starting on Monday. */
export type CohortPeriod = "M" | "W";

/** "rate": share of the cohort; "count": number of customers. */
export type CohortMeasure = "rate" | "count";

/** A cohort table: rows are cohorts in chronological order, columns are period offsets 0..periods−1. */
export interface CohortTable {
  /** Serial date of the first day of each cohort's period. */
  starts: Float64Array;
  /** Customers in each cohort. */
  sizes: Float64Array;
  /** Number of offset columns: 1 + the largest offset at which any customer ordered. */
  periods: number;
  /** Row-major cohorts × periods: rate or count per cell, NaN beyond the data horizon. */
  values: Float64Array;
}

/** Serial of 1970-01-01: serial s is the day s − 25569 counted from 1970-01-01 (for s ≥ 61). */
const UNIX_EPOCH_SERIAL = 25569;
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2958465;
/** Serial 61 + 4 = 1900-03-05 is a Monday, so Mondays are the serials ≡ 2 (mod 7). */
const MONDAY_RESIDUE = 2;
/** Excel's worksheet is 16,384 columns wide: cohort and size, then at most 16,382 offsets. */
const MAX_OFFSET_COLUMNS = 16382;
/** The largest table built (cohorts × offsets), so that pathological date spans fail fast, not out of memory. */
const MAX_CELLS = 1 << 24;

/**
 * The cohort retention table (module comment). cohort(customer) = period of the first order;
 * cell (cohort, k) = #{customers of the cohort with an order in period cohort + k}, divided by the cohort size
 * for "rate". Offset 0 is therefore the size (count) or 1 (rate). Rows with a blank id are skipped; a row
 * with an id but a NaN date → #VALUE!; a date outside 1900-03-01..9999-12-31 → #NUM!; columns of different
 * lengths, an unknown period or measure → #VALUE!; no orders → #N/A; a table wider than a worksheet → #NUM!.
 */
export function cohortTable(
  customerIds: ArrayLike<CustomerId>,
  orderDates: Float64Array,
  period: CohortPeriod,
  measure: CohortMeasure
): CohortTable {
  if (period !== "M" && period !== "W")
    throw badValue(`period must be "M" (month) or "W" (week) (got "${String(period)}").`);
  if (measure !== "rate" && measure !== "count")
    throw badValue(`measure must be "rate" or "count" (got "${String(measure)}").`);
  const n = customerIds.length;
  if (orderDates.length !== n) {
    throw badValue(
      `customer_ids and order_dates must have the same length (got ${n}, ${orderDates.length}).`
    );
  }
  const { customerOfRow, ids } = indexCustomers(customerIds);
  const customers = ids.length;
  if (customers === 0) throw notAvailable("There are no orders with a customer id.");

  // Period number of every row, and the first period of every customer.
  const periodOfRow = new Int32Array(n);
  const firstPeriod = new Int32Array(customers).fill(0x7fffffff);
  let lastPeriod = -0x80000000;
  let earliestPeriod = 0x7fffffff;
  for (let row = 0; row < n; row++) {
    const c = customerOfRow[row];
    if (c < 0) continue;
    const p = periodOf(orderDates[row], row, period);
    periodOfRow[row] = p;
    if (p < firstPeriod[c]) firstPeriod[c] = p;
    if (p > lastPeriod) lastPeriod = p;
    if (p < earliestPeriod) earliestPeriod = p;
  }

  // Distinct (customer, offset) pairs: sort the keys customer·span + offset and count each key once.
  const span = lastPeriod - earliestPeriod + 1;
  const keys = new Float64Array(n);
  let pairs = 0;
  let maxOffset = 0;
  for (let row = 0; row < n; row++) {
    const c = customerOfRow[row];
    if (c < 0) continue;
    const offset = periodOfRow[row] - firstPeriod[c];
    if (offset > maxOffset) maxOffset = offset;
    keys[pairs++] = c * span + offset;
  }
  const sortedKeys = keys.subarray(0, pairs).sort();

  // Cohort rows in chronological order: the periods that are some customer's first period.
  const rowOfCohortPeriod = new Int32Array(span).fill(-1);
  for (let c = 0; c < customers; c++) rowOfCohortPeriod[firstPeriod[c] - earliestPeriod] = 0;
  const cohortPeriods: number[] = [];
  for (let p = 0; p < span; p++) {
    if (rowOfCohortPeriod[p] === 0) {
      rowOfCohortPeriod[p] = cohortPeriods.length;
      cohortPeriods.push(p + earliestPeriod);
    }
  }
  const rows = cohortPeriods.length;
  const columns = maxOffset + 1;
  if (columns > MAX_OFFSET_COLUMNS || rows * columns > MAX_CELLS) {
    throw badNumber(
      `The cohort table would be ${rows} cohorts × ${columns} periods, too large for a worksheet; use a longer period or fewer dates.`
    );
  }

  const values = new Float64Array(rows * columns);
  for (let i = 0; i < pairs; i++) {
    const key = sortedKeys[i];
    if (i > 0 && key === sortedKeys[i - 1]) continue;
    const c = Math.floor(key / span);
    const offset = key - c * span;
    values[rowOfCohortPeriod[firstPeriod[c] - earliestPeriod] * columns + offset]++;
  }
  const starts = new Float64Array(rows);
  const sizes = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    starts[r] = periodStartSerial(cohortPeriods[r], period);
    sizes[r] = values[r * columns];
    const observed = lastPeriod - cohortPeriods[r];
    for (let k = 0; k < columns; k++) {
      const cell = r * columns + k;
      if (k > observed) values[cell] = NaN;
      else if (measure === "rate") values[cell] /= sizes[r];
    }
  }
  return { starts, sizes, periods: columns, values };
}

/**
 * Period number of a serial date: months since year 0 (12·year + month − 1) for "M", weeks counted from the
 * Monday of serial 2 for "W". Throws #VALUE! for NaN and #NUM! outside 1900-03-01..9999-12-31.
 */
function periodOf(serial: number, row: number, period: CohortPeriod): number {
  if (serial !== serial) throw badValue(`order_dates is blank or not a number in row ${row + 1}.`);
  const day = Math.floor(serial);
  if (day < FIRST_SERIAL || day > LAST_SERIAL) {
    throw badNumber(
      `order_dates in row ${row + 1} (${serial}) is not a date from 1900-03-01 to 9999-12-31 (serial 61 to 2958465).`
    );
  }
  if (period === "W") return Math.floor((day - MONDAY_RESIDUE) / 7);
  return monthOfDays(day - UNIX_EPOCH_SERIAL);
}

/** First day (serial) of a period number from `periodOf`. */
function periodStartSerial(p: number, period: CohortPeriod): number {
  if (period === "W") return 7 * p + MONDAY_RESIDUE;
  const year = Math.floor(p / 12);
  return daysOfCivil(year, p - 12 * year + 1, 1) + UNIX_EPOCH_SERIAL;
}

/**
 * 12·year + month − 1 of the civil (proleptic Gregorian) date `days` after 1970-01-01: Howard Hinnant's
 * civil_from_days ("chrono-Compatible Low-Level Date Algorithms"), integer arithmetic only.
 */
function monthOfDays(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return 12 * year + month - 1;
}

/** Days from 1970-01-01 to a civil date: Howard Hinnant's days_from_civil, integer arithmetic only. */
function daysOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
