import * as fc from "fast-check";
import {
  abTest,
  agrestiCoullInterval,
  clopperPearsonInterval,
  conversionInterval,
  conversionRate,
  IntervalMethod,
  jeffreysInterval,
  parseIntervalMethod,
  probBBeatsA,
  RateInterval,
  samplePerArm,
  twoProportionZTest,
  waldInterval,
  wilsonInterval,
} from "../../src/metrics/conversion";
import { DomainError } from "../../src/metrics/errors";
import { AB_TEST_LABELS } from "../../src/functions/labels/conversion";
import { lnGamma, normalCdf } from "../../src/metrics/special-functions";
import { goldenValues } from "../helpers/shared";

const golden = goldenValues().conversion_stats;

/** Parses a golden key "(k,n)" into [k, n]. */
function countsOf(key: string): [number, number] {
  const [k, n] = key.replace(/[()]/g, "").split(",").map(Number);
  return [k, n];
}

/**
 * Tolerance for a golden number: half a unit in its last printed digit (values printed with 8 digits are
 * rounded), but never tighter than 1e-13 (values printed with 16–17 digits).
 */
function toleranceOf(value: number): number {
  const decimals = (String(value).split(".")[1] ?? "").length;
  return Math.max(0.5 * Math.pow(10, -decimals), 1e-13);
}

function expectInterval(actual: RateInterval, expected: [number, number]): void {
  expect(Math.abs(actual.lower - expected[0])).toBeLessThanOrEqual(toleranceOf(expected[0]));
  expect(Math.abs(actual.upper - expected[1])).toBeLessThanOrEqual(toleranceOf(expected[1]));
}

describe("conversionRate", () => {
  test("conversions / visitors: 32 of 1000 → 0.032", () => {
    expect(conversionRate(32, 1000)).toBe(0.032);
    expect(conversionRate(0, 5)).toBe(0);
  });

  test("visitors = 0 → #DIV/0!; conversions > visitors or negative → #NUM!", () => {
    expect(() => conversionRate(0, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => conversionRate(11, 10)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => conversionRate(-1, 10)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => conversionRate(1, -10)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});

describe("confidence intervals reproduce statsmodels / R (golden_values.json conversion_stats)", () => {
  test.each(
    Object.entries(golden.wilson_95_R_binom_via_statsmodels).filter(([key]) => key.startsWith("("))
  )("Wilson 95%% %s", (key, expected) =>
    expectInterval(wilsonInterval(...countsOf(key), 0.95), expected as [number, number])
  );

  test.each(Object.entries(golden.clopper_pearson_95))("Clopper–Pearson 95%% %s", (key, expected) =>
    expectInterval(clopperPearsonInterval(...countsOf(key), 0.95), expected as [number, number])
  );

  test.each(Object.entries(golden.agresti_coull_95))("Agresti–Coull 95%% %s", (key, expected) =>
    expectInterval(agrestiCoullInterval(...countsOf(key), 0.95), expected as [number, number])
  );

  test.each(Object.entries(golden.jeffreys_95_central))("Jeffreys 95%% %s", (key, expected) =>
    expectInterval(jeffreysInterval(...countsOf(key), 0.95), expected as [number, number])
  );

  test("Wald 95% (18,20): statsmodels' [0.7685…, 1.0315…], with the upper end clipped to 1", () => {
    const [lower, upper] = golden.wald_95["(18,20)"] as [number, number];
    expect(upper).toBeGreaterThan(1);
    expectInterval(waldInterval(18, 20, 0.95), [lower, 1]);
  });
});

describe("interval edges", () => {
  test("Wilson gives exactly 0 at k = 0 and 1 at k = n (golden (0,30) and (30,30))", () => {
    expect(wilsonInterval(0, 30).lower).toBe(0);
    expect(wilsonInterval(30, 30).upper).toBe(1);
  });

  test("Clopper–Pearson 0 of 10: [0, 1 − 0.025^(1/10)] = [0, 0.3084971078187608] (R binom.test(0, 10))", () => {
    // with k = 0 the upper end solves (1 − p)^10 = 0.025 in closed form
    const interval = clopperPearsonInterval(0, 10);
    expect(interval.lower).toBe(0);
    expect(interval.upper).toBeCloseTo(0.3084971078187608, 14);
    const full = clopperPearsonInterval(10, 10);
    expect(full.upper).toBe(1);
    expect(full.lower).toBeCloseTo(Math.pow(0.025, 1 / 10), 14); // symmetric: p^10 = 0.025
  });

  test("Jeffreys sets lower = 0 when k = 0 and upper = 1 when k = n (statsmodels' rule)", () => {
    expect(jeffreysInterval(0, 50).lower).toBe(0);
    expect(jeffreysInterval(0, 50).upper).toBeGreaterThan(0);
    expect(jeffreysInterval(50, 50).upper).toBe(1);
  });

  test("Agresti–Coull is clipped to [0, 1] near the edges", () => {
    const interval = agrestiCoullInterval(0, 10);
    expect(interval.lower).toBe(0);
  });

  test("confidence outside (0, 1) → #NUM!", () => {
    expect(() => wilsonInterval(4, 20, 1)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => wilsonInterval(4, 20, 95)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("a wider confidence gives a wider interval (90% ⊂ 95% ⊂ 99%)", () => {
    const i90 = wilsonInterval(4, 20, 0.9);
    const i95 = wilsonInterval(4, 20, 0.95);
    const i99 = wilsonInterval(4, 20, 0.99);
    expect(i99.lower).toBeLessThan(i95.lower);
    expect(i95.lower).toBeLessThan(i90.lower);
    expect(i90.upper).toBeLessThan(i95.upper);
    expect(i95.upper).toBeLessThan(i99.upper);
  });
});

describe("parseIntervalMethod and conversionInterval", () => {
  test("reads the five method names, case-insensitive and trimmed, plus 'wald' and 'exact'", () => {
    expect(parseIntervalMethod("wilson")).toBe("wilson");
    expect(parseIntervalMethod(" Agresti-Coull ")).toBe("agresti-coull");
    expect(parseIntervalMethod("CLOPPER-PEARSON")).toBe("clopper-pearson");
    expect(parseIntervalMethod("exact")).toBe("clopper-pearson");
    expect(parseIntervalMethod("jeffreys")).toBe("jeffreys");
    expect(parseIntervalMethod("normal")).toBe("normal");
    expect(parseIntervalMethod("Wald")).toBe("normal");
  });

  test("unknown method → #VALUE!", () => {
    expect(() => parseIntervalMethod("bayes")).toThrow(expect.objectContaining({ kind: "value" }));
    expect(() => parseIntervalMethod("")).toThrow(expect.objectContaining({ kind: "value" }));
  });

  test("defaults to Wilson at 95% and returns the rate with the interval (golden (73,86))", () => {
    const row = conversionInterval(73, 86);
    expect(row.rate).toBe(73 / 86);
    expectInterval(row, golden.wilson_95_R_binom_via_statsmodels["(73,86)"]);
    expectInterval(
      conversionInterval(51, 235, 0.95, "clopper-pearson"),
      golden.clopper_pearson_95["(51,235)"]
    );
  });

  test("property: 0 ≤ lower ≤ rate ≤ upper ≤ 1 for every method", () => {
    const methods: IntervalMethod[] = [
      "wilson",
      "agresti-coull",
      "clopper-pearson",
      "jeffreys",
      "normal",
    ];
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100000 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        fc.constantFrom(...methods),
        ([k, n], confidence, method) => {
          const { rate, lower, upper } = conversionInterval(k, n, confidence, method);
          return 0 <= lower && lower <= rate && rate <= upper && upper <= 1;
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("twoProportionZTest", () => {
  test("statsmodels proportions_ztest([5, 12], [83, 99]): z = −1.4078304151258787, p = 0.15918129181156992", () => {
    const g = golden.two_proportion_ztest_pooled;
    const result = twoProportionZTest(g.count[0], g.nobs[0], g.count[1], g.nobs[1]);
    expect(result.z).toBeCloseTo(g.z, 13);
    expect(result.pValue).toBeCloseTo(g.p_two_sided, 13);
  });

  test("no conversions in either group leaves no variance → #DIV/0!", () => {
    expect(() => twoProportionZTest(0, 100, 0, 100)).toThrow(
      expect.objectContaining({ kind: "div0" })
    );
  });
});

describe("probBBeatsA", () => {
  const g = golden.prob_b_beats_a_beta;
  test.each([
    ["(1,2,3,4)", [1, 2, 3, 4]],
    ["(55,50,30,30)", [55, 50, 30, 30]],
    ["(50,50,35,30)", [50, 50, 35, 30]],
  ])("ankane/field_test %s to 1e-10", (key, args) => {
    const [aA, bA, aB, bB] = args as number[];
    expect(Math.abs(probBBeatsA(aA, bA, aB, bB) - g[key])).toBeLessThanOrEqual(g.tol);
  });

  test("closed forms: equal Beta(1,1) arms → ½; B ~ Beta(2,1) (density 2x) vs A ~ U(0,1) → ∫ 2x·x dx = ⅔", () => {
    expect(probBBeatsA(1, 1, 1, 1)).toBeCloseTo(0.5, 15);
    expect(probBBeatsA(1, 1, 2, 1)).toBeCloseTo(2 / 3, 15);
    expect(probBBeatsA(2, 1, 1, 1)).toBeCloseTo(1 / 3, 15);
  });

  test("parameters must be whole numbers ≥ 1 → else #NUM!", () => {
    expect(() => probBBeatsA(0, 1, 1, 1)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => probBBeatsA(1.5, 1, 1, 1)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("property: P(B > A) + P(A > B) = 1 and P(B > A) is unchanged by swapping conversions with failures", () => {
    // swapping: with q = 1 − p, pB > pA ⇔ qA > qB, and q ~ Beta(β, α), so P(a, b, c, d) = P(d, c, b, a)
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        (a, b, c, d) => {
          const p = probBBeatsA(a, b, c, d);
          return (
            Math.abs(p + probBBeatsA(c, d, a, b) - 1) < 1e-12 &&
            Math.abs(p - probBBeatsA(d, c, b, a)) < 1e-12
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  /**
   * Independent method: P(pB > pA) = ∫ f_B(y)·F_A(y) dy by numerical quadrature of the Beta densities
   * (written from lnGamma only): on a grid of 400 000 steps covering both posteriors to ±14 standard deviations,
   * F_A is accumulated by the trapezoid rule and the outer integral is taken by the trapezoid rule too
   * (integrands vanish smoothly at both ends, so the error is far below 1e-9 at this resolution).
   */
  function quadratureProbBBeatsA(aA: number, bA: number, aB: number, bB: number): number {
    const mean = (a: number, b: number): number => a / (a + b);
    const sd = (a: number, b: number): number =>
      Math.sqrt((a * b) / ((a + b) * (a + b) * (a + b + 1)));
    const lo = Math.max(
      1e-12,
      Math.min(mean(aA, bA) - 14 * sd(aA, bA), mean(aB, bB) - 14 * sd(aB, bB))
    );
    const hi = Math.min(
      1 - 1e-12,
      Math.max(mean(aA, bA) + 14 * sd(aA, bA), mean(aB, bB) + 14 * sd(aB, bB))
    );
    const steps = 400000;
    const h = (hi - lo) / steps;
    const logNormA = lnGamma(aA + bA) - lnGamma(aA) - lnGamma(bA);
    const logNormB = lnGamma(aB + bB) - lnGamma(aB) - lnGamma(bB);
    const density = (x: number, a: number, b: number, logNorm: number): number =>
      Math.exp(logNorm + (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x));
    let cdfA = 0;
    let previousA = density(lo, aA, bA, logNormA);
    let previousIntegrand = 0;
    let total = 0;
    for (let i = 1; i <= steps; i++) {
      const x = lo + i * h;
      const fA = density(x, aA, bA, logNormA);
      cdfA += 0.5 * h * (previousA + fA);
      previousA = fA;
      const integrand = density(x, aB, bB, logNormB) * cdfA;
      total += 0.5 * h * (previousIntegrand + integrand);
      previousIntegrand = integrand;
    }
    return total;
  }

  test("hundreds of thousands of visitors: exact sum agrees with quadrature to 1e-8", () => {
    // A: 50 000 of 1 000 000 (5.00%), B: 50 300 of 1 000 000 (5.03%): P ≈ Φ(0.97) ≈ 0.83
    const args: [number, number, number, number] = [1 + 50000, 1 + 950000, 1 + 50300, 1 + 949700];
    const exact = probBBeatsA(...args);
    expect(exact).toBeGreaterThan(0.8);
    expect(Math.abs(exact - quadratureProbBBeatsA(...args))).toBeLessThan(1e-8);
    // A: 120 000 of 400 000, B: 121 500 of 400 000
    const second: [number, number, number, number] = [
      1 + 120000,
      1 + 280000,
      1 + 121500,
      1 + 278500,
    ];
    expect(Math.abs(probBBeatsA(...second) - quadratureProbBBeatsA(...second))).toBeLessThan(1e-8);
  });

  test("tens of millions of visitors stay accurate (quadrature) and fast", () => {
    // A: 2 000 000 of 40 000 000, B: 2 002 000 of 40 000 000
    const args: [number, number, number, number] = [
      1 + 2000000,
      1 + 38000000,
      1 + 2002000,
      1 + 37998000,
    ];
    const started = Date.now();
    const exact = probBBeatsA(...args);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(Math.abs(exact - quadratureProbBBeatsA(...args))).toBeLessThan(1e-7);
  });

  test("at large counts it agrees with the normal approximation Φ((μB − μA)/√(σA² + σB²)) to its own accuracy (1e-3)", () => {
    // the normal approximation's error here is of the order of the posteriors' skewness (~1e-3)
    const [aA, bA, aB, bB] = [1 + 5000, 1 + 195000, 1 + 5300, 1 + 194700];
    const mean = (a: number, b: number): number => a / (a + b);
    const variance = (a: number, b: number): number => (a * b) / ((a + b) * (a + b) * (a + b + 1));
    const z = (mean(aB, bB) - mean(aA, bA)) / Math.sqrt(variance(aA, bA) + variance(aB, bB)); // ≈ 2.9
    expect(Math.abs(probBBeatsA(aA, bA, aB, bB) - normalCdf(z))).toBeLessThan(1e-3);
  });
});

describe("samplePerArm", () => {
  test("hand calculation for 10% → 12% at 95% confidence and 80% power: 3841 per arm", () => {
    // z = 1.959963984540054, z_0.8 = 0.8416212335729143, p̄ = 0.11
    // √(2·0.11·0.89) = 0.442492937797, √(0.1·0.9 + 0.12·0.88) = 0.442266887750
    // (1.959963984540·0.442492937797 + 0.841621233573·0.442266887750)² / 0.02² = 1.239491425131² / 0.0004
    // = 3840.85 → rounded up to 3841
    expect(samplePerArm(0.1, 0.12, 0.95)).toBe(3841);
    // the formula is symmetric in the two rates
    expect(samplePerArm(0.12, 0.1, 0.95)).toBe(3841);
  });

  test("equal rates leave nothing to detect → #NUM!", () => {
    expect(() => samplePerArm(0.05, 0.05)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("a smaller difference needs more visitors", () => {
    expect(samplePerArm(0.1, 0.11)).toBeGreaterThan(samplePerArm(0.1, 0.12));
  });
});

describe("abTest", () => {
  const valueOf = (rows: ReturnType<typeof abTest>, key: string) =>
    rows.find((row) => row.key === key)?.value;

  test("rows in the spec's order", () => {
    expect(abTest(12, 99, 5, 83).map((row) => row.key)).toEqual([
      "rate_a",
      "rate_b",
      "uplift",
      "z",
      "p_value",
      "significant",
      "prob_b_beats_a",
      "sample_per_arm",
    ]);
  });

  test("z and p with B as the first group reproduce statsmodels (A = 12/99, B = 5/83)", () => {
    const rows = abTest(12, 99, 5, 83);
    const g = golden.two_proportion_ztest_pooled;
    expect(valueOf(rows, "rate_a")).toBe(12 / 99);
    expect(valueOf(rows, "rate_b")).toBe(5 / 83);
    // uplift = (5/83)/(12/99) − 1 = 495/996 − 1 = −501/996 = −0.503012048…
    expect(valueOf(rows, "uplift")).toBeCloseTo(-501 / 996, 14);
    expect(valueOf(rows, "z") as number).toBeCloseTo(g.z, 13);
    expect(valueOf(rows, "p_value") as number).toBeCloseTo(g.p_two_sided, 13);
    // p ≈ 0.159 ≥ 0.05: not significant at 95%; p < 0.20: significant at 80%
    expect(valueOf(rows, "significant")).toBe(false);
    expect(valueOf(abTest(12, 99, 5, 83, 0.8), "significant")).toBe(true);
  });

  test("prob_b_beats_a uses Beta(1 + conversions, 1 + failures): A 0 of 1, B 2 of 5 → golden (1,2,3,4)", () => {
    const rows = abTest(0, 1, 2, 5);
    expect(Math.abs((valueOf(rows, "prob_b_beats_a") as number) - 0.6428571428571429)).toBeLessThan(
      1e-10
    );
    // A 54 of 103, B 29 of 58 → golden (55,50,30,30)
    expect(
      Math.abs((valueOf(abTest(54, 103, 29, 58), "prob_b_beats_a") as number) - 0.38386463776317903)
    ).toBeLessThan(1e-10);
  });

  test("sample_per_arm for the observed rates (hand calculation above: 10% vs 12% → 3841)", () => {
    expect(valueOf(abTest(100, 1000, 120, 1000), "sample_per_arm")).toBe(3841);
  });

  test("undefined cells are DomainErrors in their row only", () => {
    // rate_a = 0: uplift has a zero denominator
    const zeroA = abTest(0, 1, 2, 5);
    expect(valueOf(zeroA, "uplift")).toBeInstanceOf(DomainError);
    expect((valueOf(zeroA, "uplift") as DomainError).kind).toBe("div0");
    // equal rates: no sample size
    const equal = abTest(10, 100, 10, 100);
    expect((valueOf(equal, "sample_per_arm") as DomainError).kind).toBe("num");
    expect(valueOf(equal, "z")).toBe(0);
    // no conversions anywhere: z, p and significance undefined; prob_b_beats_a = ½ by symmetry
    const none = abTest(0, 100, 0, 100);
    for (const key of ["z", "p_value", "significant"])
      expect((valueOf(none, key) as DomainError).kind).toBe("div0");
    expect(valueOf(none, "prob_b_beats_a") as number).toBeCloseTo(0.5, 14);
  });

  test("row labels are the spec's texts, in row order", () => {
    const keys = abTest(12, 99, 5, 83).map((row) => row.key);
    expect(keys.map((key) => AB_TEST_LABELS[key]["zh-CN"])).toEqual([
      "A组转化率",
      "B组转化率",
      "相对提升",
      "Z值",
      "P值",
      "是否显著",
      "B优于A的概率",
      "每组所需样本量",
    ]);
    expect(keys.map((key) => AB_TEST_LABELS[key]["en-US"])).toEqual(keys);
  });

  test("bad counts fail the whole table", () => {
    expect(() => abTest(5, 0, 1, 10)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => abTest(11, 10, 1, 10)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => abTest(1.5, 10, 1, 10)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => abTest(1, 10, 1, 10, 1.2)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});
