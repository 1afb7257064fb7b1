/**
 * Names the Office renderer picks against what the workbook already holds: table names (unique across
 * the workbook's tables and defined names, compared case-insensitively as Excel does) and the temporary
 * name the new sheet carries until its last write (see office.ts: the partial sheet can then be removed
 * by a name nobody else uses).
 */

/** `base`, or `base_2`, `base_3` … — the first not in `taken` (case-insensitive). */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  let n = 2;
  while (used.has(`${base}_${n}`.toLowerCase())) n++;
  return `${base}_${n}`;
}

/**
 * A sheet name for the sheet while it is being written: "ECOM~" and eight hex digits from `random`
 * (values in [0, 1)), not in `taken`. Valid as a sheet name (≤ 31 characters, none of : \ / ? * [ ]).
 */
export function temporarySheetName(
  taken: Iterable<string>,
  random: () => number = Math.random
): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  for (;;) {
    const hex = Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, "0");
    const name = `ECOM~${hex}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
