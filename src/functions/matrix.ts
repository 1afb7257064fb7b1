/**
 * Excel argument shapes. Excel passes a range as a row-major 2-D array (outer = rows) and a single value
 * either as a plain value or, for matrix parameters, as a 1×1 array. Omitted optional arguments arrive as null.
 */
import { badValue } from "../metrics/errors";

/** A rectangular 2-D array of cell values, outer index = row. */
export type Matrix<T = unknown> = T[][];

/** The value written back to a cell: a number, text, a boolean or an Excel error. */
export type ResultCell = number | string | boolean | CustomFunctions.Error;

/** Rows × columns. */
export interface Shape {
  rows: number;
  cols: number;
}

/**
 * Views any argument as a matrix: a 2-D array as itself, a 1-D array as one row, a scalar (or null) as 1×1.
 * Throws #VALUE! for an empty or ragged array.
 */
export function asMatrix(value: unknown, name: string): Matrix {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) throw badValue(`${name} is empty.`);
  if (!Array.isArray(value[0])) return [value];
  const cols = (value[0] as unknown[]).length;
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== cols || cols === 0)
      throw badValue(`${name} is not a rectangular range.`);
  }
  return value as Matrix;
}

/** The shape of a matrix. */
export function shapeOf(m: Matrix): Shape {
  return { rows: m.length, cols: m[0].length };
}

/** True for a single cell. */
export function isSingleCell(s: Shape): boolean {
  return s.rows === 1 && s.cols === 1;
}

/** "3×1" for messages. */
export function describeShape(s: Shape): string {
  return `${s.rows}×${s.cols}`;
}

/**
 * The common shape of elementwise arguments: single cells broadcast against the others, every other
 * argument must have the same shape (spec §1), else #VALUE! naming the arguments.
 */
export function broadcastShape(args: { name: string; shape: Shape }[]): Shape {
  let target: { name: string; shape: Shape } | null = null;
  for (const a of args) {
    if (isSingleCell(a.shape)) continue;
    if (target === null) target = a;
    else if (a.shape.rows !== target.shape.rows || a.shape.cols !== target.shape.cols) {
      throw badValue(
        `${target.name} (${describeShape(target.shape)}) and ${a.name} (${describeShape(a.shape)}) must have the same shape, or one of them must be a single cell.`
      );
    }
  }
  return target ? target.shape : { rows: 1, cols: 1 };
}
