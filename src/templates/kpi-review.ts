/**
 * KPI review (复盘), spec templates §3: parameters → SheetSpec, a pure function.
 *
 * Sections: summary (weighted overall attainment, on-track / at-risk / off-track counts, the two status
 * thresholds), KPI table (an Excel table: efficiency / effectiveness / quality KPIs with attainment by
 * direction, variance, change vs baseline, status), budget execution, funnel review, risk review and
 * lessons (PDCA). With `planSheet`, the targets of the plan's objectives and its gross margin arrive by
 * cross-sheet formula (campaign-plan.ts PLAN_CELLS), not by copy. Portable formulas only (spec §1.1).
 */
import type { Language } from "../functions/language";
import { absolute, rangeAt, sheetReference } from "./a1";
import { PLAN_CELLS } from "./campaign-plan";
import {
  DEMO_BUDGET,
  DEMO_FUNNEL,
  DEMO_KPIS,
  DEMO_MARGIN,
  DEMO_PDCA,
  DEMO_RISK_REVIEW,
} from "./demo/kpi-review";
import { dateSerial } from "./excel-date";
import { RISK_RESPONSES } from "./labels/campaign-plan";
import { DIRECTION, TOTAL, inLanguage, sectionTitle } from "./labels/common";
import * as L from "./labels/kpi-review";
import { COLOURS, FORMATS, STYLES, SheetBuilder, moneyFormat } from "./layout";
import type { KpiReviewParams } from "./params";
import { cleanSheetName } from "./sheet-name";
import type { SheetSpec } from "./sheet-spec";

const COLUMN_WIDTHS = [13, 18, 7, 12, 8, 12, 12, 12, 10, 12, 10, 9, 24, 24, 10, 11];
const LAST = COLUMN_WIDTHS.length;
const SPARE_KPI_ROWS = 2;
const SPARE_CHANNEL_ROWS = 2;
const SPARE_RISK_ROWS = 2;
const CURRENCY = "CNY";
/** Status thresholds prefilled in their input cells: 达成 at ≥ 100%, 预警 at ≥ 90%. */
const DEFAULT_THRESHOLDS = { onTrack: 1, atRisk: 0.9 };

/** Rows of the summary and the KPI table (fixed: the summary's formulas refer to the table). */
const ROWS = {
  summary: 4,
  kpiSection: 10,
  kpiHeader: 11,
  kpiFirst: 12,
  kpiLast: 12 + L.REVIEW_KPIS.length + SPARE_KPI_ROWS - 1,
};

/** Addresses of the summary's inputs (absolute, for formulas). */
const CELLS = {
  onTrack: "$C$7",
  atRisk: "$G$7",
  margin: "$G$8",
};

interface Context {
  b: SheetBuilder;
  p: KpiReviewParams;
  lang: Language;
  money: string;
  money2: string;
}

function demo<T>(ctx: Context, value: T): T | undefined {
  return ctx.p.demo ? value : undefined;
}

/** A formula that shows a plan cell, or "" when the plan cell is empty. */
function planLink(planSheet: string, address: string): string {
  const ref = sheetReference(planSheet, address);
  return `=IF(${ref}="","",${ref})`;
}

function summary(ctx: Context): void {
  const { b, p, lang } = ctx;
  const row = ROWS.summary;
  const S = L.SUMMARY;
  const left = { ...STYLES.input, horizontal: "left" as const };
  b.section(row, sectionTitle(1, L.REVIEW_SECTIONS.summary, lang));

  const r = row + 1;
  b.label(1, r, S.start[lang], { spanTo: 2 });
  const start = b.input(3, r, dateSerial(p.start), {
    spanTo: 4,
    format: FORMATS.date,
    style: left,
  });
  b.label(5, r, S.end[lang], { spanTo: 6 });
  const end = b.input(7, r, dateSerial(p.end), { spanTo: 8, format: FORMATS.date, style: left });
  b.label(9, r, S.days[lang], { spanTo: 10 });
  const days = b.formula(11, r, `=IF(OR(${start}="",${end}=""),"",${end}-${start}+1)`, {
    format: FORMATS.integer,
  });
  b.label(12, r, S.plan[lang], { spanTo: 13 });
  b.label(14, r, p.planSheet ?? S.noPlan[lang], { spanTo: LAST, style: STYLES.rowLabel });
  b.validation({ range: start, type: "date" });
  b.validation({ range: end, type: "date" });

  const weights = `$E$${ROWS.kpiFirst}:$E$${ROWS.kpiLast}`;
  const attainments = `$I$${ROWS.kpiFirst}:$I$${ROWS.kpiLast}`;
  const statuses = `$L$${ROWS.kpiFirst}:$L$${ROWS.kpiLast}`;
  b.label(1, r + 1, S.overall[lang], { spanTo: 2 });
  const overall = b.formula(
    3,
    r + 1,
    `=IFERROR(SUMPRODUCT(${weights},${attainments})/SUMPRODUCT(${weights},--(${attainments}<>"")),"")`,
    {
      spanTo: 4,
      format: FORMATS.percent,
      style: { ...STYLES.keyResult, font: { ...STYLES.keyResult.font, size: 14 } },
    }
  );
  const counts: [
    keyof typeof L.STATUS,
    number,
    string,
    { fill: string; font: { color: string; bold: boolean } },
  ][] = [
    [
      "onTrack",
      5,
      "OnTrackCount",
      { fill: COLOURS.good, font: { color: COLOURS.goodText, bold: true } },
    ],
    [
      "atRisk",
      8,
      "AtRiskCount",
      { fill: COLOURS.warn, font: { color: COLOURS.warnText, bold: true } },
    ],
    [
      "offTrack",
      11,
      "OffTrackCount",
      { fill: COLOURS.bad, font: { color: COLOURS.badText, bold: true } },
    ],
  ];
  for (const [status, column, name, colour] of counts) {
    b.label(column, r + 1, L.STATUS[status][lang], {
      spanTo: column + 1,
      style: { ...STYLES.label, ...colour, horizontal: "center" },
    });
    const count = b.formula(
      column + 2,
      r + 1,
      `=COUNTIF(${statuses},"${L.STATUS[status][lang]}")`,
      {
        style: { ...STYLES.keyResult, horizontal: "center" },
      }
    );
    b.defineName(name, count);
  }
  b.rowHeight(r + 1, 26);

  b.label(1, r + 2, S.onTrackThreshold[lang], { spanTo: 2 });
  const onTrack = b.input(3, r + 2, DEFAULT_THRESHOLDS.onTrack, {
    spanTo: 4,
    format: FORMATS.percent,
    style: left,
  });
  b.label(5, r + 2, S.atRiskThreshold[lang], { spanTo: 6 });
  const atRisk = b.input(7, r + 2, DEFAULT_THRESHOLDS.atRisk, {
    format: FORMATS.percent,
    style: left,
  });
  b.note(r + 2, S.thresholdNote[lang], 8, LAST, 20);
  b.validation({ range: onTrack, type: "decimal", min: 0 });
  b.validation({ range: atRisk, type: "decimal", min: 0 });

  b.label(1, r + 3, S.weights[lang], { spanTo: 2 });
  const weightTotal = b.formula(3, r + 3, `=SUM(${weights})`, {
    spanTo: 4,
    format: FORMATS.percent,
    style: { ...STYLES.computed, horizontal: "left" },
  });
  b.conditional({
    range: rangeAt(3, r + 3, 4, r + 3),
    type: "expression",
    formula: `=ROUND(${absolute(weightTotal)},4)<>1`,
    style: { fill: COLOURS.bad, font: { color: COLOURS.badText, bold: true } },
  });
  b.label(5, r + 3, S.margin[lang], { spanTo: 6 });
  const margin = p.planSheet
    ? b.formula(7, r + 3, planLink(p.planSheet, PLAN_CELLS.margin), {
        format: FORMATS.percent,
        style: { ...STYLES.computed, horizontal: "left" },
      })
    : b.input(7, r + 3, demo(ctx, DEMO_MARGIN), { format: FORMATS.percent, style: left });
  if (!p.planSheet) b.validation({ range: margin, type: "decimal", min: 0, max: 1 });
  b.note(r + 3, S.marginNote[lang], 8, LAST, 20);

  b.defineName("ReviewStart", start);
  b.defineName("ReviewEnd", end);
  b.defineName("ReviewDays", days);
  b.defineName("OverallAttainment", overall);
  b.defineName("OnTrackThreshold", onTrack);
  b.defineName("AtRiskThreshold", atRisk);
  b.defineName("WeightTotal", weightTotal);
  b.defineName("ReviewMargin", margin);
}

function kpiFormat(ctx: Context, kind: L.KpiKind): string {
  switch (kind) {
    case "money":
      return ctx.money;
    case "money2":
      return ctx.money2;
    case "count":
      return FORMATS.integer;
    case "rate":
      return "0.00%";
    case "ratio":
      return FORMATS.ratio;
    case "days":
    case "hours":
      return "0.0";
  }
}

function kpiTable(ctx: Context): number {
  const { b, p, lang } = ctx;
  b.section(ROWS.kpiSection, sectionTitle(2, L.REVIEW_SECTIONS.kpis, lang));
  b.headers(1, ROWS.kpiHeader, inLanguage(L.KPI_HEADERS, lang));
  const lower = DIRECTION.lower[lang];
  const centred = { ...STYLES.input, horizontal: "center" as const };
  for (let r = ROWS.kpiFirst; r <= ROWS.kpiLast; r++) {
    const i = r - ROWS.kpiFirst;
    const kpi = L.REVIEW_KPIS[i];
    const actual = kpi && p.demo ? DEMO_KPIS[i] : undefined;
    const format = kpi ? kpiFormat(ctx, kpi.kind) : undefined;
    b.input(1, r, kpi ? L.CATEGORIES[kpi.category][lang] : undefined, { style: centred });
    b.input(2, r, kpi?.kpi[lang]);
    b.input(3, r, kpi?.unit[lang], { style: centred });
    b.input(
      4,
      r,
      kpi ? (kpi.higherIsBetter ? DIRECTION.higher : DIRECTION.lower)[lang] : undefined
    );
    b.input(5, r, kpi?.weight, { format: FORMATS.percent });
    if (kpi?.plan && p.planSheet) {
      b.formula(6, r, planLink(p.planSheet, PLAN_CELLS.targets[kpi.plan]), { format });
    } else {
      b.input(6, r, actual?.target, { format });
    }
    b.input(7, r, actual?.actual, { format });
    b.input(8, r, actual?.baseline, { format });
    b.formula(
      9,
      r,
      `=IF(OR(F${r}="",G${r}=""),"",IFERROR(IF(D${r}="${lower}",F${r}/G${r},G${r}/F${r}),""))`,
      {
        format: FORMATS.percent,
      }
    );
    b.formula(10, r, `=IF(OR(F${r}="",G${r}=""),"",G${r}-F${r})`, { format });
    b.formula(11, r, `=IF(OR(G${r}="",H${r}=""),"",IFERROR(G${r}/H${r}-1,""))`, {
      format: "+0.0%;-0.0%;0.0%",
    });
    b.formula(
      12,
      r,
      `=IF(I${r}="","",IF(I${r}>=${CELLS.onTrack},"${L.STATUS.onTrack[lang]}",IF(I${r}>=${CELLS.atRisk},"${L.STATUS.atRisk[lang]}","${L.STATUS.offTrack[lang]}")))`,
      { style: { ...STYLES.computed, horizontal: "center" } }
    );
    b.input(13, r, actual?.cause[lang] || undefined);
    b.input(14, r, actual?.action[lang] || undefined);
    b.input(15, r, actual?.owner[lang]);
    b.input(16, r, actual?.due ? dateSerial(actual.due) : undefined, { format: FORMATS.date });
    b.rowHeight(r, 26);
  }
  const first = ROWS.kpiFirst;
  const last = ROWS.kpiLast;
  b.table({
    name: "KpiReview",
    range: rangeAt(1, ROWS.kpiHeader, LAST, last),
    style: "TableStyleLight9",
  });
  b.dropdown(rangeAt(1, first, 1, last), inLanguage(Object.values(L.CATEGORIES), lang));
  b.dropdown(rangeAt(4, first, 4, last), [DIRECTION.higher[lang], DIRECTION.lower[lang]]);
  b.validation({ range: rangeAt(5, first, 5, last), type: "decimal", min: 0, max: 1 });
  b.validation({ range: rangeAt(16, first, 16, last), type: "date" });
  b.conditional({ range: rangeAt(9, first, 9, last), type: "dataBar", color: COLOURS.bar });
  const statusColours: [
    keyof typeof L.STATUS,
    { fill: string; font: { color: string; bold: boolean } },
  ][] = [
    ["onTrack", { fill: COLOURS.good, font: { color: COLOURS.goodText, bold: true } }],
    ["atRisk", { fill: COLOURS.warn, font: { color: COLOURS.warnText, bold: true } }],
    ["offTrack", { fill: COLOURS.bad, font: { color: COLOURS.badText, bold: true } }],
  ];
  for (const [status, style] of statusColours) {
    b.conditional({
      range: rangeAt(12, first, 12, last),
      type: "expression",
      formula: `=L${first}="${L.STATUS[status][lang]}"`,
      style,
    });
  }
  b.defineName("Attainments", `I${first}:I${last}`);
  b.defineName("Variances", `J${first}:J${last}`);
  b.defineName("ChangesVsBaseline", `K${first}:K${last}`);
  b.defineName("Statuses", `L${first}:L${last}`);
  b.defineName("KpiTargets", `F${first}:F${last}`);
  b.note(last + 1, L.KPI_NOTE[lang], 1, LAST, 20);
  return last + 3;
}

function budgetExecution(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  b.pageBreakBefore(row);
  b.section(row, sectionTitle(3, L.REVIEW_SECTIONS.budget, lang));
  const h = inLanguage(L.BUDGET_HEADERS, lang);
  b.headers(1, row + 1, [[h[0], 2], [h[1], 2], [h[2], 2], h[3], [h[4], 2], h[5], h[6], [h[7], 5]]);
  const first = row + 2;
  const count = DEMO_BUDGET.length + SPARE_CHANNEL_ROWS;
  const last = first + count - 1;
  const m = CELLS.margin;
  for (let r = first; r <= last; r++) {
    const planned = ctx.p.demo ? DEMO_BUDGET[r - first] : undefined;
    b.input(1, r, planned?.channel[lang], { spanTo: 2 });
    b.input(3, r, planned?.budget, { spanTo: 4, format: ctx.money });
    b.input(5, r, planned?.spend, { spanTo: 6, format: ctx.money });
    b.formula(7, r, `=IF(OR(C${r}="",E${r}=""),"",IFERROR(E${r}/C${r},""))`, {
      format: FORMATS.percent,
    });
    b.input(8, r, planned?.revenue, { spanTo: 9, format: ctx.money });
    b.formula(10, r, `=IF(OR(H${r}="",E${r}=""),"",IFERROR(H${r}/E${r},""))`, {
      format: FORMATS.ratio,
    });
    b.formula(11, r, `=IF(OR(H${r}="",E${r}="",${m}=""),"",IFERROR((H${r}*${m}-E${r})/E${r},""))`, {
      format: FORMATS.ratio,
    });
    b.input(12, r, planned?.comment[lang] || undefined, { spanTo: LAST });
  }
  const total = last + 1;
  const totalStyle = { ...STYLES.keyResult, font: { ...STYLES.keyResult.font, size: 11 } };
  b.label(1, total, TOTAL[lang], { spanTo: 2 });
  const budget = b.formula(3, total, `=SUM(C${first}:C${last})`, {
    spanTo: 4,
    format: ctx.money,
    style: totalStyle,
  });
  const spend = b.formula(5, total, `=SUM(E${first}:E${last})`, {
    spanTo: 6,
    format: ctx.money,
    style: totalStyle,
  });
  const execution = b.formula(7, total, `=IFERROR(E${total}/C${total},"")`, {
    format: FORMATS.percent,
    style: totalStyle,
  });
  const revenue = b.formula(8, total, `=SUM(H${first}:H${last})`, {
    spanTo: 9,
    format: ctx.money,
    style: totalStyle,
  });
  const roas = b.formula(10, total, `=IFERROR(H${total}/E${total},"")`, {
    format: FORMATS.ratio,
    style: totalStyle,
  });
  const roi = b.formula(
    11,
    total,
    `=IF(${m}="","",IFERROR((H${total}*${m}-E${total})/E${total},""))`,
    {
      format: FORMATS.ratio,
      style: totalStyle,
    }
  );
  b.blank(12, total, STYLES.label, LAST);
  b.conditional({
    range: rangeAt(7, first, 7, total),
    type: "expression",
    formula: `=AND(G${first}<>"",G${first}>1)`,
    style: { fill: COLOURS.bad, font: { color: COLOURS.badText, bold: true } },
  });
  b.conditional({
    range: rangeAt(11, first, 11, total),
    type: "expression",
    formula: `=AND(K${first}<>"",K${first}<0)`,
    style: { fill: COLOURS.bad, font: { color: COLOURS.badText, bold: true } },
  });
  b.validation({ range: rangeAt(3, first, 6, last), type: "decimal", min: 0 });
  b.defineName("BudgetTotal", budget);
  b.defineName("SpendTotal", spend);
  b.defineName("ExecutionRate", execution);
  b.defineName("RevenueTotal", revenue);
  b.defineName("ActualROAS", roas);
  b.defineName("ActualROI", roi);
  b.defineName("ChannelExecution", `G${first}:G${last}`);
  b.defineName("ChannelROAS", `J${first}:J${last}`);
  b.defineName("ChannelROI", `K${first}:K${last}`);
  b.note(total + 1, L.BUDGET_NOTE[lang], 1, LAST, 18);
  return total + 3;
}

function funnel(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  b.section(row, sectionTitle(4, L.REVIEW_SECTIONS.funnel, lang));
  const h = inLanguage(L.FUNNEL_HEADERS, lang);
  b.headers(1, row + 1, [
    [h[0], 2],
    [h[1], 2],
    [h[2], 2],
    [h[3], 2],
    [h[4], 2],
    [h[5], 6],
  ]);
  const first = row + 2;
  const last = first + L.FUNNEL_STAGES.length - 1;
  L.FUNNEL_STAGES.forEach((stage, i) => {
    const r = first + i;
    b.input(1, r, stage[lang], { spanTo: 2 });
    b.input(3, r, demo(ctx, DEMO_FUNNEL[i]), { spanTo: 4, format: FORMATS.integer });
    if (i === 0) b.blank(5, r, STYLES.computed, 6);
    else
      b.formula(5, r, `=IF(OR(C${r - 1}="",C${r}=""),"",IFERROR(C${r}/C${r - 1},""))`, {
        spanTo: 6,
        format: "0.00%",
      });
    b.formula(7, r, `=IF(OR($C$${first}="",C${r}=""),"",IFERROR(C${r}/$C$${first},""))`, {
      spanTo: 8,
      format: "0.00%",
    });
    if (i === 0) b.blank(9, r, STYLES.computed, 10);
    else b.formula(9, r, `=IF(E${r}="","",1-E${r})`, { spanTo: 10, format: "0.00%" });
    b.input(11, r, undefined, { spanTo: LAST });
  });
  const steps = `$E$${first + 1}:$E$${last}`;
  const position = `MATCH(MIN(${steps}),${steps},0)`;
  b.conditional({
    range: rangeAt(1, first + 1, 10, last),
    type: "expression",
    formula: `=AND($E${first + 1}<>"",$E${first + 1}=MIN(${steps}))`,
    style: { fill: COLOURS.bad, font: { color: COLOURS.badText, bold: true } },
  });
  const drop = last + 1;
  b.label(1, drop, L.BIGGEST_DROP[lang], { spanTo: 2 });
  const biggest = b.formula(
    3,
    drop,
    `=IFERROR(INDEX($A$${first}:$A$${last - 1},${position})&" → "&INDEX($A$${first + 1}:$A$${last},${position}),"")`,
    {
      spanTo: 10,
      style: { ...STYLES.keyResult, font: { ...STYLES.keyResult.font, color: COLOURS.badText } },
    }
  );
  b.validation({ range: rangeAt(3, first, 3, last), type: "whole", min: 0 });
  b.defineName("FunnelStepRates", `E${first + 1}:E${last}`);
  b.defineName("FunnelOverallRates", `G${first}:G${last}`);
  b.defineName("FunnelConversion", `G${last}`);
  b.defineName("BiggestDrop", biggest);
  return drop + 2;
}

function riskReview(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  b.section(row, sectionTitle(5, L.REVIEW_SECTIONS.risks, lang));
  const h = inLanguage(L.RISK_REVIEW_HEADERS, lang);
  b.headers(1, row + 1, [[h[0], 2], [h[1], 4], [h[2], 2], h[3], h[4], [h[5], 6]]);
  const first = row + 2;
  const last = first + DEMO_RISK_REVIEW.length + SPARE_RISK_ROWS - 1;
  const results = inLanguage(L.RESPONSE_RESULTS, lang);
  const centred = { ...STYLES.input, horizontal: "center" as const };
  for (let r = first; r <= last; r++) {
    const item = ctx.p.demo ? DEMO_RISK_REVIEW[r - first] : undefined;
    b.input(1, r, item?.risk[lang], { spanTo: 2 });
    b.input(3, r, item?.what[lang], { spanTo: 6 });
    b.input(7, r, item?.loss, { spanTo: 8, format: ctx.money });
    b.input(9, r, item ? RISK_RESPONSES[item.response][lang] : undefined, { style: centred });
    b.input(10, r, item ? results[item.result] : undefined, { style: centred });
    b.input(11, r, item?.lesson[lang], { spanTo: LAST });
    b.rowHeight(r, 30);
  }
  const total = last + 1;
  b.label(1, total, L.RISK_TOTALS.loss[lang], { spanTo: 6 });
  const loss = b.formula(7, total, `=SUM(G${first}:G${last})`, {
    spanTo: 8,
    format: ctx.money,
    style: STYLES.keyResult,
  });
  b.label(9, total, L.RISK_TOTALS.worked[lang]);
  const worked = b.formula(10, total, `=COUNTIF(J${first}:J${last},"${results[0]}")`, {
    style: { ...STYLES.keyResult, horizontal: "center" },
  });
  b.dropdown(rangeAt(9, first, 9, last), inLanguage(RISK_RESPONSES, lang));
  b.dropdown(rangeAt(10, first, 10, last), results);
  b.validation({ range: rangeAt(7, first, 7, last), type: "decimal", min: 0 });
  const resultColours = [
    { fill: COLOURS.good, font: { color: COLOURS.goodText } },
    { fill: COLOURS.warn, font: { color: COLOURS.warnText } },
    { fill: COLOURS.bad, font: { color: COLOURS.badText } },
  ];
  results.forEach((result, i) =>
    b.conditional({
      range: rangeAt(10, first, 10, last),
      type: "expression",
      formula: `=J${first}="${result}"`,
      style: resultColours[i],
    })
  );
  b.defineName("RiskLossTotal", loss);
  b.defineName("ResponsesWorked", worked);
  return total + 2;
}

function lessons(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  b.section(row, sectionTitle(6, L.REVIEW_SECTIONS.lessons, lang));
  const h = inLanguage(L.PDCA_HEADERS, lang);
  b.headers(1, row + 1, [[h[0], 2], [h[1], 6], [h[2], 6], h[3], h[4]]);
  const first = row + 2;
  L.PDCA_STEPS.forEach((step, i) => {
    const r = first + i;
    const item = ctx.p.demo ? DEMO_PDCA[i] : undefined;
    b.label(1, r, step[lang], { spanTo: 2 });
    b.input(3, r, item?.learned[lang], { spanTo: 8 });
    b.input(9, r, item?.action[lang], { spanTo: 14 });
    b.input(15, r, item?.owner[lang]);
    b.input(16, r, item ? dateSerial(item.due) : undefined, { format: FORMATS.date });
    b.rowHeight(r, 24);
  });
  const last = first + L.PDCA_STEPS.length - 1;
  b.validation({ range: rangeAt(16, first, 16, last), type: "date" });
  return last + 1;
}

/** The KPI-review sheet for `params` (demo: every input filled with the 双11 results). */
export function buildKpiReview(params: KpiReviewParams): SheetSpec {
  const lang = params.language;
  const b = new SheetBuilder(
    cleanSheetName(`${L.REVIEW_SHEET_PREFIX[lang]} - ${params.title}`),
    lang,
    [...COLUMN_WIDTHS]
  );
  const ctx: Context = {
    b,
    p: params,
    lang,
    money: moneyFormat(CURRENCY),
    money2: moneyFormat(CURRENCY, 2),
  };
  b.titleAndLegend(`${L.REVIEW_TITLE[lang]}${lang === "zh-CN" ? "：" : ": "}${params.title}`);
  summary(ctx);
  const after = kpiTable(ctx);
  [budgetExecution, funnel, riskReview, lessons].reduce((row, section) => section(ctx, row), after);
  return b.build();
}
