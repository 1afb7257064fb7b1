/**
 * Turning benchmark data into the arguments Excel passes to a custom function: a column range is an array
 * of one-element rows.
 */

/** A column of values as Excel passes a range n×1. */
export function column(values: ArrayLike<number | string>): (number | string)[][] {
  const out: (number | string)[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [values[i]];
  return out;
}
