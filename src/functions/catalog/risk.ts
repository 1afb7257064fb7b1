/**
 * Worksheet functions: risk register scoring (spec §6): score = likelihood × impact on 1–5 scales, levels
 * by thresholds on the score, and the 5×5 matrix of levels for display next to a register.
 */
import { badNumber, badValue } from "../../metrics/errors";
import {
  DEFAULT_RISK_THRESHOLDS,
  riskLevel as levelOf,
  riskMatrix as matrixOf,
  riskScore as scoreOf,
} from "../../metrics/risk";
import { isBlankCell, readNumberCell } from "../cells";
import { readVector } from "../columns";
import { elementwise } from "../elementwise";
import { asExcelFunction } from "../excel-errors";
import { RISK_LEVEL_LABELS } from "../labels/risk";
import { Bilingual, readLanguage } from "../language";
import { asMatrix, isSingleCell, ResultCell, shapeOf } from "../matrix";

/** The corner cell of RISKMATRIX: rows are likelihood, columns impact. */
const MATRIX_CORNER: Bilingual = { "en-US": "Likelihood \\ Impact", "zh-CN": "可能性 \\ 影响" };

/**
 * Reads [thresholds]: omitted (or one blank cell) → 5, 10, 20; else a row or column of exactly three numbers,
 * increasing. A wrong count, a blank or text → #VALUE!; not increasing → #NUM!.
 */
function readThresholds(arg: unknown): readonly number[] {
  const m = asMatrix(arg ?? null, "thresholds");
  if (isSingleCell(shapeOf(m)) && isBlankCell(m[0][0])) return DEFAULT_RISK_THRESHOLDS;
  const { cells } = readVector(m, "thresholds");
  if (cells.length !== 3) {
    throw badValue(
      `thresholds must be three cells (the lower bounds of Medium, High and Critical, e.g. 5, 10, 20); got ${cells.length}.`
    );
  }
  const t = cells.map((cell, i) => {
    const name = `thresholds (number ${i + 1})`;
    if (isBlankCell(cell)) throw badValue(`${name} is blank: give three numbers, e.g. 5, 10, 20.`);
    return readNumberCell(cell, name);
  });
  if (!(t[0] < t[1] && t[1] < t[2]))
    throw badNumber(`thresholds must increase, e.g. 5, 10, 20 (got ${t.join(", ")}).`);
  return t;
}

/**
 * Risk score: likelihood × impact, each on a 1–5 scale, so a score from 1 to 25.
 * @customfunction RISKSCORE
 * @helpurl https://localhost:3000/help/ECOM.RISKSCORE.html
 * @formula score = likelihood × impact, both on 1–5 scales (decimals allowed). A value outside 1..5 → #NUM!.
 * @example =ECOM.RISKSCORE(4, 3) → 12 (likely × moderate impact)
 * @example =ECOM.RISKSCORE(2.5, 4) → 10
 * @reference Consequence/likelihood matrix (IEC 31010:2019, Annex B); the numeric 5×5 product L × I is the common practitioner form (see the project's analytics reference §4).
 * @param likelihood Likelihood on a 1–5 scale (1 = rare, 5 = almost certain; decimals allowed): a cell or a range.
 * @param impact Impact on a 1–5 scale (1 = insignificant, 5 = severe; decimals allowed): a cell or a range of the same shape.
 * @returns The score from 1 to 25 (points, not a fraction), one per entry; blank rows stay blank.
 */
function riskScoreFunction(likelihood: any[][], impact: any[][]): any[][] {
  return elementwise(
    [
      { name: "likelihood", value: likelihood },
      { name: "impact", value: impact },
    ],
    ([l, i]) => scoreOf(l as number, i as number)
  );
}

/**
 * Risk level of likelihood × impact: Low (低), Medium (中), High (高) or Critical (极高), by thresholds on the score.
 * @customfunction RISKLEVEL
 * @helpurl https://localhost:3000/help/ECOM.RISKLEVEL.html
 * @formula score = likelihood × impact (1–25); thresholds t₁ < t₂ < t₃ are the lower bounds of Medium, High and Critical (default 5, 10, 20): score ≥ t₃ → Critical / 极高, ≥ t₂ → High / 高, ≥ t₁ → Medium / 中, else Low / 低. Likelihood or impact outside 1..5 → #NUM!; thresholds that are not three numbers → #VALUE!, not increasing → #NUM!.
 * @example =ECOM.RISKLEVEL(4, 3) → High (score 12: at least 10, below 20)
 * @example =ECOM.RISKLEVEL(5, 4, , "zh") → 极高 (score 20 reaches the Critical bound 20)
 * @example =ECOM.RISKLEVEL(2, 2, {4,8,15}) → Medium (score 4 with bounds 4, 8, 15)
 * @reference Bands on the numeric 5×5 risk matrix are an organisational choice (ISO 31000 and IEC 31010 fix none); the default 5 / 10 / 20 gives Low 1–4, Medium 5–9, High 10–19, Critical 20–25 on whole-number scales (see the project's analytics reference §4).
 * @param likelihood Likelihood on a 1–5 scale (1 = rare, 5 = almost certain; decimals allowed): a cell or a range.
 * @param impact Impact on a 1–5 scale (1 = insignificant, 5 = severe; decimals allowed): a cell or a range of the same shape.
 * @param [thresholds] Lower bounds of Medium, High and Critical on the 1–25 score (points): a row or column of three increasing numbers; omit for 5, 10, 20.
 * @param [language] Language of the labels: "en-US" or "zh-CN" (also "en", "zh", "English", "中文"); omit for Excel's display language or en-US.
 * @returns The level label, one per entry; blank rows stay blank.
 */
function riskLevelFunction(
  likelihood: any[][],
  impact: any[][],
  thresholds?: any[][],
  language?: any
): any[][] {
  return asExcelFunction(() => {
    const bounds = readThresholds(thresholds);
    const lang = readLanguage(language ?? null);
    return elementwise(
      [
        { name: "likelihood", value: likelihood },
        { name: "impact", value: impact },
      ],
      ([l, i]) => RISK_LEVEL_LABELS[levelOf(l as number, i as number, bounds)][lang]
    );
  });
}

/**
 * The 5×5 risk matrix as a 6×6 table: impact 1..5 across, likelihood 5..1 down, each cell the risk level of that pair.
 * @customfunction RISKMATRIX
 * @helpurl https://localhost:3000/help/ECOM.RISKMATRIX.html
 * @formula Header row: the corner label "Likelihood \ Impact" (可能性 \ 影响), then impact 1..5. Header column: likelihood 5, 4, 3, 2, 1 from top to bottom (most likely at the top). Each cell is the level of likelihood × impact, as in ECOM.RISKLEVEL with the same thresholds. Thresholds that are not three numbers → #VALUE!, not increasing → #NUM!.
 * @example =ECOM.RISKMATRIX() → 6×6 table; with the default bounds 5, 10, 20 the top row (likelihood 5) reads Medium, High, High, Critical, Critical (scores 5, 10, 15, 20, 25) and the bottom row (likelihood 1) Low, Low, Low, Low, Medium
 * @example =ECOM.RISKMATRIX(, "zh") → the same table with 可能性 \ 影响 and 低 / 中 / 高 / 极高
 * @reference The consequence/likelihood matrix (IEC 31010:2019, Annex B), laid out as in AS/NZS 4360 with the most likely row at the top; keep the bands monotone in both axes (Cox 2008, "What's wrong with risk matrices?").
 * @param [thresholds] Lower bounds of Medium, High and Critical on the 1–25 score (points): a row or column of three increasing numbers; omit for 5, 10, 20.
 * @param [language] Language of the labels: "en-US" or "zh-CN" (also "en", "zh", "English", "中文"); omit for Excel's display language or en-US.
 * @returns A 6×6 table: one header row and one header column, 25 level labels.
 */
function riskMatrixFunction(thresholds?: any[][], language?: any): any[][] {
  return asExcelFunction(() => {
    const bounds = readThresholds(thresholds);
    const lang = readLanguage(language ?? null);
    const matrix = matrixOf(bounds);
    const header: ResultCell[] = [MATRIX_CORNER[lang], ...matrix.impacts];
    const rows: ResultCell[][] = matrix.levels.map((levels, r) => [
      matrix.likelihoods[r],
      ...levels.map((level) => RISK_LEVEL_LABELS[level][lang]),
    ]);
    return [header, ...rows];
  });
}
