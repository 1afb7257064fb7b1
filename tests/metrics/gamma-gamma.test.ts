import { CLV_SIMULATION_PARAMS, makeClvCustomers } from "../../bench/clv-cases";
import { DomainError } from "../../src/metrics/errors";
import {
  GammaGammaParams,
  conditionalExpectedAverageValue,
  fitGammaGamma,
  gammaGammaLogLikelihood,
} from "../../src/metrics/gamma-gamma";
import { readCdnowGolden, readCdnowSummary, relativeError } from "../helpers/cdnow";
import { goldenValues } from "../helpers/shared";

const golden = goldenValues().lifetimes_cdnow;
const mle: GammaGammaParams = golden.gamma_gamma_params_mle_full_precision;
const cdnow = readCdnowSummary();
const fit = fitGammaGamma(cdnow.frequency, cdnow.monetary);

describe("Gamma–Gamma fit on CDNOW (946 customers with x > 0)", () => {
  test("parameters match the full-precision MLE (golden_values.json) to 1e-6", () => {
    for (const key of ["p", "q", "v"] as const)
      expect(relativeError(fit[key], mle[key])).toBeLessThan(1e-6);
    expect(fit.customers).toBe(golden.gamma_gamma_params_published.n_fit);
    expect(fit.converged).toBe(true);
  });

  test("parameters match lifetimes' test (6.25, 3.74, 15.44 at numpy decimal=2, i.e. |Δ| < 0.015)", () => {
    const published = golden.gamma_gamma_params_published;
    for (const key of ["p", "q", "v"] as const)
      expect(Math.abs(fit[key] - published[key])).toBeLessThan(1.5e-2);
  });

  test("the fit maximises the likelihood: analytic gradient is ~0 there, and matches finite differences elsewhere", () => {
    const gradient = new Float64Array(3);
    gammaGammaLogLikelihood(fit, cdnow.frequency, cdnow.monetary, undefined, gradient);
    // ∂LL/∂θ with θ = ln parameter, per customer: zero at the optimum up to the optimiser's tolerance.
    expect(Math.abs(fit.p * gradient[0]) / fit.customers).toBeLessThan(1e-8);
    expect(Math.abs(fit.q * gradient[1]) / fit.customers).toBeLessThan(1e-8);
    expect(Math.abs(fit.v * gradient[2]) / fit.customers).toBeLessThan(1e-8);

    const at: GammaGammaParams = { p: 4, q: 2.5, v: 20 };
    gammaGammaLogLikelihood(at, cdnow.frequency, cdnow.monetary, undefined, gradient);
    (["p", "q", "v"] as const).forEach((key, i) => {
      const h = 1e-6 * at[key];
      const up = gammaGammaLogLikelihood(
        { ...at, [key]: at[key] + h },
        cdnow.frequency,
        cdnow.monetary
      );
      const down = gammaGammaLogLikelihood(
        { ...at, [key]: at[key] - h },
        cdnow.frequency,
        cdnow.monetary
      );
      expect(relativeError(gradient[i], (up - down) / (2 * h))).toBeLessThan(1e-6);
    });
  });

  test("log-likelihood by hand for one customer (x = 2, m̄ = 22.35) at p = 6, q = 4, v = 15", () => {
    // lnΓ(16) − lnΓ(12) − lnΓ(4) + 4 ln 15 + 11 ln 22.35 + 12 ln 2 − 16 ln 59.7, with Γ(16)/Γ(12) = 15·14·13·12, Γ(4) = 6.
    const expected =
      Math.log(15 * 14 * 13 * 12) -
      Math.log(6) +
      4 * Math.log(15) +
      11 * Math.log(22.35) +
      12 * Math.log(2) -
      16 * Math.log(59.7);
    const ll = gammaGammaLogLikelihood({ p: 6, q: 4, v: 15 }, [2, 0], [22.35, 0]);
    expect(relativeError(ll, expected)).toBeLessThan(1e-13);
  });
});

describe("Gamma–Gamma conditional expected average value E[M | x, m̄]", () => {
  const first10 = golden.gamma_gamma_cond_exp_avg_profit_first10;

  test("first 10 CDNOW customers: Hardie's spreadsheet (±0.1 at 6.25, 3.74, 15.44) and lifetimes' docs at the MLE", () => {
    for (let i = 0; i < 10; i++) {
      const x = cdnow.frequency[i];
      const m = cdnow.monetary[i];
      expect(
        Math.abs(conditionalExpectedAverageValue(first10.params, x, m) - first10.expected[i])
      ).toBeLessThan(first10.atol);
      // The docs print lifetimes' own fit to 6 decimals; that fit differs from the exact MLE by up to 6e-7 here.
      expect(
        relativeError(conditionalExpectedAverageValue(fit, x, m), first10.docs_at_mle[i])
      ).toBeLessThan(1e-6);
    }
  });

  test("all 2357 customers match golden_lifetimes_cdnow.csv (x = 0 → population mean)", () => {
    const rows = readCdnowGolden();
    let worstAtMle = 0;
    let worstAtFit = 0;
    for (const row of rows) {
      const exact = conditionalExpectedAverageValue(mle, row.frequency, row.monetary_value);
      worstAtMle = Math.max(worstAtMle, relativeError(exact, row.gg_cond_exp_avg_profit));
      const ours = conditionalExpectedAverageValue(fit, row.frequency, row.monetary_value);
      worstAtFit = Math.max(worstAtFit, relativeError(ours, row.gg_cond_exp_avg_profit));
    }
    expect(worstAtMle).toBeLessThan(1e-13);
    expect(worstAtFit).toBeLessThan(1e-6);
  });

  test("mean E[M] over all customers is 35.2529588 and mean m̄ of repeat buyers 35.0785518 (lifetimes docs)", () => {
    let sum = 0;
    cdnow.frequency.forEach(
      (x, i) => (sum += conditionalExpectedAverageValue(fit, x, cdnow.monetary[i]))
    );
    expect(sum / cdnow.frequency.length).toBeCloseTo(35.2529588, 5);
    const repeat = cdnow.monetary.filter((_, i) => cdnow.frequency[i] > 0);
    expect(repeat.reduce((s, m) => s + m, 0) / repeat.length).toBeCloseTo(35.0785518, 6);
  });

  test("q ≤ 1 (infinite mean spend) → #NUM!", () => {
    expect(() => conditionalExpectedAverageValue({ p: 2, q: 0.9, v: 10 }, 3, 20)).toThrow(
      /q = 0.9 ≤ 1/
    );
  });
});

describe("Gamma–Gamma fit: data it cannot fit, masks, simulated data", () => {
  test("fewer than 10 repeat buyers → #NUM!", () => {
    expect(() => fitGammaGamma([1, 2, 0, 0, 3], [10, 20, 0, 0, 30])).toThrow(
      /at least 10 customers with repeat purchases \(got 3\)/
    );
  });

  test("an included repeat buyer with monetary ≤ 0 → #NUM! naming the row; excluded by the mask it is skipped", () => {
    const x = [...cdnow.frequency];
    const m = [...cdnow.monetary];
    m[0] = 0; // customer 1 has x = 2
    expect(() => fitGammaGamma(x, m)).toThrow(DomainError);
    expect(() => fitGammaGamma(x, m)).toThrow(/Row 1: monetary must be above 0/);
    const include = x.map((_, i) => (i === 0 ? 0 : 1));
    const masked = fitGammaGamma(x, m, include);
    expect(masked.customers).toBe(945);
  });

  test("columns of different lengths → #VALUE!", () => {
    expect(() => fitGammaGamma([1, 2, 3], [1, 2])).toThrow(
      expect.objectContaining({ kind: "value" })
    );
  });

  test("recovers the generating parameters of 20,000 simulated customers", () => {
    const sim = makeClvCustomers(20_000, 11);
    const fitted = fitGammaGamma(sim.frequency, sim.monetary);
    const truth = CLV_SIMULATION_PARAMS;
    expect(relativeError(fitted.p, truth.p)).toBeLessThan(0.15);
    expect(relativeError(fitted.q, truth.q)).toBeLessThan(0.15);
    expect(relativeError(fitted.v, truth.v)).toBeLessThan(0.2);
    expect(fitted.logLikelihood).toBeGreaterThanOrEqual(
      gammaGammaLogLikelihood(truth, sim.frequency, sim.monetary)
    );
  });
});
