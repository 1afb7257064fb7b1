import * as fc from "fast-check";
import { BUDGET_BENCH_TARGETS, makeBudgetChannels } from "../../bench/budget-cases";
import { BUDGET_TABLE_LABELS } from "../../src/functions/labels/budget";
import {
  BUDGET_TABLE_COLUMNS,
  budgetTableRows,
  optimizeBudget,
} from "../../src/metrics/budget-optimizer";
import { goldenValues } from "../helpers/shared";

const golden = goldenValues().budget_allocation_computed_examples;

/** Hill response L·x^k/(x^k + h^k), written out independently of the module under test. */
function hill(x: number, L: number, h: number, k: number): number {
  if (x <= 0) return 0;
  const xk = Math.pow(x, k);
  return (L * xk) / (xk + Math.pow(h, k));
}

/** d/dx of hill: L·k·h^k·x^(k−1)/(x^k + h^k)². */
function hillSlope(x: number, L: number, h: number, k: number): number {
  const xk = Math.pow(x, k);
  const hk = Math.pow(h, k);
  return (L * k * hk * Math.pow(x, k - 1)) / ((xk + hk) * (xk + hk));
}

function sumLeftToRight(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

/** mulberry32 (public domain), a small seeded PRNG for reproducible cases. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("optimizeBudget: Michaelis–Menten goldens (analytics.md §2.6), concave → closed form whatever the step", () => {
  const mm = golden.michaelis_menten;
  const L = [mm.channels.A.L, mm.channels.B.L, mm.channels.C.L]; // 100, 80, 50
  const k = [mm.channels.A.k, mm.channels.B.k, mm.channels.C.k]; // 20, 10, 30

  // Hand calculation (§2.6): equal marginals L·k/(k + x)² = λ give x_i = √(L_i·k_i/λ) − k_i with
  // √λ = Σ√(L_i·k_i) / (B + Σk_i) = (√2000 + √800 + √1500) / (100 + 60) = 111.7355 / 160 = 0.698347,
  // λ = 0.487688; x = 44.7214/0.698347 − 20 = 44.0389, 28.2843/0.698347 − 10 = 30.5018, 38.7298/0.698347 − 30 = 25.4593.
  const sqrtLambda =
    L.reduce((s, l, i) => s + Math.sqrt(l * k[i]), 0) / (mm.total + k[0] + k[1] + k[2]);
  const closedForm = L.map((l, i) => Math.sqrt(l * k[i]) / sqrtLambda - k[i]);

  test.each([undefined, 1, 0.1, 100 / 7, 25, 60, 100])(
    "unbounded, step %p → golden split and response",
    (step) => {
      const plan = optimizeBudget(mm.total, L, k, { step });
      plan.spend.forEach((x, i) => {
        // the JSON's split comes from a numerical solver and is itself 1.05e-6 (relative) off the closed form
        // for C; within 1e-6 of the total it agrees, and the closed form is matched to 1e-11
        expect(Math.abs(x - mm.optimal[i])).toBeLessThan(1e-6 * mm.total);
        expect(relativeError(x, closedForm[i])).toBeLessThan(1e-11);
      });
      expect(relativeError(plan.totalResponse, mm.response)).toBeLessThan(1e-12);
      for (const m of plan.marginalRoas) expect(m).toBeCloseTo(mm.lambda_marginal, 6);
      expect(sumLeftToRight(plan.spend)).toBe(mm.total);
    }
  );

  test.each([undefined, 0.5, 100 / 3])(
    "B ≤ 30 and C ≥ 10, step %p → golden bounded split",
    (step) => {
      const b = golden.michaelis_menten_bounded;
      // Hand calculation: B at its max 30 (its marginal 80·10/40² = 0.5 exceeds the others' λ); A and C share 70:
      // √λ = (√2000 + √1500)/(70 + 20 + 30) = 0.695427 → x_A = 44.3078, x_C = 25.6922 (C's min 10 does not bind).
      const sq = (Math.sqrt(2000) + Math.sqrt(1500)) / 120;
      const plan = optimizeBudget(mm.total, L, k, {
        min: [0, b.bounds.B[0], b.bounds.C[0]],
        max: [100, b.bounds.B[1], b.bounds.C[1]],
        step,
      });
      plan.spend.forEach((x, i) =>
        expect(Math.abs(x - b.optimal[i])).toBeLessThan(1e-6 * mm.total)
      );
      expect(plan.spend[1]).toBe(30);
      expect(relativeError(plan.spend[0], Math.sqrt(2000) / sq - 20)).toBeLessThan(1e-11);
      expect(relativeError(plan.totalResponse, b.response)).toBeLessThan(1e-12);
      expect(plan.marginalRoas[1]).toBeCloseTo(0.5, 12);
      expect(sumLeftToRight(plan.spend)).toBe(mm.total);
    }
  );
});

describe("optimizeBudget: S-shaped Robyn-style goldens (analytics.md §2.6)", () => {
  const hs = golden.robyn_style_hill;
  const names = ["tv", "search", "social"];
  const L = names.map((c) => hs.channels[c].coeff); // 5000, 3000, 2000
  const h = names.map((c) => hs.channels[c].inflexion); // 40, 15, 10
  const k = names.map((c) => hs.channels[c].alpha); // 2, 1.2, 0.8

  test("total 90 → 57.3712, 22.2056, 10.4232 with equal marginals 38.36526", () => {
    const plan = optimizeBudget(hs.total, L, h, { shape: k });
    plan.spend.forEach((x, i) => expect(Math.abs(x - hs.optimal[i])).toBeLessThan(1e-6 * hs.total));
    expect(relativeError(plan.totalResponse, hs.response)).toBeLessThan(1e-9);
    for (const m of plan.marginalRoas)
      expect(relativeError(m, hs.equal_marginal)).toBeLessThan(1e-6);
    expect(sumLeftToRight(plan.spend)).toBe(hs.total);
  });

  test.each(Object.keys(golden.robyn_style_hill.budget_sweep))("budget sweep: total %s", (key) => {
    const total = Number(key);
    const expected = hs.budget_sweep[key];
    const plan = optimizeBudget(total, L, h, { shape: k });
    // the golden splits are printed to 4 decimals (±5e-5) by a numerical solver (±1e-6 of the total)
    plan.spend.forEach((x, i) =>
      expect(Math.abs(x - expected.alloc[i])).toBeLessThan(5e-5 + 1e-6 * total)
    );
    expect(Math.abs(plan.totalResponse - expected.resp)).toBeLessThan(1e-4);
    expect(sumLeftToRight(plan.spend)).toBe(total);
  });

  test("total 30: the corner — tv gets exactly 0, search and social share 30 at equal marginals", () => {
    const plan = optimizeBudget(30, L, h, { shape: k });
    expect(plan.spend[0]).toBe(0);
    expect(plan.marginalRoas[0]).toBe(0); // shape 2 > 1: f'(0) = 0
    expect(relativeError(plan.marginalRoas[1], plan.marginalRoas[2])).toBeLessThan(1e-9);
    // the corner beats every interior split with tv > 0: f(tv) + best of the rest is lower along a scan
    for (let tv = 0.5; tv < 30; tv += 0.5) {
      let bestRest = 0;
      for (let s = 0; s <= 30 - tv; s += 0.01)
        bestRest = Math.max(
          bestRest,
          hill(s, L[1], h[1], k[1]) + hill(30 - tv - s, L[2], h[2], k[2])
        );
      expect(hill(tv, L[0], h[0], k[0]) + bestRest).toBeLessThan(plan.totalResponse);
    }
  });

  test("the answer does not depend on the step beyond rounding (coarse steps still find the corner)", () => {
    for (const step of [0.01, 0.3, 1, 3, 7.5]) {
      const plan = optimizeBudget(30, L, h, { shape: k, step });
      expect(plan.spend[0]).toBe(0);
      expect(
        relativeError(plan.totalResponse, golden.robyn_style_hill.budget_sweep["30"].resp)
      ).toBeLessThan(1e-7);
    }
  });
});

describe("optimizeBudget: the grid search equals brute force (2–4 channels, shapes 0.5–3, random bounds)", () => {
  // The grid (module comment): cells of one unit above each min; a channel may also stop exactly at its max.
  // Enumerating every grid split is the independent reference.
  const channel = fc.record({
    scale: fc.double({ min: 1, max: 1000, noNaN: true }),
    half: fc.double({ min: 0.2, max: 30, noNaN: true }),
    shape: fc.double({ min: 0.5, max: 3, noNaN: true }),
    min: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 })),
    maxCells: fc.option(fc.integer({ min: 0, max: 24 }), { nil: null }),
    maxFraction: fc.oneof(fc.constant(0), fc.double({ min: 0.05, max: 0.95, noNaN: true })),
  });
  type Channel = typeof channel extends fc.Arbitrary<infer T> ? T : never;

  function bruteForce(channels: Channel[], cells: number, max: number[]): number {
    let best = -Infinity;
    const visit = (i: number, left: number, value: number): void => {
      const c = channels[i];
      const cap = c.maxCells === null ? cells : c.maxCells + (c.maxFraction > 0 ? 1 : 0);
      if (i === channels.length - 1) {
        if (left <= cap)
          best = Math.max(
            best,
            value + hill(Math.min(c.min + left, max[i]), c.scale, c.half, c.shape)
          );
        return;
      }
      for (let j = 0; j <= Math.min(left, cap); j++)
        visit(i + 1, left - j, value + hill(Math.min(c.min + j, max[i]), c.scale, c.half, c.shape));
    };
    visit(0, cells, 0);
    return best;
  }

  test("gridResponse = brute-force best to 1e-9; the refined answer is never worse; bounds and total hold", () => {
    fc.assert(
      fc.property(
        fc.array(channel, { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 1, max: 24 }),
        (channels, cells) => {
          const total = cells + channels.reduce((s, c) => s + c.min, 0);
          const max = channels.map((c) =>
            c.maxCells === null ? total : c.min + c.maxCells + c.maxFraction
          );
          fc.pre(max.reduce((a, b) => a + b, 0) >= total);
          const best = bruteForce(channels, cells, max);
          const plan = optimizeBudget(
            total,
            channels.map((c) => c.scale),
            channels.map((c) => c.half),
            { shape: channels.map((c) => c.shape), min: channels.map((c) => c.min), max, step: 1 }
          );
          expect(relativeError(plan.gridResponse, best)).toBeLessThan(1e-9);
          expect(plan.totalResponse).toBeGreaterThanOrEqual(best * (1 - 1e-12));
          plan.spend.forEach((x, i) => {
            expect(x).toBeGreaterThanOrEqual(channels[i].min);
            expect(x).toBeLessThanOrEqual(Math.min(max[i], total));
          });
          // exact but for rare cases where no representable spend closes the last bit (module comment)
          expect(Math.abs(sumLeftToRight(plan.spend) - total)).toBeLessThanOrEqual(
            total * Number.EPSILON
          );
        }
      ),
      { numRuns: 400 }
    );
  });
});

describe("optimizeBudget: continuous optimality", () => {
  test("3 S-shaped/concave channels: never below a 600-cell brute force (default step), nor 0.1% below it (step total/20)", () => {
    const random = mulberry32(7);
    for (let trial = 0; trial < 25; trial++) {
      const total = 10 + 90 * random();
      const L = [0, 1, 2].map(() => 10 + 100 * random());
      const h = [0, 1, 2].map(() => total * (0.05 + random()));
      const k = [0, 1, 2].map(() => 0.5 + 2.5 * random());
      const min = [0, 1, 2].map(() => (random() < 0.3 ? 0.2 * total * random() : 0));
      const max = min.map((m) => (random() < 0.4 ? m + total * random() : total));
      if (max.reduce((a, b) => a + b, 0) < total) continue;

      const cells = 600;
      const unit = (total - min[0] - min[1] - min[2]) / cells;
      const table = (i: number) =>
        Array.from({ length: cells + 1 }, (_, j) =>
          min[i] + j * unit <= max[i] ? hill(min[i] + j * unit, L[i], h[i], k[i]) : -Infinity
        );
      const [t0, t1, t2] = [table(0), table(1), table(2)];
      let best = -Infinity;
      for (let a = 0; a <= cells; a++)
        for (let b = 0; a + b <= cells; b++)
          best = Math.max(best, t0[a] + t1[b] + t2[cells - a - b]);

      const fine = optimizeBudget(total, L, h, { shape: k, min, max });
      expect(fine.totalResponse).toBeGreaterThanOrEqual(best * (1 - 1e-12));
      const coarse = optimizeBudget(total, L, h, { shape: k, min, max, step: total / 20 });
      expect(coarse.totalResponse).toBeGreaterThanOrEqual(best * (1 - 1e-3));
      expect(coarse.totalResponse).toBeGreaterThanOrEqual(coarse.gridResponse);
    }
  });

  test("concave curves (shape ≤ 1), any bounds and step: the KKT conditions hold, so the split is the global optimum", () => {
    // For a concave objective the KKT conditions are sufficient: one λ with f'_i = λ for channels strictly
    // inside their bounds, f'_i ≤ λ at a min, f'_i ≥ λ at a max.
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            scale: fc.double({ min: 1, max: 1e4, noNaN: true }),
            half: fc.double({ min: 1, max: 500, noNaN: true }),
            shape: fc.double({ min: 0.3, max: 1, noNaN: true }),
            min: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 20, noNaN: true })),
            room: fc.option(
              fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 200, noNaN: true })),
              {
                nil: null,
              }
            ),
          }),
          { minLength: 1, maxLength: 8 }
        ),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        (channels, extra, cells) => {
          const sumMin = channels.reduce((s, c) => s + c.min, 0);
          const total = sumMin + extra + 1;
          const max = channels.map((c) => (c.room === null ? total : c.min + c.room));
          fc.pre(max.reduce((a, b) => a + b, 0) >= total);
          const plan = optimizeBudget(
            total,
            channels.map((c) => c.scale),
            channels.map((c) => c.half),
            {
              shape: channels.map((c) => c.shape),
              min: channels.map((c) => c.min),
              max,
              step: total / cells,
            }
          );
          // within 1e-6 of the total from a bound counts as at the bound
          const slack = 1e-6 * total;
          // at spend 0 with shape < 1, f'(0) = ∞: use the chord over the first 1e-9 of the total instead (0 is
          // then right only when the optimal spend is below the smallest double, as for shape 1 − 1e-15)
          const chord = 1e-9 * total;
          const slopes = plan.spend.map((x, i) => {
            const c = channels[i];
            return x === 0 && c.shape < 1
              ? hill(chord, c.scale, c.half, c.shape) / chord
              : hillSlope(x, c.scale, c.half, c.shape);
          });
          const upper = max.map((m) => Math.min(m, total));
          const inside = plan.spend.map(
            (x, i) => x > channels[i].min + slack && x < upper[i] - slack
          );
          const freeSlopes = slopes.filter((_, i) => inside[i]);
          if (freeSlopes.length === 0) return;
          const lambda = freeSlopes[0];
          for (const s of freeSlopes) expect(relativeError(s, lambda)).toBeLessThan(1e-6);
          plan.spend.forEach((x, i) => {
            if (inside[i] || upper[i] - channels[i].min <= 2 * slack) return; // free, or pinned by min = max
            if (x <= channels[i].min + slack)
              expect(slopes[i]).toBeLessThanOrEqual(lambda * (1 + 1e-6));
            else expect(slopes[i]).toBeGreaterThanOrEqual(lambda * (1 - 1e-6));
          });
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("optimizeBudget: edges", () => {
  test("one channel takes the whole total", () => {
    const plan = optimizeBudget(50, [100], [20], { shape: 2.5 });
    expect(plan.spend).toEqual([50]);
    expect(plan.share).toEqual([1]);
  });

  test("Σ min = total → every channel at its min; Σ max = total → every channel at its max", () => {
    expect(optimizeBudget(100, [10, 20, 30], [5, 5, 5], { min: [20, 30, 50] }).spend).toEqual([
      20, 30, 50,
    ]);
    expect(optimizeBudget(100, [10, 20, 30], [5, 5, 5], { max: [20, 30, 50] }).spend).toEqual([
      20, 30, 50,
    ]);
  });

  test("a channel with scale 0 gets only its min (and absorbs what the others cannot take)", () => {
    expect(optimizeBudget(100, [0, 50], [10, 10], { min: [5, 0] }).spend).toEqual([5, 95]);
    const capped = optimizeBudget(100, [0, 50], [10, 10], { max: [100, 60] });
    expect(capped.spend).toEqual([40, 60]);
  });

  test("shapes up to 20 and spends up to 1e9 stay finite", () => {
    const plan = optimizeBudget(1e9, [5e9, 3e9], [4e8, 2e8], { shape: [20, 0.6] });
    for (const v of [...plan.spend, ...plan.response, ...plan.marginalRoas])
      expect(Number.isFinite(v)).toBe(true);
    expect(sumLeftToRight(plan.spend)).toBe(1e9);
  });
});

describe("optimizeBudget: output table", () => {
  test("rows [row number, spend, response, marginal_roas, share]; shares add to 1", () => {
    const plan = optimizeBudget(100, [100, 80, 50], [20, 10, 30]);
    const rows = budgetTableRows(plan);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3]);
    rows.forEach((r, i) => {
      expect(r).toEqual([
        i + 1,
        plan.spend[i],
        plan.response[i],
        plan.marginalRoas[i],
        plan.share[i],
      ]);
      expect(r[2]).toBeCloseTo(hill(r[1], [100, 80, 50][i], [20, 10, 30][i], 1), 12);
    });
    expect(plan.share.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(BUDGET_TABLE_COLUMNS).toHaveLength(rows[0].length);
  });

  test("marginal_roas at spend 0 with shape < 1 is the one-step quotient f(step)/step", () => {
    // channel 2 is capped at 0; step = 100/1000 = 0.1: f(0.1) = 50·√0.1/(√0.1 + √10) = 50/11 → 500/11
    const plan = optimizeBudget(100, [100, 50], [20, 10], { shape: [1, 0.5], max: [100, 0] });
    expect(plan.spend).toEqual([100, 0]);
    expect(plan.marginalRoas[1]).toBeCloseTo(500 / 11, 10);
    // shape 1 at 0 would be L/h; at 100 it is L·h/(h + x)² = 100·20/120²
    expect(plan.marginalRoas[0]).toBeCloseTo(2000 / 14400, 14);
  });

  test("headers: five bilingual labels in column order", () => {
    expect(BUDGET_TABLE_COLUMNS.map((c) => BUDGET_TABLE_LABELS[c]["en-US"])).toEqual([
      "channel",
      "spend",
      "response",
      "marginal_roas",
      "share",
    ]);
    expect(BUDGET_TABLE_COLUMNS.map((c) => BUDGET_TABLE_LABELS[c]["zh-CN"])).toEqual([
      "渠道",
      "花费",
      "预期产出",
      "边际ROAS",
      "占比",
    ]);
  });
});

describe("optimizeBudget: errors", () => {
  const num = (message: RegExp) =>
    expect.objectContaining({ kind: "num", message: expect.stringMatching(message) });
  const value = (message: RegExp) =>
    expect.objectContaining({ kind: "value", message: expect.stringMatching(message) });

  test("infeasible bounds → #NUM! with the reason", () => {
    expect(() => optimizeBudget(100, [1, 1], [1, 1], { min: [60, 50] })).toThrow(
      num(/minimums add up to 110, more than total 100/)
    );
    expect(() => optimizeBudget(100, [1, 1], [1, 1], { max: [40, 50] })).toThrow(
      num(/maximums add up to 90, less than total 100/)
    );
    expect(() => optimizeBudget(100, [1, 1], [1, 1], { min: [30, 0], max: [20, 100] })).toThrow(
      num(/min 30 is above max 20 \(channel 1\)/)
    );
  });

  test("negative, zero or non-finite numbers → #NUM! naming the argument", () => {
    expect(() => optimizeBudget(0, [1], [1])).toThrow(num(/total/));
    expect(() => optimizeBudget(-5, [1], [1])).toThrow(num(/total/));
    expect(() => optimizeBudget(100, [1, -1], [1, 1])).toThrow(
      num(/scale must be zero or more \(channel 2\)/)
    );
    expect(() => optimizeBudget(100, [1, 1], [1, 0])).toThrow(
      num(/half_saturation must be greater than zero \(channel 2\)/)
    );
    expect(() => optimizeBudget(100, [1, 1], [1, 1], { shape: [1, 0] })).toThrow(
      num(/shape must be greater than zero/)
    );
    expect(() => optimizeBudget(100, [1, 1], [1, 1], { min: -1 })).toThrow(
      num(/min must be zero or more/)
    );
    expect(() => optimizeBudget(100, [1, 1], [1, 1], { max: [-1, 100] })).toThrow(
      num(/max must be zero or more/)
    );
    expect(() => optimizeBudget(100, [1, NaN], [1, 1])).toThrow(
      num(/scale must be a finite number/)
    );
    expect(() => optimizeBudget(100, [1, 1], [Infinity, 1])).toThrow(
      num(/half_saturation must be a finite number/)
    );
    expect(() => optimizeBudget(100, [1], [1], { step: 0 })).toThrow(
      num(/step must be a number greater than zero/)
    );
    expect(() => optimizeBudget(100, [1], [1], { step: 1e-6 })).toThrow(
      num(/step 0.000001 is too small|step 1e-6 is too small/)
    );
  });

  test("mismatched lengths → #VALUE!; no channel → #N/A", () => {
    expect(() => optimizeBudget(100, [1, 1], [1])).toThrow(
      value(/half_saturation has 1 entries but scale has 2/)
    );
    expect(() => optimizeBudget(100, [1, 1, 1], [1, 1, 1], { shape: [1, 2] })).toThrow(
      value(/shape has 2 entries/)
    );
    expect(() => optimizeBudget(100, [], [])).toThrow(expect.objectContaining({ kind: "na" }));
  });
});

describe("bench cases", () => {
  test("makeBudgetChannels is reproducible, feasible and solves at both bench targets", () => {
    expect(makeBudgetChannels(50, 3)).toEqual(makeBudgetChannels(50, 3));
    for (const target of BUDGET_BENCH_TARGETS) {
      const c = makeBudgetChannels(target.channels, 11);
      expect(c.scale).toHaveLength(target.channels);
      for (const k of c.shape) expect(k >= 0.6 && k <= 3).toBe(true);
      expect(c.min.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(c.total);
      expect(c.max.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(c.total);
      const plan = optimizeBudget(c.total, c.scale, c.halfSaturation, {
        shape: c.shape,
        min: c.min,
        max: c.max,
        step: c.total * target.stepFraction,
      });
      expect(plan.totalResponse).toBeGreaterThanOrEqual(plan.gridResponse);
      expect(sumLeftToRight(plan.spend)).toBe(c.total);
    }
  });
});
