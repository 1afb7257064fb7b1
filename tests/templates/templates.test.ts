/**
 * Both templates × both languages, evaluated in HyperFormula: no formula cell is an error (demo inputs and
 * blank inputs), the key cells equal the hand-computed values of tests/helpers/demo-expectations.ts, every
 * formula (cells and conditional formats) calls only the portable functions of spec §1.1, every section of
 * spec §2/§3 is present in order, and the checks react to changed inputs (budget check, risk levels, KPI
 * status thresholds, plan linking).
 */
import type { Language } from "../../src/functions/language";
import { PLAN_CELLS } from "../../src/templates/campaign-plan";
import { PLAN_SECTIONS } from "../../src/templates/labels/campaign-plan";
import { sectionTitle } from "../../src/templates/labels/common";
import { REVIEW_SECTIONS } from "../../src/templates/labels/kpi-review";
import type { CampaignPlanParams, KpiReviewParams } from "../../src/templates";
import { buildTemplate, demoParams } from "../../src/templates";
import type { SheetSpec } from "../../src/templates/sheet-spec";
import { expectValue, expectedPlan, expectedReview } from "../helpers/demo-expectations";
import { PORTABLE_FUNCTIONS, functionsIn } from "../helpers/formula-functions";
import { loadSheetSpecs } from "../helpers/sheet-spec-hyperformula";

const LANGUAGES: Language[] = ["zh-CN", "en-US"];

const plan = (lang: Language, changes: Partial<CampaignPlanParams> = {}): SheetSpec =>
  buildTemplate("campaign-plan", {
    ...(demoParams("campaign-plan", lang) as CampaignPlanParams),
    ...changes,
  });
const review = (lang: Language, changes: Partial<KpiReviewParams> = {}): SheetSpec =>
  buildTemplate("kpi-review", {
    ...(demoParams("kpi-review", lang) as KpiReviewParams),
    ...changes,
  });

/** The value of a defined name (a cell, or a column range as an array). */
function namedValue(sheets: ReturnType<typeof loadSheetSpecs>, spec: SheetSpec, name: string) {
  const ref = spec.names.find((n) => n.name === name)?.ref;
  if (!ref) throw new Error(`${spec.name} has no name ${name}`);
  return ref.includes(":") ? sheets.namedRange(spec.name, name) : sheets.named(spec.name, name);
}

/** Every formula of a spec: cells and conditional formats. */
function formulas(spec: SheetSpec): string[] {
  return [
    ...spec.cells.flatMap((c) => (c.formula ? [c.formula] : [])),
    ...spec.conditionalFormats.flatMap((f) => (f.type === "expression" ? [f.formula] : [])),
  ];
}

/** Text values in sheet order (row, then column). */
function textsInOrder(spec: SheetSpec): string[] {
  const key = (address: string) => {
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
    return Number(row) * 1000 + [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  };
  return [...spec.cells]
    .filter((c) => typeof c.value === "string")
    .sort((a, b) => key(a.address) - key(b.address))
    .map((c) => c.value as string);
}

describe.each(LANGUAGES)("campaign plan (%s)", (lang) => {
  const spec = plan(lang);

  test("demo: no formula cell evaluates to an error", () => {
    expect(loadSheetSpecs([spec]).errors()).toEqual([]);
  });

  test("demo: key cells equal the hand-computed values", () => {
    const sheets = loadSheetSpecs([spec]);
    for (const [name, expected] of Object.entries(expectedPlan(lang))) {
      expectValue(namedValue(sheets, spec, name), expected, name);
    }
  });

  test("blank inputs (no demo), many channels and a 90-day campaign: still no error", () => {
    const channels = [
      "直通车",
      "引力魔方",
      "万相台",
      "淘宝客",
      "抖音",
      "快手",
      "小红书",
      "微信私域",
      "微博",
      "B站",
      "直播",
      "搜索",
      "自播间",
    ];
    const blank = plan(lang, { demo: false, channels, start: "2025-09-01", end: "2025-11-29" });
    expect(loadSheetSpecs([blank]).errors()).toEqual([]);
    expect(blank.columnWidths.length).toBe(10 + 30); // 90 days at 3 days per calendar column
  });

  test("formulas use only the portable functions of spec §1.1", () => {
    const used = new Set(formulas(spec).flatMap(functionsIn));
    expect([...used].filter((f) => !PORTABLE_FUNCTIONS.has(f))).toEqual([]);
    expect(used.has("IF")).toBe(true);
  });

  test("every section of spec §2 is present, in order", () => {
    const texts = textsInOrder(spec);
    const titles = Object.values(PLAN_SECTIONS).map((title, i) => sectionTitle(i + 1, title, lang));
    const positions = titles.map((title) => texts.indexOf(title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test("objective targets and the margin sit at the fixed addresses a KPI review links to", () => {
    const names = Object.fromEntries(spec.names.map((n) => [n.name, n.ref]));
    expect(names.TargetGMV).toBe(PLAN_CELLS.targets.GMV);
    expect(names.TargetROI).toBe(PLAN_CELLS.targets.ROI);
    expect(names.GrossMargin).toBe(PLAN_CELLS.margin);
    expect(names.TotalBudget).toBe(PLAN_CELLS.budget);
    expect(
      plan(lang, { channels: ["抖音"], demo: false }).names.find((n) => n.name === "TargetCAC")?.ref
    ).toBe(PLAN_CELLS.targets.CAC);
  });

  test("budget check: channel budgets above the total turn the check red and say by how much", () => {
    const sheets = loadSheetSpecs([spec]);
    const budgets = spec.names.find((n) => n.name === "ChannelBudgets")!.ref.split(":")[0]; // first channel row
    sheets.set(spec.name, budgets, 160000); // 150,000 → 160,000: channels now total 510,000
    expect(sheets.named(spec.name, "BudgetDifference")).toBe(10000);
    const message = String(sheets.named(spec.name, "BudgetCheck"));
    expect(
      message.startsWith(
        lang === "zh-CN"
          ? "✗ 渠道预算合计超出总预算 ¥"
          : "✗ Channel budgets exceed the total budget by ¥"
      )
    ).toBe(true);
    sheets.set(spec.name, budgets, 140000); // channels total 490,000
    expect(sheets.named(spec.name, "BudgetDifference")).toBe(-10000);
    const red = spec.conditionalFormats.find(
      (f) => f.type === "expression" && f.formula.includes("<>0") && f.range.startsWith("B")
    );
    expect(red && red.type === "expression" && red.style.fill).toBe("#C00000");
  });

  test("risk level thresholds: <5 low, 5–9 medium, 10–19 high, ≥20 critical", () => {
    const sheets = loadSheetSpecs([spec]);
    const [first] = spec.names.find((n) => n.name === "RiskScores")!.ref.split(":");
    const row = Number(first.slice(1));
    const levels = expectedPlan(lang).RiskLevels as string[];
    const [high, medium, critical, low] = [levels[0], levels[1], levels[5], levels[6]];
    const cases: [number, number, string][] = [
      [1, 4, low],
      [1, 5, medium],
      [3, 3, medium],
      [2, 5, high],
      [4, 4, high],
      [4, 5, critical],
      [5, 5, critical],
    ];
    for (const [likelihood, impact, level] of cases) {
      sheets.set(spec.name, `C${row}`, likelihood);
      sheets.set(spec.name, `D${row}`, impact);
      expect([likelihood * impact, sheets.value(spec.name, `F${row}`)]).toEqual([
        likelihood * impact,
        level,
      ]);
    }
  });

  test("user text is data: names starting with = + - @ are values, never formulas", () => {
    for (const name of ["=1+1", "+1", "-1", "@SUM(A1)"]) {
      const injected = plan(lang, { name, theme: name, owner: name });
      const cell = injected.cells.find((c) => c.address === PLAN_CELLS.name)!;
      expect(cell).toMatchObject({ value: name });
      expect(cell.formula).toBeUndefined();
      if (name.length > 2)
        expect(injected.cells.filter((c) => c.formula?.includes(name))).toEqual([]);
      expect(loadSheetSpecs([injected]).value(injected.name, PLAN_CELLS.name)).toBe(name);
    }
  });
});

describe.each(LANGUAGES)("KPI review (%s)", (lang) => {
  const spec = review(lang);

  test("demo: no formula cell evaluates to an error", () => {
    expect(loadSheetSpecs([spec]).errors()).toEqual([]);
  });

  test("demo: key cells equal the hand-computed values", () => {
    const sheets = loadSheetSpecs([spec]);
    for (const [name, expected] of Object.entries(expectedReview(lang))) {
      expectValue(namedValue(sheets, spec, name), expected, name);
    }
  });

  test("blank inputs (no demo): no error, no attainment, counts are zero", () => {
    const blank = review(lang, { demo: false });
    const sheets = loadSheetSpecs([blank]);
    expect(sheets.errors()).toEqual([]);
    expect(sheets.named(blank.name, "OverallAttainment")).toBe("");
    expect(sheets.named(blank.name, "OnTrackCount")).toBe(0);
    expect(sheets.named(blank.name, "WeightTotal")).toBeCloseTo(1, 12);
  });

  test("formulas use only the portable functions of spec §1.1", () => {
    const used = new Set(formulas(spec).flatMap(functionsIn));
    expect([...used].filter((f) => !PORTABLE_FUNCTIONS.has(f))).toEqual([]);
  });

  test("every section of spec §3 is present, in order", () => {
    const texts = textsInOrder(spec);
    const titles = Object.values(REVIEW_SECTIONS).map((title, i) =>
      sectionTitle(i + 1, title, lang)
    );
    const positions = titles.map((title) => texts.indexOf(title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test("status thresholds are the two input cells", () => {
    const sheets = loadSheetSpecs([spec]);
    const threshold = spec.names.find((n) => n.name === "AtRiskThreshold")!.ref;
    sheets.set(spec.name, threshold, 0.95);
    // at risk needs ≥ 95% now: 0.909 (inventory days) falls to off track; 0.9595, 0.9625, 0.9545, 0.95 stay
    expect([
      sheets.named(spec.name, "AtRiskCount"),
      sheets.named(spec.name, "OffTrackCount"),
    ]).toEqual([4, 4]);
  });

  test("linked to a plan: targets and margin arrive by cross-sheet formula", () => {
    const linkedPlan = plan(lang);
    const linked = review(lang, { planSheet: linkedPlan.name, demo: true });
    linked.name = `${linked.name} linked`;
    const gmvRow = 15; // GMV is the 4th KPI (rows 12…)
    const target = linked.cells.find((c) => c.address === `F${gmvRow}`)!;
    expect(target.formula).toBe(
      `=IF('${linkedPlan.name.replace(/'/g, "''")}'!$F$12="","",'${linkedPlan.name.replace(/'/g, "''")}'!$F$12)`
    );
    const sheets = loadSheetSpecs([linkedPlan, linked]);
    expect(sheets.errors()).toEqual([]);
    for (const [name, expected] of Object.entries(expectedReview(lang))) {
      expectValue(namedValue(sheets, linked, name), expected, name);
    }
    sheets.set(linkedPlan.name, PLAN_CELLS.targets.GMV, 6237000); // the plan's GMV target now equals the actual
    expect(sheets.value(linked.name, `I${gmvRow}`)).toBe(1);
    sheets.set(linkedPlan.name, PLAN_CELLS.margin, 0.5);
    expect(sheets.named(linked.name, "ActualROI")).toBeCloseTo(
      (2620000 * 0.5 - 505000) / 505000,
      9
    );
  });

  test("user text is data: a title starting with = stays text", () => {
    const injected = review(lang, { title: "=1+1" });
    expect(injected.cells.find((c) => c.address === "A1")?.value).toMatch(/=1\+1$/);
    expect(injected.cells.filter((c) => c.formula?.includes("=1+1"))).toEqual([]);
  });
});
