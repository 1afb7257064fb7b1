/**
 * Hand-computed values of the demo sheets' key cells (by defined name), shared by the HyperFormula test
 * (tests/templates) and the LibreOffice test (tests/cli). Each number is worked out in the comment beside
 * it from the demo inputs in src/templates/demo/*.ts; none is produced by running the template.
 */
import type { Language } from "../../src/functions/language";

export type Expected = number | string | (number | string)[];

const zh = (lang: Language, chinese: string, english: string) =>
  lang === "zh-CN" ? chinese : english;

/** Campaign plan demo: 双11, 2025-10-20 … 2025-11-13, budget ¥500,000, gross margin 40%. */
export function expectedPlan(lang: Language): Record<string, Expected> {
  return {
    CampaignDays: 25, // 2025-11-13 − 2025-10-20 + 1 = 24 + 1
    TotalBudget: 500000,
    GrossMargin: 0.4,
    TargetGMV: 6500000,
    TargetConversion: 0.04,
    ForecastGMV: 6000000, // visitors 1,000,000 × conversion 4.0% × AOV ¥150
    GMVGap: 500000, // GMV target 6,500,000 − forecast 6,000,000
    VisitorsNeeded: 1083333, // ROUND(6,500,000 / (0.04 × 150), 0) = ROUND(1,083,333.33)
    ExtraVisitorsNeeded: 83333, // 1,083,333 − 1,000,000
    AudienceTotal: 372000, // 12,000 + 60,000 + 300,000
    // discount ÷ threshold: 50/300, 20/199, 25.8/129, 30/399, 29.1/39, (blank row)
    EffectiveDiscounts: [0.166666667, 0.100502513, 0.2, 0.07518797, 0.746153846, ""],
    // d / (m − d) with m = 0.4: 0.16667/0.23333, 0.10050/0.29950, 0.2/0.2, 0.07519/0.32481; 0.746 ≥ 0.4 → never
    BreakEvenLifts: [0.714285714, 0.33557047, 1, 0.231481481, zh(lang, "无法保本", "Never"), ""],
    // budgets 150,000 + 80,000 + 100,000 + 90,000 + 50,000 + 30,000
    ChannelBudgetTotal: 500000,
    BudgetDifference: 0, // 500,000 − 500,000
    BudgetCheck: zh(
      lang,
      "✓ 渠道预算合计等于总预算",
      "✓ Channel budgets add up to the total budget"
    ),
    // budget × ROAS: 150,000×6, 80,000×4.5, 100,000×5.5, 90,000×4, 50,000×3, 30,000×10, two spare rows
    ChannelRevenues: [900000, 360000, 550000, 360000, 150000, 300000, "", ""],
    // (revenue × 0.4 − budget) / budget: (360,000−150,000)/150,000, (144,000−80,000)/80,000,
    // (220,000−100,000)/100,000, (144,000−90,000)/90,000, (60,000−50,000)/50,000, (120,000−30,000)/30,000
    ChannelROIs: [1.4, 0.8, 1.2, 0.6, 0.2, 3, "", ""],
    ExpectedRevenue: 2620000, // sum of the revenues above
    BlendedROAS: 5.24, // 2,620,000 / 500,000
    ExpectedROI: 1.096, // (2,620,000 × 0.4 − 500,000) / 500,000 = 548,000 / 500,000
    PhaseDays: [12, 11, 2], // 10-20…10-31, 11-01…11-11, 11-12…11-13
    ReadyCount: 2, // inventory and payment are 已就绪
    // likelihood × impact: 4×4, 3×3, 2×5, 3×2, 1×5, 4×5, 1×4, (blank row)
    RiskScores: [16, 9, 10, 6, 5, 20, 4, ""],
    // < 5 低, 5–9 中, 10–19 高, ≥ 20 极高
    RiskLevels: [
      zh(lang, "高", "High"),
      zh(lang, "中", "Medium"),
      zh(lang, "高", "High"),
      zh(lang, "中", "Medium"),
      zh(lang, "中", "Medium"),
      zh(lang, "极高", "Critical"),
      zh(lang, "低", "Low"),
      "",
    ],
    CriticalRiskCount: 1,
    HighRiskCount: 2,
    MediumRiskCount: 3,
    LowRiskCount: 1,
    RaciChecks: ["✓", "✓", "✓", "✓", "✓", "✓"], // each demo row has exactly one A
  };
}

/** KPI review demo: 双11 results; targets equal the plan's. */
export function expectedReview(lang: Language): Record<string, Expected> {
  const on = zh(lang, "达成", "On track");
  const risk = zh(lang, "预警", "At risk");
  const off = zh(lang, "未达成", "Off track");
  return {
    ReviewDays: 25,
    // higher is better: actual/target; lower is better: target/actual
    Attainments: [
      0.909090909, // inventory days (lower): 30/33
      1.2, // order processing hours (lower): 24/20
      0.88, // CAC (lower): 22/25
      0.959538462, // GMV: 6,237,000/6,500,000
      1.08, // visitors: 1,080,000/1,000,000
      0.9625, // conversion: 3.85%/4.00%
      1, // AOV: 150/150
      0.84, // new customers: 12,600/15,000
      0.954545455, // ROI: 1.05/1.1
      0.95, // repurchase: 28.5%/30%
      1.010526316, // satisfaction: 96%/95%
      1.005102041, // positive reviews: 98.5%/98%
      0.833333333, // complaint rate (lower): 0.5%/0.6%
      "",
      "",
    ],
    // status: ≥ 100% 达成, ≥ 90% 预警, else 未达成
    Statuses: [risk, on, off, risk, on, risk, on, off, risk, risk, on, on, off, "", ""],
    // Σ weight × attainment with weights 5,5,10,20,5,10,10,5,10,5,5,5,5 % (total 100%):
    //   0.05 × (0.909091 + 1.2 + 1.08 + 0.84 + 0.95 + 1.010526 + 1.005102 + 0.833333) = 0.05 × 7.828052 = 0.391403
    // + 0.10 × (0.88 + 0.9625 + 1 + 0.954545)                                        = 0.10 × 3.797045 = 0.379705
    // + 0.20 × 0.959538                                                                                  = 0.191908
    // = 0.963015 (÷ weight total 1)
    OverallAttainment: 0.963014868,
    OnTrackCount: 5,
    AtRiskCount: 5,
    OffTrackCount: 3,
    WeightTotal: 1,
    // actual − target, row by row
    Variances: [
      3,
      -4,
      3,
      -263000,
      80000,
      -0.0015,
      0,
      -2400,
      -0.05,
      -0.015,
      0.01,
      0.005,
      0.001,
      "",
      "",
    ],
    BudgetTotal: 500000,
    SpendTotal: 505000, // 158,000 + 76,000 + 104,000 + 95,000 + 42,000 + 30,000
    ExecutionRate: 1.01, // 505,000 / 500,000
    RevenueTotal: 2620000, // 980,000 + 310,000 + 590,000 + 330,000 + 120,000 + 290,000
    ActualROAS: 5.188118812, // 2,620,000 / 505,000
    ActualROI: 1.075247525, // (2,620,000 × 0.4 − 505,000) / 505,000 = 543,000 / 505,000
    // spend / budget: 158/150, 76/80, 104/100, 95/90, 42/50, 30/30
    ChannelExecution: [1.053333333, 0.95, 1.04, 1.055555556, 0.84, 1, "", ""],
    // (revenue × 0.4 − spend) / spend: (392,000−158,000)/158,000, (124,000−76,000)/76,000, (236,000−104,000)/104,000,
    // (132,000−95,000)/95,000, (48,000−42,000)/42,000, (116,000−30,000)/30,000
    ChannelROI: [
      1.481012658,
      0.631578947,
      1.269230769,
      0.389473684,
      0.142857143,
      2.866666667,
      "",
      "",
    ],
    // funnel 1,080,000 → 540,000 → 151,200 → 48,600 → 41,580
    FunnelStepRates: [0.5, 0.28, 0.321428571, 0.855555556], // 540/1080, 151.2/540, 48.6/151.2, 41.58/48.6
    FunnelOverallRates: [1, 0.5, 0.14, 0.045, 0.0385], // each ÷ 1,080,000
    FunnelConversion: 0.0385, // = the conversion rate actual
    BiggestDrop: zh(lang, "商品详情页浏览 → 加购", "Product views → Add to cart"), // lowest step rate 28%
    RiskLossTotal: 135000, // 35,000 + 80,000 + 20,000
    ResponsesWorked: 2, // two responses marked 有效
  };
}

/** Jest assertion: `actual` equals `expected` (numbers to 1e-9 relative, arrays element by element). */
export function expectValue(actual: unknown, expected: Expected, label: string): void {
  if (Array.isArray(expected)) {
    expect({ label, length: (actual as unknown[]).length }).toEqual({
      label,
      length: expected.length,
    });
    expected.forEach((e, i) => expectValue((actual as unknown[])[i], e, `${label}[${i}]`));
    return;
  }
  if (typeof expected === "number") {
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    const ok = typeof actual === "number" && Math.abs(actual - expected) <= tolerance;
    expect({ label, actual, ok }).toEqual({ label, actual: ok ? actual : expected, ok: true });
    return;
  }
  expect({ label, actual: actual ?? "" }).toEqual({ label, actual: expected });
}
