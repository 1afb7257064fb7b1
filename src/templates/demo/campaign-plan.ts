/**
 * The demo campaign plan's input values: a 双11 (Singles' Day) campaign 2025-10-20 … 2025-11-13 with a
 * ¥500,000 budget and a 40% gross margin. Numbers are realistic for a mid-sized Tmall store; they are what
 * tests/templates check the formulas against.
 */
import type { Bilingual } from "../../functions/language";
import type { ObjectiveKey } from "../labels/campaign-plan";

const both = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, "en-US": en });

export const DEMO_OWNERS = {
  lead: both("张伟", "Zhang Wei"),
  ads: both("李娜", "Li Na"),
  store: both("王芳", "Wang Fang"),
  supply: both("陈杰", "Chen Jie"),
  logistics: both("刘洋", "Liu Yang"),
  service: both("赵敏", "Zhao Min"),
};

export const DEMO_OBJECTIVES: Record<
  ObjectiveKey,
  { baseline: number; target: number; owner: Bilingual }
> = {
  GMV: { baseline: 4_800_000, target: 6_500_000, owner: DEMO_OWNERS.lead },
  Visitors: { baseline: 900_000, target: 1_000_000, owner: DEMO_OWNERS.ads },
  Conversion: { baseline: 0.036, target: 0.04, owner: DEMO_OWNERS.store },
  AOV: { baseline: 148, target: 150, owner: DEMO_OWNERS.store },
  NewCustomers: { baseline: 11_000, target: 15_000, owner: DEMO_OWNERS.ads },
  CAC: { baseline: 26, target: 22, owner: DEMO_OWNERS.ads },
  ROI: { baseline: 0.9, target: 1.1, owner: DEMO_OWNERS.lead },
};

export const DEMO_AUDIENCE: {
  profile: Bilingual;
  size: number;
  strategy: Bilingual;
  offer: Bilingual;
}[] = [
  {
    profile: both(
      "近 90 天购买 ≥ 2 次、客单价 ≥ 300 元的老客",
      "Bought twice or more in 90 days, AOV ≥ ¥300"
    ),
    size: 12_000,
    strategy: both("专属客服 + 提前购", "Dedicated service + early access"),
    offer: both("会员专享满500减80券", "Members' ¥80 off ¥500 coupon"),
  },
  {
    profile: both(
      "近 180 天购买 1 次，加购、收藏活跃",
      "One purchase in 180 days, active carts and wish lists"
    ),
    size: 60_000,
    strategy: both("预热期短信 + 定向券唤醒", "Warm-up SMS + targeted coupons"),
    offer: both("满300减50 + 定向 20 元券", "¥50 off ¥300 + ¥20 targeted coupon"),
  },
  {
    profile: both(
      "新访客与种草人群（抖音、小红书互动）",
      "New visitors and content audiences (Douyin, Xiaohongshu)"
    ),
    size: 300_000,
    strategy: both("内容种草 + 新客首单礼", "Seeding content + first-order gift"),
    offer: both("新客首单立减 15 元", "¥15 off the first order"),
  },
];

/** Promotion rows: index into PROMOTION_TYPES, rule, threshold, discount, scope. */
export const DEMO_MECHANICS: {
  type: number;
  rule: Bilingual;
  threshold: number;
  discount: number;
  scope: Bilingual;
}[] = [
  {
    type: 0,
    rule: both("满300减50，跨店可叠加", "¥50 off every ¥300, stacks across stores"),
    threshold: 300,
    discount: 50,
    scope: both("全店（除秒杀款）", "Whole store except seckill items"),
  },
  {
    type: 1,
    rule: both("店铺券：满199减20", "Store coupon: ¥20 off ¥199"),
    threshold: 199,
    discount: 20,
    scope: both("预热期领取，11-01 起可用", "Claimed in warm-up, valid from 11-01"),
  },
  {
    type: 3,
    rule: both("爆款 11.11 零点 2 小时 8 折", "Hero items 20% off for 2 hours from midnight 11.11"),
    threshold: 129,
    discount: 25.8,
    scope: both("3 个爆款，限量 5000 件", "3 hero items, 5,000 units"),
  },
  {
    type: 4,
    rule: both("满399赠保温杯（成本 30 元）", "Free tumbler over ¥399 (cost ¥30)"),
    threshold: 399,
    discount: 30,
    scope: both("赠品 3000 个，送完即止", "3,000 gifts while stocks last"),
  },
  {
    type: 7,
    rule: both("9.9 元秒杀引流款（原价 39）", "¥9.9 seckill traffic item (list ¥39)"),
    threshold: 39,
    discount: 29.1,
    scope: both(
      "每日 20 点，限 500 件：引流不求利润",
      "8 pm daily, 500 units: for traffic, not profit"
    ),
  },
];

/** Channel rows of the demo, by channel value (src/templates/channels.ts). */
export const DEMO_CHANNELS: Record<string, { plan: Bilingual; budget: number; roas: number }> = {
  直通车: {
    plan: both("关键词竞价：核心词 + 大促词", "Keyword bids: core and event terms"),
    budget: 150_000,
    roas: 6,
  },
  引力魔方: {
    plan: both("首页信息流人群定向", "Home-feed audience targeting"),
    budget: 80_000,
    roas: 4.5,
  },
  万相台: {
    plan: both("货品加速 + 拉新快", "Product boost + new-buyer campaigns"),
    budget: 100_000,
    roas: 5.5,
  },
  抖音: {
    plan: both("达人短视频 + 巨量千川", "Creator videos + Qianchuan ads"),
    budget: 90_000,
    roas: 4,
  },
  小红书: { plan: both("KOC 种草笔记 60 篇", "60 KOC seeding posts"), budget: 50_000, roas: 3 },
  搜索: {
    plan: both("标题与详情页 SEO、内容", "Title and detail-page SEO, content"),
    budget: 30_000,
    roas: 10,
  },
};

export const DEMO_PHASES: {
  start: string;
  end: string;
  actions: Bilingual;
  owner: Bilingual;
  notes: Bilingual;
}[] = [
  {
    start: "2025-10-20",
    end: "2025-10-31",
    actions: both("蓄水：种草、加购、领券", "Build up: seeding, carts, coupons"),
    owner: DEMO_OWNERS.ads,
    notes: both("10-24 预售开启；10-31 20:00 开门红", "10-24 pre-sale opens; 10-31 8 pm kick-off"),
  },
  {
    start: "2025-11-01",
    end: "2025-11-11",
    actions: both("开门红 + 11.11 爆发", "Kick-off + 11.11 peak"),
    owner: DEMO_OWNERS.lead,
    notes: both("11-11 零点峰值保障", "Peak cover at midnight 11-11"),
  },
  {
    start: "2025-11-12",
    end: "2025-11-13",
    actions: both("返场、催付、复购引导", "Encore, payment reminders, repeat-purchase nudges"),
    owner: DEMO_OWNERS.store,
    notes: both("11-13 24:00 结束", "Ends 11-13 midnight"),
  },
];

/** Readiness rows: arrangement, owner, status index (READINESS_STATUSES), due date. */
export const DEMO_READINESS: { plan: Bilingual; owner: Bilingual; status: number; due: string }[] =
  [
    {
      plan: both("爆款备货 1.5 倍，预售锁库存", "Hero stock at 1.5×, pre-sale stock locked"),
      owner: DEMO_OWNERS.supply,
      status: 2,
      due: "2025-10-15",
    },
    {
      plan: both(
        "两家快递 + 临时仓，48 小时发货",
        "Two carriers + overflow warehouse, ship in 48 h"
      ),
      owner: DEMO_OWNERS.logistics,
      status: 1,
      due: "2025-10-25",
    },
    {
      plan: both("临时客服 20 人，快捷话术", "20 temporary agents, reply scripts"),
      owner: DEMO_OWNERS.service,
      status: 1,
      due: "2025-10-28",
    },
    {
      plan: both("极速退款与退换货流程演练", "Instant refunds, returns drill"),
      owner: DEMO_OWNERS.service,
      status: 0,
      due: "2025-11-05",
    },
    {
      plan: both("分期免息、支付风控规则更新", "Interest-free instalments, fraud rules updated"),
      owner: DEMO_OWNERS.supply,
      status: 2,
      due: "2025-10-18",
    },
  ];

/** Risk rows: category index (RISK_CATEGORIES), response index (RISK_RESPONSES), likelihood, impact. */
export const DEMO_RISKS: {
  category: number;
  description: Bilingual;
  likelihood: number;
  impact: number;
  response: number;
  owner: Bilingual;
  indicator: Bilingual;
  contingency: Bilingual;
}[] = [
  {
    category: 4,
    description: both("大促快递爆仓，发货延迟", "Carrier overload delays shipping"),
    likelihood: 4,
    impact: 4,
    response: 1,
    owner: DEMO_OWNERS.logistics,
    indicator: both("48 小时未发货 > 5%", "Unshipped after 48 h > 5%"),
    contingency: both(
      "启用备用快递与临时仓",
      "Switch to the backup carrier and overflow warehouse"
    ),
  },
  {
    category: 2,
    description: both("流量成本上涨，ROI 低于预期", "Traffic costs rise, ROI below plan"),
    likelihood: 3,
    impact: 3,
    response: 1,
    owner: DEMO_OWNERS.ads,
    indicator: both("日 ROAS < 3", "Daily ROAS < 3"),
    contingency: both(
      "日预算降 20%，转投高 ROI 渠道",
      "Cut daily budget 20%, shift to high-ROI channels"
    ),
  },
  {
    category: 3,
    description: both("宣传用语或价格违反平台规则", "Ad wording or pricing breaks platform rules"),
    likelihood: 2,
    impact: 5,
    response: 0,
    owner: DEMO_OWNERS.store,
    indicator: both("平台违规提醒", "Platform violation notice"),
    contingency: both("素材下线、价格回滚", "Pull the creative, roll back the price"),
  },
  {
    category: 5,
    description: both("刷单、羊毛党薅券", "Fake orders and coupon abuse"),
    likelihood: 3,
    impact: 2,
    response: 2,
    owner: DEMO_OWNERS.supply,
    indicator: both("同地址异常下单", "Many orders to one address"),
    contingency: both("风控拦截，券限领", "Fraud rules block, coupon limits"),
  },
  {
    category: 0,
    description: both("平台大促规则临时调整", "Platform changes event rules late"),
    likelihood: 1,
    impact: 5,
    response: 4,
    owner: DEMO_OWNERS.lead,
    indicator: both("平台公告", "Platform notice"),
    contingency: both("备选玩法预案", "Fallback mechanics ready"),
  },
  {
    category: 1,
    description: both("爆款缺货", "Hero items sell out"),
    likelihood: 4,
    impact: 5,
    response: 1,
    owner: DEMO_OWNERS.supply,
    indicator: both("可售天数 < 3 天", "Stock cover < 3 days"),
    contingency: both("转预售 + 追加排产", "Switch to pre-sale + extra production"),
  },
  {
    category: 7,
    description: both("峰值流量导致页面卡顿", "Peak traffic slows pages"),
    likelihood: 1,
    impact: 4,
    response: 2,
    owner: DEMO_OWNERS.service,
    indicator: both("响应时间 > 2 秒", "Response time > 2 s"),
    contingency: both("限流 + 云资源扩容", "Rate limits + cloud scale-up"),
  },
];

/** R/A/C/I per workstream (rows of RACI_WORKSTREAMS) and role (columns of RACI_ROLES). */
export const DEMO_RACI: string[][] = [
  ["A", "R", "C", "I", "C", "C"],
  ["C", "A", "I", "I", "R", "I"],
  ["C", "A", "I", "I", "C", "I"],
  ["A", "C", "I", "I", "C", "R"],
  ["C", "I", "A", "I", "C", "R"],
  ["C", "I", "I", "A", "R", "I"],
];

export const DEMO_EVALUATION_OWNERS: Bilingual[] = [
  DEMO_OWNERS.lead,
  DEMO_OWNERS.store,
  DEMO_OWNERS.ads,
  DEMO_OWNERS.ads,
  DEMO_OWNERS.lead,
  DEMO_OWNERS.service,
];
