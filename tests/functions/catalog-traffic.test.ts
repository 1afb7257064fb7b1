/**
 * ECOM traffic and conversion functions (spec §2) through the built bundle: CONVRATE.CI, ABTEST, FUNNEL, CTR,
 * CPC, CPA, CPM, AOV, GMV and GMV.SOLVE. Expected values come from golden_values.json (conversion_stats:
 * statsmodels / R binom / field_test), from published tables, or from the hand calculation in the comment.
 */
import { call, errorCode, scalar } from "../helpers/bundle";
import { goldenValues } from "../helpers/shared";

/** A column range (n×1) as Excel passes it. */
const column = (...xs: unknown[]) => xs.map((x) => [x]);
/** The message of an error value. */
const messageOf = (v: unknown) => (v as Error).message;
const stats = goldenValues().conversion_stats;

/** "(18,20)" → [18, 20] */
const pairOf = (key: string) => key.slice(1, -1).split(",").map(Number) as [number, number];

/**
 * The precision a golden value is stated to: values printed with 15+ significant digits are checked to 1e-9,
 * shorter ones (e.g. 0.11351339) to half a unit of their last printed decimal.
 */
function statedTolerance(x: number): number {
  if (Number.isInteger(x)) return 1e-12; // the exact ends 0 and 1
  const decimals = (String(x).split(".")[1] ?? "").length;
  return decimals >= 12 ? 1e-9 : 0.5 * 10 ** -decimals + 1e-15;
}

/** Checks one CONVRATE.CI golden table (key "(k,n)" → [lower, upper]) for a method. */
function expectIntervals(table: Record<string, unknown>, method: string | null): void {
  const keys = Object.keys(table).filter((k) => k.startsWith("("));
  const pairs = keys.map(pairOf);
  const out = call(
    "CONVRATE.CI",
    column(...pairs.map((p) => p[0])),
    column(...pairs.map((p) => p[1])),
    null,
    method
  ) as number[][];
  expect(out).toHaveLength(keys.length);
  keys.forEach((key, i) => {
    const [k, n] = pairs[i];
    const [lower, upper] = table[key] as [number, number];
    expect(out[i][0]).toBeCloseTo(k / n, 15);
    // Wald is clipped to [0, 1] by the spec: the golden (18,20) upper 1.0315 becomes 1
    const clippedUpper = Math.min(1, upper);
    expect(Math.abs(out[i][1] - lower)).toBeLessThanOrEqual(statedTolerance(lower));
    expect(Math.abs(out[i][2] - clippedUpper)).toBeLessThanOrEqual(statedTolerance(clippedUpper));
  });
}

describe("ECOM.CONVRATE.CI", () => {
  test("Wilson 95% (the default) reproduces R binom.confint via statsmodels, all nine golden pairs", () => {
    expectIntervals(stats.wilson_95_R_binom_via_statsmodels, null);
    expectIntervals(stats.wilson_95_R_binom_via_statsmodels, "wilson");
  });

  test("Clopper–Pearson reproduces R binom.test (method 'clopper-pearson', alias 'exact')", () => {
    expectIntervals(stats.clopper_pearson_95, "clopper-pearson");
    expectIntervals(stats.clopper_pearson_95, "EXACT");
  });

  test("Agresti–Coull and Jeffreys (central) reproduce statsmodels", () => {
    expectIntervals(stats.agresti_coull_95, "agresti-coull");
    expectIntervals(stats.jeffreys_95_central, " Jeffreys ");
  });

  test("normal (Wald) reproduces statsmodels and is clipped to [0, 1]: (18,20) upper 1.0315 → 1", () => {
    expectIntervals(stats.wald_95, "normal");
    const out = call("CONVRATE.CI", [[18]], [[20]], null, "wald") as number[][];
    expect(out[0][2]).toBe(1);
  });

  test("confidence option: Wald 90% for 4/20 by hand", () => {
    // p̂ = 0.2, SE = √(0.2 × 0.8 / 20) = 0.0894427191, z(0.95) = 1.6448536270 → ±0.1471201809
    // → [0.0528798191, 0.3471201809]
    const out = call("CONVRATE.CI", [[4]], [[20]], 0.9, "normal") as number[][];
    expect(out[0][0]).toBeCloseTo(0.2, 15);
    expect(out[0][1]).toBeCloseTo(0.0528798191, 9);
    expect(out[0][2]).toBeCloseTo(0.3471201809, 9);
  });

  test("a single entry is 1×3; a 1×n row gives 3×n (one column per entry)", () => {
    expect((call("CONVRATE.CI", [[4]], [[20]], null, null) as unknown[][])[0]).toHaveLength(3);
    // golden Wilson (4,20) and (18,20), laid out as columns: rates 0.2 and 0.9
    const out = call("CONVRATE.CI", [[4, 18]], [[20, 20]], null, null) as number[][];
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual([expect.closeTo(0.2, 15), expect.closeTo(0.9, 15)]);
    expect(out[1][0]).toBeCloseTo(0.0806576625797981, 9);
    expect(out[2][1]).toBeCloseTo(0.972133518786232, 9);
  });

  test("blank rows give blank rows; a partly blank row is #N/A; a bad row is an error in that row only", () => {
    const out = call(
      "CONVRATE.CI",
      column(4, 5, 6, "", null, 3),
      column(20, 0, 5, "", null, ""),
      null,
      null
    ) as unknown[][];
    expect(out[0][1]).toBeCloseTo(0.0806576625797981, 9); // golden Wilson (4,20)
    expect(out[1].map(errorCode)).toEqual(["#DIV/0!", "#DIV/0!", "#DIV/0!"]); // visitors 0
    expect(out[2].map(errorCode)).toEqual(["#NUM!", "#NUM!", "#NUM!"]); // 6 conversions > 5 visitors
    expect(out[3]).toEqual(["", "", ""]);
    expect(out[4]).toEqual(["", "", ""]);
    expect(errorCode(out[5][0])).toBe("#N/A");
    expect(messageOf(out[5][0])).toMatch(/visitors/);
  });

  test("a bad method is #VALUE! with a message; a confidence outside (0, 1) is #NUM!; a range option is #VALUE!", () => {
    const badMethod = call("CONVRATE.CI", [[4]], [[20]], null, "bayes");
    expect(errorCode(badMethod)).toBe("#VALUE!");
    expect(messageOf(badMethod)).toMatch(/wilson/);
    expect(errorCode(call("CONVRATE.CI", [[4]], [[20]], 1.5, null))).toBe("#NUM!");
    expect(errorCode(call("CONVRATE.CI", [[4]], [[20]], 0, null))).toBe("#NUM!");
    expect(errorCode(call("CONVRATE.CI", [[4]], [[20]], [[0.9], [0.95]], null))).toBe("#VALUE!");
  });

  test("columns of different lengths are #VALUE! naming both", () => {
    const bad = call("CONVRATE.CI", column(1, 2), column(10, 10, 10), null, null);
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(messageOf(bad)).toMatch(/conversions.*visitors/);
  });
});

/** ABTEST's value column. */
const valuesOf = (table: unknown[][]) => table.map((row) => row[1]);

describe("ECOM.ABTEST", () => {
  const EN = [
    "rate_a",
    "rate_b",
    "uplift",
    "z",
    "p_value",
    "significant",
    "prob_b_beats_a",
    "sample_per_arm",
  ];
  const ZH = [
    "A组转化率",
    "B组转化率",
    "相对提升",
    "Z值",
    "P值",
    "是否显著",
    "B优于A的概率",
    "每组所需样本量",
  ];

  test("golden two-proportion z-test: B = 5/83, A = 12/99 gives statsmodels' z and p", () => {
    // statsmodels proportions_ztest(count=[5, 12], nobs=[83, 99]) puts 5/83 first; the spec's z = (rate_b − rate_a)/SE
    // is that z when B is the first group, so B = 5/83 and A = 12/99.
    const g = stats.two_proportion_ztest_pooled;
    const table = call("ABTEST", [[12]], [[99]], [[5]], [[83]], null, null) as unknown[][];
    expect(table).toHaveLength(8);
    expect(table.map((r) => r[0])).toEqual(EN);
    const v = valuesOf(table) as number[];
    expect(v[0]).toBeCloseTo(12 / 99, 15);
    expect(v[1]).toBeCloseTo(5 / 83, 15);
    expect(v[2]).toBeCloseTo((5 / 83 - 12 / 99) / (12 / 99), 14); // uplift = (b − a)/a
    expect(v[3]).toBeCloseTo(g.z, 12);
    expect(v[4]).toBeCloseTo(g.p_two_sided, 12);
    expect(v[5]).toBe(false); // 0.159 is not below 0.05
    // P(pB > pA) for pA ~ Beta(13, 88), pB ~ Beta(6, 79): ∫ f_B(x)·F_A(x) dx by adaptive quadrature
    // (scipy.integrate.quad, error estimate 1e-15) = 0.08645140157757593
    expect(v[6]).toBeCloseTo(0.08645140157757593, 10);
    // Fleiss: p̄ = 0.0907265; (1.959964·√(2·0.0907265·0.9092735) + 0.841621·√(0.121212·0.878788 + 0.060241·0.939759))²
    //   / (0.060241 − 0.121212)² = 1.1360453² / 0.0037174 = 347.17 → 348
    expect(v[7]).toBe(348);
  });

  test("confidence option: at 80% the same p = 0.159 is below 0.2, so significant is TRUE", () => {
    const table = call("ABTEST", [[12]], [[99]], [[5]], [[83]], 0.8, null) as unknown[][];
    expect(table[5][1]).toBe(true);
  });

  test("prob_b_beats_a reproduces field_test's exact values (Beta parameters = 1 + conversions, 1 + failures)", () => {
    const g = stats.prob_b_beats_a_beta;
    // (55,50,30,30): A = 54 conversions of 54 + 49 = 103; B = 29 of 29 + 29 = 58
    const t1 = call("ABTEST", [[54]], [[103]], [[29]], [[58]], null, null) as unknown[][];
    expect(t1[6][1] as number).toBeCloseTo(g["(55,50,30,30)"], 10);
    // (50,50,35,30): A = 49 of 98; B = 34 of 63
    const t2 = call("ABTEST", [[49]], [[98]], [[34]], [[63]], null, null) as unknown[][];
    expect(t2[6][1] as number).toBeCloseTo(g["(50,50,35,30)"], 10);
    // (1,2,3,4): A = 0 of 1; B = 2 of 5
    const t3 = call("ABTEST", [[0]], [[1]], [[2]], [[5]], null, null) as unknown[][];
    expect(t3[6][1] as number).toBeCloseTo(g["(1,2,3,4)"], 10);
    // ... and rate_a = 0 makes uplift (b − a)/a undefined: #DIV/0! in that cell only
    expect(errorCode(t3[2][1])).toBe("#DIV/0!");
    expect(t3[1][1]).toBeCloseTo(0.4, 15);
  });

  test("10% vs 20% on 1000 visitors each: z, significance and Fleiss' sample size by hand", () => {
    // pooled p = 300/2000 = 0.15; SE = √(0.15 × 0.85 × 2/1000) = 0.0159687; z = 0.1 / 0.0159687 = 6.26224
    // sample (Fleiss, no continuity correction): (1.959964·√(2·0.15·0.85) + 0.841621·√(0.09 + 0.16))² / 0.1²
    //   = (0.989733 + 0.420811)² / 0.01 = 198.96 → 199 (Fleiss' table: 219 with the continuity correction)
    const v = valuesOf(
      call("ABTEST", [[100]], [[1000]], [[200]], [[1000]], null, null) as unknown[][]
    );
    expect(v[0]).toBeCloseTo(0.1, 15);
    expect(v[1]).toBeCloseTo(0.2, 15);
    expect(v[2]).toBeCloseTo(1, 14);
    expect(v[3]).toBeCloseTo(6.26224291, 7);
    expect(v[4]).toBeLessThan(1e-9);
    expect(v[5]).toBe(true);
    expect(v[6]).toBeGreaterThan(0.999999);
    expect(v[7]).toBe(199);
  });

  test("tens of millions of visitors: prob_b_beats_a against a 30-digit quadrature", () => {
    // A 1,000,000 of 20,000,000 (5.00%), B 1,002,000 of 20,000,000 (5.01%): Beta(1000001, 19000001) and
    // Beta(1002001, 18998001); P(pB > pA) = ∫∫_{y>x} f_A(x)·f_B(y) by nested mpmath.quad at 30 digits = 0.9265077448459702
    const table = call("ABTEST", [[1e6]], [[2e7]], [[1002000]], [[2e7]], null, null) as unknown[][];
    expect(table[6][1] as number).toBeCloseTo(0.9265077448459702, 12);
  });

  test("huge equal arms: prob_b_beats_a is ½ by symmetry, computed at once", () => {
    // identical posteriors Beta(1 + 5e14, 1 + 5e14) → P(B > A) = ½ exactly; z = 0, p = 1, not significant
    const started = Date.now();
    const v = valuesOf(
      call("ABTEST", [[5e14]], [[1e15]], [[5e14]], [[1e15]], null, null) as unknown[][]
    );
    expect(Date.now() - started).toBeLessThan(100);
    expect(v[6]).toBeCloseTo(0.5, 14);
    expect(v[3]).toBe(0);
    expect(v[4]).toBe(1);
    expect(v[5]).toBe(false);
  });

  test("Chinese labels in spec order", () => {
    for (const lang of ["zh-CN", "zh", "中文"]) {
      const table = call("ABTEST", [[12]], [[99]], [[5]], [[83]], null, lang) as unknown[][];
      expect(table.map((r) => r[0])).toEqual(ZH);
    }
    const en = call("ABTEST", [[12]], [[99]], [[5]], [[83]], null, "English") as unknown[][];
    expect(en.map((r) => r[0])).toEqual(EN);
  });

  test("no conversions anywhere: the undefined rows are errors in their own cells, the rest computed", () => {
    // 0/100 vs 0/100: rates 0; uplift 0/0 → #DIV/0!; pooled p = 0 → zero SE → z, p, significant #DIV/0!;
    // identical Beta(1, 101) posteriors → P(B > A) = 0.5 by symmetry; equal rates → no sample size, #NUM!
    const v = valuesOf(call("ABTEST", [[0]], [[100]], [[0]], [[100]], null, null) as unknown[][]);
    expect(v[0]).toBe(0);
    expect(v[1]).toBe(0);
    expect(v.slice(2, 6).map(errorCode)).toEqual(["#DIV/0!", "#DIV/0!", "#DIV/0!", "#DIV/0!"]);
    expect(v[6]).toBeCloseTo(0.5, 12);
    expect(errorCode(v[7])).toBe("#NUM!");
  });

  test("bad inputs make the whole table an error", () => {
    expect(errorCode(call("ABTEST", [[12.5]], [[99]], [[5]], [[83]], null, null))).toBe("#NUM!"); // not whole
    expect(errorCode(call("ABTEST", [[120]], [[99]], [[5]], [[83]], null, null))).toBe("#NUM!"); // k > n
    expect(errorCode(call("ABTEST", [[-1]], [[99]], [[5]], [[83]], null, null))).toBe("#NUM!");
    expect(errorCode(call("ABTEST", [[0]], [[0]], [[5]], [[83]], null, null))).toBe("#DIV/0!");
    expect(errorCode(call("ABTEST", [[12]], [[99]], [[5]], [[83]], 95, null))).toBe("#NUM!"); // 95 is not a fraction
    const blank = call("ABTEST", [[12]], [[""]], [[5]], [[83]], null, null);
    expect(errorCode(blank)).toBe("#N/A");
    expect(messageOf(blank)).toMatch(/visitors_a/);
    const text = call("ABTEST", [["many"]], [[99]], [[5]], [[83]], null, null);
    expect(errorCode(text)).toBe("#VALUE!");
    expect(messageOf(text)).toMatch(/conversions_a/);
    expect(errorCode(call("ABTEST", [[1], [2]], [[99]], [[5]], [[83]], null, null))).toBe(
      "#VALUE!"
    );
    expect(errorCode(call("ABTEST", [[12]], [[99]], [[5]], [[83]], null, "fr"))).toBe("#VALUE!");
  });

  test('text that looks like a number is read as the number ("12", " 99 ")', () => {
    const v = valuesOf(
      call("ABTEST", [["12"]], [[" 99 "]], [[5]], [[83]], null, null) as unknown[][]
    );
    expect(v[3]).toBeCloseTo(stats.two_proportion_ztest_pooled.z, 12);
  });
});

describe("ECOM.FUNNEL", () => {
  const HEADER_EN = ["stage", "count", "step_rate", "overall_rate", "drop_off", "bottleneck"];
  const HEADER_ZH = ["环节", "人数", "环节转化率", "整体转化率", "流失率", "瓶颈"];

  test("worked example 1000 → 300 → 60: a header row and one row per stage", () => {
    // step: 1, 300/1000 = 0.3, 60/300 = 0.2; overall: 1, 0.3, 0.06; drop-off: 0, 0.7, 0.8 → stage 3 is the bottleneck
    const out = call("FUNNEL", column(1000, 300, 60), null, null) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual(HEADER_EN);
    expect(out[1]).toEqual(["Stage 1", 1000, 1, 1, 0, false]);
    expect(out[2]).toEqual([
      "Stage 2",
      300,
      expect.closeTo(0.3, 15),
      expect.closeTo(0.3, 15),
      expect.closeTo(0.7, 15),
      false,
    ]);
    expect(out[3]).toEqual([
      "Stage 3",
      60,
      expect.closeTo(0.2, 15),
      expect.closeTo(0.06, 15),
      expect.closeTo(0.8, 15),
      true,
    ]);
  });

  test("stage names and Chinese headers; a blank name gets the default 环节N / Stage N", () => {
    const names = column("访客", "", "下单");
    const zh = call("FUNNEL", column(1000, 300, 60), names, "zh-CN") as unknown[][];
    expect(zh[0]).toEqual(HEADER_ZH);
    expect(zh.slice(1).map((r) => r[0])).toEqual(["访客", "环节2", "下单"]);
    const en = call("FUNNEL", column(1000, 300, 60), names, "en") as unknown[][];
    expect(en.slice(1).map((r) => r[0])).toEqual(["访客", "Stage 2", "下单"]);
  });

  test("a 1×n row of counts (names as a column) gives the same (k+1)×6 table", () => {
    const out = call("FUNNEL", [[1000, 300, 60]], column("a", "b", "c"), null) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out.every((r) => r.length === 6)).toBe(true);
    expect(out[3]).toEqual([
      "c",
      60,
      expect.closeTo(0.2, 15),
      expect.closeTo(0.06, 15),
      expect.closeTo(0.8, 15),
      true,
    ]);
  });

  test("blank entries are skipped: trailing empty rows and an empty spacer row do not make stages", () => {
    // 1000, (blank), 250, blank, blank → stages 1000 and 250: step 0.25
    const out = call("FUNNEL", column(1000, "", 250, null, ""), null, null) as unknown[][];
    expect(out).toHaveLength(3);
    expect(out[2]).toEqual(["Stage 2", 250, 0.25, 0.25, 0.75, true]);
  });

  test("re-entry: a stage larger than the one before has a step rate above 1", () => {
    // 100 → 120: step 1.2, drop-off 1 − 1.2 = −0.2; → 60: step 0.5, drop-off 0.5 (the bottleneck)
    const out = call("FUNNEL", column(100, 120, 60), null, null) as unknown[][];
    expect(out[2][2]).toBeCloseTo(1.2, 15);
    expect(out[2][4]).toBeCloseTo(-0.2, 15);
    expect(out.slice(1).map((r) => r[5])).toEqual([false, false, true]);
  });

  test("ties: the first stage with the largest drop-off is the bottleneck", () => {
    // 100 → 50 → 25: both steps lose 50%
    const out = call("FUNNEL", column(100, 50, 25), null, null) as unknown[][];
    expect(out.slice(1).map((r) => r[5])).toEqual([false, true, false]);
  });

  test("a zero count makes only the rates that divide by it #DIV/0!", () => {
    // 100 → 0 → 0: stage 2 step 0, drop-off 1 (bottleneck); stage 3 step 0/0 → #DIV/0!, overall 0/100 = 0
    const out = call("FUNNEL", column(100, 0, 0), null, null) as unknown[][];
    expect(out[2]).toEqual(["Stage 2", 0, 0, 0, 1, true]);
    expect(errorCode(out[3][2])).toBe("#DIV/0!");
    expect(out[3][3]).toBe(0);
    expect(errorCode(out[3][4])).toBe("#DIV/0!");
    expect(out[3][5]).toBe(false);
  });

  test("bad stages make the whole table an error (stages are chained)", () => {
    expect(errorCode(call("FUNNEL", column(100, -5), null, null))).toBe("#NUM!");
    const text = call("FUNNEL", column(100, "lots"), null, null);
    expect(errorCode(text)).toBe("#VALUE!");
    expect(messageOf(text)).toMatch(/stage_counts/);
    const missing = call("FUNNEL", column(100, ""), column("访客", "下单"), null);
    expect(errorCode(missing)).toBe("#N/A");
    expect(messageOf(missing)).toMatch(/下单/);
    expect(errorCode(call("FUNNEL", column("", null), null, null))).toBe("#N/A"); // no stage at all
    const mismatch = call("FUNNEL", column(100, 50), column("a", "b", "c"), null);
    expect(errorCode(mismatch)).toBe("#VALUE!");
    expect(messageOf(mismatch)).toMatch(/stage_names/);
    expect(
      errorCode(
        call(
          "FUNNEL",
          [
            [1, 2],
            [3, 4],
          ],
          null,
          null
        )
      )
    ).toBe("#VALUE!"); // 2-D block
  });
});

describe("ECOM.CTR, CPC, CPA, CPM, AOV", () => {
  test("worked examples", () => {
    expect(scalar(call("CTR", [[30]], [[1000]]))).toBeCloseTo(0.03, 15); // 30 / 1000
    expect(scalar(call("CPC", [[500]], [[250]]))).toBe(2); // 500 / 250
    expect(scalar(call("CPA", [[1000]], [[40]]))).toBe(25); // 1000 / 40
    expect(scalar(call("CPM", [[50]], [[20000]]))).toBeCloseTo(2.5, 15); // 50 / 20000 × 1000
    expect(scalar(call("AOV", [[24000]], [[200]]))).toBe(120); // 24000 / 200 (客单价 120元, the seeds' target)
  });

  test("a column spills one result per row, blank rows stay blank, a zero denominator is #DIV/0! in its row", () => {
    // clicks / impressions: 10/100 = 0.1; 5/0 → #DIV/0!; blank; 0/50 = 0
    const out = call("CTR", column(10, 5, "", 0), column(100, 0, null, 50)) as unknown[][];
    expect(out[0][0]).toBeCloseTo(0.1, 15);
    expect(errorCode(out[1][0])).toBe("#DIV/0!");
    expect(out[2][0]).toBe("");
    expect(out[3][0]).toBe(0);
  });

  test("a 1×n row gives a 1×n row; a single cell broadcasts", () => {
    // cost 100 per 1000 impressions in three channels: 100/1000×1000 = 100, 100/2000×1000 = 50, 100/4000×1000 = 25
    expect(call("CPM", [[100]], [[1000, 2000, 4000]])).toEqual([[100, 50, 25]]);
    // 300 revenue over 1, 2, 3 orders: 300, 150, 100
    expect(call("AOV", [[300]], [[1, 2, 3]])).toEqual([[300, 150, 100]]);
  });

  test("negative amounts are #NUM!; text is #VALUE! naming the argument; partly blank is #N/A", () => {
    expect(errorCode(call("CPC", [[-1]], [[10]]))).toBe("#NUM!");
    expect(errorCode(call("CPA", [[100]], [[-2]]))).toBe("#NUM!");
    expect(errorCode(call("CPA", [[100]], [[0]]))).toBe("#DIV/0!");
    expect(errorCode(call("AOV", [[100]], [[0]]))).toBe("#DIV/0!");
    const text = call("CPM", [["a lot"]], [[1000]]);
    expect(errorCode(text)).toBe("#VALUE!");
    expect(messageOf(text)).toMatch(/cost/);
    const partly = call("CTR", [[5]], [[""]]);
    expect(errorCode(partly)).toBe("#N/A");
    expect(messageOf(partly)).toMatch(/impressions/);
  });
});

describe("ECOM.GMV and GMV.SOLVE", () => {
  test("GMV = visitors × conversion rate × AOV: 100,000 × 3.2% × 120 = 384,000", () => {
    expect(scalar(call("GMV", [[100000]], [[0.032]], [[120]]))).toBeCloseTo(384000, 8);
    // "3.2%" typed as text is the number 0.032
    expect(scalar(call("GMV", [[100000]], [["3.2%"]], [[120]]))).toBeCloseTo(384000, 8);
  });

  test("GMV: a rate above 1 or negative visitors is #NUM!; blank rows stay blank", () => {
    expect(errorCode(call("GMV", [[100]], [[1.2]], [[10]]))).toBe("#NUM!");
    expect(errorCode(call("GMV", [[-100]], [[0.1]], [[10]]))).toBe("#NUM!");
    // 1000 × 0.1 × 50 = 5000; blank row
    expect(call("GMV", column(1000, ""), column(0.1, ""), column(50, null))).toEqual([
      [5000],
      [""],
    ]);
  });

  test("GMV.SOLVE solves for whichever factor is blank (the seeds' 200万元 target)", () => {
    // visitors: 2,000,000 / (0.032 × 120) = 2,000,000 / 3.84 = 520,833.33
    expect(scalar(call("GMV.SOLVE", [[2000000]], null, [[0.032]], [[120]]))).toBeCloseTo(
      520833.3333333,
      6
    );
    // conversion rate: 2,000,000 / (500,000 × 120) = 0.0333…
    expect(scalar(call("GMV.SOLVE", [[2000000]], [[500000]], [[""]], [[120]]))).toBeCloseTo(
      1 / 30,
      14
    );
    // aov: 2,000,000 / (500,000 × 0.032) = 125
    expect(scalar(call("GMV.SOLVE", [[2000000]], [[500000]], [[0.032]], null))).toBeCloseTo(
      125,
      10
    );
  });

  test("GMV.SOLVE over a table: each row solves its own blank; all-blank rows stay blank", () => {
    const out = call(
      "GMV.SOLVE",
      column(1000, 1000, "", 1000),
      column("", 100, "", 100),
      column(0.1, "", null, 0.5),
      column(20, 20, "", "")
    ) as unknown[][];
    expect(out[0][0]).toBeCloseTo(500, 10); // 1000 / (0.1 × 20)
    expect(out[1][0]).toBeCloseTo(0.5, 15); // 1000 / (100 × 20)
    expect(out[2][0]).toBe(""); // all four blank
    expect(out[3][0]).toBeCloseTo(20, 12); // 1000 / (100 × 0.5)
  });

  test("GMV.SOLVE over a target column with single-cell factors: trailing empty rows stay blank", () => {
    // visitors for 2,000,000 and 384,000 at 3.2% × 120 (= 3.84 per visitor): 520,833.33 and 100,000; then blanks
    const out = call("GMV.SOLVE", column(2000000, 384000, "", null), null, [[0.032]], [[120]]);
    expect(out).toEqual([
      [expect.closeTo(520833.3333333, 6)],
      [expect.closeTo(100000, 8)],
      [""],
      [""],
    ]);
  });

  test("GMV.SOLVE: none or several factors blank is #VALUE! with a message; a blank target is #N/A", () => {
    const none = call("GMV.SOLVE", [[1000]], [[100]], [[0.1]], [[20]]);
    expect(errorCode(none)).toBe("#VALUE!");
    expect(messageOf(none)).toMatch(/exactly one/);
    const two = call("GMV.SOLVE", [[1000]], null, null, [[20]]);
    expect(errorCode(two)).toBe("#VALUE!");
    expect(messageOf(two)).toMatch(/2 are blank/);
    const allThree = call("GMV.SOLVE", [[1000]], null, null, null);
    expect(errorCode(allThree)).toBe("#VALUE!");
    const target = call("GMV.SOLVE", [[""]], [[100]], [[0.1]], null);
    expect(errorCode(target)).toBe("#N/A");
    expect(messageOf(target)).toMatch(/target_gmv/);
  });

  test("GMV.SOLVE: an unreachable rate is #NUM!; a zero product is #DIV/0!", () => {
    // rate needed: 1000 / (10 × 20) = 5, above 100%
    expect(errorCode(call("GMV.SOLVE", [[1000]], [[10]], null, [[20]]))).toBe("#NUM!");
    // visitors needed with conversion rate 0: no number of visitors reaches the target
    expect(errorCode(call("GMV.SOLVE", [[1000]], null, [[0]], [[20]]))).toBe("#DIV/0!");
  });
});
