/**
 * Elementwise evaluation (functions marked E in the spec): every argument may be a single cell or a range,
 * single cells broadcast, and the result has the broadcast shape. One bad entry gives an error in that
 * entry's cell only; an entry whose required inputs are all blank gives "" (so ranges with trailing empty
 * rows work); a partly blank entry is #N/A naming the blank argument. An optional argument's blank cell
 * means "use the default" (the compute function receives null).
 */
import { badNumber, notAvailable } from "../metrics/errors";
import { isBlankCell, readNumberCell, readTextCell } from "./cells";
import { asExcelFunction, toExcelError } from "./excel-errors";
import { asMatrix, broadcastShape, isSingleCell, Matrix, ResultCell, shapeOf } from "./matrix";

/** One elementwise parameter of a worksheet function. */
export interface ElementwiseParam {
  /** The parameter's name as the user sees it, used in messages. */
  name: string;
  /** The argument exactly as Excel passed it. */
  value: unknown;
  /** How cells are read: numbers (default) or text (for example a direction such as "higher"). */
  kind?: "number" | "text";
  /** An optional parameter: blank means default (compute receives null) and never makes the entry blank. */
  optional?: boolean;
}

/** What compute returns for one entry. Numbers must be finite (checked). */
export type EntryResult = number | string | boolean;

/**
 * Evaluates compute for every entry of the broadcast shape. compute receives one value per parameter
 * (number, text, or null for a blank optional) and may throw a DomainError for that entry.
 * A single-cell result that is an error is thrown, so Excel shows its message.
 */
export function elementwise(
  params: ElementwiseParam[],
  compute: (values: (number | string | null)[]) => EntryResult
): ResultCell[][] {
  return asExcelFunction(() => evaluateAll(params, compute));
}

function evaluateAll(
  params: ElementwiseParam[],
  compute: (values: (number | string | null)[]) => EntryResult
): ResultCell[][] {
  const matrices = params.map((p) => asMatrix(p.value, p.name));
  const shape = broadcastShape(
    params.map((p, i) => ({ name: p.name, shape: shapeOf(matrices[i]) }))
  );
  const single = matrices.map((m) => isSingleCell(shapeOf(m)));
  const out: ResultCell[][] = new Array(shape.rows);
  const values: (number | string | null)[] = new Array(params.length);
  for (let r = 0; r < shape.rows; r++) {
    const row: ResultCell[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      row[c] = evaluateEntry(params, matrices, single, r, c, values, compute);
    }
    out[r] = row;
  }
  if (shape.rows === 1 && shape.cols === 1 && typeof out[0][0] === "object") throw out[0][0];
  return out;
}

function evaluateEntry(
  params: ElementwiseParam[],
  matrices: Matrix[],
  single: boolean[],
  r: number,
  c: number,
  values: (number | string | null)[],
  compute: (values: (number | string | null)[]) => EntryResult
): ResultCell {
  try {
    let requiredBlank = 0;
    let required = 0;
    let rangedRequired = 0;
    let rangedBlank = 0;
    let firstBlank = "";
    for (let i = 0; i < params.length; i++) {
      const cell = single[i] ? matrices[i][0][0] : matrices[i][r][c];
      const p = params[i];
      if (!p.optional) {
        required++;
        if (!single[i]) rangedRequired++;
      }
      if (isBlankCell(cell)) {
        values[i] = null;
        if (!p.optional) {
          requiredBlank++;
          if (!single[i]) rangedBlank++;
          if (firstBlank === "") firstBlank = p.name;
        }
        continue;
      }
      values[i] = p.kind === "text" ? readTextCell(cell, p.name) : readNumberCell(cell, p.name);
    }
    // Blank entry: its range inputs are all blank (a broadcast single cell does not count, so trailing empty
    // rows stay blank in =ECOM.LTV(A2:A1000, 2, 0.4, 3)); with single cells only, all of them blank.
    const blankEntry =
      rangedRequired > 0
        ? rangedBlank === rangedRequired
        : required > 0 && requiredBlank === required;
    if (blankEntry) return "";
    if (requiredBlank > 0) throw notAvailable(`${firstBlank} is blank.`);
    const result = compute(values);
    if (typeof result === "number" && !Number.isFinite(result)) {
      throw badNumber("The result is too large or undefined for these inputs.");
    }
    return result;
  } catch (err) {
    return toExcelError(err);
  }
}
