/**
 * Inputs of the probabilistic CLV models (BG/NBD, Gamma–Gamma): lifetimes' summary columns per customer,
 * frequency x (repeat purchases), recency t_x (first to last purchase), age T (first purchase to the end of
 * observation) and monetary m̄ (mean value of the repeat purchases), all times in one unit.
 *
 * The Excel layer reports a bad row in that row's cell and leaves it out of the fit: it calls
 * `validateClvRow` per row and passes an `include` mask (1 = use the row) to the functions here.
 */
import { DomainError, badNumber, badValue } from "./errors";

/**
 * Why a customer's (x, t_x, T, m̄) cannot be used, or null when it can. The rules are lifetimes'
 * `utils._check_inputs`: x a whole number ≥ 0; 0 ≤ t_x ≤ T; t_x = 0 when x = 0; plus `validateSpendRow` when m̄
 * is given.
 */
export function validateClvRow(x: number, tx: number, T: number, m?: number): DomainError | null {
  if (!Number.isFinite(x) || !Number.isFinite(tx) || !Number.isFinite(T)) {
    return badNumber("frequency, recency and age must be finite numbers.");
  }
  const frequencyProblem = frequencyError(x);
  if (frequencyProblem) return frequencyProblem;
  if (tx < 0) return badNumber(`recency must be zero or more (got ${tx}).`);
  if (T < 0) return badNumber(`age must be zero or more (got ${T}).`);
  if (tx > T)
    return badNumber(
      `recency (${tx}) cannot exceed age (${T}): the last purchase is after the end of observation.`
    );
  if (x === 0 && tx !== 0) return badNumber(`recency must be 0 when frequency is 0 (got ${tx}).`);
  return m === undefined ? null : validateSpendRow(x, m);
}

/**
 * Why a customer's (x, m̄) cannot be used for spend, or null when it can: x a whole number ≥ 0, m̄ finite and ≥ 0,
 * and m̄ > 0 when x > 0 (the Gamma–Gamma likelihood takes ln m̄; lifetimes rejects non-positive monetary values).
 * With x = 0 the value of m̄ is not used (lifetimes' summary gives 0 there).
 */
export function validateSpendRow(x: number, m: number): DomainError | null {
  const frequencyProblem = frequencyError(x);
  if (frequencyProblem) return frequencyProblem;
  if (!Number.isFinite(m) || m < 0)
    return badNumber(`monetary must be a finite number ≥ 0 (got ${m}).`);
  if (x > 0 && m === 0)
    return badNumber("monetary must be above 0 for a customer with repeat purchases.");
  return null;
}

function frequencyError(x: number): DomainError | null {
  if (Number.isInteger(x) && x >= 0) return null;
  return badNumber(`frequency must be a whole number of repeat purchases (got ${x}).`);
}

/** Customers with identical (x, t_x, T), counted once with their number as weight. */
export interface PurchasePatterns {
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  /** Number of customers with this pattern. */
  count: Float64Array;
  /** For each input row, the index of its pattern; −1 for a row left out by the include mask. */
  patternOfRow: Int32Array;
  /** Number of customers included (Σ count). */
  customers: number;
}

/**
 * Groups the included rows into distinct (x, t_x, T) patterns with counts, the compression Fader & Hardie use
 * for CDNOW (lifetimes' `weights`): the likelihood and the per-customer expectations depend on nothing else.
 * Throws #NUM! naming the first included row (1-based) that `validateClvRow` rejects, and #VALUE! when the
 * columns differ in length.
 */
export function purchasePatterns(
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  age: ArrayLike<number>,
  include?: ArrayLike<number>
): PurchasePatterns {
  const n = commonLength([frequency, recency, age], include);
  const rows: number[] = [];
  for (let i = 0; i < n; i++) {
    if (include && !include[i]) continue;
    const problem = validateClvRow(frequency[i], recency[i], age[i]);
    if (problem) throw badNumber(`Row ${i + 1}: ${problem.message}`);
    rows.push(i);
  }
  rows.sort((i, j) => frequency[i] - frequency[j] || age[i] - age[j] || recency[i] - recency[j]);
  const patternOfRow = new Int32Array(n).fill(-1);
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const count: number[] = [];
  for (const i of rows) {
    const last = x.length - 1;
    if (last >= 0 && x[last] === frequency[i] && T[last] === age[i] && tx[last] === recency[i]) {
      count[last]++;
    } else {
      x.push(frequency[i]);
      tx.push(recency[i]);
      T.push(age[i]);
      count.push(1);
    }
    patternOfRow[i] = x.length - 1;
  }
  return {
    frequency: Float64Array.from(x),
    recency: Float64Array.from(tx),
    age: Float64Array.from(T),
    count: Float64Array.from(count),
    patternOfRow,
    customers: rows.length,
  };
}

/** The common length of parallel columns and of the include mask when given; #VALUE! when they differ. */
export function commonLength(columns: ArrayLike<number>[], include?: ArrayLike<number>): number {
  const n = columns[0].length;
  for (const column of include ? [...columns, include] : columns) {
    if (column.length !== n)
      throw badValue(
        `The CLV input columns must have the same length (${n} and ${column.length}).`
      );
  }
  return n;
}
