/**
 * The cell contents of a SheetSpec as matrices over one block (A1 to the last described cell), so that
 * Office.js writes every value, formula and number format of a template with three property sets on one
 * range.
 *
 * Formula injection (spec templates §1.5). Excel parses a string written through Range.values the way it
 * parses typing: the Excel.Range reference (@types/office-js, Range.values) says "If the returned value
 * starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula",
 * and Excel's entry parser also takes "@SUM(A1)" as a formula (Lotus compatibility). A cell formatted as
 * Text ("@") keeps whatever is entered as literal text, the documented way to store formula-like strings
 * as text. So:
 * - every text value gets the number format "@", queued BEFORE the contents in the same batch (commands
 *   run in queue order);
 * - data (text, numbers, booleans, blanks) goes through Range.values and the template's formulas through
 *   Range.formulas, each matrix holding null where the other one writes: "Use null in 2-D arrays to leave
 *   specific cells unchanged while updating others" (learn.microsoft.com, excel-add-ins-blank-null-values).
 * Text cells written this way also keep "001", "1/2" or "2025-11-11" as typed instead of becoming numbers
 * or dates: user text is data.
 */
import type { CellSpec } from "../templates/sheet-spec";
import { boxAddress, parseBox } from "./office-address";

/** Excel's Text number format. */
export const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";

export type CellValue = string | number | boolean;

export interface CellBlock {
  /** "A1:<last column><last row>". */
  address: string;
  /** For Range.numberFormat: one Excel format per cell ("@" on every text cell). */
  numberFormats: string[][];
  /** For Range.values: text, numbers, booleans, "" for an empty cell; null on formula cells. */
  values: (CellValue | null)[][];
  /** For Range.formulas: the template's formulas ("=…"); null on every other cell. */
  formulas: (string | null)[][];
}

interface Content {
  value: CellValue | null;
  formula: string | null;
  format: string;
}

/** The value or formula and the number format of one described cell. */
function cellContent(cell: CellSpec): Content {
  const declared = cell.numberFormat ?? GENERAL_FORMAT;
  if (cell.formula !== undefined) {
    const formula = cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
    // A Text-formatted cell would show the formula itself instead of computing it.
    return { value: null, formula, format: declared === TEXT_FORMAT ? GENERAL_FORMAT : declared };
  }
  if (typeof cell.value === "string" && cell.value !== "") {
    return { value: cell.value, formula: null, format: TEXT_FORMAT };
  }
  return { value: cell.value ?? "", formula: null, format: declared };
}

/** A rows × cols matrix filled with `fill`. */
function matrix<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(fill));
}

/**
 * The block of `cells` as number-format, values and formulas matrices (row-major), or null when no cell
 * is described. Cells that are not described are empty with the General format. When an address is
 * described twice the later description wins, as in the .xlsx renderer.
 */
export function cellBlock(cells: CellSpec[]): CellBlock | null {
  if (cells.length === 0) return null;
  const placed = cells.map((cell) => {
    const box = parseBox(cell.address);
    if (box.top !== box.bottom || box.left !== box.right) {
      throw new Error(`cell address "${cell.address}" must name one cell`);
    }
    return { row: box.top, col: box.left, ...cellContent(cell) };
  });
  const rows = Math.max(...placed.map((p) => p.row)) + 1;
  const cols = Math.max(...placed.map((p) => p.col)) + 1;
  const numberFormats = matrix(rows, cols, GENERAL_FORMAT);
  const values = matrix<CellValue | null>(rows, cols, "");
  const formulas = matrix<string | null>(rows, cols, null);
  for (const p of placed) {
    numberFormats[p.row][p.col] = p.format;
    values[p.row][p.col] = p.value;
    formulas[p.row][p.col] = p.formula;
  }
  return {
    address: boxAddress({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }),
    numberFormats,
    values,
    formulas,
  };
}
