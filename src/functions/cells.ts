/**
 * Reading single Excel cell values (spec §1): numbers, text that looks like a number, blanks, booleans and
 * error values, as they arrive from Excel in a custom function's arguments.
 *
 * - Blank: `null` (an omitted argument or an empty cell) or "" (an empty cell or a formula returning "").
 * - Numbers: finite JavaScript numbers. Dates are serial numbers, so they are numbers too.
 * - Text that looks like a number (" 3.5 ", "1,234", "12%") is read as that number, as Excel's VALUE() does.
 * - Booleans are not numbers (#VALUE!); other text is a #VALUE! naming the argument.
 * - An Excel error passed in (allowed for parameters typed `any`) propagates as itself.
 */
import { badValue, badNumber } from "../metrics/errors";
import { isExcelError } from "./excel-errors";

/** True when a cell is blank: an omitted argument, an empty cell, or the empty string. */
export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === "";
}

const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Parses text that looks like a number, as Excel's VALUE() does for the en-US / zh-CN formats:
 * optional sign, thousands separators in groups of three, decimals, exponent, a trailing "%" (divides by 100).
 * Returns NaN when the text is not a number.
 */
export function parseNumberText(text: string): number {
  let s = text.trim();
  let scale = 1;
  if (s.endsWith("%")) {
    s = s.slice(0, -1).trimEnd();
    scale = 0.01;
  }
  if (s === "" || s === "+" || s === "-" || !NUMBER_TEXT.test(s) || !/\d/.test(s)) return NaN;
  return Number(s.replace(/,/g, "")) * scale;
}

/**
 * Reads one cell as a number. Returns NaN for a blank cell (the caller decides what blank means);
 * throws the cell's own error for an Excel error, #VALUE! for booleans and non-numeric text, #NUM! for a
 * non-finite number.
 */
export function readNumberCell(cell: unknown, name: string): number {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw badNumber(`${name} is not a finite number.`);
    return cell;
  }
  if (isBlankCell(cell)) return NaN;
  if (typeof cell === "string") {
    const n = parseNumberText(cell);
    if (Number.isNaN(n))
      throw badValue(`${name} must be a number (got the text "${truncate(cell)}").`);
    return n;
  }
  if (typeof cell === "boolean") throw badValue(`${name} must be a number, not TRUE/FALSE.`);
  if (isExcelError(cell)) throw cell;
  throw badValue(`${name} must be a number.`);
}

/** Reads one cell as trimmed text; blank → "". Numbers are turned into their text. */
export function readTextCell(cell: unknown, name: string): string {
  if (isBlankCell(cell)) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  if (isExcelError(cell)) throw cell;
  throw badValue(`${name} must be text.`);
}

/** Reads one cell as a boolean flag: TRUE/FALSE, 1/0, or the text "TRUE"/"FALSE" (any case); blank → null. */
export function readBooleanCell(cell: unknown, name: string): boolean | null {
  if (isBlankCell(cell)) return null;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number" && (cell === 0 || cell === 1)) return cell === 1;
  if (typeof cell === "string") {
    const t = cell.trim().toUpperCase();
    if (t === "TRUE") return true;
    if (t === "FALSE") return false;
  }
  if (isExcelError(cell)) throw cell;
  throw badValue(`${name} must be TRUE or FALSE.`);
}

function truncate(text: string): string {
  return text.length > 30 ? `${text.slice(0, 27)}...` : text;
}
