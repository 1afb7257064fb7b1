/** Bilingual labels of the KPISTATUS result (keys from metrics/kpi). */
import type { KpiStatus } from "../../metrics/kpi";
import type { Bilingual } from "../language";

export const KPI_STATUS_LABELS: Record<KpiStatus, Bilingual> = {
  on_track: { "en-US": "On track", "zh-CN": "达成" },
  at_risk: { "en-US": "At risk", "zh-CN": "预警" },
  off_track: { "en-US": "Off track", "zh-CN": "未达成" },
};
