/**
 * Campaign-plan labels in zh-CN and en-US (spec templates §2; vocabulary from seeds-digest §5–§6 and §10).
 * Closed lists (dropdowns) are arrays of bilingual entries; the sheet shows them in its language.
 */
import type { Bilingual } from "../../functions/language";

export const PLAN_TITLE: Bilingual = { "zh-CN": "活动策划方案", "en-US": "Campaign Plan" };
export const PLAN_SHEET_PREFIX: Bilingual = { "zh-CN": "活动策划", "en-US": "Campaign Plan" };

export const PLAN_SECTIONS = {
  overview: { "zh-CN": "活动概况", "en-US": "Overview" },
  objectives: {
    "zh-CN": "活动目标（SMART：具体、可衡量、可达成、相关、有时限）",
    "en-US": "Objectives (SMART: specific, measurable, achievable, relevant, time-bound)",
  },
  bridge: { "zh-CN": "销售额测算", "en-US": "GMV bridge" },
  audience: { "zh-CN": "目标人群", "en-US": "Audience" },
  mechanics: { "zh-CN": "促销方式", "en-US": "Mechanics" },
  channels: { "zh-CN": "渠道与预算", "en-US": "Channels and budget" },
  timeline: { "zh-CN": "活动排期", "en-US": "Timeline" },
  readiness: { "zh-CN": "资源保障", "en-US": "Readiness" },
  risks: { "zh-CN": "风险与预案", "en-US": "Risks" },
  roles: { "zh-CN": "分工（RACI）", "en-US": "Roles (RACI)" },
  evaluation: { "zh-CN": "评估方案", "en-US": "Evaluation plan" },
} satisfies Record<string, Bilingual>;

export const OVERVIEW = {
  name: { "zh-CN": "活动名称", "en-US": "Campaign" },
  owner: { "zh-CN": "负责人", "en-US": "Owner" },
  model: { "zh-CN": "业务模式", "en-US": "Business model" },
  theme: { "zh-CN": "活动主题", "en-US": "Theme" },
  status: { "zh-CN": "活动状态", "en-US": "Status" },
  start: { "zh-CN": "开始日期", "en-US": "Start date" },
  end: { "zh-CN": "结束日期", "en-US": "End date" },
  days: { "zh-CN": "活动天数", "en-US": "Days" },
  budget: { "zh-CN": "总预算", "en-US": "Total budget" },
  margin: { "zh-CN": "毛利率", "en-US": "Gross margin" },
  currency: { "zh-CN": "币种", "en-US": "Currency" },
} satisfies Record<string, Bilingual>;

export const BUSINESS_MODELS = ["B2C", "B2B", "C2C", "O2O"];

export const CAMPAIGN_STATUSES: Bilingual[] = [
  { "zh-CN": "筹备中", "en-US": "Preparing" },
  { "zh-CN": "进行中", "en-US": "Running" },
  { "zh-CN": "已结束", "en-US": "Finished" },
];

export const OBJECTIVE_HEADERS: Bilingual[] = [
  { "zh-CN": "指标", "en-US": "KPI" },
  { "zh-CN": "口径说明", "en-US": "Definition" },
  { "zh-CN": "单位", "en-US": "Unit" },
  { "zh-CN": "方向", "en-US": "Direction" },
  { "zh-CN": "基线值", "en-US": "Baseline" },
  { "zh-CN": "目标值", "en-US": "Target" },
  { "zh-CN": "较基线", "en-US": "vs baseline" },
  { "zh-CN": "截止日期", "en-US": "Deadline" },
  { "zh-CN": "负责人", "en-US": "Owner" },
  { "zh-CN": "备注", "en-US": "Notes" },
];

/** The prefilled objectives, in sheet order; `key` names the target cell ("Target" + key). */
export const OBJECTIVES = [
  {
    key: "GMV",
    kpi: { "zh-CN": "GMV（销售额）", "en-US": "GMV" },
    definition: { "zh-CN": "活动期支付金额合计", "en-US": "Paid order value in the campaign" },
    unit: { "zh-CN": "元", "en-US": "money" },
    kind: "money",
    higherIsBetter: true,
  },
  {
    key: "Visitors",
    kpi: { "zh-CN": "访客数", "en-US": "Visitors" },
    definition: { "zh-CN": "店铺访客数（UV）", "en-US": "Unique store visitors (UV)" },
    unit: { "zh-CN": "人", "en-US": "people" },
    kind: "count",
    higherIsBetter: true,
  },
  {
    key: "Conversion",
    kpi: { "zh-CN": "转化率", "en-US": "Conversion rate" },
    definition: { "zh-CN": "支付买家数 ÷ 访客数", "en-US": "Paying buyers ÷ visitors" },
    unit: { "zh-CN": "%", "en-US": "%" },
    kind: "rate",
    higherIsBetter: true,
  },
  {
    key: "AOV",
    kpi: { "zh-CN": "客单价", "en-US": "AOV" },
    definition: { "zh-CN": "销售额 ÷ 支付买家数", "en-US": "GMV ÷ paying buyers" },
    unit: { "zh-CN": "元", "en-US": "money" },
    kind: "money",
    higherIsBetter: true,
  },
  {
    key: "NewCustomers",
    kpi: { "zh-CN": "新客数", "en-US": "New customers" },
    definition: { "zh-CN": "首次购买的买家数", "en-US": "First-time buyers" },
    unit: { "zh-CN": "人", "en-US": "people" },
    kind: "count",
    higherIsBetter: true,
  },
  {
    key: "CAC",
    kpi: { "zh-CN": "获客成本", "en-US": "CAC" },
    definition: { "zh-CN": "推广费用 ÷ 新客数", "en-US": "Marketing spend ÷ new customers" },
    unit: { "zh-CN": "元", "en-US": "money" },
    kind: "money2",
    higherIsBetter: false,
  },
  {
    key: "ROI",
    kpi: { "zh-CN": "ROI（投资回报率）", "en-US": "ROI" },
    definition: {
      "zh-CN": "(销售额 × 毛利率 − 推广费用) ÷ 推广费用",
      "en-US": "(revenue × margin − spend) ÷ spend",
    },
    unit: { "zh-CN": "倍", "en-US": "×" },
    kind: "ratio",
    higherIsBetter: true,
  },
] as const;

export type ObjectiveKey = (typeof OBJECTIVES)[number]["key"];

export const BRIDGE = {
  item: { "zh-CN": "项目", "en-US": "Item" },
  value: { "zh-CN": "数值", "en-US": "Value" },
  method: { "zh-CN": "计算方法", "en-US": "How it is computed" },
  visitors: { "zh-CN": "计划访客数", "en-US": "Planned visitors" },
  visitorsNote: { "zh-CN": "取自目标「访客数」", "en-US": "From the Visitors target" },
  conversion: { "zh-CN": "转化率", "en-US": "Conversion rate" },
  conversionNote: { "zh-CN": "取自目标「转化率」", "en-US": "From the Conversion rate target" },
  aov: { "zh-CN": "客单价", "en-US": "AOV" },
  aovNote: { "zh-CN": "取自目标「客单价」", "en-US": "From the AOV target" },
  forecast: { "zh-CN": "预测销售额", "en-US": "Forecast GMV" },
  forecastNote: {
    "zh-CN": "访客数 × 转化率 × 客单价",
    "en-US": "Visitors × conversion rate × AOV",
  },
  target: { "zh-CN": "GMV 目标", "en-US": "GMV target" },
  targetNote: { "zh-CN": "取自目标「GMV」", "en-US": "From the GMV target" },
  gap: { "zh-CN": "缺口（目标 − 预测）", "en-US": "Gap (target − forecast)" },
  gapNote: {
    "zh-CN": "大于 0：按计划达不到 GMV 目标；小于等于 0：预测已覆盖目标",
    "en-US": "Above 0: the plan falls short of the GMV target; 0 or less: the forecast covers it",
  },
  needed: { "zh-CN": "达成目标所需访客数", "en-US": "Visitors needed" },
  neededNote: {
    "zh-CN": "GMV 目标 ÷ (转化率 × 客单价)，按计划转化率与客单价",
    "en-US": "GMV target ÷ (conversion rate × AOV), at the planned rate and AOV",
  },
  extra: { "zh-CN": "需新增访客数", "en-US": "Extra visitors to find" },
  extraNote: {
    "zh-CN": "所需访客数 − 计划访客数（不小于 0）",
    "en-US": "Visitors needed − planned visitors (at least 0)",
  },
} satisfies Record<string, Bilingual>;

export const AUDIENCE_HEADERS: Bilingual[] = [
  { "zh-CN": "人群分层", "en-US": "Segment" },
  { "zh-CN": "画像描述", "en-US": "Profile" },
  { "zh-CN": "人群规模", "en-US": "Size" },
  { "zh-CN": "占比", "en-US": "Share" },
  { "zh-CN": "运营策略", "en-US": "Strategy" },
  { "zh-CN": "专属优惠", "en-US": "Offer" },
];

export const SEGMENTS: Bilingual[] = [
  { "zh-CN": "高价值", "en-US": "High value" },
  { "zh-CN": "潜力价值", "en-US": "Potential value" },
  { "zh-CN": "培育价值", "en-US": "To nurture" },
];

export const MECHANICS_HEADERS: Bilingual[] = [
  { "zh-CN": "促销类型", "en-US": "Promotion type" },
  { "zh-CN": "规则说明", "en-US": "Rule" },
  { "zh-CN": "门槛金额", "en-US": "Threshold" },
  { "zh-CN": "优惠金额", "en-US": "Discount" },
  { "zh-CN": "实际折扣率", "en-US": "Effective discount" },
  { "zh-CN": "保本销量增幅", "en-US": "Break-even lift" },
  { "zh-CN": "适用范围 / 备注", "en-US": "Scope / notes" },
];

export const PROMOTION_TYPES: Bilingual[] = [
  { "zh-CN": "满减", "en-US": "Spend & save" },
  { "zh-CN": "优惠券", "en-US": "Coupon" },
  { "zh-CN": "限时折扣", "en-US": "Limited-time discount" },
  { "zh-CN": "限时抢购", "en-US": "Flash sale" },
  { "zh-CN": "赠品", "en-US": "Free gift" },
  { "zh-CN": "会员日", "en-US": "Member day" },
  { "zh-CN": "抽奖", "en-US": "Lucky draw" },
  { "zh-CN": "秒杀", "en-US": "Seckill" },
  { "zh-CN": "买一赠一", "en-US": "Buy one get one" },
];

export const MECHANICS_NOTE: Bilingual = {
  "zh-CN":
    "实际折扣率 = 优惠金额 ÷ 门槛金额（满减、优惠券按门槛计；折扣类门槛填原价）。保本销量增幅 = 折扣率 ÷ (毛利率 − 折扣率)：销量至少增长这么多，毛利额才不低于不促销时；折扣率不低于毛利率时无法保本。",
  "en-US":
    "Effective discount = discount ÷ threshold (for price cuts, the threshold is the list price). Break-even lift = d ÷ (margin − d): the sales growth needed to keep gross profit where it would be without the promotion; when d reaches the margin, no lift can break even.",
};

export const NEVER_BREAKS_EVEN: Bilingual = { "zh-CN": "无法保本", "en-US": "Never" };

export const CHANNEL_HEADERS: Bilingual[] = [
  { "zh-CN": "渠道", "en-US": "Channel" },
  { "zh-CN": "投放说明", "en-US": "What we run" },
  { "zh-CN": "流量类型", "en-US": "Traffic type" },
  { "zh-CN": "预算", "en-US": "Budget" },
  { "zh-CN": "预算占比", "en-US": "Share of budget" },
  { "zh-CN": "预期ROAS", "en-US": "Expected ROAS" },
  { "zh-CN": "预期销售额", "en-US": "Expected revenue" },
  { "zh-CN": "预期ROI", "en-US": "Expected ROI" },
];

export const TRAFFIC_TYPES = {
  natural: { "zh-CN": "自然", "en-US": "Organic" },
  paid: { "zh-CN": "付费", "en-US": "Paid" },
  social: { "zh-CN": "社交", "en-US": "Social" },
} satisfies Record<string, Bilingual>;

export const BUDGET_CHECK = {
  label: { "zh-CN": "预算校验", "en-US": "Budget check" },
  difference: { "zh-CN": "差额", "en-US": "Difference" },
  ok: {
    "zh-CN": "✓ 渠道预算合计等于总预算",
    "en-US": "✓ Channel budgets add up to the total budget",
  },
  over: {
    "zh-CN": "✗ 渠道预算合计超出总预算 ",
    "en-US": "✗ Channel budgets exceed the total budget by ",
  },
  under: {
    "zh-CN": "✗ 渠道预算合计比总预算少 ",
    "en-US": "✗ Channel budgets fall short of the total budget by ",
  },
  note: {
    "zh-CN":
      "预期销售额 = 预算 × ROAS；预期ROI = (预期销售额 × 毛利率 − 预算) ÷ 预算。新增渠道请填在空白行。",
    "en-US":
      "Expected revenue = budget × ROAS; expected ROI = (revenue × margin − budget) ÷ budget. Add channels in the blank rows.",
  },
} satisfies Record<string, Bilingual>;

export const TIMELINE_HEADERS: Bilingual[] = [
  { "zh-CN": "阶段", "en-US": "Phase" },
  { "zh-CN": "关键动作", "en-US": "Key actions" },
  { "zh-CN": "开始日期", "en-US": "Start" },
  { "zh-CN": "结束日期", "en-US": "End" },
  { "zh-CN": "天数", "en-US": "Days" },
  { "zh-CN": "负责人", "en-US": "Owner" },
  { "zh-CN": "关键节点 / 备注", "en-US": "Milestones / notes" },
];

export const PHASES: Bilingual[] = [
  { "zh-CN": "预热", "en-US": "Warm-up" },
  { "zh-CN": "正式", "en-US": "Main event" },
  { "zh-CN": "返场", "en-US": "Encore" },
];

export const TIMELINE_NOTE: Bilingual = {
  "zh-CN": "右侧日历按阶段的开始、结束日期自动着色；今天所在列的日期标红。",
  "en-US":
    "The calendar on the right colours each phase from its start and end dates; today's date is shown in red.",
};

export const READINESS_HEADERS: Bilingual[] = [
  { "zh-CN": "保障项", "en-US": "Area" },
  { "zh-CN": "具体安排", "en-US": "Arrangement" },
  { "zh-CN": "负责人", "en-US": "Owner" },
  { "zh-CN": "状态", "en-US": "Status" },
  { "zh-CN": "截止日期", "en-US": "Due" },
  { "zh-CN": "备注", "en-US": "Notes" },
];

export const READINESS_AREAS: Bilingual[] = [
  { "zh-CN": "库存", "en-US": "Inventory" },
  { "zh-CN": "物流配送", "en-US": "Logistics" },
  { "zh-CN": "客服", "en-US": "Customer service" },
  { "zh-CN": "售后", "en-US": "After-sales" },
  { "zh-CN": "支付", "en-US": "Payment" },
];

export const READINESS_STATUSES: Bilingual[] = [
  { "zh-CN": "未开始", "en-US": "Not started" },
  { "zh-CN": "进行中", "en-US": "In progress" },
  { "zh-CN": "已就绪", "en-US": "Ready" },
];

export const READY_COUNT: Bilingual = { "zh-CN": "已就绪项", "en-US": "Areas ready" };

export const RISK_HEADERS: Bilingual[] = [
  { "zh-CN": "风险类别", "en-US": "Category" },
  { "zh-CN": "风险描述", "en-US": "Description" },
  { "zh-CN": "可能性 (1–5)", "en-US": "Likelihood 1–5" },
  { "zh-CN": "影响程度 (1–5)", "en-US": "Impact 1–5" },
  { "zh-CN": "风险值", "en-US": "Score" },
  { "zh-CN": "风险等级", "en-US": "Level" },
  { "zh-CN": "应对策略", "en-US": "Response" },
  { "zh-CN": "负责人", "en-US": "Owner" },
  { "zh-CN": "预警指标", "en-US": "Warning indicator" },
  { "zh-CN": "应急预案", "en-US": "Contingency" },
];

/** Risk types of the seeds (003's four classes first, then 000's and 002's other types). */
export const RISK_CATEGORIES: Bilingual[] = [
  { "zh-CN": "战略", "en-US": "Strategic" },
  { "zh-CN": "运营", "en-US": "Operational" },
  { "zh-CN": "财务", "en-US": "Financial" },
  { "zh-CN": "合规", "en-US": "Compliance" },
  { "zh-CN": "物流与供应链", "en-US": "Logistics" },
  { "zh-CN": "支付与交易", "en-US": "Payment" },
  { "zh-CN": "数据与信息安全", "en-US": "Data security" },
  { "zh-CN": "技术", "en-US": "Technology" },
  { "zh-CN": "营销与推广", "en-US": "Marketing" },
  { "zh-CN": "平台违规", "en-US": "Platform rules" },
  { "zh-CN": "信誉", "en-US": "Reputation" },
  { "zh-CN": "竞争", "en-US": "Competition" },
];

/** Risk levels by score = likelihood × impact: < 5 低, 5–9 中, 10–19 高, ≥ 20 极高. */
export const RISK_LEVELS = {
  low: { "zh-CN": "低", "en-US": "Low" },
  medium: { "zh-CN": "中", "en-US": "Medium" },
  high: { "zh-CN": "高", "en-US": "High" },
  critical: { "zh-CN": "极高", "en-US": "Critical" },
} satisfies Record<string, Bilingual>;

export const RISK_RESPONSES: Bilingual[] = [
  { "zh-CN": "规避", "en-US": "Avoid" },
  { "zh-CN": "减轻", "en-US": "Mitigate" },
  { "zh-CN": "转移", "en-US": "Transfer" },
  { "zh-CN": "分担", "en-US": "Share" },
  { "zh-CN": "接受", "en-US": "Accept" },
];

export const RISK_SUMMARY: Bilingual = { "zh-CN": "风险分布", "en-US": "Risks by level" };

export const RISK_NOTE: Bilingual = {
  "zh-CN": "风险值 = 可能性 × 影响程度；等级：1–4 低，5–9 中，10–19 高，20–25 极高。",
  "en-US": "Score = likelihood × impact; level: 1–4 low, 5–9 medium, 10–19 high, 20–25 critical.",
};

export const RACI_HEADERS = {
  workstream: { "zh-CN": "工作项", "en-US": "Workstream" },
  scope: { "zh-CN": "内容", "en-US": "Scope" },
  check: { "zh-CN": "检查", "en-US": "Check" },
  notes: { "zh-CN": "备注", "en-US": "Notes" },
} satisfies Record<string, Bilingual>;

export const RACI_ROLES: Bilingual[] = [
  { "zh-CN": "运营", "en-US": "Operations" },
  { "zh-CN": "市场", "en-US": "Marketing" },
  { "zh-CN": "客服", "en-US": "Service" },
  { "zh-CN": "技术", "en-US": "Tech" },
  { "zh-CN": "数据", "en-US": "Data" },
  { "zh-CN": "供应链", "en-US": "Supply chain" },
];

export const RACI_WORKSTREAMS: { name: Bilingual; scope: Bilingual }[] = [
  {
    name: { "zh-CN": "活动策划", "en-US": "Planning" },
    scope: { "zh-CN": "方案、目标、节奏", "en-US": "Plan, targets, schedule" },
  },
  {
    name: { "zh-CN": "流量投放", "en-US": "Paid traffic" },
    scope: { "zh-CN": "付费推广与预算调控", "en-US": "Ads and budget pacing" },
  },
  {
    name: { "zh-CN": "内容与种草", "en-US": "Content" },
    scope: { "zh-CN": "短视频、直播、笔记", "en-US": "Short video, live, posts" },
  },
  {
    name: { "zh-CN": "商品与库存", "en-US": "Products & stock" },
    scope: { "zh-CN": "选品、定价、备货", "en-US": "Range, pricing, stock" },
  },
  {
    name: { "zh-CN": "客服与售后", "en-US": "Service" },
    scope: { "zh-CN": "咨询、退换、投诉", "en-US": "Enquiries, returns, complaints" },
  },
  {
    name: { "zh-CN": "系统与数据", "en-US": "Systems & data" },
    scope: { "zh-CN": "稳定性、看板、复盘数据", "en-US": "Uptime, dashboards, review data" },
  },
];

export const RACI_NOTE: Bilingual = {
  "zh-CN": "R 执行 · A 负责（拍板，每项有且仅有一个） · C 咨询 · I 知会",
  "en-US":
    "R responsible (does it) · A accountable (exactly one per row) · C consulted · I informed",
};

export const RACI_CHECK = {
  ok: { "zh-CN": "✓", "en-US": "✓" },
  bad: { "zh-CN": "需且仅需 1 个 A", "en-US": "Needs exactly one A" },
} satisfies Record<string, Bilingual>;

export const EVALUATION_HEADERS: Bilingual[] = [
  { "zh-CN": "评估指标", "en-US": "Metric" },
  { "zh-CN": "数据来源", "en-US": "Data source" },
  { "zh-CN": "频率", "en-US": "Cadence" },
  { "zh-CN": "负责人", "en-US": "Owner" },
  { "zh-CN": "评估方法", "en-US": "Method" },
];

export const CADENCES: Bilingual[] = [
  { "zh-CN": "实时", "en-US": "Real time" },
  { "zh-CN": "每日", "en-US": "Daily" },
  { "zh-CN": "每周", "en-US": "Weekly" },
  { "zh-CN": "活动结束后", "en-US": "After the campaign" },
];

/** Evaluation dimensions of seeds-digest §6.2 (000 §2.5) and §6.3 (001 §4.3), prefilled with a source. */
export const EVALUATION_ROWS: {
  metric: Bilingual;
  source: Bilingual;
  cadence: number;
  method: Bilingual;
}[] = [
  {
    metric: { "zh-CN": "销售额增长", "en-US": "Sales growth" },
    source: { "zh-CN": "生意参谋 / 店铺后台", "en-US": "Store analytics (生意参谋)" },
    cadence: 1,
    method: {
      "zh-CN": "与基线、去年同期对比",
      "en-US": "Against the baseline and last year's event",
    },
  },
  {
    metric: { "zh-CN": "转化率", "en-US": "Conversion rate" },
    source: { "zh-CN": "生意参谋 / 店铺后台", "en-US": "Store analytics (生意参谋)" },
    cadence: 1,
    method: {
      "zh-CN": "漏斗分析：访客 → 加购 → 下单 → 支付",
      "en-US": "Funnel: visit → cart → order → pay",
    },
  },
  {
    metric: { "zh-CN": "用户增长", "en-US": "Customer growth" },
    source: { "zh-CN": "CRM / 会员系统", "en-US": "CRM / membership" },
    cadence: 2,
    method: { "zh-CN": "新客数、会员入会、粉丝增长", "en-US": "New buyers, members, followers" },
  },
  {
    metric: { "zh-CN": "品牌曝光度", "en-US": "Brand exposure" },
    source: { "zh-CN": "投放后台 / 社媒数据", "en-US": "Ad consoles / social analytics" },
    cadence: 1,
    method: { "zh-CN": "曝光量、点击率、互动量", "en-US": "Impressions, CTR, engagement" },
  },
  {
    metric: { "zh-CN": "投入产出（ROI）", "en-US": "Return (ROI)" },
    source: { "zh-CN": "投放后台 + 财务", "en-US": "Ad consoles + finance" },
    cadence: 1,
    method: {
      "zh-CN": "按渠道核对 ROAS 与 ROI，A/B 测试",
      "en-US": "ROAS and ROI by channel; A/B tests",
    },
  },
  {
    metric: { "zh-CN": "用户满意度", "en-US": "Customer satisfaction" },
    source: { "zh-CN": "客服系统 / 评价", "en-US": "Service desk / reviews" },
    cadence: 2,
    method: {
      "zh-CN": "好评率、投诉率、复购率（定量 + 定性）",
      "en-US": "Positive reviews, complaints, repurchase (quantitative + qualitative)",
    },
  },
];
