/** Bilingual header labels of the FUNNEL table (keys from metrics/funnel). */
import type { FunnelColumnKey } from "../../metrics/funnel";
import type { Bilingual } from "../language";

export const FUNNEL_LABELS: Record<FunnelColumnKey, Bilingual> = {
  stage: { "en-US": "stage", "zh-CN": "环节" },
  count: { "en-US": "count", "zh-CN": "人数" },
  step_rate: { "en-US": "step_rate", "zh-CN": "环节转化率" },
  overall_rate: { "en-US": "overall_rate", "zh-CN": "整体转化率" },
  drop_off: { "en-US": "drop_off", "zh-CN": "流失率" },
  bottleneck: { "en-US": "bottleneck", "zh-CN": "瓶颈" },
};
