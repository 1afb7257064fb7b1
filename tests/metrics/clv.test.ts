import { BgNbdParams, conditionalExpectedPurchases } from "../../src/metrics/bgnbd";
import {
  CLV_PARAMS_ROWS,
  clvParameters,
  discountedExpectedPurchases,
  lifetimeValues,
} from "../../src/metrics/clv";
import { purchasePatterns, validateClvRow } from "../../src/metrics/clv-inputs";
import { DomainError } from "../../src/metrics/errors";
import { GammaGammaParams, conditionalExpectedAverageValue } from "../../src/metrics/gamma-gamma";
import { readCdnowGolden, readCdnowSummary, relativeError } from "../helpers/cdnow";
import { goldenValues } from "../helpers/shared";

const golden = goldenValues().lifetimes_cdnow;
const bgMle: BgNbdParams = golden.bgnbd_params_mle_full_precision;
const ggMle: GammaGammaParams = golden.gamma_gamma_params_mle_full_precision;
const cdnow = readCdnowSummary();
const rows = readCdnowGolden();

// lifetimes' customer_lifetime_value(time=12, discount_rate=0.01, freq): horizon = 12·factor, step = factor
// (analytics.md §1.4); factor 30 is its default freq "D" applied to weekly data, 4.345 the correct weekly factor.
const LIFETIMES_DEFAULT = {
  column: "clv_12m_dr0.01_factor30_lifetimesDefaultD",
  horizon: 360,
  step: 30,
};
const WEEKLY = { column: "clv_12m_dr0.01_factor4.345_W", horizon: 12 * 4.345, step: 4.345 };

describe("CLV on CDNOW: lifetimes' customer_lifetime_value (golden_lifetimes_cdnow.csv)", () => {
  test.each([LIFETIMES_DEFAULT, WEEKLY])(
    "$column: all 2357 customers to 1e-6 (fits its own models)",
    ({ column, horizon, step }) => {
      const values = lifetimeValues(cdnow, horizon, 0.01, step);
      let worst = 0;
      rows.forEach((row, i) => (worst = Math.max(worst, relativeError(values[i], row[column]))));
      expect(worst).toBeLessThan(1e-6);
    }
  );

  test.each([LIFETIMES_DEFAULT, WEEKLY])(
    "$column at the golden MLE parameters: to 1e-10",
    ({ column, horizon, step }) => {
      let worst = 0;
      for (const row of rows) {
        const purchases = discountedExpectedPurchases(
          bgMle,
          row.frequency,
          row.recency,
          row.T,
          horizon,
          0.01,
          step
        );
        const spend = conditionalExpectedAverageValue(ggMle, row.frequency, row.monetary_value);
        worst = Math.max(worst, relativeError(spend * purchases, row[column]));
      }
      expect(worst).toBeLessThan(1e-10);
    }
  );

  test("lifetimes' documented example, first 10 customers (140.096211, 18.943467, …)", () => {
    const values = lifetimeValues(cdnow, 360, 0.01, 30);
    golden.clv_docs_example.first10.forEach((expected: number, i: number) => {
      expect(relativeError(values[i], expected)).toBeLessThan(1e-6);
    });
  });

  test("with the weekly factor: customer 1 = 36.278497, customer 6 = 283.523569 (analytics.md §1.4)", () => {
    const values = lifetimeValues(cdnow, 12 * 4.345, 0.01, 4.345);
    expect(values[0]).toBeCloseTo(36.278497, 5);
    expect(values[5]).toBeCloseTo(283.523569, 4);
  });

  test("discount 0: the sum telescopes to E[M]·E[Y(horizon)] (golden E[Y(39)] × golden E[M])", () => {
    const values = lifetimeValues(cdnow, 39, 0, 4.345);
    let worst = 0;
    rows.forEach((row, i) => {
      worst = Math.max(
        worst,
        relativeError(values[i], row.bgnbd_cond_exp_t39 * row.gg_cond_exp_avg_profit)
      );
    });
    expect(worst).toBeLessThan(1e-6);
  });
});

describe("CLV.PARAMS", () => {
  test("rows in the spec's order; CDNOW gives both fits, the customer count, and the weekly log-likelihood", () => {
    expect(CLV_PARAMS_ROWS).toEqual(["r", "alpha", "a", "b", "loglik", "p", "q", "v", "customers"]);
    const table = clvParameters(cdnow);
    for (const key of ["r", "alpha", "a", "b"] as const) {
      expect(relativeError(table[key] as number, bgMle[key])).toBeLessThan(1e-6);
    }
    for (const key of ["p", "q", "v"] as const) {
      expect(relativeError(table[key] as number, ggMle[key])).toBeLessThan(1e-6);
    }
    expect(relativeError(table.loglik as number, golden.log_likelihoods.bgnbd)).toBeLessThan(1e-10);
    expect(table.customers).toBe(2357);
  });

  test("without monetary the Gamma–Gamma rows are blank (null)", () => {
    const { frequency, recency, age } = cdnow;
    const table = clvParameters({ frequency, recency, age });
    expect([table.p, table.q, table.v]).toEqual([null, null, null]);
    expect(table.r).not.toBeNull();
  });
});

describe("discounted expected purchases: periods", () => {
  const [x, tx, T] = [2, 30.43, 38.86];
  const E = (t: number) => conditionalExpectedPurchases(bgMle, t, x, tx, T);

  test("horizon 10, step 4: ⌈10/4⌉ = 3 periods ending at 4, 8 and 10 (the last clipped at the horizon)", () => {
    const d = 0.01;
    const expected = E(4) / (1 + d) + (E(8) - E(4)) / (1 + d) ** 2 + (E(10) - E(8)) / (1 + d) ** 3;
    expect(
      relativeError(discountedExpectedPurchases(bgMle, x, tx, T, 10, d, 4), expected)
    ).toBeLessThan(1e-13);
  });

  test("52.14 / 4.345 is 12 periods, not 13 (floating-point ratio 12.000000000000002)", () => {
    let expected = 0;
    for (let i = 1; i <= 12; i++) expected += (E(i * 4.345) - E((i - 1) * 4.345)) / 1.01 ** i;
    expect(
      relativeError(discountedExpectedPurchases(bgMle, x, tx, T, 52.14, 0.01, 4.345), expected)
    ).toBeLessThan(1e-12);
  });

  test("horizon 0 → 0; an exactly dead customer (x = 1000, t_x = 10, T = 100) → 0", () => {
    expect(discountedExpectedPurchases(bgMle, x, tx, T, 0, 0.01, 1)).toBe(0);
    expect(discountedExpectedPurchases(bgMle, 1000, 10, 100, 52, 0.01, 1)).toBe(0);
  });

  test("argument errors → #NUM!", () => {
    const call = (horizon: number, d: number, step: number) => () =>
      discountedExpectedPurchases(bgMle, x, tx, T, horizon, d, step);
    expect(call(-1, 0, 1)).toThrow(/horizon must be zero or more/);
    expect(call(10, -1, 1)).toThrow(/discount_rate must be above −1/);
    expect(call(10, 0, 0)).toThrow(/step must be above 0/);
    expect(call(1e6, 0.01, 1)).toThrow(/at most 100000 are allowed/);
    expect(call(NaN, 0, 1)).toThrow(DomainError);
  });
});

describe("CLV inputs: row validation and include mask", () => {
  test("validateClvRow: null for valid rows, a #NUM! DomainError saying why for invalid ones", () => {
    expect(validateClvRow(2, 30.43, 38.86, 22.35)).toBeNull();
    expect(validateClvRow(0, 0, 0)).toBeNull();
    expect(validateClvRow(0, 0, 5, 0)).toBeNull();
    expect(validateClvRow(3, 10, 10)).toBeNull(); // recency = age
    const cases: [number, number, number, number | undefined, RegExp][] = [
      [1.5, 2, 3, undefined, /whole number/],
      [-1, 0, 3, undefined, /whole number/],
      [1, -2, 3, undefined, /recency must be zero or more/],
      [1, 4, 3, undefined, /cannot exceed age/],
      [0, 1, 3, undefined, /recency must be 0 when frequency is 0/],
      [1, 2, 3, 0, /monetary must be above 0/],
      [1, 2, 3, -5, /monetary must be a finite number ≥ 0/],
      [NaN, 2, 3, undefined, /finite numbers/],
    ];
    for (const [x, tx, T, m, message] of cases) {
      const problem = validateClvRow(x, tx, T, m);
      expect(problem).toBeInstanceOf(DomainError);
      expect(problem?.kind).toBe("num");
      expect(problem?.message).toMatch(message);
    }
  });

  test("an invalid row must be masked out: included, the fit names it; masked, its CLV is NaN and the rest computed", () => {
    const recency = Float64Array.from(cdnow.recency);
    recency[4] = 50; // customer 5: recency > age
    const columns = { ...cdnow, recency };
    expect(() => lifetimeValues(columns, 52, 0.01, 4.345)).toThrow(
      /Row 5: recency \(50\) cannot exceed age/
    );
    const include = Uint8Array.from(cdnow.frequency, (_, i) =>
      validateClvRow(cdnow.frequency[i], recency[i], cdnow.age[i]) ? 0 : 1
    );
    const values = lifetimeValues({ ...columns, include }, 52, 0.01, 4.345);
    expect(Number.isNaN(values[4])).toBe(true);
    expect(values.filter((v) => Number.isFinite(v))).toHaveLength(2356);
  });

  test("purchasePatterns counts each distinct (x, t_x, T) once and maps rows to them", () => {
    const p = purchasePatterns([0, 1, 0, 1], [0, 2, 0, 2], [5, 6, 5, 7], [1, 1, 1, 1]);
    expect(p.customers).toBe(4);
    expect(Array.from(p.count)).toEqual([2, 1, 1]);
    expect(Array.from(p.patternOfRow)).toEqual([0, 1, 0, 2]);
  });
});
