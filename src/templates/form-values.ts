/**
 * Parsers for what people type into form fields: dates ("2025-11-11", "2025/11/11"), numbers with
 * thousands separators or a currency sign ("500,000", "¥500000"), and rates ("35%", "0.35").
 * Each returns undefined when the text is not that kind of value.
 */

/** "yyyy-mm-dd" (also "/" or "." separators, one-digit month/day) → canonical ISO date, else undefined. */
export function parseIsoDate(text: string): string | undefined {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return undefined;
  return `${match[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A plain number, allowing spaces, "," thousands separators and a leading currency sign (¥ ￥ $ € £). */
export function parseAmount(text: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/^[¥￥$€£]/, "")
    .replace(/[,\s]/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** A rate written as "35%" (→ 0.35) or as a fraction "0.35" (→ 0.35). */
export function parseRate(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed.endsWith("%") || trimmed.endsWith("％")) {
    const percent = parseAmount(trimmed.slice(0, -1));
    return percent === undefined ? undefined : percent / 100;
  }
  return parseAmount(trimmed);
}
