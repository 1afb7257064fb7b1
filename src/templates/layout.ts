/**
 * The shared look of templated sheets and a small builder that accumulates a SheetSpec.
 *
 * Look: a dark title bar, a legend row (input cells = one yellow fill; computed cells = grey fill, blue
 * text), blue section bands, pale-blue column headers, thin grey borders. Number formats: money with the
 * currency sign, rates 0.0%, dates yyyy-mm-dd, ratios 0.00. Print: landscape, one page wide.
 */
import type { Language } from "../functions/language";
import { cellAt, rangeAt } from "./a1";
import { LEGEND } from "./labels/common";
import type {
  CellSpec,
  CellStyle,
  ConditionalFormatSpec,
  NameSpec,
  SheetSpec,
  TableSpec,
  ValidationSpec,
} from "./sheet-spec";

export const COLOURS = {
  title: "#1F3864",
  section: "#2F5597",
  header: "#D9E1F2",
  headerText: "#1F3864",
  input: "#FFF2CC",
  computed: "#EDEDED",
  computedText: "#1F4E79",
  border: "#BFBFBF",
  note: "#7F7F7F",
  good: "#C6EFCE",
  goodText: "#006100",
  warn: "#FFEB9C",
  warnText: "#9C5700",
  bad: "#FFC7CE",
  badText: "#9C0006",
  critical: "#C00000",
  white: "#FFFFFF",
  bar: "#5B9BD5",
} as const;

export const FORMATS = {
  percent: "0.0%",
  date: "yyyy-mm-dd",
  ratio: "0.00",
  integer: "#,##0",
  decimal: "#,##0.00",
  text: "@",
} as const;

const CURRENCY_SIGNS: Record<string, string> = {
  CNY: "¥",
  JPY: "¥",
  HKD: "HK$",
  USD: "$",
  EUR: "€",
  GBP: "£",
};

/** The currency sign for an ISO code ("CNY" → "¥"); unknown codes are used as they are. */
export function currencySign(currency: string): string {
  return CURRENCY_SIGNS[currency] ?? `${currency} `;
}

/** Money number format with the currency sign: "¥"#,##0 or, with decimals, "¥"#,##0.00 (negatives with a minus). */
export function moneyFormat(currency: string, decimals: 0 | 2 = 0): string {
  const sign = `"${currencySign(currency).replace(/"/g, "")}"`;
  const digits = decimals === 0 ? "#,##0" : "#,##0.00";
  return `${sign}${digits};-${sign}${digits}`;
}

export const STYLES = {
  title: {
    fill: COLOURS.title,
    font: { bold: true, color: COLOURS.white, size: 16 },
    vertical: "center",
    indent: 1,
  },
  section: {
    fill: COLOURS.section,
    font: { bold: true, color: COLOURS.white, size: 12 },
    vertical: "center",
    indent: 1,
  },
  header: {
    fill: COLOURS.header,
    font: { bold: true, color: COLOURS.headerText },
    horizontal: "center",
    vertical: "center",
    wrap: true,
    border: COLOURS.border,
  },
  label: {
    font: { bold: true, color: "#404040" },
    vertical: "center",
    wrap: true,
    border: COLOURS.border,
  },
  rowLabel: { vertical: "center", wrap: true, border: COLOURS.border },
  input: { fill: COLOURS.input, vertical: "center", wrap: true, border: COLOURS.border },
  computed: {
    fill: COLOURS.computed,
    font: { color: COLOURS.computedText },
    vertical: "center",
    border: COLOURS.border,
  },
  keyResult: {
    fill: COLOURS.computed,
    font: { bold: true, color: COLOURS.computedText, size: 12 },
    vertical: "center",
    border: COLOURS.border,
  },
  note: { font: { italic: true, color: COLOURS.note }, vertical: "top", wrap: true },
} satisfies Record<string, CellStyle>;

/** Height in points of rows with content: roomier than Excel's 15 pt default. */
const DEFAULT_ROW_HEIGHT = 18;

/** Options for a written cell: number format, a style override, a span of merged columns. */
export interface CellOptions {
  format?: string;
  style?: CellStyle;
  /** Merge this cell with the cells to its right up to this 1-based column (same row). */
  spanTo?: number;
}

/**
 * Accumulates the parts of a SheetSpec. Columns and rows are 1-based numbers; every writer takes the
 * column and row, so templates compute addresses with a1.ts and never concatenate strings by hand.
 */
export class SheetBuilder {
  private readonly cells = new Map<string, CellSpec>();
  private readonly merges: string[] = [];
  private readonly validations: ValidationSpec[] = [];
  private readonly conditionalFormats: ConditionalFormatSpec[] = [];
  private readonly tables: TableSpec[] = [];
  private readonly names: NameSpec[] = [];
  private readonly rowHeights: Record<number, number> = {};
  private readonly pageBreaks: number[] = [];

  constructor(
    readonly name: string,
    readonly language: Language,
    private readonly columnWidths: number[]
  ) {
    this.lastColumn = columnWidths.length;
  }

  /** Last column of the main grid (the width of title, legend and section bands), fixed at construction. */
  readonly lastColumn: number;

  private put(
    column: number,
    row: number,
    cell: Omit<CellSpec, "address">,
    options: CellOptions
  ): string {
    const address = cellAt(column, row);
    const style = options.style ?? cell.style;
    this.cells.set(address, {
      address,
      ...cell,
      ...(style ? { style } : {}),
      ...(options.format ? { numberFormat: options.format } : {}),
    });
    if (options.spanTo !== undefined && options.spanTo > column) {
      this.merges.push(rangeAt(column, row, options.spanTo, row));
      for (let c = column + 1; c <= options.spanTo; c++) {
        this.cells.set(cellAt(c, row), {
          address: cellAt(c, row),
          ...(style ? { style } : {}),
          input: cell.input,
        });
      }
    }
    return address;
  }

  /** A fixed label (not an input). */
  label(column: number, row: number, text: string, options: CellOptions = {}): string {
    return this.put(column, row, { value: text, style: STYLES.label }, options);
  }

  /** A styled cell with no content (grid borders, the unused cells of a totals row), merged up to `spanTo`. */
  blank(column: number, row: number, style: CellStyle, spanTo?: number): string {
    return this.put(column, row, { style }, { spanTo });
  }

  /** An input cell the planner fills; `value` undefined leaves it empty (but styled as an input). */
  input(column: number, row: number, value?: string | number, options: CellOptions = {}): string {
    return this.put(
      column,
      row,
      { ...(value === undefined ? {} : { value }), input: true, style: STYLES.input },
      options
    );
  }

  /** A computed cell holding a formula the template wrote. */
  formula(column: number, row: number, formula: string, options: CellOptions = {}): string {
    return this.put(column, row, { formula, style: STYLES.computed }, options);
  }

  /** A row of column headers starting at `column`; each entry is a header or [header, span in columns]. */
  headers(column: number, row: number, headers: (string | [string, number])[]): void {
    let c = column;
    for (const entry of headers) {
      const [text, span] = typeof entry === "string" ? [entry, 1] : entry;
      this.put(c, row, { value: text, style: STYLES.header }, { spanTo: c + span - 1 });
      c += span;
    }
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, 30);
  }

  /** A section band across the main grid. */
  section(row: number, text: string): void {
    this.put(1, row, { value: text, style: STYLES.section }, { spanTo: this.lastColumn });
    this.rowHeights[row] = 22;
  }

  /** An explanatory note across the main grid (or up to `spanTo`). */
  note(row: number, text: string, column = 1, spanTo = this.lastColumn, height = 30): void {
    this.put(column, row, { value: text, style: STYLES.note }, { spanTo });
    this.rowHeights[row] = height;
  }

  /** Title bar (row 1) and the legend of input and computed cells (row 2). */
  titleAndLegend(title: string): void {
    const lang = this.language;
    this.put(1, 1, { value: title, style: STYLES.title }, { spanTo: this.lastColumn });
    this.rowHeights[1] = 32;
    this.label(1, 2, LEGEND.title[lang]);
    this.put(2, 2, { value: LEGEND.input[lang], style: STYLES.input }, {});
    this.put(3, 2, { value: LEGEND.computed[lang], style: STYLES.computed }, { spanTo: 5 });
    this.put(
      6,
      2,
      { value: LEGEND.dropdown[lang], style: STYLES.note },
      { spanTo: this.lastColumn }
    );
    this.rowHeights[2] = 20;
    this.rowHeights[3] = 8;
  }

  /** Sets a row's height in points. */
  rowHeight(row: number, height: number): void {
    this.rowHeights[row] = height;
  }

  /** Starts a new printed page at `row`. */
  pageBreakBefore(row: number): void {
    this.pageBreaks.push(row);
  }

  validation(validation: ValidationSpec): void {
    this.validations.push(validation);
  }

  /** A dropdown list on `range`. */
  dropdown(range: string, values: string[]): void {
    this.validations.push({ range, type: "list", values });
  }

  conditional(format: ConditionalFormatSpec): void {
    this.conditionalFormats.push(format);
  }

  table(table: TableSpec): void {
    this.tables.push(table);
  }

  /** A defined name for a key cell or range. */
  defineName(name: string, ref: string, comment?: string): void {
    this.names.push({ name, ref, ...(comment ? { comment } : {}) });
  }

  /** Widens the sheet with extra narrow columns (e.g. timeline days) beyond the main grid. */
  extraColumns(count: number, width: number): number {
    const first = this.columnWidths.length + 1;
    for (let i = 0; i < count; i++) this.columnWidths.push(width);
    return first;
  }

  /** The finished description; rows with content get at least DEFAULT_ROW_HEIGHT. */
  build(): SheetSpec {
    const rowHeights = { ...this.rowHeights };
    for (const cell of this.cells.values()) {
      const row = Number(/\d+$/.exec(cell.address)![0]);
      rowHeights[row] ??= DEFAULT_ROW_HEIGHT;
    }
    return {
      name: this.name,
      language: this.language,
      columnWidths: [...this.columnWidths],
      cells: [...this.cells.values()],
      merges: [...this.merges],
      validations: [...this.validations],
      conditionalFormats: [...this.conditionalFormats],
      tables: [...this.tables],
      names: [...this.names],
      rowHeights,
      pageBreaks: [...this.pageBreaks],
      gridlines: false,
      freeze: { rows: 2, columns: 0 },
      print: { orientation: "landscape", fitToWidth: true },
    };
  }
}
