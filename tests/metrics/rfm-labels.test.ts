import { RFM_SEGMENT_LABELS, RFM_TABLE_HEADERS } from "../../src/functions/labels/rfm";
import { RfmSegment } from "../../src/metrics/rfm-segments";

/** Label texts of spec §4, in the order the spec lists them, next to the stable keys. */
const SPEC_LABELS: [RfmSegment, string, string][] = [
  ["champions", "Champions", "重要价值客户(冠军)"],
  ["loyal_customers", "Loyal Customers", "忠诚客户"],
  ["potential_loyalists", "Potential Loyalists", "潜力客户"],
  ["new_customers", "New Customers", "新客户"],
  ["promising", "Promising", "有潜力新客"],
  ["need_attention", "Need Attention", "需要关注"],
  ["about_to_sleep", "About to Sleep", "即将沉睡"],
  ["at_risk", "At Risk", "流失风险"],
  ["cant_lose_them", "Can't Lose Them", "不能失去"],
  ["hibernating", "Hibernating", "休眠客户"],
  ["lost", "Lost", "已流失"],
  ["key_value", "Key Value", "重要价值客户"],
  ["key_development", "Key Development", "重要发展客户"],
  ["key_retention", "Key Retention", "重要保持客户"],
  ["key_win_back", "Key Win-back", "重要挽留客户"],
  ["general_value", "General Value", "一般价值客户"],
  ["general_development", "General Development", "一般发展客户"],
  ["general_retention", "General Retention", "一般保持客户"],
  ["general_win_back", "General Win-back", "一般挽留客户"],
  ["high_value", "High value", "高价值用户"],
  ["potential_value", "Potential value", "潜力价值用户"],
  ["to_nurture", "To nurture", "培育价值用户"],
];

describe("RFM labels (contract texts of spec §4)", () => {
  test("every segment key has exactly the spec's English and Chinese label", () => {
    expect(Object.keys(RFM_SEGMENT_LABELS).sort()).toEqual(SPEC_LABELS.map(([key]) => key).sort());
    for (const [key, en, zh] of SPEC_LABELS) {
      expect(RFM_SEGMENT_LABELS[key]).toEqual({ "en-US": en, "zh-CN": zh });
    }
  });

  test("RFM.TABLE headers", () => {
    expect(RFM_TABLE_HEADERS["en-US"]).toEqual([
      "customer",
      "recency_days",
      "frequency",
      "monetary",
      "R",
      "F",
      "M",
      "segment",
    ]);
    expect(RFM_TABLE_HEADERS["zh-CN"]).toEqual([
      "客户",
      "最近购买间隔(天)",
      "购买次数",
      "消费金额",
      "R",
      "F",
      "M",
      "客户分层",
    ]);
  });
});
