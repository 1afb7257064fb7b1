/**
 * Reading A1 addresses on one sheet: "B4" is a cell, "A10:H10" a rectangle. Rows and columns are 0-based
 * here, as in Excel's getRangeByIndexes; letters and row numbers are what users see. (Templates build
 * addresses with src/templates/a1.ts; renderers read them back here.)
 */
import { columnLetter } from "../templates/a1";

/** A rectangle of cells, inclusive, 0-based. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 0-based column index of column letters: "A" → 0, "AA" → 26. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The box of an A1 reference to a cell ("B4") or a rectangle ("A1:C3"); throws on anything else. */
export function parseBox(address: string): CellBox {
  const parts = address.split(":");
  const corners = parts.map((part) => CELL.exec(part.trim()));
  if (parts.length > 2 || corners.some((m) => m === null)) {
    throw new Error(`"${address}" is not an A1 cell or range address`);
  }
  const rows = corners.map((m) => Number(m![2]) - 1);
  const cols = corners.map((m) => columnIndex(m![1]));
  return {
    top: Math.min(...rows),
    left: Math.min(...cols),
    bottom: Math.max(...rows),
    right: Math.max(...cols),
  };
}

/** The A1 address of a box: "B4" for one cell, "A1:C3" otherwise. */
export function boxAddress(box: CellBox): string {
  const start = `${columnLetter(box.left + 1)}${box.top + 1}`;
  if (box.top === box.bottom && box.left === box.right) return start;
  return `${start}:${columnLetter(box.right + 1)}${box.bottom + 1}`;
}

/**
 * Worksheet.getRanges rejects long multi-area addresses ("The argument is invalid or missing or has an
 * incorrect format") at an undocumented size (office-js#5198: failures from about 500 areas / 8,000
 * characters), so areas are joined into modest comma-separated chunks.
 */
const MAX_AREAS_PER_CHUNK = 60;
const MAX_CHUNK_CHARS = 1500;

/** Joins A1 areas into comma-separated addresses for Worksheet.getRanges, each within safe limits. */
export function areaChunks(addresses: string[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const address of addresses) {
    if (
      current.length > 0 &&
      (current.length >= MAX_AREAS_PER_CHUNK || length + address.length + 1 > MAX_CHUNK_CHARS)
    ) {
      chunks.push(current.join(","));
      current = [];
      length = 0;
    }
    current.push(address);
    length += address.length + 1;
  }
  if (current.length > 0) chunks.push(current.join(","));
  return chunks;
}
