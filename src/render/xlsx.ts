/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells and worksheets are plain objects, not Office.js proxies. */
/**
 * SheetSpec → .xlsx with ExcelJS (spec templates §4): one worksheet per spec, in order. Formulas are
 * written without a cached result (and the workbook asks for a full calculation on load), so Excel,
 * LibreOffice and WPS compute every value when the file opens. Values are always data: a string that
 * starts with "=", "+", "-" or "@" is written as a text cell, never as a formula.
 *
 * Runs in Node and in the browser (the task pane loads it with a dynamic import): no Node-only APIs.
 */
import { Workbook } from "exceljs";
import type {
  Borders,
  Cell,
  ConditionalFormattingRule,
  DataValidation,
  Fill,
  Font,
  Style,
  TableColumnProperties,
  Worksheet,
} from "exceljs";
import type { Language } from "../functions/language";
import { absolute } from "../templates/a1";
import { uniqueSheetName } from "../templates/sheet-name";
import type {
  CellSpec,
  CellStyle,
  Colour,
  ConditionalFormatSpec,
  SheetSpec,
  TableSpec,
  ValidationSpec,
} from "../templates/sheet-spec";

const A4 = 9;
/** Default font by sheet language: Excel's usual choices for Chinese and English business sheets. */
const FONT_BY_LANGUAGE: Record<Language, string> = {
  "zh-CN": "Microsoft YaHei",
  "en-US": "Calibri",
};
const FONT_SIZE = 10;

/** "#1F3864" → ExcelJS ARGB "FF1F3864". */
function argb(colour: Colour): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

function solidFill(colour: Colour): Fill {
  return {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: argb(colour) },
    bgColor: { argb: argb(colour) },
  };
}

function font(style: CellStyle["font"], family: string): Partial<Font> {
  return {
    name: family,
    size: style?.size ?? FONT_SIZE,
    ...(!style ? {} : fontEffects(style)),
  };
}

function fontEffects(style: NonNullable<CellStyle["font"]>): Partial<Font> {
  return {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.color ? { color: { argb: argb(style.color) } } : {}),
  };
}

/** ExcelJS style of a CellStyle plus number format, in the font `family`. */
function cellStyle(
  style: CellStyle | undefined,
  numberFormat: string | undefined,
  family: string
): Partial<Style> {
  const out: Partial<Style> = { font: font(style?.font, family) };
  if (numberFormat) out.numFmt = numberFormat;
  if (!style) return out;
  if (style.fill) out.fill = solidFill(style.fill);
  if (style.horizontal || style.vertical || style.wrap || style.indent) {
    out.alignment = {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical
        ? { vertical: style.vertical === "center" ? "middle" : style.vertical }
        : {}),
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.indent ? { indent: style.indent } : {}),
    };
  }
  if (style.border) {
    const edge = { style: "thin" as const, color: { argb: argb(style.border) } };
    out.border = { top: edge, left: edge, bottom: edge, right: edge } as Borders;
  }
  return out;
}

/** Writes a cell's content: a formula without cached result, or a value (text stays text). */
function writeContent(cell: Cell, spec: CellSpec): void {
  if (spec.formula !== undefined) {
    cell.value = { formula: spec.formula.replace(/^=/, "") } as Cell["value"];
  } else if (spec.value !== undefined) {
    cell.value = spec.value;
  }
}

/** The Excel table of `table`, built from the spec's header, data and totals cells. */
function addTable(
  sheet: Worksheet,
  table: TableSpec,
  cells: Map<string, CellSpec>,
  name: string
): void {
  const [from, to] = table.range.split(":");
  const start = sheet.getCell(from);
  const end = sheet.getCell(to);
  const top = Number(start.row);
  const bottom = Number(end.row);
  const left = Number(start.col);
  const right = Number(end.col);
  const at = (row: number, col: number) => cells.get(sheet.getCell(row, col).address);
  const content = (spec: CellSpec | undefined) =>
    spec?.formula !== undefined
      ? { formula: spec.formula.replace(/^=/, "") }
      : (spec?.value ?? null);
  const dataBottom = table.totalsRow ? bottom - 1 : bottom;
  const columns: TableColumnProperties[] = [];
  for (let col = left; col <= right; col++) {
    const header = String(at(top, col)?.value ?? `Column${col - left + 1}`);
    const total = table.totalsRow ? at(bottom, col) : undefined;
    columns.push({
      name: header,
      ...(col === left && total?.value !== undefined
        ? { totalsRowLabel: String(total.value) }
        : {}),
      ...(col > left && total?.formula !== undefined
        ? { totalsRowFunction: "custom", totalsRowFormula: total.formula.replace(/^=/, "") }
        : {}),
    } as TableColumnProperties);
  }
  const rows = [];
  for (let row = top + 1; row <= dataBottom; row++) {
    const values = [];
    for (let col = left; col <= right; col++) values.push(content(at(row, col)));
    rows.push(values);
  }
  sheet.addTable({
    name,
    ref: from,
    headerRow: true,
    totalsRow: Boolean(table.totalsRow),
    style: { theme: table.style as never, showRowStripes: true },
    columns,
    rows: rows as never,
  });
}

/** Every cell of an A1 range ("B5" or "B5:D9"). */
function cellsOf(sheet: Worksheet, range: string): Cell[] {
  const [from, to = from] = range.split(":");
  const first = sheet.getCell(from);
  const last = sheet.getCell(to);
  const out: Cell[] = [];
  for (let row = Number(first.row); row <= Number(last.row); row++) {
    for (let col = Number(first.col); col <= Number(last.col); col++)
      out.push(sheet.getCell(row, col));
  }
  return out;
}

/** The ExcelJS data validation of a ValidationSpec. */
function dataValidation(validation: ValidationSpec): DataValidation {
  const prompt = validation.prompt ? { prompt: validation.prompt, showInputMessage: true } : {};
  if (validation.type === "list") {
    return {
      type: "list",
      allowBlank: true,
      formulae: [`"${validation.values.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      ...prompt,
    };
  }
  if (validation.type === "date") {
    return {
      type: "date",
      allowBlank: true,
      operator: "greaterThan",
      formulae: [1],
      showErrorMessage: true,
      ...prompt,
    };
  }
  const { min, max } = validation;
  const bounds =
    min !== undefined && max !== undefined
      ? { operator: "between" as const, formulae: [min, max] }
      : min !== undefined
        ? { operator: "greaterThanOrEqual" as const, formulae: [min] }
        : { operator: "lessThanOrEqual" as const, formulae: [max ?? 0] };
  return { type: validation.type, allowBlank: true, showErrorMessage: true, ...bounds, ...prompt };
}

function conditionalRule(
  format: ConditionalFormatSpec,
  priority: number
): ConditionalFormattingRule {
  if (format.type === "dataBar") {
    return {
      type: "dataBar",
      priority,
      gradient: false,
      cfvo: [{ type: "num", value: 0 }, { type: "max" }],
      color: { argb: argb(format.color) },
    } as ConditionalFormattingRule;
  }
  const style: Partial<Style> = {};
  if (format.style.fill) style.fill = solidFill(format.style.fill);
  if (format.style.font) style.font = fontEffects(format.style.font);
  return { type: "expression", priority, formulae: [format.formula.replace(/^=/, "")], style };
}

/** `name` made unique among `taken` (case-insensitive) with a "_2", "_3" … suffix. */
function uniqueTableName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Sheet-scoped defined names in workbook.xml (ExcelJS's own API only writes workbook-scoped names). */
function setSheetScopedNames(
  workbook: Workbook,
  names: { name: string; ranges: string[]; localSheetId: number }[]
) {
  Object.defineProperty(workbook.definedNames, "model", { get: () => names, configurable: true });
}

/** A reference "'Sheet'!$B$5" or "'Sheet'!$B$5:$B$9" for a defined name. */
function nameReference(sheetName: string, ref: string): string {
  return `${quotedSheet(sheetName)}!${ref.split(":").map(absolute).join(":")}`;
}

/** 'Sheet name' with apostrophes doubled (ExcelJS's own print titles miss the doubling, so we write them). */
function quotedSheet(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

function writeSheet(
  workbook: Workbook,
  spec: SheetSpec,
  sheetName: string,
  tableNames: Set<string>
): Worksheet {
  const sheet = workbook.addWorksheet(sheetName, {
    views: [
      {
        state: "frozen",
        xSplit: spec.freeze.columns,
        ySplit: spec.freeze.rows,
        showGridLines: spec.gridlines !== false,
      },
    ],
    pageSetup: {
      orientation: spec.print.orientation,
      paperSize: A4,
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  spec.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(spec.rowHeights ?? {}))
    sheet.getRow(Number(row)).height = height;
  for (const row of spec.pageBreaks ?? []) if (row > 1) sheet.getRow(row - 1).addPageBreak();

  const cells = new Map(spec.cells.map((cell) => [cell.address, cell]));
  for (const table of spec.tables)
    addTable(sheet, table, cells, uniqueTableName(table.name, tableNames));
  for (const range of spec.merges) sheet.mergeCells(range);
  for (const cellSpec of spec.cells) {
    const cell = sheet.getCell(cellSpec.address);
    writeContent(cell, cellSpec);
    cell.style = cellStyle(
      cellSpec.style,
      cellSpec.numberFormat,
      FONT_BY_LANGUAGE[spec.language]
    ) as Style;
    if (cellSpec.note) cell.note = cellSpec.note;
  }
  for (const validation of spec.validations) {
    const rule = dataValidation(validation);
    for (const cell of cellsOf(sheet, validation.range)) cell.dataValidation = rule;
  }
  spec.conditionalFormats.forEach((format, i) =>
    sheet.addConditionalFormatting({ ref: format.range, rules: [conditionalRule(format, i + 1)] })
  );
  return sheet;
}

/**
 * Renders `specs` as one .xlsx workbook (a sheet per spec; names made unique, ≤ 31 characters) and
 * returns the file's bytes.
 */
export async function writeXlsx(specs: SheetSpec[]): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = "ECOM Ops";
  workbook.calcProperties = { fullCalcOnLoad: true };
  const sheetNames: string[] = [];
  const tableNames = new Set<string>();
  const names: { name: string; ranges: string[]; localSheetId: number }[] = [];
  specs.forEach((spec, index) => {
    const sheetName = uniqueSheetName(spec.name, sheetNames);
    sheetNames.push(sheetName);
    writeSheet(workbook, spec, sheetName, tableNames);
    for (const name of spec.names) {
      names.push({
        name: name.name,
        ranges: [nameReference(sheetName, name.ref)],
        localSheetId: index,
      });
    }
    if (spec.freeze.rows > 0) {
      // The frozen header rows repeat at the top of every printed page.
      const titles = `${quotedSheet(sheetName)}!$1:$${spec.freeze.rows}`;
      names.push({ name: "_xlnm.Print_Titles", ranges: [titles], localSheetId: index });
    }
  });
  setSheetScopedNames(workbook, names);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
