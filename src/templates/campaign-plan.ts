/**
 * Campaign plan (活动策划方案), spec templates §2: parameters → SheetSpec, a pure function.
 *
 * Sections top to bottom: overview, objectives (SMART), GMV bridge, audience, mechanics, channels and
 * budget (an Excel table), timeline (with a day-by-day bar calendar to the right of the main grid),
 * readiness, risks, roles (RACI), evaluation plan. Every formula is a portable built-in (spec §1.1).
 *
 * The overview and the objectives sit at fixed addresses whatever the parameters (PLAN_CELLS), so a KPI
 * review can link to a plan's targets and margin by cross-sheet reference.
 */
import type { Language } from "../functions/language";
import { absolute, cellAt, columnLetter, rangeAt } from "./a1";
import { findChannel } from "./channels";
import {
  DEMO_AUDIENCE,
  DEMO_CHANNELS,
  DEMO_EVALUATION_OWNERS,
  DEMO_MECHANICS,
  DEMO_OBJECTIVES,
  DEMO_PHASES,
  DEMO_RACI,
  DEMO_READINESS,
  DEMO_RISKS,
} from "./demo/campaign-plan";
import { dateSerial, daysInclusive } from "./excel-date";
import * as L from "./labels/campaign-plan";
import { DIRECTION, TOTAL, inLanguage, sectionTitle } from "./labels/common";
import { COLOURS, FORMATS, STYLES, SheetBuilder, currencySign, moneyFormat } from "./layout";
import type { CampaignPlanParams } from "./params";
import { cleanSheetName } from "./sheet-name";
import type { SheetSpec } from "./sheet-spec";

/** Columns of the main grid (A–J), in characters. */
const COLUMN_WIDTHS = [17, 30, 12, 12, 12, 13, 12, 13, 15, 24];
const LAST = COLUMN_WIDTHS.length;
/** The timeline calendar shows at most this many columns; longer campaigns get several days per column. */
const MAX_CALENDAR_COLUMNS = 31;
const CALENDAR_COLUMN_WIDTH = 2.8;
const SPARE_CHANNEL_ROWS = 2;

/** First row of the objectives (GMV); the overview above it has a fixed height. */
const OBJECTIVES_FIRST_ROW = 12;

/** Fixed addresses of a plan's key inputs (same for every plan: a KPI review links to them). */
export const PLAN_CELLS = {
  name: "B5",
  start: "B7",
  end: "F7",
  days: "I7",
  budget: "B8",
  margin: "F8",
  currency: "I8",
  /** Objective target cells, column F of rows 12–18. */
  targets: Object.fromEntries(
    L.OBJECTIVES.map((o, i) => [o.key, `F${OBJECTIVES_FIRST_ROW + i}`])
  ) as Record<L.ObjectiveKey, string>,
};

interface Context {
  b: SheetBuilder;
  p: CampaignPlanParams;
  lang: Language;
  money: string;
  money2: string;
  /** Currency sign for text ("¥"). */
  sign: string;
  /** Absolute addresses of the overview inputs used in formulas. */
  margin: string;
  budget: string;
  start: string;
  end: string;
}

/** Picks the demo value only when the parameters ask for the demo. */
function demo<T>(ctx: Context, value: T): T | undefined {
  return ctx.p.demo ? value : undefined;
}

/** Optional text: empty strings become an empty input. */
function text(value: string): string | undefined {
  return value === "" ? undefined : value;
}

function overview(ctx: Context, row: number): number {
  const { b, p, lang } = ctx;
  const left = { ...STYLES.input, horizontal: "left" as const };
  b.section(row, sectionTitle(1, L.PLAN_SECTIONS.overview, lang));
  const r = row + 1;
  b.label(1, r, L.OVERVIEW.name[lang]);
  b.input(2, r, p.name, { spanTo: 4, format: FORMATS.text, style: left });
  b.label(5, r, L.OVERVIEW.owner[lang]);
  b.input(6, r, text(p.owner), { spanTo: 7, format: FORMATS.text, style: left });
  b.label(8, r, L.OVERVIEW.model[lang]);
  const model = b.input(9, r, "B2C", { spanTo: 10, style: left });
  b.dropdown(model, L.BUSINESS_MODELS);

  b.label(1, r + 1, L.OVERVIEW.theme[lang]);
  b.input(2, r + 1, text(p.theme), { spanTo: 7, format: FORMATS.text, style: left });
  b.label(8, r + 1, L.OVERVIEW.status[lang]);
  const status = b.input(9, r + 1, L.CAMPAIGN_STATUSES[0][lang], { spanTo: 10, style: left });
  b.dropdown(status, inLanguage(L.CAMPAIGN_STATUSES, lang));

  b.label(1, r + 2, L.OVERVIEW.start[lang]);
  const start = b.input(2, r + 2, dateSerial(p.start), {
    spanTo: 4,
    format: FORMATS.date,
    style: left,
  });
  b.label(5, r + 2, L.OVERVIEW.end[lang]);
  const end = b.input(6, r + 2, dateSerial(p.end), {
    spanTo: 7,
    format: FORMATS.date,
    style: left,
  });
  b.label(8, r + 2, L.OVERVIEW.days[lang]);
  const days = b.formula(9, r + 2, `=IF(OR(${start}="",${end}=""),"",${end}-${start}+1)`, {
    spanTo: 10,
    format: FORMATS.integer,
    style: { ...STYLES.computed, horizontal: "left" },
  });
  b.validation({ range: start, type: "date" });
  b.validation({ range: end, type: "date" });

  b.label(1, r + 3, L.OVERVIEW.budget[lang]);
  const budget = b.input(2, r + 3, p.budget, { spanTo: 4, format: ctx.money, style: left });
  b.label(5, r + 3, L.OVERVIEW.margin[lang]);
  const margin = b.input(6, r + 3, p.margin, { spanTo: 7, format: FORMATS.percent, style: left });
  b.label(8, r + 3, L.OVERVIEW.currency[lang]);
  const currency = b.input(9, r + 3, p.currency, { spanTo: 10, style: left });
  b.validation({ range: budget, type: "decimal", min: 0 });
  b.validation({ range: margin, type: "decimal", min: 0, max: 1 });
  b.dropdown(currency, ["CNY", "HKD", "USD", "EUR", "GBP", "JPY"]);

  b.defineName("CampaignName", PLAN_CELLS.name);
  b.defineName("CampaignStart", start);
  b.defineName("CampaignEnd", end);
  b.defineName("CampaignDays", days);
  b.defineName("TotalBudget", budget);
  b.defineName("GrossMargin", margin);
  return r + 5;
}

/** Number format of an objective's values by kind. */
function objectiveFormat(ctx: Context, kind: (typeof L.OBJECTIVES)[number]["kind"]): string {
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
  }
}

function objectives(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  if (row + 2 !== OBJECTIVES_FIRST_ROW)
    throw new Error("the overview must keep the objectives at row 12");
  b.section(row, sectionTitle(2, L.PLAN_SECTIONS.objectives, lang));
  b.headers(1, row + 1, inLanguage(L.OBJECTIVE_HEADERS, lang));
  L.OBJECTIVES.forEach((objective, i) => {
    const r = OBJECTIVES_FIRST_ROW + i;
    const format = objectiveFormat(ctx, objective.kind);
    const planned = DEMO_OBJECTIVES[objective.key];
    b.label(1, r, objective.kpi[lang]);
    b.label(2, r, objective.definition[lang], { style: STYLES.rowLabel });
    b.label(3, r, objective.unit[lang], { style: { ...STYLES.rowLabel, horizontal: "center" } });
    b.label(4, r, (objective.higherIsBetter ? DIRECTION.higher : DIRECTION.lower)[lang], {
      style: STYLES.rowLabel,
    });
    b.input(5, r, demo(ctx, planned.baseline), { format });
    const target = b.input(6, r, demo(ctx, planned.target), { format });
    b.formula(7, r, `=IF(OR(E${r}="",F${r}=""),"",IFERROR(F${r}/E${r}-1,""))`, {
      format: "+0.0%;-0.0%;0.0%",
    });
    b.input(8, r, dateSerial(ctx.p.end), { format: FORMATS.date });
    b.input(9, r, demo(ctx, planned.owner[lang]));
    b.input(10, r);
    b.defineName(`Target${objective.key}`, target);
  });
  const last = OBJECTIVES_FIRST_ROW + L.OBJECTIVES.length - 1;
  b.validation({ range: rangeAt(8, OBJECTIVES_FIRST_ROW, 8, last), type: "date" });
  return last + 2;
}

function bridge(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  const t = PLAN_CELLS.targets;
  b.section(row, sectionTitle(3, L.PLAN_SECTIONS.bridge, lang));
  b.headers(1, row + 1, [
    [L.BRIDGE.item[lang], 2],
    L.BRIDGE.value[lang],
    [L.BRIDGE.method[lang], LAST - 3],
  ]);
  const r = row + 2;
  const line = (
    offset: number,
    label: string,
    formula: string,
    format: string,
    note: string,
    key = false
  ) => {
    b.label(1, r + offset, label, { spanTo: 2 });
    const address = b.formula(3, r + offset, formula, {
      format,
      ...(key ? { style: STYLES.keyResult } : {}),
    });
    b.label(4, r + offset, note, { spanTo: LAST, style: STYLES.rowLabel });
    return address;
  };
  const link = (target: string) => `=IF(${target}="","",${target})`;
  const visitors = line(
    0,
    L.BRIDGE.visitors[lang],
    link(t.Visitors),
    FORMATS.integer,
    L.BRIDGE.visitorsNote[lang]
  );
  const rate = line(
    1,
    L.BRIDGE.conversion[lang],
    link(t.Conversion),
    "0.00%",
    L.BRIDGE.conversionNote[lang]
  );
  const aov = line(2, L.BRIDGE.aov[lang], link(t.AOV), ctx.money2, L.BRIDGE.aovNote[lang]);
  const forecast = line(
    3,
    L.BRIDGE.forecast[lang],
    `=IF(OR(${visitors}="",${rate}="",${aov}=""),"",${visitors}*${rate}*${aov})`,
    ctx.money,
    L.BRIDGE.forecastNote[lang],
    true
  );
  const target = line(4, L.BRIDGE.target[lang], link(t.GMV), ctx.money, L.BRIDGE.targetNote[lang]);
  const gap = line(
    5,
    L.BRIDGE.gap[lang],
    `=IF(OR(${forecast}="",${target}=""),"",${target}-${forecast})`,
    ctx.money,
    L.BRIDGE.gapNote[lang],
    true
  );
  const needed = line(
    6,
    L.BRIDGE.needed[lang],
    `=IF(OR(${target}="",${rate}="",${aov}=""),"",IFERROR(ROUND(${target}/(${rate}*${aov}),0),""))`,
    FORMATS.integer,
    L.BRIDGE.neededNote[lang],
    true
  );
  const extra = line(
    7,
    L.BRIDGE.extra[lang],
    `=IF(OR(${needed}="",${visitors}=""),"",MAX(0,${needed}-${visitors}))`,
    FORMATS.integer,
    L.BRIDGE.extraNote[lang]
  );
  b.conditional({
    range: gap,
    type: "expression",
    formula: `=AND(${gap}<>"",${gap}>0)`,
    style: { fill: COLOURS.bad, font: { color: COLOURS.badText, bold: true } },
  });
  b.conditional({
    range: gap,
    type: "expression",
    formula: `=AND(${gap}<>"",${gap}<=0)`,
    style: { fill: COLOURS.good, font: { color: COLOURS.goodText, bold: true } },
  });
  b.defineName("ForecastGMV", forecast);
  b.defineName("GMVGap", gap);
  b.defineName("VisitorsNeeded", needed);
  b.defineName("ExtraVisitorsNeeded", extra);
  return r + 9;
}

function audience(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  b.section(row, sectionTitle(4, L.PLAN_SECTIONS.audience, lang));
  const h = inLanguage(L.AUDIENCE_HEADERS, lang);
  b.headers(1, row + 1, [h[0], h[1], h[2], h[3], [h[4], 3], [h[5], 3]]);
  const first = row + 2;
  const last = first + L.SEGMENTS.length - 1;
  const sizes = `$C$${first}:$C$${last}`;
  L.SEGMENTS.forEach((segment, i) => {
    const r = first + i;
    const planned = DEMO_AUDIENCE[i];
    b.input(1, r, segment[lang]);
    b.input(2, r, demo(ctx, planned.profile[lang]));
    b.input(3, r, demo(ctx, planned.size), { format: FORMATS.integer });
    b.formula(4, r, `=IF(OR(C${r}="",SUM(${sizes})=0),"",C${r}/SUM(${sizes}))`, {
      format: FORMATS.percent,
    });
    b.input(5, r, demo(ctx, planned.strategy[lang]), { spanTo: 7 });
    b.input(8, r, demo(ctx, planned.offer[lang]), { spanTo: 10 });
    b.rowHeight(r, 30);
  });
  const total = last + 1;
  b.label(1, total, TOTAL[lang], { spanTo: 2 });
  b.formula(3, total, `=SUM(${sizes})`, { format: FORMATS.integer });
  b.formula(4, total, `=IF(SUM(${sizes})=0,"",SUM(D${first}:D${last}))`, {
    format: FORMATS.percent,
  });
  b.validation({ range: rangeAt(3, first, 3, last), type: "whole", min: 0 });
  b.defineName("AudienceTotal", cellAt(3, total));
  return total + 2;
}

function mechanics(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  b.section(row, sectionTitle(5, L.PLAN_SECTIONS.mechanics, lang));
  const h = inLanguage(L.MECHANICS_HEADERS, lang);
  b.headers(1, row + 1, [...h.slice(0, 6), [h[6], 4]]);
  const first = row + 2;
  const rows = DEMO_MECHANICS.length + 1;
  for (let i = 0; i < rows; i++) {
    const r = first + i;
    const planned = ctx.p.demo ? DEMO_MECHANICS[i] : undefined;
    b.input(1, r, planned ? L.PROMOTION_TYPES[planned.type][lang] : undefined);
    b.input(2, r, planned?.rule[lang]);
    b.input(3, r, planned?.threshold, { format: ctx.money2 });
    b.input(4, r, planned?.discount, { format: ctx.money2 });
    b.formula(5, r, `=IF(OR(C${r}="",D${r}=""),"",IFERROR(D${r}/C${r},""))`, {
      format: FORMATS.percent,
    });
    b.formula(
      6,
      r,
      `=IF(OR(E${r}="",${ctx.margin}=""),"",IF(E${r}>=${ctx.margin},"${L.NEVER_BREAKS_EVEN[lang]}",E${r}/(${ctx.margin}-E${r})))`,
      { format: FORMATS.percent, style: { ...STYLES.computed, horizontal: "right" } }
    );
    b.input(7, r, planned?.scope[lang], { spanTo: 10 });
  }
  const last = first + rows - 1;
  b.dropdown(rangeAt(1, first, 1, last), inLanguage(L.PROMOTION_TYPES, lang));
  b.validation({ range: rangeAt(3, first, 4, last), type: "decimal", min: 0 });
  b.conditional({
    range: rangeAt(6, first, 6, last),
    type: "expression",
    formula: `=F${first}="${L.NEVER_BREAKS_EVEN[lang]}"`,
    style: { fill: COLOURS.bad, font: { color: COLOURS.badText } },
  });
  b.defineName("EffectiveDiscounts", rangeAt(5, first, 5, last));
  b.defineName("BreakEvenLifts", rangeAt(6, first, 6, last));
  b.note(last + 1, L.MECHANICS_NOTE[lang], 1, LAST, 32);
  return last + 3;
}

function channels(ctx: Context, row: number): number {
  const { b, p, lang } = ctx;
  b.pageBreakBefore(row);
  b.section(row, sectionTitle(6, L.PLAN_SECTIONS.channels, lang));
  const header = row + 1;
  b.headers(1, header, inLanguage(L.CHANNEL_HEADERS, lang));
  const first = header + 1;
  const count = p.channels.length + SPARE_CHANNEL_ROWS;
  const last = first + count - 1;
  for (let i = 0; i < count; i++) {
    const r = first + i;
    const value = p.channels[i];
    const known = value === undefined ? undefined : findChannel(value);
    const planned = value === undefined ? undefined : DEMO_CHANNELS[value];
    b.input(1, r, value === undefined ? undefined : (known?.label[lang] ?? value));
    b.input(2, r, demo(ctx, planned?.plan[lang]));
    b.input(3, r, known ? L.TRAFFIC_TYPES[known.traffic][lang] : undefined, {
      style: { ...STYLES.input, horizontal: "center" },
    });
    b.input(4, r, demo(ctx, planned?.budget), { format: ctx.money });
    b.formula(5, r, `=IF(D${r}="","",IFERROR(D${r}/${ctx.budget},""))`, {
      format: FORMATS.percent,
    });
    b.input(6, r, demo(ctx, planned?.roas), { format: FORMATS.ratio });
    b.formula(7, r, `=IF(OR(D${r}="",F${r}=""),"",D${r}*F${r})`, { format: ctx.money });
    b.formula(
      8,
      r,
      `=IF(OR(G${r}="",${ctx.margin}=""),"",IFERROR((G${r}*${ctx.margin}-D${r})/D${r},""))`,
      {
        format: FORMATS.ratio,
      }
    );
  }
  const total = last + 1;
  const totalStyle = { ...STYLES.keyResult, font: { ...STYLES.keyResult.font, size: 11 } };
  b.label(1, total, TOTAL[lang]);
  for (let c = 2; c <= 3; c++) b.blank(c, total, STYLES.label);
  const budgets = `D${first}:D${last}`;
  const sum = b.formula(4, total, `=SUM(${budgets})`, { format: ctx.money, style: totalStyle });
  b.formula(5, total, `=IFERROR(D${total}/${ctx.budget},"")`, {
    format: FORMATS.percent,
    style: totalStyle,
  });
  const roas = b.formula(6, total, `=IFERROR(G${total}/D${total},"")`, {
    format: FORMATS.ratio,
    style: totalStyle,
  });
  const revenue = b.formula(7, total, `=SUM(G${first}:G${last})`, {
    format: ctx.money,
    style: totalStyle,
  });
  const roi = b.formula(
    8,
    total,
    `=IF(${ctx.margin}="","",IFERROR((G${total}*${ctx.margin}-D${total})/D${total},""))`,
    {
      format: FORMATS.ratio,
      style: totalStyle,
    }
  );
  b.table({
    name: "ChannelBudget",
    range: rangeAt(1, header, 8, total),
    style: "TableStyleLight9",
    totalsRow: true,
  });
  b.dropdown(rangeAt(3, first, 3, last), inLanguage(Object.values(L.TRAFFIC_TYPES), lang));
  b.validation({ range: rangeAt(4, first, 4, last), type: "decimal", min: 0 });
  b.validation({ range: rangeAt(6, first, 6, last), type: "decimal", min: 0 });

  const check = total + 1;
  b.label(1, check, L.BUDGET_CHECK.label[lang]);
  const difference = b.formula(2, check, `=IF(${ctx.budget}="","",${sum}-${ctx.budget})`, {
    format: ctx.money,
    style: STYLES.keyResult,
  });
  const over = `"${L.BUDGET_CHECK.over[lang]}${ctx.sign}"&TEXT(${difference},"#,##0.00")`;
  const under = `"${L.BUDGET_CHECK.under[lang]}${ctx.sign}"&TEXT(-${difference},"#,##0.00")`;
  const message = b.formula(
    3,
    check,
    `=IF(${difference}="","",IF(ROUND(${difference},2)=0,"${L.BUDGET_CHECK.ok[lang]}",IF(${difference}>0,${over},${under})))`,
    { spanTo: 8, style: STYLES.keyResult }
  );
  const checkRange = rangeAt(2, check, 8, check);
  const diff = absolute(difference);
  b.conditional({
    range: checkRange,
    type: "expression",
    formula: `=AND(${diff}<>"",ROUND(${diff},2)<>0)`,
    style: { fill: COLOURS.critical, font: { color: COLOURS.white, bold: true } },
  });
  b.conditional({
    range: checkRange,
    type: "expression",
    formula: `=AND(${diff}<>"",ROUND(${diff},2)=0)`,
    style: { fill: COLOURS.good, font: { color: COLOURS.goodText, bold: true } },
  });
  b.rowHeight(check, 22);
  b.note(check + 1, L.BUDGET_CHECK.note[lang], 1, LAST, 20);

  b.defineName("ChannelBudgets", budgets);
  b.defineName("ChannelRevenues", `G${first}:G${last}`);
  b.defineName("ChannelROIs", `H${first}:H${last}`);
  b.defineName("ChannelBudgetTotal", sum);
  b.defineName("ExpectedRevenue", revenue);
  b.defineName("BlendedROAS", roas);
  b.defineName("ExpectedROI", roi);
  b.defineName("BudgetDifference", difference);
  b.defineName("BudgetCheck", message);
  return check + 3;
}

/** Phase dates: the demo's, else the campaign split roughly 45% warm-up / 45% main / 10% encore. */
function phaseDates(p: CampaignPlanParams): { start?: string; end?: string }[] {
  if (p.demo) return DEMO_PHASES.map(({ start, end }) => ({ start, end }));
  const days = daysInclusive(p.start, p.end);
  if (days < 3) return [{}, { start: p.start, end: p.end }, {}];
  const encore = Math.max(1, Math.round(days * 0.1));
  const warmUp = Math.max(1, Math.round(days * 0.45));
  const shift = (offset: number) => {
    const date = new Date(`${p.start}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + offset);
    return date.toISOString().slice(0, 10);
  };
  return [
    { start: p.start, end: shift(warmUp - 1) },
    { start: shift(warmUp), end: shift(days - encore - 1) },
    { start: shift(days - encore), end: p.end },
  ];
}

const PHASE_COLOURS = ["#F4B183", "#E06666", "#9DC3E6"];

function timeline(ctx: Context, row: number): number {
  const { b, p, lang } = ctx;
  b.section(row, sectionTitle(7, L.PLAN_SECTIONS.timeline, lang));
  const header = row + 1;
  const h = inLanguage(L.TIMELINE_HEADERS, lang);
  b.headers(1, header, [...h.slice(0, 6), [h[6], 4]]);
  const first = header + 1;
  const last = first + L.PHASES.length - 1;
  const dates = phaseDates(p);
  L.PHASES.forEach((phase, i) => {
    const r = first + i;
    const planned = DEMO_PHASES[i];
    b.label(1, r, phase[lang]);
    b.input(2, r, demo(ctx, planned.actions[lang]));
    b.input(3, r, dates[i].start === undefined ? undefined : dateSerial(dates[i].start), {
      format: FORMATS.date,
    });
    b.input(4, r, dates[i].end === undefined ? undefined : dateSerial(dates[i].end), {
      format: FORMATS.date,
    });
    b.formula(5, r, `=IF(OR(C${r}="",D${r}=""),"",D${r}-C${r}+1)`, { format: FORMATS.integer });
    b.input(6, r, demo(ctx, planned.owner[lang]));
    b.input(7, r, demo(ctx, planned.notes[lang]), { spanTo: 10 });
    b.rowHeight(r, 30);
  });
  b.validation({ range: rangeAt(3, first, 4, last), type: "date" });

  // The calendar: one column per day (or per `step` days), right of the main grid.
  const days = daysInclusive(p.start, p.end);
  const step = Math.ceil(days / MAX_CALENDAR_COLUMNS);
  const columns = Math.ceil(days / step);
  const firstDay = b.extraColumns(columns, CALENDAR_COLUMN_WIDTH);
  const lastDay = firstDay + columns - 1;
  const dayStyle = { ...STYLES.header, font: { ...STYLES.header.font, size: 9 } };
  const monthStyle = { ...STYLES.section, font: { ...STYLES.section.font, size: 9 }, indent: 0 };
  const monthFormat = lang === "zh-CN" ? 'm"月"' : "mmm";
  for (let c = firstDay; c <= lastDay; c++) {
    const day = cellAt(c, header);
    const previous = cellAt(c - 1, header);
    const dayFormula =
      c === firstDay
        ? `=IF(${ctx.start}="","",${ctx.start})`
        : `=IF(${previous}="","",IF(${previous}+${step}>${ctx.end},"",${previous}+${step}))`;
    b.formula(c, header, dayFormula, { format: "d", style: dayStyle });
    const monthFormula =
      c === firstDay
        ? `=IF(${day}="","",${day})`
        : `=IF(${day}="","",IF(TEXT(${day},"yyyymm")<>TEXT(${previous},"yyyymm"),${day},""))`;
    b.formula(c, row, monthFormula, { format: monthFormat, style: monthStyle });
    for (let r = first; r <= last; r++) b.blank(c, r, { border: "#D9D9D9" });
  }
  const dayRef = `${columnLetter(firstDay)}$${header}`;
  L.PHASES.forEach((_, i) => {
    const r = first + i;
    b.conditional({
      range: rangeAt(firstDay, r, lastDay, r),
      type: "expression",
      formula: `=AND(${dayRef}<>"",$C${r}<>"",$D${r}<>"",${dayRef}+${step - 1}>=$C${r},${dayRef}<=$D${r})`,
      style: { fill: PHASE_COLOURS[i] },
    });
  });
  b.conditional({
    range: rangeAt(firstDay, header, lastDay, header),
    type: "expression",
    formula: `=AND(${dayRef}<>"",${dayRef}<=TODAY(),TODAY()<${dayRef}+${step})`,
    style: { fill: COLOURS.critical, font: { color: COLOURS.white, bold: true } },
  });
  b.defineName("PhaseDays", `E${first}:E${last}`);
  b.note(last + 1, L.TIMELINE_NOTE[lang], 1, LAST, 18);
  return last + 3;
}

function readiness(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  b.section(row, sectionTitle(8, L.PLAN_SECTIONS.readiness, lang));
  const h = inLanguage(L.READINESS_HEADERS, lang);
  b.headers(1, row + 1, [...h.slice(0, 5), [h[5], 5]]);
  const first = row + 2;
  const last = first + L.READINESS_AREAS.length - 1;
  const statuses = inLanguage(L.READINESS_STATUSES, lang);
  L.READINESS_AREAS.forEach((area, i) => {
    const r = first + i;
    const planned = DEMO_READINESS[i];
    b.label(1, r, area[lang]);
    b.input(2, r, demo(ctx, planned.plan[lang]));
    b.input(3, r, demo(ctx, planned.owner[lang]));
    b.input(4, r, ctx.p.demo ? statuses[planned.status] : statuses[0], {
      style: { ...STYLES.input, horizontal: "center" },
    });
    b.input(5, r, ctx.p.demo ? dateSerial(planned.due) : undefined, { format: FORMATS.date });
    b.input(6, r, undefined, { spanTo: 10 });
    b.rowHeight(r, 30);
  });
  const status = rangeAt(4, first, 4, last);
  b.dropdown(status, statuses);
  b.validation({ range: rangeAt(5, first, 5, last), type: "date" });
  const colours = [
    { fill: COLOURS.bad, font: { color: COLOURS.badText } },
    { fill: COLOURS.warn, font: { color: COLOURS.warnText } },
    { fill: COLOURS.good, font: { color: COLOURS.goodText } },
  ];
  statuses.forEach((label, i) =>
    b.conditional({
      range: status,
      type: "expression",
      formula: `=D${first}="${label}"`,
      style: colours[i],
    })
  );
  const total = last + 1;
  b.label(1, total, L.READY_COUNT[lang]);
  const ready = b.formula(2, total, `=COUNTIF(${status},"${statuses[2]}")`, {
    format: `0" / ${L.READINESS_AREAS.length}"`,
    style: { ...STYLES.keyResult, horizontal: "left" },
  });
  b.defineName("ReadyCount", ready);
  return total + 2;
}

function risks(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  b.pageBreakBefore(row);
  b.section(row, sectionTitle(9, L.PLAN_SECTIONS.risks, lang));
  b.headers(1, row + 1, inLanguage(L.RISK_HEADERS, lang));
  const first = row + 2;
  const rows = DEMO_RISKS.length + 1;
  const last = first + rows - 1;
  const level = L.RISK_LEVELS;
  for (let i = 0; i < rows; i++) {
    const r = first + i;
    const planned = ctx.p.demo ? DEMO_RISKS[i] : undefined;
    const centred = { ...STYLES.input, horizontal: "center" as const };
    b.input(1, r, planned ? L.RISK_CATEGORIES[planned.category][lang] : undefined);
    b.input(2, r, planned?.description[lang]);
    b.input(3, r, planned?.likelihood, { style: centred });
    b.input(4, r, planned?.impact, { style: centred });
    b.formula(5, r, `=IF(OR(C${r}="",D${r}=""),"",C${r}*D${r})`, {
      style: { ...STYLES.computed, horizontal: "center" },
    });
    b.formula(
      6,
      r,
      `=IF(E${r}="","",IF(E${r}>=20,"${level.critical[lang]}",IF(E${r}>=10,"${level.high[lang]}",IF(E${r}>=5,"${level.medium[lang]}","${level.low[lang]}"))))`,
      { style: { ...STYLES.computed, horizontal: "center" } }
    );
    b.input(7, r, planned ? L.RISK_RESPONSES[planned.response][lang] : undefined, {
      style: centred,
    });
    b.input(8, r, planned?.owner[lang]);
    b.input(9, r, planned?.indicator[lang]);
    b.input(10, r, planned?.contingency[lang]);
    b.rowHeight(r, 30);
  }
  b.dropdown(rangeAt(1, first, 1, last), inLanguage(L.RISK_CATEGORIES, lang));
  b.validation({ range: rangeAt(3, first, 4, last), type: "whole", min: 1, max: 5, prompt: "1–5" });
  b.dropdown(rangeAt(7, first, 7, last), inLanguage(L.RISK_RESPONSES, lang));
  const levelStyles: [
    keyof typeof level,
    { fill: string; font: { color: string; bold?: boolean } },
  ][] = [
    ["critical", { fill: COLOURS.critical, font: { color: COLOURS.white, bold: true } }],
    ["high", { fill: COLOURS.bad, font: { color: COLOURS.badText, bold: true } }],
    ["medium", { fill: COLOURS.warn, font: { color: COLOURS.warnText } }],
    ["low", { fill: COLOURS.good, font: { color: COLOURS.goodText } }],
  ];
  for (const [key, style] of levelStyles) {
    b.conditional({
      range: rangeAt(5, first, 6, last),
      type: "expression",
      formula: `=$F${first}="${level[key][lang]}"`,
      style,
    });
  }
  const summary = last + 1;
  b.label(1, summary, L.RISK_SUMMARY[lang]);
  const levels = `F${first}:F${last}`;
  const names: Record<keyof typeof level, string> = {
    critical: "CriticalRiskCount",
    high: "HighRiskCount",
    medium: "MediumRiskCount",
    low: "LowRiskCount",
  };
  levelStyles.forEach(([key, style], i) => {
    const column = 3 + i * 2;
    b.label(column, summary, level[key][lang], {
      style: { ...STYLES.label, ...style, horizontal: "center" },
    });
    const count = b.formula(column + 1, summary, `=COUNTIF(${levels},"${level[key][lang]}")`, {
      style: { ...STYLES.keyResult, horizontal: "center" },
    });
    b.defineName(names[key], count);
  });
  b.defineName("RiskScores", `E${first}:E${last}`);
  b.defineName("RiskLevels", levels);
  b.note(summary + 1, L.RISK_NOTE[lang], 1, LAST, 18);
  return summary + 3;
}

function roles(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  b.section(row, sectionTitle(10, L.PLAN_SECTIONS.roles, lang));
  b.note(row + 1, L.RACI_NOTE[lang], 1, LAST, 18);
  const header = row + 2;
  b.headers(1, header, [
    L.RACI_HEADERS.workstream[lang],
    L.RACI_HEADERS.scope[lang],
    ...inLanguage(L.RACI_ROLES, lang),
    L.RACI_HEADERS.check[lang],
    L.RACI_HEADERS.notes[lang],
  ]);
  const first = header + 1;
  const last = first + L.RACI_WORKSTREAMS.length - 1;
  const lastRole = 2 + L.RACI_ROLES.length;
  const roleLetter = columnLetter(lastRole);
  L.RACI_WORKSTREAMS.forEach((workstream, i) => {
    const r = first + i;
    b.input(1, r, workstream.name[lang]);
    b.input(2, r, workstream.scope[lang]);
    L.RACI_ROLES.forEach((_, j) =>
      b.input(3 + j, r, demo(ctx, DEMO_RACI[i][j]), {
        style: { ...STYLES.input, horizontal: "center" },
      })
    );
    const grid = `C${r}:${roleLetter}${r}`;
    b.formula(
      lastRole + 1,
      r,
      `=IF(COUNTA(${grid})=0,"",IF(COUNTIF(${grid},"A")=1,"${L.RACI_CHECK.ok[lang]}","${L.RACI_CHECK.bad[lang]}"))`,
      { style: { ...STYLES.computed, horizontal: "center" } }
    );
    b.input(lastRole + 2, r);
  });
  const grid = rangeAt(3, first, lastRole, last);
  b.dropdown(grid, ["R", "A", "C", "I"]);
  b.conditional({
    range: grid,
    type: "expression",
    formula: `=C${first}="A"`,
    style: { fill: COLOURS.header, font: { bold: true, color: COLOURS.title } },
  });
  const checkColumn = columnLetter(lastRole + 1);
  b.conditional({
    range: rangeAt(lastRole + 1, first, lastRole + 1, last),
    type: "expression",
    formula: `=AND(${checkColumn}${first}<>"",${checkColumn}${first}<>"${L.RACI_CHECK.ok[lang]}")`,
    style: { fill: COLOURS.bad, font: { color: COLOURS.badText } },
  });
  b.defineName("RaciChecks", rangeAt(lastRole + 1, first, lastRole + 1, last));
  return last + 2;
}

function evaluation(ctx: Context, row: number): number {
  const { b, lang } = ctx;
  b.section(row, sectionTitle(11, L.PLAN_SECTIONS.evaluation, lang));
  const h = inLanguage(L.EVALUATION_HEADERS, lang);
  b.headers(1, row + 1, [...h.slice(0, 4), [h[4], 6]]);
  const first = row + 2;
  const cadences = inLanguage(L.CADENCES, lang);
  L.EVALUATION_ROWS.forEach((item, i) => {
    const r = first + i;
    b.input(1, r, item.metric[lang]);
    b.input(2, r, item.source[lang]);
    b.input(3, r, cadences[item.cadence], { style: { ...STYLES.input, horizontal: "center" } });
    b.input(4, r, demo(ctx, DEMO_EVALUATION_OWNERS[i][lang]));
    b.input(5, r, item.method[lang], { spanTo: 10 });
  });
  const last = first + L.EVALUATION_ROWS.length - 1;
  b.dropdown(rangeAt(3, first, 3, last), cadences);
  return last + 1;
}

/** The campaign-plan sheet for `params` (demo: every input filled with the 双11 example). */
export function buildCampaignPlan(params: CampaignPlanParams): SheetSpec {
  const lang = params.language;
  const b = new SheetBuilder(
    cleanSheetName(`${L.PLAN_SHEET_PREFIX[lang]} - ${params.name}`),
    lang,
    [...COLUMN_WIDTHS]
  );
  const ctx: Context = {
    b,
    p: params,
    lang,
    money: moneyFormat(params.currency),
    money2: moneyFormat(params.currency, 2),
    sign: currencySign(params.currency),
    margin: absolute(PLAN_CELLS.margin),
    budget: absolute(PLAN_CELLS.budget),
    start: absolute(PLAN_CELLS.start),
    end: absolute(PLAN_CELLS.end),
  };
  b.titleAndLegend(`${L.PLAN_TITLE[lang]}${lang === "zh-CN" ? "：" : ": "}${params.name}`);
  const sections = [
    overview,
    objectives,
    bridge,
    audience,
    mechanics,
    channels,
    timeline,
    readiness,
    risks,
    roles,
    evaluation,
  ];
  sections.reduce((row, section) => section(ctx, row), 4);
  return b.build();
}
