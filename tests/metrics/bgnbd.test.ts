import fc from "fast-check";
import { CLV_SIMULATION_PARAMS, makeClvCustomers } from "../../bench/clv-cases";
import {
  BgNbdParams,
  bgnbdLogLikelihood,
  conditionalExpectedPurchases,
  expectedPurchases,
  expectedPurchasesIfAlive,
  fitBgNbd,
  probabilityAlive,
} from "../../src/metrics/bgnbd";
import { PurchasePatterns, purchasePatterns } from "../../src/metrics/clv-inputs";
import { DomainError } from "../../src/metrics/errors";
import { readCdnowGolden, readCdnowSummary, relativeError } from "../helpers/cdnow";
import { goldenValues } from "../helpers/shared";

const golden = goldenValues().lifetimes_cdnow;
const mle: BgNbdParams = golden.bgnbd_params_mle_full_precision;
const cdnow = readCdnowSummary();
const cdnowPatterns = purchasePatterns(cdnow.frequency, cdnow.recency, cdnow.age);
const fit = fitBgNbd(cdnowPatterns);

describe("BG/NBD log-likelihood", () => {
  test("CDNOW at the MLE: Σ LL = −9582.42556056736 (golden_values.json; FHL 2005 report −9582.4)", () => {
    expect(
      relativeError(bgnbdLogLikelihood(mle, cdnowPatterns), golden.log_likelihoods.bgnbd)
    ).toBeLessThan(1e-12);
  });

  test("counting repeated (x, t_x, T) patterns once with a weight changes nothing", () => {
    expect(cdnowPatterns.count.length).toBeLessThan(cdnowPatterns.customers);
    expect(cdnowPatterns.customers).toBe(2357);
    // The same data with every customer as its own pattern of count 1 gives the same sum.
    const rows: PurchasePatterns = {
      frequency: cdnow.frequency,
      recency: cdnow.recency,
      age: cdnow.age,
      count: new Float64Array(cdnow.frequency.length).fill(1),
      patternOfRow: Int32Array.from(cdnow.frequency, (_, i) => i),
      customers: cdnow.frequency.length,
    };
    expect(relativeError(bgnbdLogLikelihood(mle, rows), golden.log_likelihoods.bgnbd)).toBeLessThan(
      1e-12
    );
  });

  test("analytic gradient = central finite differences of the log-likelihood", () => {
    const at: BgNbdParams = { r: 0.3, alpha: 5, a: 0.6, b: 3 };
    const gradient = new Float64Array(4);
    bgnbdLogLikelihood(at, cdnowPatterns, gradient);
    (["r", "alpha", "a", "b"] as const).forEach((key, i) => {
      const h = 1e-6 * at[key];
      const up = bgnbdLogLikelihood({ ...at, [key]: at[key] + h }, cdnowPatterns);
      const down = bgnbdLogLikelihood({ ...at, [key]: at[key] - h }, cdnowPatterns);
      expect(relativeError(gradient[i], (up - down) / (2 * h))).toBeLessThan(1e-6);
    });
  });
});

describe("BG/NBD fit on CDNOW (2357 customers, weeks)", () => {
  test("parameters match the full-precision MLE (golden_values.json) to 1e-6", () => {
    for (const key of ["r", "alpha", "a", "b"] as const) {
      expect(relativeError(fit[key], mle[key])).toBeLessThan(1e-6);
    }
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(2357);
  });

  test("parameters match lifetimes' Quickstart (r 0.242593, α 4.413532, a 0.792886, b 2.425752) to 6 decimals", () => {
    expect(fit.r).toBeCloseTo(0.242593, 6);
    expect(fit.alpha).toBeCloseTo(4.413532, 6);
    expect(fit.a).toBeCloseTo(0.792886, 6);
    expect(fit.b).toBeCloseTo(2.425752, 5);
  });

  test("log-likelihood is the total in weekly units: −9582.42556056736", () => {
    expect(
      relativeError(fit.logLikelihood, golden.bgnbd_params_mle_full_precision.loglik)
    ).toBeLessThan(1e-10);
  });

  test("fitting the same customers in days scales α by 7 and shifts the log-likelihood by −Σx·ln 7", () => {
    const days = purchasePatterns(
      cdnow.frequency,
      cdnow.recency.map((v) => v * 7),
      cdnow.age.map((v) => v * 7)
    );
    const daily = fitBgNbd(days);
    expect(relativeError(daily.alpha, 7 * mle.alpha)).toBeLessThan(1e-6);
    expect(relativeError(daily.r, mle.r)).toBeLessThan(1e-6);
    // Each customer's likelihood is a density in time^(−x): LL_days = LL_weeks − x·ln 7 (FHL eq. 6).
    const repeatPurchases = cdnow.frequency.reduce((s, x) => s + x, 0);
    const expected = golden.log_likelihoods.bgnbd - repeatPurchases * Math.log(7);
    expect(relativeError(daily.logLikelihood, expected)).toBeLessThan(1e-10);
  });
});

describe("BG/NBD per-customer quantities", () => {
  const hardie = golden.bgnbd_cond_exp_purchases;

  test("E[Y(39) | x=2, t_x=30.43, T=38.86]: 1.2259104661113782 at the MLE, 1.226028… at the rounded params", () => {
    expect(
      relativeError(conditionalExpectedPurchases(mle, 39, 2, 30.43, 38.86), hardie.verified_at_mle)
    ).toBeLessThan(1e-12);
    const rounded = golden.bgnbd_pmf_at_published_params.params;
    expect(
      relativeError(
        conditionalExpectedPurchases(rounded, 39, 2, 30.43, 38.86),
        hardie.at_rounded_params
      )
    ).toBeLessThan(1e-12);
    // Hardie's spreadsheet (lifetimes test): 1.226 ± 0.001, at our own fit.
    expect(
      Math.abs(conditionalExpectedPurchases(fit, 39, 2, 30.43, 38.86) - hardie.expected)
    ).toBeLessThan(hardie.tol);
  });

  test("P(alive | x=2, t_x=30.43, T=38.86) = 0.7266091624274209 at the MLE", () => {
    const expected = golden.bgnbd_p_alive["(x=2,t_x=30.43,T=38.86) verified"];
    expect(relativeError(probabilityAlive(mle, 2, 30.43, 38.86), expected)).toBeLessThan(1e-13);
    expect(relativeError(probabilityAlive(fit, 2, 30.43, 38.86), expected)).toBeLessThan(1e-6);
  });

  test("E[X(t)]: Hardie's spreadsheet values (3 decimals) and mpmath at the MLE (1e-12)", () => {
    const published = golden.bgnbd_expected_purchases_E_X_t;
    // mpmath 1.3.0, 40 digits, FHL eq. 9 at the full-precision MLE.
    const mpmath = [
      0.007816071570761347, 0.05318473764740843, 0.15063192249280502, 1.040494287395379,
      1.0437372099802258, 1.8579717638669875,
    ];
    published.t.forEach((t: number, i: number) => {
      expect(Math.abs(expectedPurchases(fit, t) - published.expected[i])).toBeLessThan(1.5e-3);
      expect(relativeError(expectedPurchases(mle, t), mpmath[i])).toBeLessThan(1e-12);
    });
  });

  test("top-5 E[Y(1)] of lifetimes' Quickstart ranking (IDs 509, 841, 1981, 157, 1516), at our fit", () => {
    const top = golden.bgnbd_top5_next_period_t1;
    for (const id of [509, 841, 1981, 157, 1516]) {
      const i = cdnow.id.indexOf(id);
      const value = conditionalExpectedPurchases(
        fit,
        1,
        cdnow.frequency[i],
        cdnow.recency[i],
        cdnow.age[i]
      );
      expect(value).toBeCloseTo(top[`ID${id}`], 6);
    }
  });

  test("all 2357 customers: P(alive) and E[Y(t)] for t = 1, 10, 39 match golden_lifetimes_cdnow.csv", () => {
    // At the golden MLE the formulas agree to rounding; at our own fit (within 2e-7 of that MLE) to 1e-6.
    const rows = readCdnowGolden();
    let worstAtMle = 0;
    let worstAtFit = 0;
    rows.forEach((row, i) => {
      const { frequency: x, recency: tx, T } = row;
      expect(x).toBe(cdnow.frequency[i]);
      worstAtMle = Math.max(
        worstAtMle,
        relativeError(probabilityAlive(mle, x, tx, T), row.bgnbd_p_alive)
      );
      worstAtFit = Math.max(
        worstAtFit,
        relativeError(probabilityAlive(fit, x, tx, T), row.bgnbd_p_alive)
      );
      for (const t of [1, 10, 39]) {
        const expected = row[`bgnbd_cond_exp_t${t}`];
        worstAtMle = Math.max(
          worstAtMle,
          relativeError(conditionalExpectedPurchases(mle, t, x, tx, T), expected)
        );
        worstAtFit = Math.max(
          worstAtFit,
          relativeError(conditionalExpectedPurchases(fit, t, x, tx, T), expected)
        );
      }
    });
    expect(rows).toHaveLength(2357);
    expect(worstAtMle).toBeLessThan(1e-11);
    expect(worstAtFit).toBeLessThan(1e-6);
  });
});

describe("BG/NBD extreme customers", () => {
  test("x = 1000, t_x = 10, T = 100: P(alive) is exactly 0 and E[Y] is 0 (lifetimes: 0.0, no warnings)", () => {
    // The true value is 8.06e-858 (mpmath), below the smallest double.
    expect(probabilityAlive(mle, 1000, 10, 100)).toBe(0);
    expect(conditionalExpectedPurchases(mle, 39, 1000, 10, 100)).toBe(0);
  });

  test("x = 1000, t_x = T = 100 (still buying): finite, matches mpmath 327.9302839080371", () => {
    // mpmath 1.3.0 at 40 digits, FHL eq. 10 at the MLE; P(alive) = 0.9992088690287573.
    expect(relativeError(probabilityAlive(mle, 1000, 100, 100), 0.9992088690287573)).toBeLessThan(
      1e-14
    );
    expect(
      relativeError(conditionalExpectedPurchases(mle, 39, 1000, 100, 100), 327.93028390803715)
    ).toBeLessThan(1e-12);
  });

  test("x = 0: P(alive) = 1, and E[Y(t) | 0, 0, T] is E[X(t)] with α → α + T", () => {
    expect(probabilityAlive(mle, 0, 0, 38.86)).toBe(1);
    const shifted = { ...mle, alpha: mle.alpha + 38.86 };
    expect(
      relativeError(
        conditionalExpectedPurchases(mle, 10, 0, 0, 38.86),
        expectedPurchases(shifted, 10)
      )
    ).toBeLessThan(1e-14);
  });

  test("recency = age: P(alive) = 1/(1 + a/(b+x−1)), the power term being 1 (x=5: 0.8901612771110806)", () => {
    // Hand: 1/(1 + 0.7928862061148787/6.4257538623492225) = 0.8901612771110806.
    expect(relativeError(probabilityAlive(mle, 5, 20, 20), 0.8901612771110806)).toBeLessThan(1e-15);
  });

  test("t = 0 gives no purchases; age 0 (bought today) is allowed", () => {
    expect(conditionalExpectedPurchases(mle, 0, 3, 5, 10)).toBe(0);
    // T = 0, x = 0: the unconditional E[X(t)] of eq. 9.
    expect(conditionalExpectedPurchases(mle, 39, 0, 0, 0)).toBe(expectedPurchases(mle, 39));
  });

  test("every valid customer gives 0 ≤ P(alive) ≤ 1 and a finite E[Y(t)] that grows with t", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (x, share, T, t) => {
          const tx = x === 0 ? 0 : share * T;
          const alive = probabilityAlive(mle, x, tx, T);
          const short = conditionalExpectedPurchases(mle, t, x, tx, T);
          const long = conditionalExpectedPurchases(mle, t + 10, x, tx, T);
          return (
            alive >= 0 &&
            alive <= 1 &&
            Number.isFinite(short) &&
            short >= 0 &&
            long >= short * (1 - 1e-12)
          );
        }
      ),
      { numRuns: 500 }
    );
  });

  test("a = 1 (0/0 in FHL eq. 10's ratio) gives the limit, and a = 1 + 3e-8 stays accurate", () => {
    // mpmath 1.3.0 at 80 digits, r = 0.24, α = 4.4, b = 2.4, t = 39: the a → 1 limit for (x=2, T=38.86) and (0, 0),
    // and the value at a = 1 + 3e-8.
    const params: BgNbdParams = { r: 0.24, alpha: 4.4, a: 1, b: 2.4 };
    expect(
      relativeError(expectedPurchasesIfAlive(params, 39, 2, 38.86), 1.6222271455917088)
    ).toBeLessThan(1e-9);
    expect(
      relativeError(expectedPurchasesIfAlive(params, 39, 0, 0), 1.0708086679226454)
    ).toBeLessThan(1e-9);
    const near = { ...params, a: 1 + 3e-8 };
    expect(
      relativeError(expectedPurchasesIfAlive(near, 39, 2, 38.86), 1.6222271371123465)
    ).toBeLessThan(1e-9);
    expect(
      relativeError(expectedPurchasesIfAlive(near, 39, 0, 0), 1.0708086538163868)
    ).toBeLessThan(1e-9);
  });

  test("a + b < 1 (the ₂F₁ has c < 0 for x = 0): E[X(t)] stays positive and increasing", () => {
    // E[X(t)] = E[(1 − e^{−λpt})/p] over λ, p: positive and increasing in t whatever the parameters (FHL §3).
    const params: BgNbdParams = { r: 0.5, alpha: 2, a: 0.3, b: 0.4 };
    let previous = 0;
    for (const t of [0.5, 1, 5, 20, 100]) {
      const value = expectedPurchasesIfAlive(params, t, 0, 0);
      expect(value).toBeGreaterThan(previous);
      previous = value;
    }
  });
});

describe("BG/NBD fit: data the model cannot fit, and simulated data", () => {
  test("fewer than 10 customers → #NUM!", () => {
    const few = purchasePatterns([1, 0, 2], [3, 0, 5], [10, 10, 10]);
    expect(() => fitBgNbd(few)).toThrow(/at least 10 customers \(got 3\)/);
  });

  test("no repeat buyer → #NUM! that says so", () => {
    const none = purchasePatterns(
      new Array(20).fill(0),
      new Array(20).fill(0),
      Array.from({ length: 20 }, (_, i) => i + 1)
    );
    expect(() => fitBgNbd(none)).toThrow(DomainError);
    expect(() => fitBgNbd(none)).toThrow(/no customer has a repeat purchase/);
  });

  test("a customer who never drops out pushes a → 0: the fit stays finite", () => {
    // Everyone buys steadily until the end: the MLE lies at the boundary (no dropout); log-parameters are bounded.
    const n = 50;
    const x = Array.from({ length: n }, (_, i) => 1 + (i % 5));
    const T = Array.from({ length: n }, () => 30);
    const fitted = fitBgNbd(purchasePatterns(x, T, T));
    for (const v of [fitted.r, fitted.alpha, fitted.a, fitted.b, fitted.logLikelihood])
      expect(Number.isFinite(v)).toBe(true);
    expect(fitted.a / (fitted.a + fitted.b)).toBeLessThan(1e-3);
  });

  test("recovers the generating parameters of 20,000 simulated customers", () => {
    const sim = makeClvCustomers(20_000, 7);
    const patterns = purchasePatterns(sim.frequency, sim.recency, sim.age);
    const fitted = fitBgNbd(patterns);
    const truth = CLV_SIMULATION_PARAMS;
    // Standard errors at n = 20,000 are about 2% (r), 3% (α), 8% (a), 10% (b) (CDNOW's, scaled by √(2357/20000)).
    expect(relativeError(fitted.r, truth.r)).toBeLessThan(0.08);
    expect(relativeError(fitted.alpha, truth.alpha)).toBeLessThan(0.12);
    expect(relativeError(fitted.a, truth.a)).toBeLessThan(0.3);
    expect(relativeError(fitted.b, truth.b)).toBeLessThan(0.35);
    // The maximum-likelihood property itself: no worse than the truth.
    expect(fitted.logLikelihood).toBeGreaterThanOrEqual(bgnbdLogLikelihood(truth, patterns));
  });
});
