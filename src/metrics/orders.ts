/**
 * Order rows grouped by customer: the per-customer recency, frequency and monetary values behind
 * ECOM.RFM.TABLE, the RFM table itself, and the repurchase rate (复购率).
 *
 * Customer ids are Excel cell values. Two ids are the same customer when their text forms agree after
 * trimming spaces: the number 1, the text "1" and " 1 " are one customer (ids pasted as text merge with ids
 * typed as numbers); "01" and "1" are two; text is compared case-sensitively, as R's group_by does. Booleans
 * read as TRUE / FALSE. A blank id (null, undefined, NaN or text that is empty after trimming) skips its row.
 *
 * Dates are Excel serial numbers of whole days: a time of day is dropped (as INT does), so an order at 15:00
 * on the as_of day counts, and recency is a whole number of days, as with the calendar dates of the R package.
 */
import { badValue, notAvailable } from "./errors";
import { rfmScores, RfmScores } from "./rfm";
import { RfmScheme, RfmSegment, rfmSegments } from "./rfm-segments";

/** An Excel cell value used as a customer id. */
export type CustomerId = string | number | boolean | null | undefined;

/** Rows mapped to customers numbered 0, 1, 2, … in order of first appearance. */
export interface CustomerIndex {
  /** The customer number of each row; −1 for a row with a blank id. */
  customerOfRow: Int32Array;
  /** Each customer's id as first seen (the raw cell value). */
  ids: CustomerId[];
}

/** Per-customer order summary, customers in order of first appearance. */
export interface CustomerOrders {
  ids: CustomerId[];
  /** as_of − date of the last order, in days. */
  recency: Float64Array;
  /** Number of order rows. */
  frequency: Float64Array;
  /** Sum of the amounts. */
  monetary: Float64Array;
  /** The analysis date used (a whole-day serial). */
  asOf: number;
}

/** RFM.TABLE's content: the order summary, the scores and the segment of every customer. */
export interface RfmTable extends CustomerOrders {
  scores: RfmScores;
  segments: RfmSegment[];
}

/**
 * Numbers customers 0, 1, 2, … in order of first appearance in an id column, keyed as the module comment
 * says (text form after trimming); rows with a blank id get −1. The Map is keyed on numbers themselves, and
 * text that spells a number exactly as String(number) does is converted to that number: the same grouping
 * as keying on the text form, without formatting every number (4× faster on a million numeric ids).
 */
export function indexCustomers(customerIds: ArrayLike<CustomerId>): CustomerIndex {
  const n = customerIds.length;
  const customerOfRow = new Int32Array(n);
  const ids: CustomerId[] = [];
  const customerOfKey = new Map<number | string, number>();
  for (let row = 0; row < n; row++) {
    const id = customerIds[row];
    const key = customerKey(id);
    if (key === null) {
      customerOfRow[row] = -1;
      continue;
    }
    let customer = customerOfKey.get(key);
    if (customer === undefined) {
      customer = ids.length;
      ids.push(id);
      customerOfKey.set(key, customer);
    }
    customerOfRow[row] = customer;
  }
  return { customerOfRow, ids };
}

/** The grouping key of an id: a number, a trimmed text, or null for a blank. */
function customerKey(id: CustomerId): number | string | null {
  if (typeof id === "number") return id === id ? id : null;
  if (typeof id === "string") {
    const text = id.trim();
    if (text === "") return null;
    const asNumber = Number(text);
    return String(asNumber) === text ? asNumber : text;
  }
  if (typeof id === "boolean") return id ? "TRUE" : "FALSE";
  return null;
}

/**
 * Per-customer recency, frequency and monetary from order rows (rfm 0.3.0 `rfm_table_order`, analytics.md
 * §3.2): recency = as_of − max(order date) in days, frequency = number of rows, monetary = Σ amount, over the
 * rows dated on or before as_of; customers in order of first appearance among those rows. as_of = NaN → the
 * latest order date. Dates and as_of are floored to whole days. Rows with a blank id are skipped; a row with
 * an id but a NaN date or amount → #VALUE! naming the row; columns of different lengths → #VALUE!; no order
 * on or before as_of → #N/A.
 */
export function summarizeOrders(
  customerIds: ArrayLike<CustomerId>,
  orderDates: Float64Array,
  amounts: Float64Array,
  asOf: number
): CustomerOrders {
  const n = customerIds.length;
  if (orderDates.length !== n || amounts.length !== n) {
    throw badValue(
      `customer_ids, order_dates and amounts must have the same length (got ${n}, ${orderDates.length}, ${amounts.length}).`
    );
  }
  const all = indexCustomers(customerIds);
  let latest = -Infinity;
  for (let row = 0; row < n; row++) {
    if (all.customerOfRow[row] < 0) continue;
    if (orderDates[row] !== orderDates[row])
      throw badValue(`order_dates is blank or not a number in row ${row + 1}.`);
    if (amounts[row] !== amounts[row])
      throw badValue(`amounts is blank or not a number in row ${row + 1}.`);
    if (orderDates[row] > latest) latest = orderDates[row];
  }
  const day = Math.floor(asOf === asOf ? asOf : latest);
  // Renumber the customers that have an order on or before as_of, by first appearance among those rows.
  const renumbered = new Int32Array(all.ids.length).fill(-1);
  const ids: CustomerId[] = [];
  const lastOrder = new Float64Array(all.ids.length).fill(-Infinity);
  const frequency = new Float64Array(all.ids.length);
  const monetary = new Float64Array(all.ids.length);
  for (let row = 0; row < n; row++) {
    const first = all.customerOfRow[row];
    const date = Math.floor(orderDates[row]);
    if (first < 0 || date > day) continue;
    let c = renumbered[first];
    if (c < 0) {
      c = renumbered[first] = ids.length;
      ids.push(all.ids[first]);
    }
    if (date > lastOrder[c]) lastOrder[c] = date;
    frequency[c]++;
    monetary[c] += amounts[row];
  }
  const k = ids.length;
  if (k === 0) throw notAvailable("There are no orders with a customer id on or before as_of.");
  const recency = new Float64Array(k);
  for (let c = 0; c < k; c++) recency[c] = day - lastOrder[c];
  return {
    ids,
    recency,
    frequency: frequency.slice(0, k),
    monetary: monetary.slice(0, k),
    asOf: day,
  };
}

/**
 * ECOM.RFM.TABLE: `summarizeOrders`, then `rfmScores` and `rfmSegments` on the result (every customer has
 * all three values, so none is blank). bins 2..9 (#NUM!); unknown scheme → #VALUE!.
 */
export function rfmTable(
  customerIds: ArrayLike<CustomerId>,
  orderDates: Float64Array,
  amounts: Float64Array,
  asOf: number,
  bins: number,
  scheme: RfmScheme
): RfmTable {
  const orders = summarizeOrders(customerIds, orderDates, amounts, asOf);
  const scores = rfmScores(orders.recency, orders.frequency, orders.monetary, bins);
  const segments = rfmSegments(
    scheme,
    orders.recency,
    orders.frequency,
    orders.monetary,
    bins,
    scores
  ) as RfmSegment[];
  return { ...orders, scores, segments };
}

/**
 * Repurchase rate (复购率) from an order-level id column: customers with two or more order rows ÷ customers
 * (the standard reading in seeds-digest.md #11: buyers with ≥ 2 orders in the period ÷ all buyers). Blank ids
 * are skipped. No ids at all → #N/A, like every other order-table function here (a rate of no customers is
 * missing data, and #N/A lets the message show).
 */
export function repurchaseRate(customerIds: ArrayLike<CustomerId>): number {
  const { customerOfRow, ids } = indexCustomers(customerIds);
  if (ids.length === 0)
    throw notAvailable("There are no customer ids: the repurchase rate needs at least one order.");
  const orders = new Uint8Array(ids.length);
  let repeaters = 0;
  for (let row = 0; row < customerOfRow.length; row++) {
    const c = customerOfRow[row];
    if (c < 0 || orders[c] === 2) continue;
    if (++orders[c] === 2) repeaters++;
  }
  return repeaters / ids.length;
}
