/**
 * SheetSpec: a plain-data description of one finished worksheet — cells (values, formulas, styles, number
 * formats), merges, column widths, data validation, conditional formats, tables, defined names, frozen
 * panes and print setup. Templates (src/templates/*) build it from form parameters with pure functions;
 * renderers (src/render/*) turn it into Excel through Office.js or into an .xlsx file. No Office types here.
 *
 * Addresses are A1 references on the sheet itself ("B4", "A10:H10"); formulas are English, comma-separated,
 * start with "=", and refer to cells of the same sheet unless they name another sheet explicitly.
 */
import type { Language } from "../functions/language";

/** Colours are "#RRGGBB". */
export type Colour = string;

export interface CellStyle {
  fill?: Colour;
  font?: { bold?: boolean; italic?: boolean; color?: Colour; size?: number };
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  /** Thin border on every edge of the cell. */
  border?: Colour;
  /** Indent level (left-aligned text). */
  indent?: number;
}

/**
 * One cell. Exactly one of `value` and `formula` is set, or neither (a styled empty cell, e.g. an input to
 * fill). `value` is ALWAYS data: text starting with "=", "+", "-" or "@" stays literal text (renderers must
 * guarantee this: formula injection, spec templates §1.5). `formula` is a formula the template wrote.
 */
export interface CellSpec {
  address: string;
  value?: string | number | boolean;
  formula?: string;
  /** Excel number format, e.g. "#,##0.00", "0.0%", "yyyy-mm-dd", "@" for text. */
  numberFormat?: string;
  style?: CellStyle;
  /** True for cells the planner is expected to fill (drawn as inputs, left unlocked). */
  input?: boolean;
  /** A short note shown as the cell's comment/tooltip. */
  note?: string;
}

export type ValidationSpec =
  | { range: string; type: "list"; values: string[]; prompt?: string }
  | { range: string; type: "decimal" | "whole"; min?: number; max?: number; prompt?: string }
  | { range: string; type: "date"; prompt?: string };

export type ConditionalFormatSpec =
  /** Applies `style` (fill and font colour) where the formula, written for the range's top-left cell, is TRUE. */
  | { range: string; type: "expression"; formula: string; style: Pick<CellStyle, "fill" | "font"> }
  /** A data bar over the range's numbers. */
  | { range: string; type: "dataBar"; color: Colour };

export interface TableSpec {
  /** Workbook-unique in Excel: renderers append a suffix when the name is taken. */
  name: string;
  /** Header row included. */
  range: string;
  style: string;
  /** The table's last row is a totals row written by the template (formulas in cells). */
  totalsRow?: boolean;
}

/** A defined name scoped to the sheet, naming a key cell or range (tests and cross-sheet links use them). */
export interface NameSpec {
  name: string;
  ref: string;
  comment?: string;
}

export interface SheetSpec {
  /** Sheet name before de-duplication (renderers make it unique: "name (2)" …, ≤ 31 characters). */
  name: string;
  language: Language;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  cells: CellSpec[];
  merges: string[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  tables: TableSpec[];
  names: NameSpec[];
  /**
   * Optional row heights in points, keyed by 1-based row number, for rows that need more than the default
   * (the title, wrapped text). Renderers that cannot set heights may ignore it.
   */
  rowHeights?: Record<number, number>;
  /** Optional: rows that start a new printed page (manual page breaks above them). */
  pageBreaks?: number[];
  /** Optional: false hides the worksheet gridlines (the template draws its own borders). Default true. */
  gridlines?: boolean;
  /** Rows/columns frozen at the top/left. */
  freeze: { rows: number; columns: number };
  print: { orientation: "landscape" | "portrait"; fitToWidth: boolean };
}
