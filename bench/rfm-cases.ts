/**
 * Synthetic, reproducible inputs for benchmarking the RFM, repurchase and cohort metrics at worksheet scale
 * (up to 1,048,576 rows). Dependency-free; the same seed always gives the same data.
 *
 * Shapes follow what order exports look like: most customers buy once or twice and a few buy often
 * (frequency geometric, so many ties), order values are log-normal (a long right tail), and repeat orders
 * follow the first one at exponential gaps.
 */

import { mulberry32 } from "./random";

/** Per-customer inputs of ECOM.RFM / ECOM.RFM.SEGMENT. */
export interface CustomerCase {
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
}

/** Order rows of ECOM.RFM.TABLE / ECOM.REPURCHASE / ECOM.COHORT, in date order as an export lists them. */
export interface OrderCase {
  /** Numeric customer ids, as Excel passes a column of numbers. */
  customerIds: number[];
  /** Excel serial dates over two years from 2023-01-01 (serial 44927). */
  orderDates: Float64Array;
  /** Order amounts in yuan, rounded to cents. */
  amounts: Float64Array;
}
/** Serial of 2023-01-01, the first day of the synthetic order window. */
const WINDOW_START = 44927;
/** Length of the synthetic order window in days (two years). */
const WINDOW_DAYS = 730;

/**
 * n customers: recency = days since the last order, 0..729, skewed towards recent (exponential, mean 120 days);
 * frequency = 1 + Geometric(0.4) orders (mean 2.5, heavy ties); monetary = Σ of frequency log-normal order
 * values (median ¥150, σ 0.8 in log space), rounded to cents.
 */
export function makeCustomers(n: number, seed = 20240601): CustomerCase {
  const random = mulberry32(seed);
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    recency[i] = Math.min(WINDOW_DAYS - 1, Math.floor(exponential(random, 120)));
    const orders = 1 + geometric(random, 0.4);
    frequency[i] = orders;
    let total = 0;
    for (let k = 0; k < orders; k++) total += orderValue(random);
    monetary[i] = Math.round(total * 100) / 100;
  }
  return { recency, frequency, monetary };
}

/**
 * n order rows from about n/5 customers (ids 100001, 100002, …): each customer's first order is uniform over
 * the two-year window; Geometric(0.15) repeat orders (mean 5.7) follow at exponential gaps (mean 30 days) and
 * stop at the window's end, which leaves ≈ 5 orders per customer; order values log-normal as in
 * `makeCustomers`. Rows are sorted by date (ties by generation order) and cut to exactly n.
 */
export function makeOrders(n: number, seed = 20240602): OrderCase {
  const random = mulberry32(seed);
  const ids = new Float64Array(n);
  const days = new Float64Array(n);
  let rows = 0;
  for (let customer = 100001; rows < n; customer++) {
    let day = Math.floor(random() * WINDOW_DAYS);
    const repeats = geometric(random, 0.15);
    for (let k = 0; k <= repeats && rows < n && day < WINDOW_DAYS; k++) {
      ids[rows] = customer;
      days[rows] = day;
      rows++;
      day += 1 + Math.floor(exponential(random, 30));
    }
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => days[a] - days[b] || a - b);
  const customerIds = new Array<number>(n);
  const orderDates = new Float64Array(n);
  const amounts = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    customerIds[i] = ids[order[i]];
    orderDates[i] = WINDOW_START + days[order[i]];
    amounts[i] = Math.round(orderValue(random) * 100) / 100;
  }
  return { customerIds, orderDates, amounts };
}

/** Exponential variate with the given mean (inverse CDF). */
function exponential(random: () => number, mean: number): number {
  return -mean * Math.log(1 - random());
}

/** Number of failures before the first success, success probability p (inverse CDF). */
function geometric(random: () => number, p: number): number {
  return Math.floor(Math.log(1 - random()) / Math.log(1 - p));
}

/** One order value: log-normal with median ¥150 and σ = 0.8 (Box–Muller normal). */
function orderValue(random: () => number): number {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return 150 * Math.exp(0.8 * z);
}
