/**
 * RFM customer segments, three schemes (spec §4 "RFM segment schemes"; labels in src/functions/labels/rfm.ts):
 *
 * - "rfm11": the common 11-segment R × FM map, FM = round-half-up((F + M)/2) on 1..5 scores
 *   (analytics.md §3.4; shahdzzz/RFM-analysis-using-sql `q1.sql`).
 * - "cn8": the Chinese eight customer types (八类客户): raw recency, frequency, monetary each compared with its
 *   mean over the given customers (analytics.md §3.6).
 * - "cn3": the seed manuals' three tiers (高价值 / 潜力价值 / 培育价值) by the average of the R, F, M scores.
 *
 * Segments are returned as stable keys; entries that are blank (see rfm.ts: any NaN input) get null.
 */
import { badValue } from "./errors";
import { requireRfmBins, requireRfmColumns, rfmScores, RfmScores } from "./rfm";

export type RfmScheme = "rfm11" | "cn8" | "cn3";

export type Rfm11Segment =
  | "champions"
  | "loyal_customers"
  | "potential_loyalists"
  | "new_customers"
  | "promising"
  | "need_attention"
  | "about_to_sleep"
  | "at_risk"
  | "cant_lose_them"
  | "hibernating"
  | "lost";

export type Cn8Segment =
  | "key_value"
  | "key_development"
  | "key_retention"
  | "key_win_back"
  | "general_value"
  | "general_development"
  | "general_retention"
  | "general_win_back";

export type Cn3Segment = "high_value" | "potential_value" | "to_nurture";

export type RfmSegment = Rfm11Segment | Cn8Segment | Cn3Segment;

/** The rfm11 map, indexed [R − 1][FM − 1] (spec §4: Champions 55 54 45, Loyal Customers 53 44 35 34, …). */
const RFM11_MAP: readonly (readonly Rfm11Segment[])[] = [
  ["lost", "hibernating", "at_risk", "cant_lose_them", "cant_lose_them"],
  ["about_to_sleep", "need_attention", "need_attention", "at_risk", "at_risk"],
  ["promising", "need_attention", "potential_loyalists", "loyal_customers", "loyal_customers"],
  ["promising", "potential_loyalists", "potential_loyalists", "loyal_customers", "champions"],
  ["new_customers", "potential_loyalists", "loyal_customers", "champions", "champions"],
];

/**
 * A score on 1..bins rescaled to 1..5 for the rfm11 map: 1 + round-half-up((s − 1)·4/(bins − 1)), a linear
 * map that keeps both ends (1 → 1, bins → 5) and is the identity for bins = 5. Computed in integers:
 * round-half-up(a/b) = ⌊(2a + b)/(2b)⌋. For example bins 3: 1, 3, 5; bins 4: 1, 2, 4, 5.
 */
export function rescaleScoreTo5(score: number, bins: number): number {
  const a = (score - 1) * 4;
  const b = bins - 1;
  return 1 + Math.floor((2 * a + b) / (2 * b));
}

/**
 * The rfm11 segment of scores R, F, M on 1..bins: rescale each to 1..5 (`rescaleScoreTo5`), then
 * FM = round-half-up((F + M)/2) = ⌊(F + M + 1)/2⌋ and look up the cell (R, FM) in the map of spec §4.
 */
export function rfm11Segment(r: number, f: number, m: number, bins: number): Rfm11Segment {
  const r5 = rescaleScoreTo5(r, bins);
  const fm = Math.floor((rescaleScoreTo5(f, bins) + rescaleScoreTo5(m, bins) + 1) / 2);
  return RFM11_MAP[r5 - 1][fm - 1];
}

/**
 * The cn3 tier of scores R, F, M on 1..bins (spec §4): average (R + F + M)/3 ≥ 0.8·bins → "high_value",
 * ≥ 0.5·bins → "potential_value", else "to_nurture". Compared in integers, 10·(R + F + M) ≥ 24·bins and
 * ≥ 15·bins, so no rounding decides a tier.
 */
export function cn3Segment(r: number, f: number, m: number, bins: number): Cn3Segment {
  const tenSum = 10 * (r + f + m);
  if (tenSum >= 24 * bins) return "high_value";
  if (tenSum >= 15 * bins) return "potential_value";
  return "to_nurture";
}

/**
 * The cn8 type from three comparisons with the means (spec §4, analytics.md §3.6): recent = recency below its
 * mean (R高), frequent = frequency at or above its mean (F高), bigSpender = monetary at or above its mean (M高).
 * M高 → 重要 ("key_"), M低 → 一般 ("general_"); then R高F高 value, R高F低 development, R低F高 retention,
 * R低F低 win-back.
 */
export function cn8Segment(recent: boolean, frequent: boolean, bigSpender: boolean): Cn8Segment {
  if (bigSpender) {
    if (recent) return frequent ? "key_value" : "key_development";
    return frequent ? "key_retention" : "key_win_back";
  }
  if (recent) return frequent ? "general_value" : "general_development";
  return frequent ? "general_retention" : "general_win_back";
}

/**
 * The segment of every entry under a scheme. rfm11 and cn3 use the RFM scores (pass them when already
 * computed, else they are computed here with `rfmScores`); cn8 uses the raw values and their means over the
 * non-blank entries (Σv/n). Blank entries (any NaN, as in rfm.ts) get null. Unknown scheme or columns of
 * different lengths → #VALUE!; bins outside 2..9 → #NUM!.
 */
export function rfmSegments(
  scheme: RfmScheme,
  recency: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array,
  bins: number,
  scores?: RfmScores
): (RfmSegment | null)[] {
  requireRfmBins(bins);
  requireRfmColumns(recency, frequency, monetary);
  switch (scheme) {
    case "rfm11":
    case "cn3": {
      const s = scores ?? rfmScores(recency, frequency, monetary, bins);
      const segmentOf = scheme === "rfm11" ? rfm11Segment : cn3Segment;
      const out = new Array<RfmSegment | null>(s.r.length);
      for (let i = 0; i < out.length; i++)
        out[i] = s.r[i] === 0 ? null : segmentOf(s.r[i], s.f[i], s.m[i], bins);
      return out;
    }
    case "cn8":
      return cn8Segments(recency, frequency, monetary);
    default:
      throw badValue(`scheme must be "rfm11", "cn8" or "cn3" (got "${String(scheme)}").`);
  }
}

/** cn8 for every entry: means over the entries with all three values, then `cn8Segment`. */
function cn8Segments(
  recency: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array
): (Cn8Segment | null)[] {
  const n = recency.length;
  let count = 0;
  let sumR = 0;
  let sumF = 0;
  let sumM = 0;
  for (let i = 0; i < n; i++) {
    const r = recency[i];
    const f = frequency[i];
    const m = monetary[i];
    if (r === r && f === f && m === m) {
      count++;
      sumR += r;
      sumF += f;
      sumM += m;
    }
  }
  const meanR = sumR / count;
  const meanF = sumF / count;
  const meanM = sumM / count;
  const out = new Array<Cn8Segment | null>(n);
  for (let i = 0; i < n; i++) {
    const r = recency[i];
    const f = frequency[i];
    const m = monetary[i];
    out[i] = r === r && f === f && m === m ? cn8Segment(r < meanR, f >= meanF, m >= meanM) : null;
  }
  return out;
}
