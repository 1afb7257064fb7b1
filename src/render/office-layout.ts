/**
 * The layout of a SheetSpec — merges, column widths, row heights — as few Office.js operations as
 * practical. Templates merge the same columns on many consecutive rows (a "spanTo" per row), which one
 * Range.merge(true) ("merge cells in each row of the specified range as separate merged cells") does in
 * a single operation; widths and heights are set per distinct size on all its columns or rows at once
 * through Worksheet.getRanges ("A:B,E:E", "5:8,12:18").
 */
import { columnLetter } from "../templates/a1";
import { areaChunks, boxAddress, parseBox } from "./office-address";

export interface MergeOperation {
  address: string;
  /** Merge each row of the range separately (Range.merge(across)). */
  across: boolean;
}

/**
 * The merges as Range.merge operations: single-row merges over the same columns on consecutive rows
 * become one row-wise merge of their rectangle; merges spanning several rows stay as they are.
 */
export function mergeOperations(merges: string[]): MergeOperation[] {
  const operations: MergeOperation[] = [];
  const rowMerges = new Map<string, Array<{ row: number; left: number; right: number }>>();
  for (const merge of merges) {
    const box = parseBox(merge);
    if (box.top !== box.bottom) {
      operations.push({ address: boxAddress(box), across: false });
      continue;
    }
    const key = `${box.left}:${box.right}`;
    rowMerges.set(key, [
      ...(rowMerges.get(key) ?? []),
      { row: box.top, left: box.left, right: box.right },
    ]);
  }
  for (const spans of rowMerges.values()) {
    const rows = [...new Set(spans.map((s) => s.row))].sort((a, b) => a - b);
    const { left, right } = spans[0];
    let top = rows[0];
    rows.forEach((row, i) => {
      if (rows[i + 1] === row + 1) return;
      operations.push({
        address: boxAddress({ top, bottom: row, left, right }),
        across: row > top,
      });
      top = rows[i + 1];
    });
  }
  return operations;
}

/** Runs of consecutive positions (ascending, distinct) as [first, last]. */
function consecutiveRuns(positions: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const p of [...positions].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === p - 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs;
}

/** Positions grouped by their size (sizes ≤ 0 dropped), each group as runs of consecutive positions. */
function bySize(
  entries: Array<[number, number]>
): Array<{ size: number; runs: Array<[number, number]> }> {
  const groups = new Map<number, number[]>();
  for (const [position, size] of entries) {
    if (size > 0) groups.set(size, [...(groups.get(size) ?? []), position]);
  }
  return [...groups].map(([size, positions]) => ({ size, runs: consecutiveRuns(positions) }));
}

/**
 * A column width in characters (the unit of .xlsx files and of Excel's column-width dialog) in points,
 * the unit of RangeFormat.columnWidth: one character is the maximum digit width of the default font,
 * 7 pixels for Calibri 11, and a pixel is 0.75 point at 96 dpi (ECMA-376 §18.3.1.13).
 */
export function characterWidthToPoints(characters: number): number {
  return Math.round(characters * 7) * 0.75;
}

/** Column widths (characters, from column A) per distinct width: { areas: "A:B,E:E", points }. */
export function columnWidthGroups(widths: number[]): Array<{ areas: string; points: number }> {
  return bySize(widths.map((width, i): [number, number] => [i + 1, width])).flatMap(
    ({ size, runs }) =>
      areaChunks(runs.map(([first, last]) => `${columnLetter(first)}:${columnLetter(last)}`)).map(
        (areas) => ({
          areas,
          points: characterWidthToPoints(size),
        })
      )
  );
}

/** Row heights (points, by 1-based row) per distinct height: { areas: "5:8,12:18", points }. */
export function rowHeightGroups(
  heights: Record<number, number>
): Array<{ areas: string; points: number }> {
  return bySize(
    Object.entries(heights).map(([row, height]): [number, number] => [Number(row), height])
  ).flatMap(({ size, runs }) =>
    areaChunks(runs.map(([first, last]) => `${first}:${last}`)).map((areas) => ({
      areas,
      points: size,
    }))
  );
}
