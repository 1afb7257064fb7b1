/**
 * KPI-review (复盘) labels in zh-CN and en-US (spec templates §3; the three-dimension KPI system of
 * seeds-digest §7.1 and the review columns of §7.5).
 */
import type { Bilingual } from "../../functions/language";
import type { ObjectiveKey } from "./campaign-plan";

export const REVIEW_TITLE: Bilingual = { "zh-CN": "KPI 复盘", "en-US": "KPI Review" };
export const REVIEW_SHEET_PREFIX: Bilingual = { "zh-CN": "复盘", "en-US": "KPI Review" };

export const REVIEW_SECTIONS = {
  summary: { "zh-CN": "总览", "en-US": "Summary" },
  kpis: { "zh-CN": "指标达成", "en-US": "KPI table" },
  budget: { "zh-CN": "预算执行", "en-US": "Budget execution" },
  funnel: { "zh-CN": "漏斗复盘", "en-US": "Funnel review" },
  risks: { "zh-CN": "风险复盘", "en-US": "Risk review" },
  lessons: { "zh-CN": "经验与改进（PDCA）", "en-US": "Lessons and next actions (PDCA)" },
} satisfies Record<string, Bilingual>;

export const SUMMARY = {
  start: { "zh-CN": "复盘期开始", "en-US": "Period start" },
  end: { "zh-CN": "复盘期结束", "en-US": "Period end" },
  days: { "zh-CN": "天数", "en-US": "Days" },
  plan: { "zh-CN": "关联策划表", "en-US": "Linked plan" },
  noPlan: { "zh-CN": "（未关联）", "en-US": "(none)" },
  overall: { "zh-CN": "加权总达成率", "en-US": "Weighted attainment" },
  onTrack: { "zh-CN": "达成", "en-US": "On track" },
  atRisk: { "zh-CN": "预警", "en-US": "At risk" },
  offTrack: { "zh-CN": "未达成", "en-US": "Off track" },
  onTrackThreshold: { "zh-CN": "达成阈值", "en-US": "On-track threshold" },
  atRiskThreshold: { "zh-CN": "预警阈值", "en-US": "At-risk threshold" },
  thresholdNote: {
    "zh-CN": "达成率 ≥ 达成阈值为「达成」，≥ 预警阈值为「预警」，否则为「未达成」。",
    "en-US":
      "Attainment at or above the on-track threshold is on track; at or above the at-risk threshold, at risk; else off track.",
  },
  weights: { "zh-CN": "权重合计", "en-US": "Weights total" },
  margin: { "zh-CN": "毛利率", "en-US": "Gross margin" },
  marginNote: {
    "zh-CN": "用于预算执行的 ROI：(销售额 × 毛利率 − 花费) ÷ 花费。权重合计应为 100%。",
    "en-US":
      "Used for ROI in budget execution: (revenue × margin − spend) ÷ spend. Weights should total 100%.",
  },
} satisfies Record<string, Bilingual>;

/** Status words; the KPI table's status formula writes these and the summary counts them. */
export const STATUS = {
  onTrack: { "zh-CN": "达成", "en-US": "On track" },
  atRisk: { "zh-CN": "预警", "en-US": "At risk" },
  offTrack: { "zh-CN": "未达成", "en-US": "Off track" },
} satisfies Record<string, Bilingual>;

export const KPI_HEADERS: Bilingual[] = [
  { "zh-CN": "类别", "en-US": "Category" },
  { "zh-CN": "指标", "en-US": "KPI" },
  { "zh-CN": "单位", "en-US": "Unit" },
  { "zh-CN": "方向", "en-US": "Direction" },
  { "zh-CN": "权重", "en-US": "Weight" },
  { "zh-CN": "目标值", "en-US": "Target" },
  { "zh-CN": "实际值", "en-US": "Actual" },
  { "zh-CN": "基线值", "en-US": "Baseline" },
  { "zh-CN": "达成率", "en-US": "Attainment" },
  { "zh-CN": "差异", "en-US": "Variance" },
  { "zh-CN": "较基线", "en-US": "vs baseline" },
  { "zh-CN": "状态", "en-US": "Status" },
  { "zh-CN": "原因分析", "en-US": "Root cause" },
  { "zh-CN": "改进措施", "en-US": "Action" },
  { "zh-CN": "负责人", "en-US": "Owner" },
  { "zh-CN": "截止日期", "en-US": "Due" },
];

export const CATEGORIES = {
  efficiency: { "zh-CN": "效率", "en-US": "Efficiency" },
  effectiveness: { "zh-CN": "效果", "en-US": "Effectiveness" },
  quality: { "zh-CN": "质量", "en-US": "Quality" },
} satisfies Record<string, Bilingual>;

export type KpiKind = "money" | "money2" | "count" | "rate" | "ratio" | "days" | "hours";

/** The prefilled KPIs; `plan` names the campaign-plan objective whose target links here. */
export const REVIEW_KPIS: {
  category: keyof typeof CATEGORIES;
  kpi: Bilingual;
  unit: Bilingual;
  higherIsBetter: boolean;
  weight: number;
  kind: KpiKind;
  plan?: ObjectiveKey;
}[] = [
  {
    category: "efficiency",
    kpi: { "zh-CN": "库存周转天数", "en-US": "Inventory days" },
    unit: { "zh-CN": "天", "en-US": "days" },
    higherIsBetter: false,
    weight: 0.05,
    kind: "days",
  },
  {
    category: "efficiency",
    kpi: { "zh-CN": "订单处理时长", "en-US": "Order processing time" },
    unit: { "zh-CN": "小时", "en-US": "hours" },
    higherIsBetter: false,
    weight: 0.05,
    kind: "hours",
  },
  {
    category: "efficiency",
    kpi: { "zh-CN": "获客成本", "en-US": "CAC" },
    unit: { "zh-CN": "元", "en-US": "money" },
    higherIsBetter: false,
    weight: 0.1,
    kind: "money2",
    plan: "CAC",
  },
  {
    category: "effectiveness",
    kpi: { "zh-CN": "GMV（销售额）", "en-US": "GMV" },
    unit: { "zh-CN": "元", "en-US": "money" },
    higherIsBetter: true,
    weight: 0.2,
    kind: "money",
    plan: "GMV",
  },
  {
    category: "effectiveness",
    kpi: { "zh-CN": "访客数", "en-US": "Visitors" },
    unit: { "zh-CN": "人", "en-US": "people" },
    higherIsBetter: true,
    weight: 0.05,
    kind: "count",
    plan: "Visitors",
  },
  {
    category: "effectiveness",
    kpi: { "zh-CN": "转化率", "en-US": "Conversion rate" },
    unit: { "zh-CN": "%", "en-US": "%" },
    higherIsBetter: true,
    weight: 0.1,
    kind: "rate",
    plan: "Conversion",
  },
  {
    category: "effectiveness",
    kpi: { "zh-CN": "客单价", "en-US": "AOV" },
    unit: { "zh-CN": "元", "en-US": "money" },
    higherIsBetter: true,
    weight: 0.1,
    kind: "money2",
    plan: "AOV",
  },
  {
    category: "effectiveness",
    kpi: { "zh-CN": "新客数", "en-US": "New customers" },
    unit: { "zh-CN": "人", "en-US": "people" },
    higherIsBetter: true,
    weight: 0.05,
    kind: "count",
    plan: "NewCustomers",
  },
  {
    category: "effectiveness",
    kpi: { "zh-CN": "ROI", "en-US": "ROI" },
    unit: { "zh-CN": "倍", "en-US": "×" },
    higherIsBetter: true,
    weight: 0.1,
    kind: "ratio",
    plan: "ROI",
  },
  {
    category: "effectiveness",
    kpi: { "zh-CN": "复购率", "en-US": "Repurchase rate" },
    unit: { "zh-CN": "%", "en-US": "%" },
    higherIsBetter: true,
    weight: 0.05,
    kind: "rate",
  },
  {
    category: "quality",
    kpi: { "zh-CN": "客户满意度", "en-US": "Satisfaction" },
    unit: { "zh-CN": "%", "en-US": "%" },
    higherIsBetter: true,
    weight: 0.05,
    kind: "rate",
  },
  {
    category: "quality",
    kpi: { "zh-CN": "好评率", "en-US": "Positive reviews" },
    unit: { "zh-CN": "%", "en-US": "%" },
    higherIsBetter: true,
    weight: 0.05,
    kind: "rate",
  },
  {
    category: "quality",
    kpi: { "zh-CN": "投诉率", "en-US": "Complaint rate" },
    unit: { "zh-CN": "%", "en-US": "%" },
    higherIsBetter: false,
    weight: 0.05,
    kind: "rate",
  },
];

export const KPI_NOTE: Bilingual = {
  "zh-CN":
    "达成率：越高越好 = 实际 ÷ 目标；越低越好 = 目标 ÷ 实际。差异 = 实际 − 目标；较基线 = 实际 ÷ 基线 − 1。关联策划表时，灰底的目标值由公式从策划表带入。",
  "en-US":
    "Attainment: higher is better = actual ÷ target; lower is better = target ÷ actual. Variance = actual − target; vs baseline = actual ÷ baseline − 1. With a linked plan, grey targets come from the plan by formula.",
};

export const BUDGET_HEADERS: Bilingual[] = [
  { "zh-CN": "渠道", "en-US": "Channel" },
  { "zh-CN": "预算", "en-US": "Budget" },
  { "zh-CN": "实际花费", "en-US": "Actual spend" },
  { "zh-CN": "执行率", "en-US": "Execution" },
  { "zh-CN": "销售额", "en-US": "Revenue" },
  { "zh-CN": "ROAS", "en-US": "ROAS" },
  { "zh-CN": "ROI", "en-US": "ROI" },
  { "zh-CN": "说明", "en-US": "Comment" },
];

export const BUDGET_NOTE: Bilingual = {
  "zh-CN":
    "执行率 = 实际花费 ÷ 预算（超过 100% 标红）；ROAS = 销售额 ÷ 花费；ROI = (销售额 × 毛利率 − 花费) ÷ 花费。",
  "en-US":
    "Execution = spend ÷ budget (over 100% in red); ROAS = revenue ÷ spend; ROI = (revenue × margin − spend) ÷ spend.",
};

export const FUNNEL_HEADERS: Bilingual[] = [
  { "zh-CN": "环节", "en-US": "Stage" },
  { "zh-CN": "人数 / 次数", "en-US": "Count" },
  { "zh-CN": "环节转化率", "en-US": "Step rate" },
  { "zh-CN": "累计转化率", "en-US": "Overall rate" },
  { "zh-CN": "环节流失率", "en-US": "Drop-off" },
  { "zh-CN": "说明", "en-US": "Comment" },
];

export const FUNNEL_STAGES: Bilingual[] = [
  { "zh-CN": "访客", "en-US": "Visitors" },
  { "zh-CN": "商品详情页浏览", "en-US": "Product views" },
  { "zh-CN": "加购", "en-US": "Add to cart" },
  { "zh-CN": "下单", "en-US": "Orders" },
  { "zh-CN": "支付", "en-US": "Paid orders" },
];

export const BIGGEST_DROP: Bilingual = { "zh-CN": "最大流失环节", "en-US": "Biggest drop" };

export const RISK_REVIEW_HEADERS: Bilingual[] = [
  { "zh-CN": "发生的风险", "en-US": "Risk that occurred" },
  { "zh-CN": "经过", "en-US": "What happened" },
  { "zh-CN": "损失估算", "en-US": "Estimated loss" },
  { "zh-CN": "应对策略", "en-US": "Response" },
  { "zh-CN": "应对效果", "en-US": "Did it work?" },
  { "zh-CN": "经验", "en-US": "Lesson" },
];

export const RESPONSE_RESULTS: Bilingual[] = [
  { "zh-CN": "有效", "en-US": "Worked" },
  { "zh-CN": "部分有效", "en-US": "Partly" },
  { "zh-CN": "无效", "en-US": "Did not work" },
];

export const RISK_TOTALS = {
  loss: { "zh-CN": "损失合计", "en-US": "Total loss" },
  worked: { "zh-CN": "有效应对", "en-US": "Worked" },
} satisfies Record<string, Bilingual>;

export const PDCA_HEADERS: Bilingual[] = [
  { "zh-CN": "环节", "en-US": "Step" },
  { "zh-CN": "发现与经验", "en-US": "What we learned" },
  { "zh-CN": "改进措施", "en-US": "Next action" },
  { "zh-CN": "负责人", "en-US": "Owner" },
  { "zh-CN": "截止日期", "en-US": "Due" },
];

export const PDCA_STEPS: Bilingual[] = [
  { "zh-CN": "计划 (P)", "en-US": "Plan" },
  { "zh-CN": "执行 (D)", "en-US": "Do" },
  { "zh-CN": "检查 (C)", "en-US": "Check" },
  { "zh-CN": "处理 (A)", "en-US": "Act" },
];
