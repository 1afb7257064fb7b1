/**
 * Labels of the RFM functions (spec §4, part of the contract): segment names of the three schemes, keyed by
 * the stable segment keys of src/metrics/rfm-segments.ts, and the header row of ECOM.RFM.TABLE.
 */
import type { Cn3Segment, Cn8Segment, Rfm11Segment, RfmSegment } from "../../metrics/rfm-segments";
import type { Bilingual, Language } from "../language";

/** "rfm11": the R × FM map's eleven segments. */
const RFM11_LABELS: Record<Rfm11Segment, Bilingual> = {
  champions: { "en-US": "Champions", "zh-CN": "重要价值客户(冠军)" },
  loyal_customers: { "en-US": "Loyal Customers", "zh-CN": "忠诚客户" },
  potential_loyalists: { "en-US": "Potential Loyalists", "zh-CN": "潜力客户" },
  new_customers: { "en-US": "New Customers", "zh-CN": "新客户" },
  promising: { "en-US": "Promising", "zh-CN": "有潜力新客" },
  need_attention: { "en-US": "Need Attention", "zh-CN": "需要关注" },
  about_to_sleep: { "en-US": "About to Sleep", "zh-CN": "即将沉睡" },
  at_risk: { "en-US": "At Risk", "zh-CN": "流失风险" },
  cant_lose_them: { "en-US": "Can't Lose Them", "zh-CN": "不能失去" },
  hibernating: { "en-US": "Hibernating", "zh-CN": "休眠客户" },
  lost: { "en-US": "Lost", "zh-CN": "已流失" },
};

/** "cn8": the eight customer types (八类客户). */
const CN8_LABELS: Record<Cn8Segment, Bilingual> = {
  key_value: { "en-US": "Key Value", "zh-CN": "重要价值客户" },
  key_development: { "en-US": "Key Development", "zh-CN": "重要发展客户" },
  key_retention: { "en-US": "Key Retention", "zh-CN": "重要保持客户" },
  key_win_back: { "en-US": "Key Win-back", "zh-CN": "重要挽留客户" },
  general_value: { "en-US": "General Value", "zh-CN": "一般价值客户" },
  general_development: { "en-US": "General Development", "zh-CN": "一般发展客户" },
  general_retention: { "en-US": "General Retention", "zh-CN": "一般保持客户" },
  general_win_back: { "en-US": "General Win-back", "zh-CN": "一般挽留客户" },
};

/** "cn3": the seed manuals' three tiers. */
const CN3_LABELS: Record<Cn3Segment, Bilingual> = {
  high_value: { "en-US": "High value", "zh-CN": "高价值用户" },
  potential_value: { "en-US": "Potential value", "zh-CN": "潜力价值用户" },
  to_nurture: { "en-US": "To nurture", "zh-CN": "培育价值用户" },
};

/** Every segment key's label, whatever its scheme (the keys of the three schemes are distinct). */
export const RFM_SEGMENT_LABELS: Record<RfmSegment, Bilingual> = {
  ...RFM11_LABELS,
  ...CN8_LABELS,
  ...CN3_LABELS,
};

/** ECOM.RFM.TABLE's header row, in column order. */
export const RFM_TABLE_HEADERS: Record<Language, readonly string[]> = {
  "en-US": ["customer", "recency_days", "frequency", "monetary", "R", "F", "M", "segment"],
  "zh-CN": ["客户", "最近购买间隔(天)", "购买次数", "消费金额", "R", "F", "M", "客户分层"],
};
