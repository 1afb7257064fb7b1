import { digamma, lnBeta, lnGamma } from "../../src/metrics/special-functions";

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
