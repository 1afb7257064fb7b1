/**
 * Risk register scoring: score = likelihood × impact on 1–5 scales, banded into levels (风险等级).
 * Bands are an organisational choice (no ISO standard fixes them; ../shared/reference/analytics.md §4).
 */
import { badNumber, badValue } from "./errors";

/** Risk level keys; the Excel layer shows them as Low / 低, Medium / 中, High / 高, Critical / 极高. */
export type RiskLevel = "low" | "medium" | "high" | "critical";

/** Default lower bounds of Medium, High and Critical on the 1–25 score: 5, 10, 20. */
export const DEFAULT_RISK_THRESHOLDS: readonly number[] = [5, 10, 20];

function requireScale(x: number, name: string): void {
  if (!(x >= 1 && x <= 5)) throw badNumber(`${name} must be on the 1–5 scale (got ${x}).`);
}

/** Checks thresholds: exactly three numbers (#VALUE!), strictly increasing (#NUM!). */
function requireThresholds(thresholds: readonly number[]): void {
  if (thresholds.length !== 3) {
    throw badValue(
      `thresholds must be three numbers, the lower bounds of Medium, High and Critical (got ${thresholds.length}).`
    );
  }
  if (!thresholds.every(Number.isFinite)) throw badNumber("thresholds must be numbers.");
  if (!(thresholds[0] < thresholds[1] && thresholds[1] < thresholds[2])) {
    throw badNumber(`thresholds must increase, e.g. 5, 10, 20 (got ${thresholds.join(", ")}).`);
  }
}

/** Risk score = likelihood × impact, each on the 1–5 scale (decimals allowed), so 1–25. */
export function riskScore(likelihood: number, impact: number): number {
  requireScale(likelihood, "likelihood");
  requireScale(impact, "impact");
  return likelihood * impact;
}

function levelOf(score: number, thresholds: readonly number[]): RiskLevel {
  if (score >= thresholds[2]) return "critical";
  if (score >= thresholds[1]) return "high";
  return score >= thresholds[0] ? "medium" : "low";
}

/**
 * Risk level of likelihood × impact: score ≥ t₃ → critical, ≥ t₂ → high, ≥ t₁ → medium, else low, where
 * thresholds = [t₁, t₂, t₃] are increasing lower bounds (default 5, 10, 20: Low 1–4, Medium 5–9, High 10–19,
 * Critical 20–25 on integer scales).
 */
export function riskLevel(
  likelihood: number,
  impact: number,
  thresholds: readonly number[] = DEFAULT_RISK_THRESHOLDS
): RiskLevel {
  requireThresholds(thresholds);
  return levelOf(riskScore(likelihood, impact), thresholds);
}

/** The 5×5 risk matrix: levels[r][c] for likelihood likelihoods[r] (5 down to 1) and impact impacts[c] (1..5). */
export interface RiskMatrix {
  likelihoods: number[];
  impacts: number[];
  levels: RiskLevel[][];
}

/** RISKMATRIX: the level of every integer likelihood (rows, 5 at the top) × impact (columns, 1..5) pair. */
export function riskMatrix(thresholds: readonly number[] = DEFAULT_RISK_THRESHOLDS): RiskMatrix {
  requireThresholds(thresholds);
  const likelihoods = [5, 4, 3, 2, 1];
  const impacts = [1, 2, 3, 4, 5];
  return {
    likelihoods,
    impacts,
    levels: likelihoods.map((l) => impacts.map((i) => levelOf(l * i, thresholds))),
  };
}
