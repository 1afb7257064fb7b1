/**
 * RFM scores (recency, frequency, monetary) exactly as the R package rfm 0.3.0 computes them
 * (rsquaredacademy/rfm @297ed8b, `R/utils.R::bins`, `R/rfm-table-transaction.R`).
 *
 * Per dimension, over the values v of the scored customers, the thresholds are
 *   t_i = Q7(v, i/bins) + 1,  i = 1..bins−1     (type-7 quantile; the "+ 1" is the package's own rule)
 * and a customer's score is 1 + #{i : value ≥ t_i} for frequency and monetary, and bins − #{i : value ≥ t_i}
 * for recency (fewest days since the last order → highest score). Thresholds, not ranks: equal values always
 * get equal scores, and bins can be unequal in size when values tie.
 *
 * Blank convention: NaN marks a blank input. An entry is scored only when all three of its values are
 * numbers; an entry with any NaN gets the scores 0, 0, 0 and takes no part in anyone's thresholds, so a
 * partly blank entry (which the Excel layer reports as an error for that entry) does not shift the other
 * customers' scores. Values are not range-checked: the package accepts any real numbers, and so do we.
 */
import { badNumber, badValue } from "./errors";
import { quantilesType7 } from "./quantile";

/** Scores 1..bins per customer for R, F and M; 0 marks a blank (unscored) entry. */
export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

/** Throws #NUM! unless bins is a whole number from 2 to 9 (9 keeps the code 100R + 10F + M readable). */
export function requireRfmBins(bins: number): void {
  if (!Number.isInteger(bins) || bins < 2 || bins > 9) {
    throw badNumber(`bins must be a whole number from 2 to 9 (got ${bins}).`);
  }
}

/** Throws #VALUE! unless the recency, frequency and monetary columns have the same length. */
export function requireRfmColumns(
  recency: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array
): void {
  if (frequency.length !== recency.length || monetary.length !== recency.length) {
    throw badValue(
      `recency, frequency and monetary must have the same length (got ${recency.length}, ${frequency.length}, ${monetary.length}).`
    );
  }
}

/**
 * The bins − 1 score thresholds of one dimension: t_i = Q7(v, i/bins) + 1, i = 1..bins−1, over the values v
 * that are not NaN (or, when `scored` is given, over the values whose entry in `scored` is 1). The
 * probabilities are i·(1/bins), as R's `seq(0, 1, length.out = bins + 1)` computes them (rfm `bins()`).
 * With the package's sample data these are R [115, 181, 297.4, 482], F [4, 5, 6, 8], M [255.8, 382, 506.4, 666]
 * (analytics.md §3.2). No values → #N/A; bins outside 2..9 → #NUM!.
 */
export function rfmThresholds(
  values: Float64Array,
  bins: number,
  scored?: Uint8Array
): Float64Array {
  requireRfmBins(bins);
  const n = values.length;
  let count = 0;
  for (let i = 0; i < n; i++) if (scored ? scored[i] === 1 : values[i] === values[i]) count++;
  const copy = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < n; i++)
    if (scored ? scored[i] === 1 : values[i] === values[i]) copy[k++] = values[i];
  const step = 1 / bins;
  const probs = new Float64Array(bins - 1);
  for (let i = 1; i < bins; i++) probs[i - 1] = i * step;
  const thresholds = quantilesType7(copy, probs);
  for (let i = 0; i < thresholds.length; i++) thresholds[i] += 1;
  return thresholds;
}

/**
 * RFM scores of n customers, rfm 0.3.0's rule (module comment): F, M = 1 + #{i : value ≥ t_i},
 * R = bins − #{i : recency ≥ t_i}, thresholds from `rfmThresholds` over the scored entries. Entries with a
 * NaN in any of the three inputs get 0, 0, 0. Arrays of different lengths → #VALUE!; bins outside 2..9 → #NUM!.
 */
export function rfmScores(
  recency: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array,
  bins: number
): RfmScores {
  requireRfmBins(bins);
  requireRfmColumns(recency, frequency, monetary);
  const n = recency.length;
  const scored = new Uint8Array(n);
  let anyScored = false;
  for (let i = 0; i < n; i++) {
    const r = recency[i];
    const f = frequency[i];
    const m = monetary[i];
    if (r === r && f === f && m === m) {
      scored[i] = 1;
      anyScored = true;
    }
  }
  const scores: RfmScores = { r: new Uint8Array(n), f: new Uint8Array(n), m: new Uint8Array(n) };
  if (!anyScored) return scores;
  writeScores(recency, rfmThresholds(recency, bins, scored), scored, scores.r, true);
  writeScores(frequency, rfmThresholds(frequency, bins, scored), scored, scores.f, false);
  writeScores(monetary, rfmThresholds(monetary, bins, scored), scored, scores.m, false);
  return scores;
}

/** The 3-digit RFM code 100R + 10F + M of each entry (rfm's `rfm_score`); 0 for a blank entry. */
export function rfmCodes(scores: RfmScores): Uint16Array {
  const n = scores.r.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    if (scores.r[i] !== 0) codes[i] = 100 * scores.r[i] + 10 * scores.f[i] + scores.m[i];
  }
  return codes;
}

/** Writes 1 + #{t_i ≤ value} (or bins − #{t_i ≤ value} when reversed) for each scored entry. */
function writeScores(
  values: Float64Array,
  thresholds: Float64Array,
  scored: Uint8Array,
  out: Uint8Array,
  reversed: boolean
): void {
  const cuts = thresholds.length;
  const n = values.length;
  for (let i = 0; i < n; i++) {
    if (scored[i] === 0) continue;
    const v = values[i];
    let above = 0;
    for (let j = 0; j < cuts; j++) if (v >= thresholds[j]) above++;
    out[i] = reversed ? cuts + 1 - above : 1 + above;
  }
}
