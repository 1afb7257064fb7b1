import fc from "fast-check";
import { quantileSorted, quantilesType7 } from "../../src/metrics/quantile";
import { rfmCodes, rfmScores, rfmThresholds } from "../../src/metrics/rfm";
import { goldenValues, readCsv, sharedPath } from "../helpers/shared";
import { kindOf } from "../helpers/domain-errors";

/** Golden per-customer output of R rfm 0.3.0 on rfm_data_orders, analysis date 2006-12-31 (995 rows). */
const golden = readCsv(sharedPath("data", "golden", "golden_rfm_r_package_orders.csv"));
const recency = Float64Array.from(golden, (g) => Number(g.recency_days));
const frequency = Float64Array.from(golden, (g) => Number(g.transaction_count));
const monetary = Float64Array.from(golden, (g) => Number(g.amount));
const rfm = goldenValues().rfm_r_package;

function histogram(scores: Uint8Array, bins: number): number[] {
  const counts = new Array(bins).fill(0);
  for (const s of scores) counts[s - 1]++;
  return counts;
}

describe("type-7 quantile (Excel PERCENTILE.INC)", () => {
  test("Microsoft's documented examples", () => {
    // PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9 (support.microsoft.com, PERCENTILE.INC function)
    expect(quantileSorted(Float64Array.of(1, 2, 3, 4), 0.3)).toBeCloseTo(1.9, 12);
    // QUARTILE.INC({1,2,4,7,8,9,10,12}, 1) = 3.5 (support.microsoft.com, QUARTILE.INC function)
    expect(quantileSorted(Float64Array.of(1, 2, 4, 7, 8, 9, 10, 12), 0.25)).toBeCloseTo(3.5, 12);
    // the ends are the minimum and the maximum; one value is every quantile
    expect(quantileSorted(Float64Array.of(1, 2, 4, 7), 0)).toBe(1);
    expect(quantileSorted(Float64Array.of(1, 2, 4, 7), 1)).toBe(7);
    expect(quantileSorted(Float64Array.of(5), 0.37)).toBe(5);
  });

  test("no values → #N/A, a probability outside [0, 1] → #NUM!", () => {
    expect(kindOf(() => quantileSorted(new Float64Array(0), 0.5))).toBe("na");
    expect(kindOf(() => quantileSorted(Float64Array.of(1, 2), 1.5))).toBe("num");
    expect(kindOf(() => quantilesType7(Float64Array.of(1, 2), [NaN]))).toBe("num");
    expect(kindOf(() => quantilesType7(new Float64Array(0), [0.5]))).toBe("na");
  });

  test("selection without a full sort gives the same quantiles as the fully sorted data", () => {
    // Invariant: quickselect places the needed order statistics exactly where a sort would put them.
    // Small value ranges give many ties, as order counts do.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 9 }),
        (ints, probs) => {
          const values = Float64Array.from(ints, (v) => v / 4);
          const sorted = values.slice().sort();
          const selected = quantilesType7(values.slice(), probs);
          probs.forEach((p, j) => expect(selected[j]).toBe(quantileSorted(sorted, p)));
        }
      )
    );
  });

  test("selection on large ordered, reversed, constant and organ-pipe inputs", () => {
    const n = 10001;
    const patterns: Record<string, (i: number) => number> = {
      ascending: (i) => i,
      descending: (i) => n - i,
      constant: () => 7,
      organPipe: (i) => Math.min(i, n - i),
      sawtooth: (i) => i % 37,
    };
    const probs = [0, 0.1, 0.2, 0.25, 0.5, 0.6, 0.75, 0.8, 0.9, 1];
    for (const make of Object.values(patterns)) {
      const values = Float64Array.from({ length: n }, (_, i) => make(i));
      const sorted = values.slice().sort();
      const selected = quantilesType7(values.slice(), probs);
      probs.forEach((p, j) => expect(selected[j]).toBe(quantileSorted(sorted, p)));
    }
  });
});

describe("RFM scores = R package rfm 0.3.0", () => {
  test("thresholds on the package's sample data are the published lower bounds", () => {
    // analytics.md §3.2 / golden_values.json: lower = [min, t1..t4]
    const lower = rfm.thresholds_lower;
    const close = (actual: Float64Array, expected: number[]) =>
      expected.slice(1).forEach((t, i) => expect(actual[i]).toBeCloseTo(t, 9));
    close(rfmThresholds(recency, 5), lower.recency);
    close(rfmThresholds(frequency, 5), lower.frequency);
    close(rfmThresholds(monetary, 5), lower.monetary);
  });

  test("all 995 customers' scores equal the golden file, ties included", () => {
    const { r, f, m } = rfmScores(recency, frequency, monetary, 5);
    const codes = rfmCodes({ r, f, m });
    const mismatches = golden.filter(
      (g, i) =>
        r[i] !== Number(g.recency_score) ||
        f[i] !== Number(g.frequency_score) ||
        m[i] !== Number(g.monetary_score) ||
        codes[i] !== Number(g.rfm_score)
    );
    expect(golden).toHaveLength(rfm.customers);
    expect(mismatches).toEqual([]);
  });

  test("published score distributions (ties make the F bins unequal)", () => {
    // analytics.md §3.2: R 197/200/199/199/200, F 268/187/176/244/120, M 200/200/198/202/195
    const { r, f, m } = rfmScores(recency, frequency, monetary, 5);
    expect(histogram(r, 5)).toEqual([197, 200, 199, 199, 200]);
    expect(histogram(f, 5)).toEqual([268, 187, 176, 244, 120]);
    expect(histogram(m, 5)).toEqual([200, 200, 198, 202, 195]);
  });

  test("the README rows and the testthat Champions", () => {
    const scores = rfmScores(recency, frequency, monetary, 5);
    const codes = rfmCodes(scores);
    const row = (name: string) => golden.findIndex((g) => g.customer_id === name);
    for (const [name, code] of Object.entries(rfm.readme_rows as Record<string, number>)) {
      expect(codes[row(name)]).toBe(code);
    }
    // testthat config: Champions = R 4–5, F 4–5, M 4–5 (first rule, so every such customer):
    // 158 customers, 1234 orders, revenue 120178 (tests/testthat/test-rfm-segment.R)
    let customers = 0;
    let orders = 0;
    let revenue = 0;
    for (let i = 0; i < golden.length; i++) {
      if (scores.r[i] >= 4 && scores.f[i] >= 4 && scores.m[i] >= 4) {
        customers++;
        orders += frequency[i];
        revenue += monetary[i];
      }
    }
    expect([customers, orders, revenue]).toEqual([
      rfm.testthat_segment_Champions.customers,
      rfm.testthat_segment_Champions.orders,
      rfm.testthat_segment_Champions.revenue,
    ]);
  });

  test("rfm_heatmap_data: Σ over (F, R) cells of the mean amount rounds to 12634", () => {
    const { r, f } = rfmScores(recency, frequency, monetary, 5);
    const cells = new Map<number, { sum: number; n: number }>();
    for (let i = 0; i < golden.length; i++) {
      const cell = cells.get(10 * f[i] + r[i]) ?? { sum: 0, n: 0 };
      cell.sum += monetary[i];
      cell.n++;
      cells.set(10 * f[i] + r[i], cell);
    }
    let total = 0;
    for (const { sum, n } of cells.values()) total += sum / n;
    expect(Math.round(total)).toBe(rfm.heatmap_sum_of_cell_mean_amounts_rounded);
  });

  test("hand-worked example with ties", () => {
    // values 1,1,1,2,2,3,5,8,8,10 (n = 10), bins 5; h = 1 + 9p:
    //   p .2 → h 2.8: x2 = x3 = 1 → 1, t1 = 2      p .4 → h 4.6: x4 = x5 = 2 → 2, t2 = 3
    //   p .6 → h 6.4: 3 + .4·(5 − 3) = 3.8, t3 = 4.8   p .8 → h 8.2: x8 = x9 = 8 → 8, t4 = 9
    // F = 1 + #{t ≤ v}: 1→1, 2→2, 3→3, 5→4, 8→4, 10→5;  R = 5 − #{t ≤ v}: 1→5, 2→4, 3→3, 5→2, 8→2, 10→1
    const v = Float64Array.of(1, 1, 1, 2, 2, 3, 5, 8, 8, 10);
    const t = rfmThresholds(v, 5);
    [2, 3, 4.8, 9].forEach((x, i) => expect(t[i]).toBeCloseTo(x, 12));
    const { r, f, m } = rfmScores(v, v, v, 5);
    expect(Array.from(f)).toEqual([1, 1, 1, 2, 2, 3, 4, 4, 4, 5]);
    expect(Array.from(m)).toEqual([1, 1, 1, 2, 2, 3, 4, 4, 4, 5]);
    expect(Array.from(r)).toEqual([5, 5, 5, 4, 4, 3, 2, 2, 2, 1]);
    expect(Array.from(rfmCodes({ r, f, m }))).toEqual([
      511, 511, 511, 422, 422, 333, 244, 244, 244, 155,
    ]);
  });

  test("blank entries (NaN) score 0 and do not move anyone else's thresholds", () => {
    const v = [1, 1, 1, 2, 2, 3, 5, 8, 8, 10];
    const base = rfmScores(Float64Array.from(v), Float64Array.from(v), Float64Array.from(v), 5);
    // insert an all-blank entry and two partly blank ones (huge values that would shift the quantiles)
    const withBlanks = (extra: number) =>
      Float64Array.from([...v.slice(0, 3), extra, ...v.slice(3), NaN, 1000]);
    const r = withBlanks(NaN);
    const f = withBlanks(NaN);
    const m = withBlanks(NaN);
    r[12] = NaN; // entry 12: recency blank, frequency and monetary 1000
    f[11] = 1000; // entry 11: only frequency given
    const s = rfmScores(r, f, m, 5);
    for (const i of [3, 11, 12]) expect([s.r[i], s.f[i], s.m[i]]).toEqual([0, 0, 0]);
    const kept = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10];
    expect(kept.map((i) => s.f[i])).toEqual(Array.from(base.f));
    expect(kept.map((i) => s.r[i])).toEqual(Array.from(base.r));
    expect(rfmCodes(s)[3]).toBe(0);
    // nothing to score at all is not an error: every entry is blank
    expect(
      Array.from(rfmScores(Float64Array.of(NaN), Float64Array.of(1), Float64Array.of(1), 5).r)
    ).toEqual([0]);
  });

  test("bins must be a whole number from 2 to 9; columns must have the same length", () => {
    const v = Float64Array.of(1, 2, 3);
    for (const bins of [1, 10, 2.5, NaN, 0])
      expect(kindOf(() => rfmScores(v, v, v, bins))).toBe("num");
    expect(kindOf(() => rfmScores(v, v, Float64Array.of(1, 2), 5))).toBe("value");
    expect(kindOf(() => rfmThresholds(Float64Array.of(NaN), 5))).toBe("na");
  });

  test("properties: scores in 1..bins, equal values score equal, monotone, R mirrors F", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 2, max: 9 }),
        (ints, bins) => {
          const v = Float64Array.from(ints);
          const { r, f } = rfmScores(v, v, v, bins);
          for (let i = 0; i < v.length; i++) {
            expect(f[i]).toBeGreaterThanOrEqual(1);
            expect(f[i]).toBeLessThanOrEqual(bins);
            // same thresholds: R = bins − c and F = 1 + c
            expect(r[i] + f[i]).toBe(bins + 1);
            for (let j = 0; j < v.length; j++) {
              if (v[i] === v[j]) expect(f[i]).toBe(f[j]);
              if (v[i] < v[j]) expect(f[i]).toBeLessThanOrEqual(f[j]);
            }
          }
        }
      )
    );
  });
});
