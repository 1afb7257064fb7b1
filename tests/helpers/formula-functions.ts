/** The functions a formula calls, and the portable set templates may use (spec templates §1.1). */

/** Built-ins that Excel 2016, LibreOffice and WPS all compute (spec templates §1.1). */
export const PORTABLE_FUNCTIONS = new Set([
  "IF",
  "IFERROR",
  "AND",
  "OR",
  "NOT",
  "SUM",
  "SUMIF",
  "SUMPRODUCT",
  "COUNT",
  "COUNTA",
  "COUNTIF",
  "AVERAGE",
  "MIN",
  "MAX",
  "ROUND",
  "INDEX",
  "MATCH",
  "TEXT",
  "DATE",
  "TODAY",
]);

/** Upper-cased names of the functions called in `formula` (text in "…" and sheet names in '…' ignored). */
export function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  return [...code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1].toUpperCase());
}
