/** Bilingual row labels of the ABTEST table (keys from metrics/conversion). */
import type { AbTestKey } from "../../metrics/conversion";
import type { Bilingual } from "../language";

export const AB_TEST_LABELS: Record<AbTestKey, Bilingual> = {
  rate_a: { "en-US": "rate_a", "zh-CN": "A组转化率" },
  rate_b: { "en-US": "rate_b", "zh-CN": "B组转化率" },
  uplift: { "en-US": "uplift", "zh-CN": "相对提升" },
  z: { "en-US": "z", "zh-CN": "Z值" },
  p_value: { "en-US": "p_value", "zh-CN": "P值" },
  significant: { "en-US": "significant", "zh-CN": "是否显著" },
  prob_b_beats_a: { "en-US": "prob_b_beats_a", "zh-CN": "B优于A的概率" },
  sample_per_arm: { "en-US": "sample_per_arm", "zh-CN": "每组所需样本量" },
};
