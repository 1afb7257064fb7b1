/**
 * Queues the commands that write a SheetSpec onto a new, empty worksheet. Nothing here syncs: every
 * command lands in the caller's one write batch (office.ts). The matrices, areas and rules come from pure
 * helpers (office-cells, office-formats, office-layout, office-rules); this module only hands them to
 * Office.js.
 */
import type { SheetSpec } from "../templates/sheet-spec";
import { boxAddress, parseBox } from "./office-address";
import { cellBlock } from "./office-cells";
import { FormatOperation, formatOperations } from "./office-formats";
import { columnWidthGroups, mergeOperations, rowHeightGroups } from "./office-layout";
import { validationOperations } from "./office-rules";

export interface WriteOptions {
  /** Workbook-unique name of each spec table, in spec order. */
  tableNames: string[];
  /** Cell notes need ExcelApi 1.18; older hosts skip them. */
  notes: boolean;
}

/** Applies one format patch to its areas. */
function queueFormat(sheet: Excel.Worksheet, { areas, patch }: FormatOperation): void {
  const format = sheet.getRanges(areas).format;
  if (patch.fill !== undefined) format.fill.color = patch.fill;
  if (patch.bold !== undefined) format.font.bold = patch.bold;
  if (patch.italic !== undefined) format.font.italic = patch.italic;
  if (patch.fontColor !== undefined) format.font.color = patch.fontColor;
  if (patch.fontSize !== undefined) format.font.size = patch.fontSize;
  if (patch.horizontal !== undefined) format.horizontalAlignment = patch.horizontal;
  if (patch.vertical !== undefined) format.verticalAlignment = patch.vertical;
  if (patch.wrap !== undefined) format.wrapText = patch.wrap;
  if (patch.indent !== undefined) format.indentLevel = patch.indent;
  if (patch.unlocked) format.protection.locked = false;
  if (patch.border) {
    for (const edge of patch.border.edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = patch.border.color;
    }
  }
}

/**
 * Tables are created first, on empty cells: a template's totals row is the last row of its table range,
 * and Excel adds a totals row just below the table's data, so the table is created without that row and
 * its totals row switched on while the row is still empty. The cell write that follows then fills header,
 * data and totals cells with the template's own labels and formulas.
 */
function queueTables(sheet: Excel.Worksheet, spec: SheetSpec, names: string[]): void {
  spec.tables.forEach((table, i) => {
    const box = parseBox(table.range);
    const body = table.totalsRow ? { ...box, bottom: box.bottom - 1 } : box;
    const created = sheet.tables.add(boxAddress(body), true);
    created.name = names[i];
    created.style = table.style;
    if (table.totalsRow) created.showTotals = true;
  });
}

/** Queues every part of `spec` onto `sheet` (a new sheet), in an order where later steps see earlier ones. */
export function queueSheetWrite(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  options: WriteOptions
): void {
  queueTables(sheet, spec, options.tableNames);

  const block = cellBlock(spec.cells);
  if (block) {
    const range = sheet.getRange(block.address);
    range.numberFormat = block.numberFormats; // before the contents: text cells must already be Text
    range.values = block.values;
    range.formulas = block.formulas;
  }

  for (const operation of formatOperations(spec.cells, spec.merges)) queueFormat(sheet, operation);
  for (const { address, across } of mergeOperations(spec.merges)) {
    sheet.getRange(address).merge(across);
  }
  for (const { areas, points } of columnWidthGroups(spec.columnWidths)) {
    sheet.getRanges(areas).format.columnWidth = points;
  }
  for (const { areas, points } of rowHeightGroups(spec.rowHeights ?? {})) {
    sheet.getRanges(areas).format.rowHeight = points;
  }

  for (const { areas, rule, prompt } of validationOperations(spec.validations)) {
    const dataValidation = sheet.getRanges(areas).dataValidation;
    dataValidation.rule = rule;
    if (prompt) dataValidation.prompt = { showPrompt: true, title: "", message: prompt };
  }

  for (const cf of spec.conditionalFormats) {
    const formats = sheet.getRange(cf.range).conditionalFormats;
    if (cf.type === "expression") {
      const custom = formats.add("Custom").custom;
      custom.rule.formula = cf.formula.startsWith("=") ? cf.formula : `=${cf.formula}`;
      if (cf.style.fill) custom.format.fill.color = cf.style.fill;
      if (cf.style.font?.color) custom.format.font.color = cf.style.font.color;
      if (cf.style.font?.bold !== undefined) custom.format.font.bold = cf.style.font.bold;
      if (cf.style.font?.italic !== undefined) custom.format.font.italic = cf.style.font.italic;
    } else {
      formats.add("DataBar").dataBar.positiveFormat.fillColor = cf.color;
    }
  }

  for (const name of spec.names) {
    sheet.names.add(name.name, sheet.getRange(name.ref), name.comment);
  }
  if (options.notes) {
    for (const cell of spec.cells.filter((c) => c.note)) {
      sheet.notes.add(sheet.getRange(cell.address), cell.note);
    }
  }

  const { rows, columns } = spec.freeze;
  if (rows > 0 && columns > 0) {
    sheet.freezePanes.freezeAt(
      boxAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 })
    );
  } else if (rows > 0) {
    sheet.freezePanes.freezeRows(rows);
  } else if (columns > 0) {
    sheet.freezePanes.freezeColumns(columns);
  }

  sheet.pageLayout.orientation = spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
  if (spec.print.fitToWidth) {
    // One page wide, as many tall as needed (0 = automatic): Excel's "Fit All Columns on One Page".
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
}
