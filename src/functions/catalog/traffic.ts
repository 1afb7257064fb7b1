/**
 * Worksheet functions: traffic and conversion (spec §2).
 * Each function is a thin wrapper: Excel arguments → elementwise/column evaluation → metrics.
 */
import {
  abTest,
  conversionInterval,
  conversionRate,
  IntervalMethod,
  parseIntervalMethod,
} from "../../metrics/conversion";
import { badNumber, DomainError, notAvailable } from "../../metrics/errors";
import { funnel as funnelTable, FUNNEL_COLUMNS } from "../../metrics/funnel";
import { aov, cpa, cpc, cpm, ctr, gmv, gmvSolve } from "../../metrics/traffic";
import { isBlankCell, readNumberCell, readTextCell } from "../cells";
import { perEntry, readVector, requireSameLength } from "../columns";
import { elementwise } from "../elementwise";
import { asExcelFunction, toExcelError } from "../excel-errors";
import { AB_TEST_LABELS } from "../labels/conversion";
import { FUNNEL_LABELS } from "../labels/funnel";
import { Language, readLanguage } from "../language";
import { ResultCell } from "../matrix";
import { readNumberOption, singleCell } from "../options";

/** A computed table value as a cell: a finite number or a boolean, else the error (DomainError → Excel error). */
function tableCell(value: number | boolean | DomainError): ResultCell {
  if (value instanceof DomainError) return toExcelError(value);
  if (typeof value === "number" && !Number.isFinite(value))
    return toExcelError(badNumber("The result is too large or undefined for these inputs."));
  return value;
}

/** The confidence option: blank → 0.95; #NUM! unless strictly between 0 and 1. */
function readConfidence(arg: unknown): number {
  const confidence = readNumberOption(arg, "confidence", 0.95);
  if (!(confidence > 0 && confidence < 1))
    throw badNumber(`confidence must be between 0 and 1, e.g. 0.95 (got ${confidence}).`);
  return confidence;
}

/**
 * Conversion rate: conversions ÷ visitors, as a fraction (0.032 = 3.2%).
 * @customfunction CONVRATE
 * @helpurl https://localhost:3000/help/ECOM.CONVRATE.html
 * @formula conversion rate = conversions / visitors. visitors = 0 → #DIV/0!; conversions above visitors or any negative → #NUM!.
 * @example =ECOM.CONVRATE(32, 1000) → 0.032 (3.2% once the cell is formatted as a percentage)
 * @reference 转化率 = 成交人数 / 访客数 (the seed manuals' definition; see the project's domain digest §2).
 * @param conversions Number of conversions (a count of orders or buyers): a cell or a range.
 * @param visitors Number of visitors (a count, UV) in the same period: a cell or a range of the same shape.
 * @returns Conversion rate as a fraction (0.032 = 3.2%), one per entry; blank rows stay blank.
 */
function convRate(conversions: any[][], visitors: any[][]): any[][] {
  return elementwise(
    [
      { name: "conversions", value: conversions },
      { name: "visitors", value: visitors },
    ],
    ([k, n]) => conversionRate(k as number, n as number)
  );
}

/**
 * Conversion rate with its confidence interval: rate, lower and upper bound as fractions (0.032 = 3.2%), one row per entry.
 * @customfunction CONVRATE.CI
 * @helpurl https://localhost:3000/help/ECOM.CONVRATE.CI.html
 * @formula rate = k / n for k conversions out of n visitors; two-sided interval at the confidence (z = Φ⁻¹(1 − α/2), α = 1 − confidence). "wilson" (default): (p̂ + z²/2n)/(1 + z²/n) ± z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²). "agresti-coull": p̃ ± z·√(p̃(1 − p̃)/ñ), ñ = n + z², p̃ = (k + z²/2)/ñ, clipped to [0, 1]. "clopper-pearson" (also "exact"): beta quantiles [B⁻¹(α/2; k, n − k + 1), B⁻¹(1 − α/2; k + 1, n − k)]. "jeffreys": the α/2 and 1 − α/2 quantiles of Beta(k + ½, n − k + ½). "normal" (also "wald"): p̂ ± z·√(p̂(1 − p̂)/n), clipped to [0, 1]. visitors = 0 → #DIV/0! in that row; conversions above visitors or negative → #NUM! in that row; a confidence outside (0, 1) → #NUM!; an unknown method → #VALUE!.
 * @example =ECOM.CONVRATE.CI(4, 20) → 0.2, 0.0806577, 0.4160174 (Wilson 95%, as R binom.confint)
 * @example =ECOM.CONVRATE.CI(18, 20, 0.95, "clopper-pearson") → 0.9, 0.6830173, 0.9876515 (as R binom.test)
 * @reference Wilson (1927); Agresti & Coull (1998); Clopper & Pearson (1934); Brown, Cai & DasGupta (2001), "Interval estimation for a binomial proportion". Values match statsmodels proportion_confint and R binom.
 * @param conversions Number of conversions (a count, e.g. orders or buyers): a cell, a column or a row.
 * @param visitors Number of visitors (a count, UV) in the same period: a cell, or a column or row of the same length.
 * @param [confidence] Confidence level as a fraction (0.95 = 95%, the default).
 * @param [method] Interval method (text): "wilson" (default), "agresti-coull", "clopper-pearson" (or "exact"), "jeffreys" or "normal" (or "wald").
 * @returns n×3: rate, lower, upper as fractions, one row per entry (a 1×n row input gives 3×n); blank rows stay blank.
 */
function convRateCi(
  conversions: any[][],
  visitors: any[][],
  confidence?: any,
  method?: any
): any[][] {
  return asExcelFunction(() => {
    const level = readConfidence(confidence ?? null);
    const methodText = readTextCell(singleCell(method ?? null, "method"), "method");
    const chosen: IntervalMethod = methodText === "" ? "wilson" : parseIntervalMethod(methodText);
    return perEntry(
      [
        { name: "conversions", value: conversions },
        { name: "visitors", value: visitors },
      ],
      3,
      ([k, n]) => {
        const r = conversionInterval(k as number, n as number, level, chosen);
        return [r.rate, r.lower, r.upper];
      }
    );
  });
}

/** A required count in a single cell: blank → #N/A naming it; text, booleans → #VALUE!. */
function readCount(arg: unknown, name: string): number {
  const cell = singleCell(arg, name);
  if (isBlankCell(cell)) throw notAvailable(`${name} is blank.`);
  return readNumberCell(cell, name);
}

/**
 * A/B test of two conversion rates: an 8×2 table of label and value (rates, uplift, z, p-value, significance, Bayesian probability, sample size).
 * @customfunction ABTEST
 * @helpurl https://localhost:3000/help/ECOM.ABTEST.html
 * @formula Rows, in this order: rate_a = kA/nA; rate_b = kB/nB; uplift = (rate_b − rate_a)/rate_a; z = (rate_b − rate_a)/√(p(1 − p)(1/nA + 1/nB)) with the pooled rate p = (kA + kB)/(nA + nB); p_value = 2·Φ(−|z|) (two-sided); significant = p_value < 1 − confidence (TRUE/FALSE); prob_b_beats_a = P(pB > pA) with Beta(1 + k, 1 + n − k) posteriors (uniform priors), never simulated: Evan Miller's exact closed-form sum, or, once all four Beta parameters are at least 1,000,000, its second-order Edgeworth expansion (error below 1e-12 there); sample_per_arm = visitors per arm for 80% power to detect a change from rate_a to rate_b at the confidence (Fleiss, before continuity correction), rounded up. Counts must be whole numbers, conversions ≤ visitors (#NUM!); visitors = 0 → #DIV/0!; a blank count → #N/A. A row that is undefined for these counts shows its own error: uplift with rate_a = 0 → #DIV/0!; z, p_value and significant with no conversions at all (or all visitors converting) → #DIV/0!; sample_per_arm with equal rates → #NUM!.
 * @example =ECOM.ABTEST(12, 99, 5, 83) → rate_a 0.121212, rate_b 0.060241, uplift −0.503, z −1.4078, p_value 0.1592, significant FALSE (as statsmodels proportions_ztest([5, 12], [83, 99]))
 * @example =INDEX(ECOM.ABTEST(12, 99, 5, 83), 5, 2) → 0.15918 (the p-value alone)
 * @reference statsmodels proportions_ztest (pooled two-proportion z-test, B as the first group); Evan Miller, "Formulas for Bayesian A/B testing" (2015); the Edgeworth series (Kendall & Stuart, "The Advanced Theory of Statistics", vol. 1); Fleiss, Levin & Paik, "Statistical Methods for Rates and Proportions" (3rd ed., 2003), ch. 4.
 * @param conversions_a Conversions in group A, the control (a whole count): a single cell.
 * @param visitors_a Visitors in group A (a whole count, UV): a single cell.
 * @param conversions_b Conversions in group B, the variant (a whole count): a single cell.
 * @param visitors_b Visitors in group B (a whole count, UV): a single cell.
 * @param [confidence] Confidence level as a fraction (0.95 = 95%, the default); the test is significant when p_value < 1 − confidence.
 * @param [language] Label language (text): "zh-CN" or "en-US" (also "zh", "en", "中文", "English"); default the Excel display language when known, else en-US.
 * @returns 8×2 table: label | value; rates, uplift and probability as fractions, significant as TRUE/FALSE, sample_per_arm in visitors.
 */
function abTestTable(
  conversions_a: any[][],
  visitors_a: any[][],
  conversions_b: any[][],
  visitors_b: any[][],
  confidence?: any,
  language?: any
): any[][] {
  return asExcelFunction(() => {
    const kA = readCount(conversions_a, "conversions_a");
    const nA = readCount(visitors_a, "visitors_a");
    const kB = readCount(conversions_b, "conversions_b");
    const nB = readCount(visitors_b, "visitors_b");
    const level = readConfidence(confidence ?? null);
    const lang: Language = readLanguage(language ?? null);
    return abTest(kA, nA, kB, nB, level).map((row) => [
      AB_TEST_LABELS[row.key][lang],
      tableCell(row.value),
    ]);
  });
}

/** The default name of the i-th stage (0-based): "Stage 1" / "环节1". */
function defaultStageName(i: number, lang: Language): string {
  return lang === "zh-CN" ? `环节${i + 1}` : `Stage ${i + 1}`;
}

/**
 * Conversion funnel (漏斗): per stage its count, step and overall conversion, drop-off and whether it is the bottleneck, as a table with a header row.
 * @customfunction FUNNEL
 * @helpurl https://localhost:3000/help/ECOM.FUNNEL.html
 * @formula One row per stage, first stage first: stage (its name), count, step_rate = count / previous stage's count (1 for the first stage), overall_rate = count / first stage's count, drop_off = 1 − step_rate, bottleneck = TRUE on the stage with the largest drop_off (from the second stage on; the first one on ties). A stage larger than the one before (re-entry) is allowed and gives a step_rate above 1. Blank entries (no count and no name) are skipped, so a range with trailing empty rows works. A zero count makes the rates that divide by it #DIV/0! in their cells. Because stages are chained, a stage whose count is missing (a name without a count → #N/A), negative (#NUM!) or not a number (#VALUE!) makes the whole result an error. No stage at all → #N/A. Unnamed stages are called "Stage 1", "Stage 2", … (环节1, 环节2, … in Chinese), numbered among the stages listed.
 * @example =ECOM.FUNNEL({1000;300;60}) → Stage 1: 1000, 1, 1, 0, FALSE; Stage 2: 300, 0.3, 0.3, 0.7, FALSE; Stage 3: 60, 0.2, 0.06, 0.8, TRUE (60/300 loses 80%)
 * @example =ECOM.FUNNEL(B2:B6, A2:A6, "zh-CN") → 环节 | 人数 | 环节转化率 | 整体转化率 | 流失率 | 瓶颈, then one row per stage
 * @reference Funnel analysis (转化漏斗分析, "找出转化漏斗中的瓶颈") in the seed manuals; see the project's domain digest §2.
 * @param stage_counts People (a count, e.g. UV) reaching each stage, first stage first: a column or a row.
 * @param [stage_names] Stage names (text), as many as stage_counts: a column or a row; blank names get "Stage 1"-style defaults.
 * @param [language] Label language (text): "zh-CN" or "en-US" (also "zh", "en", "中文", "English"); default the Excel display language when known, else en-US.
 * @returns (k+1)×6 table with a header row: stage, count, step_rate, overall_rate, drop_off (rates as fractions), bottleneck (TRUE/FALSE).
 */
function funnel(stage_counts: any[][], stage_names?: any[][], language?: any): any[][] {
  return asExcelFunction(() => {
    const counts = readVector(stage_counts, "stage_counts").cells;
    const names = stage_names == null ? null : readVector(stage_names, "stage_names").cells;
    if (names !== null && !(names.length === 1 && isBlankCell(names[0]))) {
      requireSameLength([
        { name: "stage_counts", length: counts.length },
        { name: "stage_names", length: names.length },
      ]);
    }
    const lang = readLanguage(language ?? null);
    const nameOf = (i: number): unknown =>
      names === null || names.length !== counts.length ? "" : names[i];

    const values: number[] = [];
    const labels: ResultCell[] = [];
    for (let i = 0; i < counts.length; i++) {
      const name = nameOf(i);
      if (isBlankCell(counts[i])) {
        if (isBlankCell(name)) continue;
        throw notAvailable(`The count of stage ${values.length + 1} ("${String(name)}") is blank.`);
      }
      values.push(readNumberCell(counts[i], `stage_counts (stage ${values.length + 1})`));
      let label: ResultCell;
      try {
        label = readTextCell(name, "stage_names");
      } catch (err) {
        label = toExcelError(err);
      }
      labels.push(label === "" ? defaultStageName(values.length - 1, lang) : label);
    }

    const header: ResultCell[] = FUNNEL_COLUMNS.map((key) => FUNNEL_LABELS[key][lang]);
    const rows = funnelTable(values).map((stage, i): ResultCell[] => [
      labels[i],
      tableCell(stage.count),
      tableCell(stage.stepRate),
      tableCell(stage.overallRate),
      tableCell(stage.dropOff),
      stage.bottleneck,
    ]);
    return [header, ...rows];
  });
}

/**
 * Click-through rate: clicks ÷ impressions, as a fraction (0.03 = 3%).
 * @customfunction CTR
 * @helpurl https://localhost:3000/help/ECOM.CTR.html
 * @formula CTR = clicks / impressions. impressions = 0 → #DIV/0!; a negative count → #NUM!.
 * @example =ECOM.CTR(30, 1000) → 0.03 (3%: 30 clicks on 1000 impressions)
 * @reference 点击率 = 点击量 / 展现量, the standard advertising definition (seed manuals' CTR ≥ 3% target; domain digest §2).
 * @param clicks Number of clicks (a count): a cell or a range.
 * @param impressions Number of impressions (a count, 展现量): a cell or a range of the same shape.
 * @returns CTR as a fraction (0.03 = 3%), one per entry; blank rows stay blank.
 */
function clickThroughRate(clicks: any[][], impressions: any[][]): any[][] {
  return elementwise(
    [
      { name: "clicks", value: clicks },
      { name: "impressions", value: impressions },
    ],
    ([c, i]) => ctr(c as number, i as number)
  );
}

/**
 * Cost per click: cost ÷ clicks, in the currency of the cost.
 * @customfunction CPC
 * @helpurl https://localhost:3000/help/ECOM.CPC.html
 * @formula CPC = cost / clicks. clicks = 0 → #DIV/0!; a negative cost or count → #NUM!.
 * @example =ECOM.CPC(500, 250) → 2 (500 spent on 250 clicks)
 * @reference The standard advertising definition (平均点击花费); domain digest §2.
 * @param cost Ad cost or spend (money): a cell or a range.
 * @param clicks Number of clicks (a count): a cell or a range of the same shape.
 * @returns Cost per click (money), one per entry; blank rows stay blank.
 */
function costPerClick(cost: any[][], clicks: any[][]): any[][] {
  return elementwise(
    [
      { name: "cost", value: cost },
      { name: "clicks", value: clicks },
    ],
    ([c, k]) => cpc(c as number, k as number)
  );
}

/**
 * Cost per acquisition: cost ÷ conversions, in the currency of the cost.
 * @customfunction CPA
 * @helpurl https://localhost:3000/help/ECOM.CPA.html
 * @formula CPA = cost / conversions. conversions = 0 → #DIV/0!; a negative cost or count → #NUM!.
 * @example =ECOM.CPA(1000, 40) → 25 (1000 spent for 40 orders)
 * @reference CPA = spend / conversions (the standard definition; project reference analytics §2.5).
 * @param cost Ad cost or spend (money): a cell or a range.
 * @param conversions Number of conversions (a count, e.g. orders or new buyers): a cell or a range of the same shape.
 * @returns Cost per conversion (money), one per entry; blank rows stay blank.
 */
function costPerAcquisition(cost: any[][], conversions: any[][]): any[][] {
  return elementwise(
    [
      { name: "cost", value: cost },
      { name: "conversions", value: conversions },
    ],
    ([c, k]) => cpa(c as number, k as number)
  );
}

/**
 * Cost per mille: the cost of 1000 impressions, cost ÷ impressions × 1000, in the currency of the cost.
 * @customfunction CPM
 * @helpurl https://localhost:3000/help/ECOM.CPM.html
 * @formula CPM = cost / impressions × 1000. impressions = 0 → #DIV/0!; a negative cost or count → #NUM!.
 * @example =ECOM.CPM(50, 20000) → 2.5 (50 for 20,000 impressions is 2.5 per thousand)
 * @reference The standard advertising definition (千次展现成本).
 * @param cost Ad cost or spend (money): a cell or a range.
 * @param impressions Number of impressions (a count, 展现量): a cell or a range of the same shape.
 * @returns Cost per 1000 impressions (money), one per entry; blank rows stay blank.
 */
function costPerMille(cost: any[][], impressions: any[][]): any[][] {
  return elementwise(
    [
      { name: "cost", value: cost },
      { name: "impressions", value: impressions },
    ],
    ([c, i]) => cpm(c as number, i as number)
  );
}

/**
 * Average order value (客单价): revenue ÷ orders, in the currency of the revenue; pass buyers instead of orders for revenue per buyer.
 * @customfunction AOV
 * @helpurl https://localhost:3000/help/ECOM.AOV.html
 * @formula AOV = revenue / orders. With the number of buyers (成交客户数) as the second argument it is revenue per buyer, the usual Chinese 客单价 = 销售额 / 成交客户数. orders = 0 → #DIV/0!; a negative amount → #NUM!.
 * @example =ECOM.AOV(24000, 200) → 120 (24,000 of sales in 200 orders)
 * @reference 客单价 (seed manuals: "平均客单价提升至120元"); revenue ÷ orders (AOV) or ÷ buyers (per buyer), domain digest §2.
 * @param revenue Sales revenue (money): a cell or a range.
 * @param orders Number of orders (a count), or of buyers for revenue per buyer: a cell or a range of the same shape.
 * @returns Average order value (money), one per entry; blank rows stay blank.
 */
function averageOrderValue(revenue: any[][], orders: any[][]): any[][] {
  return elementwise(
    [
      { name: "revenue", value: revenue },
      { name: "orders", value: orders },
    ],
    ([r, o]) => aov(r as number, o as number)
  );
}

/**
 * Gross merchandise value: visitors × conversion rate × average order value (销售额 = 流量 × 转化率 × 客单价), in money.
 * @customfunction GMV
 * @helpurl https://localhost:3000/help/ECOM.GMV.html
 * @formula GMV = visitors × conversion_rate × aov. A negative visitors or aov, or a conversion_rate outside [0, 1] → #NUM!.
 * @example =ECOM.GMV(100000, 0.032, 120) → 384000 (100,000 visitors × 3.2% × 120)
 * @reference 销售额 = 流量 × 转化率 × 客单价, the standard decomposition behind the seed manuals' traffic, conversion and 客单价 targets (domain digest §2).
 * @param visitors Number of visitors (a count, UV): a cell or a range.
 * @param conversion_rate Conversion rate as a fraction (0.032 = 3.2%): a cell or a range of the same shape.
 * @param aov Average order value (money per order): a cell or a range of the same shape.
 * @returns GMV (money), one per entry; blank rows stay blank.
 */
function grossMerchandiseValue(visitors: any[][], conversion_rate: any[][], aov: any[][]): any[][] {
  return elementwise(
    [
      { name: "visitors", value: visitors },
      { name: "conversion_rate", value: conversion_rate },
      { name: "aov", value: aov },
    ],
    ([v, r, a]) => gmv(v as number, r as number, a as number)
  );
}

/**
 * Solves GMV = visitors × conversion rate × AOV for the one factor left blank: the visitors, rate or order value needed to reach a GMV target.
 * @customfunction GMV.SOLVE
 * @helpurl https://localhost:3000/help/ECOM.GMV.SOLVE.html
 * @formula Leave exactly one of visitors, conversion_rate, aov blank; the result is target_gmv divided by the product of the other two (a count of visitors, a rate as a fraction, or money per order). An entry whose range inputs are all blank gives a blank (single cells broadcast against ranges do not count, so trailing empty rows stay blank; with single cells only, all four must be blank); target_gmv blank with a factor given → #N/A; none or more than one of the three factors blank → #VALUE! with a message. A zero product → #DIV/0!; a negative amount, a conversion_rate outside [0, 1], or a required rate above 1 (100%) → #NUM!.
 * @example =ECOM.GMV.SOLVE(2000000, , 0.032, 120) → 520833.33 (visitors needed: 2,000,000 / (0.032 × 120))
 * @example =ECOM.GMV.SOLVE(2000000, 500000, , 120) → 0.0333 (conversion rate needed: 2,000,000 / (500,000 × 120))
 * @reference 销售额 = 流量 × 转化率 × 客单价 solved for one factor (the seed manuals' target "GMV突破200万元"; domain digest §2).
 * @param target_gmv The GMV target (money): a cell or a range.
 * @param [visitors] Number of visitors (a count, UV), or blank to solve for it: a cell or a range of the same shape.
 * @param [conversion_rate] Conversion rate as a fraction (0.032 = 3.2%), or blank to solve for it: a cell or a range of the same shape.
 * @param [aov] Average order value (money per order), or blank to solve for it: a cell or a range of the same shape.
 * @returns The missing factor, one per entry: visitors (count), conversion rate (fraction) or aov (money); blank rows stay blank.
 */
function gmvSolveFor(
  target_gmv: any[][],
  visitors?: any[][],
  conversion_rate?: any[][],
  aov?: any[][]
): any[][] {
  const args: unknown[] = [target_gmv, visitors ?? null, conversion_rate ?? null, aov ?? null];
  // As in every E function, a broadcast single cell does not keep an otherwise empty row from being blank.
  const ranged = args.map(
    (a) => Array.isArray(a) && (a.length > 1 || (Array.isArray(a[0]) && a[0].length > 1))
  );
  const anyRanged = ranged.some((r) => r);
  return elementwise(
    [
      // all four are "optional" for the generic blank rule: GMV.SOLVE has its own (one factor must be blank)
      { name: "target_gmv", value: args[0], optional: true },
      { name: "visitors", value: args[1], optional: true },
      { name: "conversion_rate", value: args[2], optional: true },
      { name: "aov", value: args[3], optional: true },
    ],
    (values) => {
      if (values.every((v, i) => v === null || (anyRanged && !ranged[i]))) return "";
      const [target, v, r, a] = values;
      if (target === null) throw notAvailable("target_gmv is blank.");
      return gmvSolve(target as number, v as number | null, r as number | null, a as number | null);
    }
  );
}
