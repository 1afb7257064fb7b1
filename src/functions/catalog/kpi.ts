/**
 * Worksheet functions: KPI review (复盘), spec §5: attainment and status against target (direction per row),
 * growth, percentage-point change, CAGR, NPS and weighted scores.
 */
import { badValue, notAvailable } from "../../metrics/errors";
import { finiteResult, requireFraction } from "../../metrics/guards";
import {
  attainment as attainmentOf,
  cagr as compoundGrowth,
  Direction,
  growth as growthRate,
  kpiStatus as statusOf,
  nps as netPromoterScore,
  parseDirection,
  ppChange as pointChange,
  weightedScore as weightedMean,
} from "../../metrics/kpi";
import { isBlankCell, readNumberCell } from "../cells";
import { elementwise } from "../elementwise";
import { asExcelFunction } from "../excel-errors";
import { KPI_STATUS_LABELS } from "../labels/kpi";
import { readLanguage } from "../language";
import { asMatrix, describeShape, Matrix, shapeOf } from "../matrix";
import { readNumberOption } from "../options";

/** An entry's direction: blank → "higher" (the spec's default), else "higher"/"lower"/越高越好/越低越好. */
function directionOf(text: number | string | null): Direction {
  return text === null ? "higher" : parseDirection(String(text));
}

/** "row 2, column 1 of scores" for messages about one cell of a range. */
function cellName(name: string, r: number, c: number): string {
  return `row ${r + 1}, column ${c + 1} of ${name}`;
}

/**
 * Target attainment (达成率): actual ÷ target, or target ÷ actual when lower is better, as a fraction (1 = 100% = on target).
 * @customfunction ATTAINMENT
 * @helpurl https://localhost:3000/help/ECOM.ATTAINMENT.html
 * @formula direction "higher" (越高越好: sales, conversion): attainment = actual / target; "lower" (越低越好: cost, days): attainment = target / actual. So 1 always means on target and more is always better. direction may differ per row. "higher" with target = 0, or "lower" with actual = 0 → #DIV/0!; a negative target, or a negative actual with "lower" → #NUM!; an unknown direction → #VALUE!.
 * @example =ECOM.ATTAINMENT(120, 100) → 1.2 (120% of a sales target of 100)
 * @example =ECOM.ATTAINMENT(12, 15, "lower") → 1.25 (inventory turnover of 12 days against a target of at most 15: 15 / 12)
 * @reference Standard 达成率 = actual / target; for "lower is better" KPIs (获客成本, 周转天数, 投诉率) target / actual (see the project's domain digest, items 23 and "lower is better" KPIs).
 * @param actual Actual value of the KPI, in the KPI's own unit (money, count, rate as a fraction, days): a cell or a range.
 * @param target Target value in the same unit as actual: a cell or a range of the same shape.
 * @param [direction] "higher" (more is better) or "lower" (less is better), also 越高越好 / 越低越好; a cell or a range, one per KPI row; omit for "higher".
 * @returns Attainment as a fraction (1.2 = 120%), one per entry; blank rows stay blank.
 */
function attainmentFunction(actual: any[][], target: any[][], direction?: any[][]): any[][] {
  return elementwise(
    [
      { name: "actual", value: actual },
      { name: "target", value: target },
      { name: "direction", value: direction ?? null, kind: "text", optional: true },
    ],
    ([a, t, d]) => attainmentOf(a as number, t as number, directionOf(d))
  );
}

/**
 * KPI status against target: On track (达成), At risk (预警) or Off track (未达成), from the attainment and a warning level.
 * @customfunction KPISTATUS
 * @helpurl https://localhost:3000/help/ECOM.KPISTATUS.html
 * @formula a = attainment as in ECOM.ATTAINMENT (actual / target, or target / actual when lower is better). a ≥ 1 → On track / 达成; a ≥ warn_at → At risk / 预警; else Off track / 未达成. warn_at outside 0..1 → #NUM!; errors of the attainment as in ECOM.ATTAINMENT.
 * @example =ECOM.KPISTATUS(95, 100) → At risk (attainment 0.95: below 1 but at least 0.9)
 * @example =ECOM.KPISTATUS(60, 50, "lower", , "zh") → 未达成 (a cost of 60 against a target of 50: 50 / 60 = 0.83 < 0.9)
 * @reference Traffic-light KPI review against target; the seed manuals ask to check whether each target is reached and analyse those that are not (see the project's domain digest, item 23).
 * @param actual Actual value of the KPI, in the KPI's own unit (money, count, rate as a fraction, days): a cell or a range.
 * @param target Target value in the same unit as actual: a cell or a range of the same shape.
 * @param [direction] "higher" (more is better) or "lower" (less is better), also 越高越好 / 越低越好; a cell or a range, one per KPI row; omit for "higher".
 * @param [warn_at] Warning level of attainment as a fraction, e.g. 0.9 = At risk from 90% of target; a single cell; omit for 0.9.
 * @param [language] Language of the labels: "en-US" or "zh-CN" (also "en", "zh", "English", "中文"); omit for Excel's display language or en-US.
 * @returns The status label, one per entry; blank rows stay blank.
 */
function kpiStatusFunction(
  actual: any[][],
  target: any[][],
  direction?: any[][],
  warn_at?: any,
  language?: any
): any[][] {
  return asExcelFunction(() => {
    const warnAt = readNumberOption(warn_at ?? null, "warn_at", 0.9);
    requireFraction(warnAt, "warn_at");
    const lang = readLanguage(language ?? null);
    return elementwise(
      [
        { name: "actual", value: actual },
        { name: "target", value: target },
        { name: "direction", value: direction ?? null, kind: "text", optional: true },
      ],
      ([a, t, d]) =>
        KPI_STATUS_LABELS[statusOf(a as number, t as number, directionOf(d), warnAt)][lang]
    );
  });
}

/**
 * Growth rate (同比 / 环比): (current − previous) ÷ |previous|, as a fraction (0.2 = +20%).
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/help/ECOM.GROWTH.html
 * @formula growth = (current − previous) / |previous|. Dividing by |previous| keeps the sign meaningful when previous is negative (a loss that shrinks is positive growth). previous = 0 → #DIV/0!.
 * @example =ECOM.GROWTH(120, 100) → 0.2 (+20%)
 * @example =ECOM.GROWTH(-50, -100) → 0.5 (a loss of 100 shrinking to 50: (−50 + 100) / 100)
 * @reference Standard period-over-period growth (同比: against the same period last year; 环比: against the previous period); the seed manuals keep it apart from percentage-point changes.
 * @param current Value in the current period, in any unit (money, count): a cell or a range.
 * @param previous Value in the comparison period, in the same unit, not zero: a cell or a range of the same shape.
 * @returns Growth as a fraction (0.2 = 20%), one per entry; blank rows stay blank.
 */
function growthFunction(current: any[][], previous: any[][]): any[][] {
  return elementwise(
    [
      { name: "current", value: current },
      { name: "previous", value: previous },
    ],
    ([c, p]) => growthRate(c as number, p as number)
  );
}

/**
 * Percentage-point change (百分点) of a rate: current rate − previous rate, in rate units (0.008 = 0.8 percentage points).
 * @customfunction PPCHANGE
 * @helpurl https://localhost:3000/help/ECOM.PPCHANGE.html
 * @formula change = current_rate − previous_rate. This is the difference of the rates, not their relative growth: a conversion rate going from 2.8% to 3.6% rises 0.8 percentage points (ECOM.PPCHANGE) but 28.6% (ECOM.GROWTH).
 * @example =ECOM.PPCHANGE(0.036, 0.028) → 0.008 (3.6% − 2.8% = 0.8 percentage points)
 * @reference The seed operating plan's "提升5个百分点" (percentage points) versus "提升28%" (relative), see the project's domain digest, item 22.
 * @param current_rate Rate in the current period as a fraction, e.g. 0.036 = 3.6%: a cell or a range.
 * @param previous_rate Rate in the comparison period as a fraction, e.g. 0.028 = 2.8%: a cell or a range of the same shape.
 * @returns The change in rate units (0.05 = 5 percentage points), one per entry; blank rows stay blank.
 */
function ppChangeFunction(current_rate: any[][], previous_rate: any[][]): any[][] {
  return elementwise(
    [
      { name: "current_rate", value: current_rate },
      { name: "previous_rate", value: previous_rate },
    ],
    ([c, p]) => pointChange(c as number, p as number)
  );
}

/**
 * Compound annual growth rate (年复合增长率): (end ÷ start)^(1 / periods) − 1, as a fraction per period.
 * @customfunction CAGR
 * @helpurl https://localhost:3000/help/ECOM.CAGR.html
 * @formula CAGR = (end_value / start_value)^(1 / periods) − 1. start_value = 0 or periods = 0 → #DIV/0!; a negative start, end or periods → #NUM!; end_value = 0 gives −1 (−100%).
 * @example =ECOM.CAGR(100, 121, 2) → 0.1 (10% a year: 100 × 1.1 × 1.1 = 121)
 * @reference Standard compound growth; the seed operating plan's "年复合增长率保持在5%以上" (see the project's domain digest, item 21).
 * @param start_value Value at the start, above zero, in any unit (money, count): a cell or a range.
 * @param end_value Value at the end, in the same unit, zero or more: a cell or a range of the same shape.
 * @param periods Number of periods between start and end (years for an annual rate; decimals allowed), above zero.
 * @returns Growth per period as a fraction (0.1 = 10% a period), one per entry; blank rows stay blank.
 */
function cagrFunction(start_value: any[][], end_value: any[][], periods: any[][]): any[][] {
  return elementwise(
    [
      { name: "start_value", value: start_value },
      { name: "end_value", value: end_value },
      { name: "periods", value: periods },
    ],
    ([s, e, t]) => compoundGrowth(s as number, e as number, t as number)
  );
}

/**
 * Net Promoter Score (NPS): % of promoters (9–10) minus % of detractors (0–6), on −100..100.
 * @customfunction NPS
 * @helpurl https://localhost:3000/help/ECOM.NPS.html
 * @formula NPS = 100 × (promoters − detractors) / responses, promoters scoring 9–10, passives 7–8, detractors 0–6 on the 0–10 "how likely are you to recommend us" scale. Blank cells are skipped. A score that is not a whole number from 0 to 10 → #NUM!; text → #VALUE!; no responses → #DIV/0!.
 * @example =ECOM.NPS(A2:A6) with scores 10, 9, 8, 7, 6 → 20 (2 promoters − 1 detractor = 1, over 5 responses: 100 × 1 / 5)
 * @reference Reichheld (2003), "The One Number You Need to Grow", Harvard Business Review 81(12).
 * @param scores Survey answers on the 0–10 scale (whole numbers): a range of any shape; blank cells are skipped.
 * @returns The NPS as a number from −100 to 100 (not a fraction).
 */
function npsFunction(scores: any[][]): any[][] {
  return asExcelFunction(() => {
    const m: Matrix = asMatrix(scores, "scores");
    const values: number[] = [];
    m.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isBlankCell(cell)) values.push(readNumberCell(cell, cellName("scores", r, c)));
      })
    );
    return [[netPromoterScore(values)]];
  });
}

/**
 * Weighted score (加权得分): Σ score × weight ÷ Σ weight, the weighted mean of the scores.
 * @customfunction WEIGHTEDSCORE
 * @helpurl https://localhost:3000/help/ECOM.WEIGHTEDSCORE.html
 * @formula score = Σ scoreᵢ × weightᵢ / Σ weightᵢ over the cells of the two ranges, taken in pairs. Pairs where both cells are blank are skipped; a score without its weight (or a weight without its score) → #N/A. Ranges of different shapes → #VALUE!; a negative weight or a sum too large for a number → #NUM!; weights that add up to 0 (or no pairs) → #DIV/0!.
 * @example =ECOM.WEIGHTEDSCORE({80;90;70}, {0.5;0.3;0.2}) → 81 ((80 × 0.5 + 90 × 0.3 + 70 × 0.2) / 1 = 40 + 27 + 14)
 * @example =ECOM.WEIGHTEDSCORE({4;3;5}, {2;1;1}) → 4 ((8 + 3 + 5) / 4)
 * @reference Weighted arithmetic mean, as =SUMPRODUCT(scores, weights) / SUM(weights); the seed operating plan's multi-dimension value model (各维度需匹配差异化权重, see the project's domain digest §3).
 * @param scores Scores to combine, in any one unit (points, a 1–5 rating, a rate as a fraction): a range of any shape.
 * @param weights Weight of each score, zero or more (relative numbers such as 0.5 or 50; they need not add up to 1): a range of the same shape.
 * @returns The weighted score, in the unit of the scores.
 */
function weightedScoreFunction(scores: any[][], weights: any[][]): any[][] {
  return asExcelFunction(() => {
    const s: Matrix = asMatrix(scores, "scores");
    const w: Matrix = asMatrix(weights, "weights");
    const sShape = shapeOf(s);
    const wShape = shapeOf(w);
    if (sShape.rows !== wShape.rows || sShape.cols !== wShape.cols) {
      throw badValue(
        `scores (${describeShape(sShape)}) and weights (${describeShape(wShape)}) must have the same shape.`
      );
    }
    const scoreValues: number[] = [];
    const weightValues: number[] = [];
    for (let r = 0; r < sShape.rows; r++) {
      for (let c = 0; c < sShape.cols; c++) {
        const scoreBlank = isBlankCell(s[r][c]);
        const weightBlank = isBlankCell(w[r][c]);
        if (scoreBlank && weightBlank) continue;
        if (scoreBlank)
          throw notAvailable(`${cellName("scores", r, c)} is blank but its weight is not.`);
        if (weightBlank)
          throw notAvailable(`${cellName("weights", r, c)} is blank but its score is not.`);
        scoreValues.push(readNumberCell(s[r][c], cellName("scores", r, c)));
        weightValues.push(readNumberCell(w[r][c], cellName("weights", r, c)));
      }
    }
    return [[finiteResult(weightedMean(scoreValues, weightValues), "The weighted score")]];
  });
}
