/** A1-reference arithmetic for templates: column letters, cell and range addresses, cross-sheet refs. */

/** Column letter(s) of a 1-based column index: 1 → "A", 27 → "AA". */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "B5" from column 2, row 5. */
export function cellAt(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "A5:J5" from two corners (1-based). */
export function rangeAt(column1: number, row1: number, column2: number, row2: number): string {
  return `${cellAt(column1, row1)}:${cellAt(column2, row2)}`;
}

/** "$B$5" from "B5". */
export function absolute(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/** A reference to `address` on another sheet, quoted for any sheet name: 'Plan - Singles'' Day'!$F$12. */
export function sheetReference(sheetName: string, address: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${absolute(address)}`;
}
