/**
 * Cell styles of a SheetSpec as few Office.js operations as practical: cells with the same style are
 * gathered into rectangles, and the rectangles of one style are formatted together through
 * Worksheet.getRanges("A1:C3,E5", …) (RangeAreas, ExcelApi 1.9). A template with hundreds of styled cells
 * and a dozen distinct styles thus costs a few dozen operations instead of one per cell; Excel on the web
 * is slow with thousands of small ranges even inside one sync.
 */
import type { CellSpec, CellStyle } from "../templates/sheet-spec";
import { areaChunks, boxAddress, CellBox, parseBox } from "./office-address";

export type BorderEdge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** What one format operation sets on a RangeAreas (only the properties present). */
export interface FormatPatch {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  horizontal?: "Left" | "Center" | "Right";
  vertical?: "Top" | "Center" | "Bottom";
  wrap?: boolean;
  indent?: number;
  /** Thin borders of this colour on these edges (inside edges only where the areas have them). */
  border?: { color: string; edges: BorderEdge[] };
  /** Input cells stay editable when the sheet is protected. */
  unlocked?: boolean;
}

export interface FormatOperation {
  /** Comma-separated A1 areas for Worksheet.getRanges. */
  areas: string;
  patch: FormatPatch;
}

const EDGES: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const VALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** The patch of a style without borders (borders depend on the areas' shapes). */
function basePatch(style: CellStyle, input: boolean): FormatPatch {
  const patch: FormatPatch = {};
  if (style.fill) patch.fill = style.fill;
  if (style.font?.bold !== undefined) patch.bold = style.font.bold;
  if (style.font?.italic !== undefined) patch.italic = style.font.italic;
  if (style.font?.color) patch.fontColor = style.font.color;
  if (style.font?.size) patch.fontSize = style.font.size;
  if (style.horizontal) patch.horizontal = ALIGN[style.horizontal];
  if (style.vertical) patch.vertical = VALIGN[style.vertical];
  if (style.wrap !== undefined) patch.wrap = style.wrap;
  if (style.indent) patch.indent = style.indent;
  if (input) patch.unlocked = true;
  return patch;
}

/**
 * Rectangles exactly covering a set of distinct cells: runs of adjacent cells in a row, stacked with
 * identical runs of the rows below.
 */
export function coveringRectangles(cells: Array<{ row: number; col: number }>): CellBox[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellBox[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right === col - 1) last.right = col;
    else runs.push({ top: row, bottom: row, left: col, right: col });
  }
  const open = new Map<string, CellBox>();
  const boxes: CellBox[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) {
      above.bottom = run.top;
    } else {
      const box = { ...run };
      open.set(key, box);
      boxes.push(box);
    }
  }
  return boxes;
}

/** The border edges that exist on a box: inside lines only when it spans several rows/columns. */
function edgesOf(box: CellBox): BorderEdge[] {
  const edges = [...EDGES];
  if (box.bottom > box.top) edges.push("InsideHorizontal");
  if (box.right > box.left) edges.push("InsideVertical");
  return edges;
}

/**
 * Every described cell's style as format operations. Cells inside a merge that are not described
 * themselves take the style of the merge's top-left cell, so a merged, bordered title is bordered all
 * round (the .xlsx renderer behaves the same way).
 */
export function formatOperations(cells: CellSpec[], merges: string[]): FormatOperation[] {
  const styled = new Map<string, { row: number; col: number; style: CellStyle; input: boolean }>();
  for (const cell of cells) {
    const { top: row, left: col } = parseBox(cell.address);
    styled.set(`${row},${col}`, { row, col, style: cell.style ?? {}, input: Boolean(cell.input) });
  }
  for (const merge of merges) {
    const box = parseBox(merge);
    const master = styled.get(`${box.top},${box.left}`);
    if (!master) continue;
    for (let row = box.top; row <= box.bottom; row++) {
      for (let col = box.left; col <= box.right; col++) {
        const key = `${row},${col}`;
        if (!styled.has(key))
          styled.set(key, { row, col, style: master.style, input: master.input });
      }
    }
  }
  const groups = new Map<
    string,
    { style: CellStyle; input: boolean; cells: Array<{ row: number; col: number }> }
  >();
  for (const entry of styled.values()) {
    const key = JSON.stringify([entry.style, entry.input]);
    const group = groups.get(key) ?? { style: entry.style, input: entry.input, cells: [] };
    group.cells.push(entry);
    groups.set(key, group);
  }
  const operations: FormatOperation[] = [];
  for (const { style, input, cells: members } of groups.values()) {
    const patch = basePatch(style, input);
    const boxes = coveringRectangles(members);
    // Boxes with the same edge set share one operation (a single cell has no inside edges).
    const byEdges = new Map<string, { edges: BorderEdge[]; boxes: CellBox[] }>();
    for (const box of boxes) {
      const edges = style.border ? edgesOf(box) : [];
      const key = edges.join(",");
      const bucket = byEdges.get(key) ?? { edges, boxes: [] };
      bucket.boxes.push(box);
      byEdges.set(key, bucket);
    }
    for (const { edges, boxes: bucket } of byEdges.values()) {
      const full = style.border ? { ...patch, border: { color: style.border, edges } } : patch;
      if (Object.keys(full).length === 0) continue;
      for (const areas of areaChunks(bucket.map(boxAddress)))
        operations.push({ areas, patch: full });
    }
  }
  return operations;
}
