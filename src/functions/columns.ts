/**
 * Column tables (functions marked T in the spec): per-customer or per-channel inputs are one column (n×1)
 * or one row (1×n), and the output has one entry per input entry in the same orientation. Reading is
 * allocation-light (typed arrays) because analysts pass whole columns of up to 1,048,576 rows.
 */
import { badNumber, badValue, notAvailable } from "../metrics/errors";
import { isBlankCell, readNumberCell } from "./cells";
import { asExcelFunction, toExcelError } from "./excel-errors";
import { asMatrix, Matrix, ResultCell, shapeOf } from "./matrix";

export type Orientation = "column" | "row";

/** A numeric column read from Excel. */
export interface NumberColumn {
  /** The numbers; NaN where the cell is blank or invalid. */
  values: Float64Array;
  /** 1 where the cell is blank. */
  blank: Uint8Array;
  /** The error of each invalid cell, by entry index (sparse). */
  errors: Map<number, CustomFunctions.Error>;
  orientation: Orientation;
}

/** The cells of a one-column or one-row argument, with its orientation; #VALUE! for a 2-D block. */
export function readVector(
  arg: unknown,
  name: string
): { cells: unknown[]; orientation: Orientation } {
  const m: Matrix = asMatrix(arg, name);
  const { rows, cols } = shapeOf(m);
  if (cols === 1) {
    const cells = new Array(rows);
    for (let i = 0; i < rows; i++) cells[i] = m[i][0];
    return { cells, orientation: "column" };
  }
  if (rows === 1) return { cells: m[0], orientation: "row" };
  throw badValue(`${name} must be a single column or a single row (got ${rows}×${cols}).`);
}

/** Reads a one-column or one-row argument as numbers; blank and invalid cells are recorded per entry. */
export function readNumberColumn(arg: unknown, name: string): NumberColumn {
  const { cells, orientation } = readVector(arg, name);
  const n = cells.length;
  const values = new Float64Array(n);
  const blank = new Uint8Array(n);
  const errors = new Map<number, CustomFunctions.Error>();
  for (let i = 0; i < n; i++) {
    const cell = cells[i];
    if (typeof cell === "number" && Number.isFinite(cell)) {
      values[i] = cell;
    } else if (isBlankCell(cell)) {
      values[i] = NaN;
      blank[i] = 1;
    } else {
      values[i] = NaN;
      try {
        values[i] = readNumberCell(cell, name);
      } catch (err) {
        errors.set(i, toExcelError(err));
      }
    }
  }
  return { values, blank, errors, orientation };
}

/** Checks that parallel columns have the same number of entries; #VALUE! naming the first mismatch. */
export function requireSameLength(columns: { name: string; length: number }[]): number {
  const n = columns[0].length;
  for (const c of columns) {
    if (c.length !== n) {
      throw badValue(
        `${columns[0].name} and ${c.name} must have the same number of entries (${n} and ${c.length}).`
      );
    }
  }
  return n;
}

/**
 * Lays out per-entry results in the input's orientation: a column input gives one row per entry, a row
 * input one column per entry. Each entry is an array of the entry's output values (width ≥ 1).
 */
export function orient(entries: ResultCell[][], orientation: Orientation): ResultCell[][] {
  if (orientation === "column") return entries;
  const width = entries.length === 0 ? 0 : entries[0].length;
  const out: ResultCell[][] = new Array(width);
  for (let k = 0; k < width; k++) {
    const row: ResultCell[] = new Array(entries.length);
    for (let i = 0; i < entries.length; i++) row[i] = entries[i][k];
    out[k] = row;
  }
  return out;
}

/** Lays out a single output per entry in the input's orientation, from a flat list. */
export function orientFlat(values: ResultCell[], orientation: Orientation): ResultCell[][] {
  if (orientation === "row") return [values];
  const out: ResultCell[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [values[i]];
  return out;
}

/** One parameter of a column-table function. */
export interface ColumnParam {
  name: string;
  value: unknown;
  /** Blank means "use the default" (compute receives null) and never blanks the entry. */
  optional?: boolean;
}

/**
 * Per-entry evaluation for column tables (T functions with per-entry inputs, such as CONVRATE.CI): every
 * parameter is one column or one row of the same length (a single cell broadcasts), compute returns the
 * entry's `width` outputs, and the result has one entry per input entry in the input's orientation.
 * Blank entries give `width` blanks; a partly blank entry is #N/A; an entry's error fills that entry only.
 */
export function perEntry(
  params: ColumnParam[],
  width: number,
  compute: (values: (number | null)[]) => (number | string | boolean | CustomFunctions.Error)[]
): ResultCell[][] {
  return asExcelFunction(() => {
    const vectors = params.map((p) => ({ ...readVector(p.value, p.name), param: p }));
    const ranged = vectors.filter((v) => v.cells.length > 1);
    const n =
      ranged.length > 0
        ? requireSameLength(ranged.map((v) => ({ name: v.param.name, length: v.cells.length })))
        : 1;
    const orientation = ranged.length > 0 ? ranged[0].orientation : "column";
    const entries: ResultCell[][] = new Array(n);
    const values: (number | null)[] = new Array(params.length);
    for (let i = 0; i < n; i++) {
      entries[i] = evaluateRow(vectors, i, width, values, compute);
    }
    return orient(entries, orientation);
  });
}

function evaluateRow(
  vectors: { cells: unknown[]; param: ColumnParam }[],
  i: number,
  width: number,
  values: (number | null)[],
  compute: (values: (number | null)[]) => (number | string | boolean | CustomFunctions.Error)[]
): ResultCell[] {
  try {
    let required = 0;
    let blanks = 0;
    let rangedRequired = 0;
    let rangedBlanks = 0;
    let firstBlank = "";
    vectors.forEach((v, k) => {
      const cell = v.cells.length === 1 ? v.cells[0] : v.cells[i];
      const ranged = v.cells.length > 1;
      if (!v.param.optional) {
        required++;
        if (ranged) rangedRequired++;
      }
      if (isBlankCell(cell)) {
        values[k] = null;
        if (!v.param.optional) {
          blanks++;
          if (ranged) rangedBlanks++;
          if (firstBlank === "") firstBlank = v.param.name;
        }
      } else values[k] = readNumberCell(cell, v.param.name);
    });
    // As in elementwise: a broadcast single cell does not keep an otherwise empty row from being blank.
    const blankEntry =
      rangedRequired > 0 ? rangedBlanks === rangedRequired : required > 0 && blanks === required;
    if (blankEntry) return new Array(width).fill("");
    if (blanks > 0) throw notAvailable(`${firstBlank} is blank.`);
    const out = compute(values);
    return out.map((x) =>
      typeof x === "number" && !Number.isFinite(x)
        ? toExcelError(badNumber("The result is too large or undefined for these inputs."))
        : x
    );
  } catch (err) {
    return new Array(width).fill(toExcelError(err));
  }
}
