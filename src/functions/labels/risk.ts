/** Bilingual labels of RISKLEVEL and RISKMATRIX (keys from metrics/risk). */
import type { RiskLevel } from "../../metrics/risk";
import type { Bilingual } from "../language";

export const RISK_LEVEL_LABELS: Record<RiskLevel, Bilingual> = {
  low: { "en-US": "Low", "zh-CN": "低" },
  medium: { "en-US": "Medium", "zh-CN": "中" },
  high: { "en-US": "High", "zh-CN": "高" },
  critical: { "en-US": "Critical", "zh-CN": "极高" },
};
