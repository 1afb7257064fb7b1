/**
 * Worksheet names (spec templates §1.4): at most 31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, and not already taken (compared case-insensitively, as Excel does): the
 * first free of "name", "name (2)", "name (3)" …
 */

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  let out = "";
  for (const ch of Array.from(text)) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** `wanted` made legal: forbidden characters removed, spaces collapsed, ≤ 31 characters; "Sheet" if empty. */
export function cleanSheetName(wanted: string): string {
  const cleaned = truncate(
    wanted.replace(FORBIDDEN, "").replace(/\s+/g, " ").trim(),
    MAX_SHEET_NAME_LENGTH
  )
    .replace(/^'+|'+$/g, "")
    .trim();
  return cleaned === "" ? "Sheet" : cleaned;
}

/** The first legal name based on `wanted` that is not in `taken`: "name", then "name (2)", "name (3)" … */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base = cleanSheetName(wanted);
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd();
    const candidate = `${stem}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
