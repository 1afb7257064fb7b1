/**
 * The demo KPI review's input values: the 双11 campaign of demo/campaign-plan.ts after the event. Targets
 * equal the plan's, so a linked and an unlinked demo review compute the same numbers.
 */
import type { Bilingual } from "../../functions/language";
import { DEMO_OWNERS } from "./campaign-plan";

const both = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, "en-US": en });
const none = both("", "");

/** Per KPI row of REVIEW_KPIS: target, actual, baseline, root cause, action, owner, due date. */
export const DEMO_KPIS: {
  target: number;
  actual: number;
  baseline: number;
  cause: Bilingual;
  action: Bilingual;
  owner: Bilingual;
  due?: string;
}[] = [
  {
    target: 30,
    actual: 33,
    baseline: 38,
    cause: both("预售备货偏多，尾货周转慢", "Pre-sale stock too high, slow tail"),
    action: both("返场清尾货；按预售数据分批补货", "Clear in encore; restock in batches"),
    owner: DEMO_OWNERS.supply,
    due: "2025-12-15",
  },
  { target: 24, actual: 20, baseline: 30, cause: none, action: none, owner: DEMO_OWNERS.logistics },
  {
    target: 22,
    actual: 25,
    baseline: 26,
    cause: both("信息流点击成本上涨 18%", "Feed CPC up 18%"),
    action: both("优化人群包，关停低效计划", "Refine audiences, stop weak campaigns"),
    owner: DEMO_OWNERS.ads,
    due: "2025-11-30",
  },
  {
    target: 6_500_000,
    actual: 6_237_000,
    baseline: 4_800_000,
    cause: both("转化率略低于目标", "Conversion slightly below target"),
    action: both("优化详情页与会场动线", "Improve detail pages and event flow"),
    owner: DEMO_OWNERS.lead,
    due: "2025-11-30",
  },
  {
    target: 1_000_000,
    actual: 1_080_000,
    baseline: 900_000,
    cause: none,
    action: none,
    owner: DEMO_OWNERS.ads,
  },
  {
    target: 0.04,
    actual: 0.0385,
    baseline: 0.036,
    cause: both("会场跳失率偏高", "High bounce on event pages"),
    action: both("详情页首屏 A/B 测试", "A/B test the first screen"),
    owner: DEMO_OWNERS.store,
    due: "2025-12-15",
  },
  { target: 150, actual: 150, baseline: 148, cause: none, action: none, owner: DEMO_OWNERS.store },
  {
    target: 15_000,
    actual: 12_600,
    baseline: 11_000,
    cause: both("拉新预算被压缩", "New-buyer budget was cut"),
    action: both("加大万相台拉新计划", "More Wanxiangtai new-buyer budget"),
    owner: DEMO_OWNERS.ads,
    due: "2025-12-01",
  },
  {
    target: 1.1,
    actual: 1.05,
    baseline: 0.9,
    cause: both("付费流量成本上涨", "Paid traffic costs rose"),
    action: both("预算向高 ROI 渠道倾斜", "Shift budget to high-ROI channels"),
    owner: DEMO_OWNERS.lead,
    due: "2025-12-01",
  },
  {
    target: 0.3,
    actual: 0.285,
    baseline: 0.25,
    cause: both("会员唤醒触达偏晚", "Member reminders went out late"),
    action: both("返场前 3 天短信提醒会员", "Text members 3 days before the encore"),
    owner: DEMO_OWNERS.store,
    due: "2025-12-10",
  },
  {
    target: 0.95,
    actual: 0.96,
    baseline: 0.94,
    cause: none,
    action: none,
    owner: DEMO_OWNERS.service,
  },
  {
    target: 0.98,
    actual: 0.985,
    baseline: 0.975,
    cause: none,
    action: none,
    owner: DEMO_OWNERS.service,
  },
  {
    target: 0.005,
    actual: 0.006,
    baseline: 0.007,
    cause: both("物流延迟投诉集中在 11-12", "Delay complaints peaked on 11-12"),
    action: both("启用备用快递，延迟订单主动补偿", "Backup carrier; compensate late orders"),
    owner: DEMO_OWNERS.logistics,
    due: "2025-12-31",
  },
];

export const DEMO_MARGIN = 0.4;

export const DEMO_BUDGET: {
  channel: Bilingual;
  budget: number;
  spend: number;
  revenue: number;
  comment: Bilingual;
}[] = [
  {
    channel: both("直通车", "Zhitongche"),
    budget: 150_000,
    spend: 158_000,
    revenue: 980_000,
    comment: both("11-11 追加 8,000", "+8,000 on 11-11"),
  },
  {
    channel: both("引力魔方", "Yinli Mofang"),
    budget: 80_000,
    spend: 76_000,
    revenue: 310_000,
    comment: none,
  },
  {
    channel: both("万相台", "Wanxiangtai"),
    budget: 100_000,
    spend: 104_000,
    revenue: 590_000,
    comment: none,
  },
  {
    channel: both("抖音", "Douyin"),
    budget: 90_000,
    spend: 95_000,
    revenue: 330_000,
    comment: both("达人加投", "Extra creator posts"),
  },
  {
    channel: both("小红书", "Xiaohongshu"),
    budget: 50_000,
    spend: 42_000,
    revenue: 120_000,
    comment: both("两位 KOC 档期取消", "Two KOC slots cancelled"),
  },
  {
    channel: both("搜索", "Search (SEO)"),
    budget: 30_000,
    spend: 30_000,
    revenue: 290_000,
    comment: none,
  },
];

export const DEMO_FUNNEL = [1_080_000, 540_000, 151_200, 48_600, 41_580];

export const DEMO_RISK_REVIEW: {
  risk: Bilingual;
  what: Bilingual;
  loss: number;
  response: number;
  result: number;
  lesson: Bilingual;
}[] = [
  {
    risk: both("快递爆仓", "Carrier overload"),
    what: both(
      "11-11 至 11-12 华东仓约 3,200 单延迟 48 小时以上",
      "About 3,200 East China orders late by 48 h+ on 11-11/12"
    ),
    loss: 35_000,
    response: 1,
    result: 1,
    lesson: both(
      "备用快递提前一周签约并压测",
      "Sign and load-test the backup carrier a week earlier"
    ),
  },
  {
    risk: both("爆款缺货", "Hero item sold out"),
    what: both("保温杯 11-01 当晚售罄", "Tumbler sold out on the night of 11-01"),
    loss: 80_000,
    response: 1,
    result: 0,
    lesson: both("追加排产提前到 10 月中旬", "Book extra production by mid-October"),
  },
  {
    risk: both("流量成本上涨", "Traffic costs rose"),
    what: both("引力魔方点击成本上涨 18%", "Yinli Mofang CPC up 18%"),
    loss: 20_000,
    response: 1,
    result: 0,
    lesson: both("日预算下调 20%，转投万相台", "Daily budget −20%, moved to Wanxiangtai"),
  },
];

export const DEMO_PDCA: { learned: Bilingual; action: Bilingual; owner: Bilingual; due: string }[] =
  [
    {
      learned: both(
        "访客目标拆到渠道后偏乐观",
        "Visitor targets were optimistic once split by channel"
      ),
      action: both(
        "按渠道历史 ROAS 倒推访客与预算",
        "Derive visitors and budget from each channel's past ROAS"
      ),
      owner: DEMO_OWNERS.lead,
      due: "2026-04-30",
    },
    {
      learned: both(
        "预热期种草节奏好，加购率高于去年",
        "Warm-up seeding worked; cart rate beat last year"
      ),
      action: both("KOC 种草提前 2 周启动", "Start KOC seeding two weeks earlier"),
      owner: DEMO_OWNERS.ads,
      due: "2026-05-01",
    },
    {
      learned: both(
        "会场跳失率偏高，转化率未达成",
        "High bounce on event pages; conversion missed"
      ),
      action: both("详情页首屏 A/B 测试", "A/B test the detail page's first screen"),
      owner: DEMO_OWNERS.store,
      due: "2025-12-15",
    },
    {
      learned: both("物流预案启动偏晚", "The logistics contingency started late"),
      action: both(
        "备用快递纳入标准预案，每季度演练",
        "Make the backup carrier standard; drill quarterly"
      ),
      owner: DEMO_OWNERS.logistics,
      due: "2025-12-31",
    },
  ];
