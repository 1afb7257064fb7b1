import * as fc from "fast-check";
import {
  betaQuantile,
  digamma,
  erfc,
  lnBeta,
  lnBetaAccurate,
  lnGamma,
  normalCdf,
  normalQuantile,
  regularizedIncompleteBeta,
} from "../../src/metrics/special-functions";

describe("special functions", () => {
  test("lnGamma matches factorials and Γ(1/2) = √π", () => {
    // Γ(n) = (n−1)!: Γ(5) = 24, Γ(11) = 3628800; Γ(0.5) = √π (A&S 6.1.8)
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(lnGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    // ln Γ(100) = ln(99!) = 359.1342053695754 (A&S table / Stirling to 16 digits)
    expect(lnGamma(100)).toBeCloseTo(359.1342053695754, 10);
  });

  test("lnBeta: B(2,3) = 1/12", () => {
    expect(lnBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 13);
  });

  test("digamma: ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2 (A&S 6.3.2, 6.3.3)", () => {
    const eulerGamma = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-eulerGamma, 12);
    expect(digamma(0.5)).toBeCloseTo(-eulerGamma - 2 * Math.LN2, 12);
    // ψ(10) = H₉ − γ
    const h9 = 1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5 + 1 / 6 + 1 / 7 + 1 / 8 + 1 / 9;
    expect(digamma(10)).toBeCloseTo(h9 - eulerGamma, 12);
  });
});

/** |actual − expected| ≤ tol·|expected| */
function expectRelative(actual: number, expected: number, tol: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
}

describe("erfc (Cody 1969)", () => {
  test("matches the published error-function table (A&S Table 7.1, 15 digits)", () => {
    // erf(0.5) = 0.520499877813047, erf(1) = 0.842700792949715, erf(2) = 0.995322265018953
    expectRelative(erfc(0.5), 1 - 0.520499877813047, 1e-14);
    expectRelative(erfc(1), 1 - 0.842700792949715, 1e-14);
    expectRelative(erfc(2), 1 - 0.995322265018953, 1e-12);
    // erfc(−x) = 2 − erfc(x); erfc(0) = 1
    expect(erfc(0)).toBe(1);
    expectRelative(erfc(-1), 1 + 0.842700792949715, 1e-15);
  });

  test("keeps relative accuracy far in the tail (asymptotic region x > 4)", () => {
    // erfc(5) = 1.5374597944280349e-12, erfc(10) = 2.0884875837625447e-45 (A&S 7.1.23 tables; DLMF 7.2)
    expectRelative(erfc(5), 1.5374597944280349e-12, 1e-14);
    expectRelative(erfc(10), 2.0884875837625446e-45, 1e-14);
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
  });
});

describe("normalCdf", () => {
  test("matches the standard normal table (A&S Table 26.1)", () => {
    // Φ(0) = 0.5, Φ(1) = 0.841344746068543, Φ(2) = 0.977249868051821, Φ(1.96) = 0.975002104851780
    expect(normalCdf(0)).toBe(0.5);
    expectRelative(normalCdf(1), 0.841344746068543, 1e-14);
    expectRelative(normalCdf(2), 0.977249868051821, 1e-14);
    expectRelative(normalCdf(1.96), 0.97500210485178, 1e-14);
    expectRelative(normalCdf(-1.96), 1 - 0.97500210485178, 1e-13);
  });

  test("lower tail keeps relative accuracy: Q(5) = 2.866515718791939e-7, Q(10) = 7.619853024160527e-24", () => {
    // Published tail probabilities of the standard normal (A&S 26.2; Wikipedia "Normal distribution" table)
    expectRelative(normalCdf(-5), 2.866515718791939e-7, 1e-13);
    expectRelative(normalCdf(-10), 7.619853024160527e-24, 1e-13);
  });
});

describe("normalQuantile", () => {
  test("matches published critical values", () => {
    // z_0.975 = 1.959963984540054, z_0.95 = 1.644853626951472, z_0.995 = 2.575829303548901, z_0.8 = 0.841621233572914
    expectRelative(normalQuantile(0.975), 1.959963984540054, 1e-15);
    expectRelative(normalQuantile(0.95), 1.644853626951472, 1e-15);
    expectRelative(normalQuantile(0.995), 2.575829303548901, 1e-15);
    expectRelative(normalQuantile(0.8), 0.841621233572914, 1e-14);
    expect(normalQuantile(0.5)).toBe(0);
    // R: qnorm(1e-10) = −6.361340902404056
    expectRelative(normalQuantile(1e-10), -6.361340902404056, 1e-14);
  });

  test("rejects probabilities outside (0, 1) with #NUM!", () => {
    for (const p of [0, 1, -0.1, 1.5, NaN])
      expect(() => normalQuantile(p)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("property: Φ(Φ⁻¹(p)) = p", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1 - 1e-12, noNaN: true }), (p) => {
        const roundTrip = normalCdf(normalQuantile(p));
        return Math.abs(roundTrip - p) <= 1e-13 * Math.min(p, 1 - p) + 1e-16;
      })
    );
  });
});

/** P(X ≥ k) for X ~ Binomial(n, p) by direct summation of the probability mass (independent of I_x). */
function binomialUpperTail(k: number, n: number, p: number): number {
  let total = 0;
  let choose = 1; // C(n, 0)
  for (let j = 0; j <= n; j++) {
    if (j >= k) total += choose * Math.pow(p, j) * Math.pow(1 - p, n - j);
    choose = (choose * (n - j)) / (j + 1);
  }
  return total;
}

describe("lnBetaAccurate", () => {
  test("integer identity B(p, q) = (p−1)! / (q(q+1)…(q+p−1)) holds for huge q in every branch", () => {
    // p = 1: ln B(1, q) = −ln q; p = 3: ln 2 − ln(q(q+1)(q+2)); p = 12: ln 11! − Σ ln(q+j)
    const q = 1e8;
    expectRelative(lnBetaAccurate(1, q), -Math.log(q), 1e-15);
    expectRelative(
      lnBetaAccurate(3, q),
      Math.log(2) - Math.log(q) - Math.log(q + 1) - Math.log(q + 2),
      1e-15
    );
    let logRising = 0;
    for (let j = 0; j < 12; j++) logRising += Math.log(q + j);
    expectRelative(lnBetaAccurate(12, q), Math.log(39916800) - logRising, 1e-15);
  });

  test("Legendre duplication B(a, a) = 2^(1−2a)·B(a, ½) links the p ≥ 10 and p < 10 branches", () => {
    for (const a of [15, 1234.5, 1e6]) {
      expectRelative(lnBetaAccurate(a, a), (1 - 2 * a) * Math.LN2 + lnBetaAccurate(a, 0.5), 1e-15);
    }
  });

  test("small arguments: B(2, 3) = 1/12", () => {
    expectRelative(lnBetaAccurate(2, 3), Math.log(1 / 12), 1e-14);
  });
});

describe("regularizedIncompleteBeta", () => {
  test("closed forms: I_x(a,1) = x^a, I_x(1,b) = 1 − (1−x)^b, I_x(2,2) = 3x² − 2x³, I_x(½,½) = (2/π)·asin √x", () => {
    for (const x of [0.001, 0.1, 0.37, 0.5, 0.8, 0.999]) {
      expectRelative(regularizedIncompleteBeta(x, 3.5, 1), Math.pow(x, 3.5), 1e-13);
      expectRelative(regularizedIncompleteBeta(x, 1, 7), -Math.expm1(7 * Math.log1p(-x)), 1e-13);
      expectRelative(regularizedIncompleteBeta(x, 2, 2), 3 * x * x - 2 * x * x * x, 1e-13);
      expectRelative(
        regularizedIncompleteBeta(x, 0.5, 0.5),
        (2 / Math.PI) * Math.asin(Math.sqrt(x)),
        1e-13
      );
    }
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  test("binomial identity I_p(k, n−k+1) = P(Binomial(n, p) ≥ k)", () => {
    for (const [k, n, p] of [
      [4, 20, 0.2],
      [18, 20, 0.9],
      [1, 30, 0.01],
      [51, 235, 0.2],
    ]) {
      expectRelative(regularizedIncompleteBeta(p, k, n - k + 1), binomialUpperTail(k, n, p), 1e-12);
    }
  });

  test("Student t: P(|T₁₀| > 2.228138851986274) = 0.05, i.e. I_{ν/(ν+t²)}(ν/2, ½) = 0.05 (t-table, ν = 10)", () => {
    const t = 2.228138851986274; // published two-sided 5% critical value of t with 10 degrees of freedom
    expectRelative(regularizedIncompleteBeta(10 / (10 + t * t), 5, 0.5), 0.05, 1e-13);
  });

  test("symmetry I_½(a, a) = ½ holds for large parameters", () => {
    expect(Math.abs(regularizedIncompleteBeta(0.5, 1e4, 1e4) - 0.5)).toBeLessThan(1e-12);
    expect(Math.abs(regularizedIncompleteBeta(0.5, 1e6, 1e6) - 0.5)).toBeLessThan(1e-10);
    expect(Math.abs(regularizedIncompleteBeta(0.5, 250.5, 250.5) - 0.5)).toBeLessThan(1e-13);
  });

  test("rejects out-of-domain arguments with #NUM!", () => {
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(
      expect.objectContaining({ kind: "num" })
    );
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(
      expect.objectContaining({ kind: "num" })
    );
  });
});

describe("betaQuantile", () => {
  test("closed forms: Beta(a,1) → p^(1/a), Beta(1,b) → 1 − (1−p)^(1/b), Beta(½,½) → sin²(πp/2)", () => {
    for (const p of [1e-8, 0.025, 0.3, 0.5, 0.975]) {
      expectRelative(betaQuantile(p, 4, 1), Math.pow(p, 1 / 4), 1e-13);
      expectRelative(betaQuantile(p, 1, 12), -Math.expm1(Math.log1p(-p) / 12), 1e-13);
      expectRelative(betaQuantile(p, 0.5, 0.5), Math.pow(Math.sin((Math.PI * p) / 2), 2), 1e-12);
    }
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
  });

  test("Student t quantile: the 5% point of I(5, ½) is 10/(10 + 2.228138851986274²)", () => {
    const t = 2.228138851986274;
    expectRelative(betaQuantile(0.05, 5, 0.5), 10 / (10 + t * t), 1e-13);
  });

  test("Clopper–Pearson ends of R binom.test(18, 20): [0.6830172859809176, 0.9876514728297052]", () => {
    // lower = B⁻¹(0.025; 18, 3), upper = B⁻¹(0.975; 19, 2) (golden_values.json conversion_stats.clopper_pearson_95)
    expectRelative(betaQuantile(0.025, 18, 3), 0.6830172859809176, 1e-13);
    expectRelative(betaQuantile(0.975, 19, 2), 0.9876514728297052, 1e-13);
  });

  test("property: x = betaQuantile(p, a, b) is the root of I_x(a, b) = p to within 1e-12·min(x, 1 − x) (plus 4 ulps)", () => {
    // I is increasing, so the root lies in [x − δ, x + δ] exactly when I(x − δ) ≤ p ≤ I(x + δ)
    fc.assert(
      fc.property(
        fc.double({ min: 1e-10, max: 1 - 1e-10, noNaN: true }),
        fc.double({ min: 0.2, max: 2000, noNaN: true }),
        fc.double({ min: 0.2, max: 2000, noNaN: true }),
        (p, a, b) => {
          const x = betaQuantile(p, a, b);
          const delta = 1e-12 * Math.min(x, 1 - x) + 4 * Number.EPSILON * x;
          const slack = 1e-14 * Math.min(p, 1 - p);
          const below = regularizedIncompleteBeta(Math.max(0, x - delta), a, b);
          const above = regularizedIncompleteBeta(Math.min(1, x + delta), a, b);
          return below <= p + slack && p - slack <= above;
        }
      ),
      { numRuns: 300 }
    );
  });
});
