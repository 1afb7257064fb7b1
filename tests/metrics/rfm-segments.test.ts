import {
  cn3Segment,
  cn8Segment,
  rescaleScoreTo5,
  rfm11Segment,
  RfmScheme,
  rfmSegments,
} from "../../src/metrics/rfm-segments";
import { readCsv, sharedPath } from "../helpers/shared";
import { kindOf } from "../helpers/domain-errors";

/** spec §4 "rfm11": cells (R, FM) of each segment, copied from the contract text. */
const SPEC_RFM11: Record<string, number[]> = {
  champions: [55, 54, 45],
  loyal_customers: [53, 44, 35, 34],
  potential_loyalists: [52, 42, 33, 43],
  new_customers: [51],
  promising: [41, 31],
  need_attention: [32, 23, 22],
  about_to_sleep: [21],
  at_risk: [25, 24, 13],
  cant_lose_them: [15, 14],
  hibernating: [12],
  lost: [11],
};

describe("rfm11: the R × FM map", () => {
  test("every one of the 25 cells maps to the segment the spec lists", () => {
    const cells = Object.values(SPEC_RFM11).flat();
    expect(new Set(cells).size).toBe(25);
    for (const [segment, list] of Object.entries(SPEC_RFM11)) {
      for (const cell of list) {
        const r = Math.floor(cell / 10);
        const fm = cell % 10;
        // F = M = FM gives FM exactly
        expect([cell, rfm11Segment(r, fm, fm, 5)]).toEqual([cell, segment]);
      }
    }
  });

  test("FM = round-half-up((F + M)/2)", () => {
    expect(rfm11Segment(5, 5, 4, 5)).toBe("champions"); // FM = 4.5 → 5: cell 55
    expect(rfm11Segment(5, 4, 3, 5)).toBe("champions"); // FM = 3.5 → 4: cell 54
    expect(rfm11Segment(1, 1, 2, 5)).toBe("hibernating"); // FM = 1.5 → 2: cell 12
    expect(rfm11Segment(3, 2, 1, 5)).toBe("need_attention"); // FM = 1.5 → 2: cell 32
    expect(rfm11Segment(5, 1, 2, 5)).toBe("potential_loyalists"); // FM = 1.5 → 2: cell 52
    expect(rfm11Segment(2, 5, 1, 5)).toBe("need_attention"); // FM = 3: cell 23
  });

  test("scores on other bin counts are rescaled to 1..5 first: 1 + round-half-up((s − 1)·4/(bins − 1))", () => {
    const rescaled = (bins: number) =>
      Array.from({ length: bins }, (_, i) => rescaleScoreTo5(i + 1, bins));
    expect(rescaled(5)).toEqual([1, 2, 3, 4, 5]);
    expect(rescaled(2)).toEqual([1, 5]);
    expect(rescaled(3)).toEqual([1, 3, 5]); // 0, 2, 4
    expect(rescaled(4)).toEqual([1, 2, 4, 5]); // 0, 1.33, 2.67, 4
    expect(rescaled(9)).toEqual([1, 2, 2, 3, 3, 4, 4, 5, 5]); // 0, .5, 1, 1.5, 2, 2.5, 3, 3.5, 4
    // bins 3: (3, 3, 3) → (5, 5, 5) cell 55; (2, 2, 1) → (3, 3, 1), FM = 2: cell 32
    expect(rfm11Segment(3, 3, 3, 3)).toBe("champions");
    expect(rfm11Segment(2, 2, 1, 3)).toBe("need_attention");
    // bins 2: (2, 1, 1) → (5, 1, 1): cell 51
    expect(rfm11Segment(2, 1, 1, 2)).toBe("new_customers");
  });
});

describe("cn3: average score against 0.8 and 0.5 × bins", () => {
  test("hand-worked tiers", () => {
    // bins 5: high ≥ 4, potential ≥ 2.5
    expect(cn3Segment(4, 4, 4, 5)).toBe("high_value"); // 4
    expect(cn3Segment(5, 4, 3, 5)).toBe("high_value"); // 4
    expect(cn3Segment(4, 4, 3, 5)).toBe("potential_value"); // 3.67
    expect(cn3Segment(3, 2, 3, 5)).toBe("potential_value"); // 2.67
    expect(cn3Segment(3, 2, 2, 5)).toBe("to_nurture"); // 2.33
    // bins 4: high ≥ 3.2, potential ≥ 2 (bounds inclusive)
    expect(cn3Segment(4, 3, 3, 4)).toBe("high_value"); // 3.33
    expect(cn3Segment(3, 3, 3, 4)).toBe("potential_value"); // 3
    expect(cn3Segment(2, 2, 2, 4)).toBe("potential_value"); // 2
    expect(cn3Segment(2, 2, 1, 4)).toBe("to_nurture"); // 1.67
    // bins 3: high ≥ 2.4, potential ≥ 1.5
    expect(cn3Segment(3, 3, 2, 3)).toBe("high_value"); // 2.67
    expect(cn3Segment(3, 2, 2, 3)).toBe("potential_value"); // 2.33
    expect(cn3Segment(2, 1, 2, 3)).toBe("potential_value"); // 1.67
    expect(cn3Segment(1, 1, 2, 3)).toBe("to_nurture"); // 1.33
    // bins 2: potential ≥ 1, the lowest possible average, so nobody is "to nurture" (the spec's rule as written)
    expect(cn3Segment(1, 1, 1, 2)).toBe("potential_value"); // 1
    expect(cn3Segment(2, 2, 1, 2)).toBe("high_value"); // 1.67 ≥ 1.6
  });
});

describe("cn8: each raw value against its mean", () => {
  test("the eight types as the spec defines them (R高 = recent, F高, M高)", () => {
    expect(cn8Segment(true, true, true)).toBe("key_value"); // 重要价值 R高F高M高
    expect(cn8Segment(true, false, true)).toBe("key_development"); // 重要发展 R高F低M高
    expect(cn8Segment(false, true, true)).toBe("key_retention"); // 重要保持 R低F高M高
    expect(cn8Segment(false, false, true)).toBe("key_win_back"); // 重要挽留 R低F低M高
    expect(cn8Segment(true, true, false)).toBe("general_value"); // 一般价值 R高F高M低
    expect(cn8Segment(true, false, false)).toBe("general_development"); // 一般发展 R高F低M低
    expect(cn8Segment(false, true, false)).toBe("general_retention"); // 一般保持 R低F高M低
    expect(cn8Segment(false, false, false)).toBe("general_win_back"); // 一般挽留 R低F低M低
  });

  test("counts on rfm_data_orders equal analytics.md §3.6", () => {
    const golden = readCsv(sharedPath("data", "golden", "golden_rfm_r_package_orders.csv"));
    const segments = rfmSegments(
      "cn8",
      Float64Array.from(golden, (g) => Number(g.recency_days)),
      Float64Array.from(golden, (g) => Number(g.transaction_count)),
      Float64Array.from(golden, (g) => Number(g.amount)),
      5
    );
    const counts: Record<string, number> = {};
    for (const s of segments) counts[s as string] = (counts[s as string] ?? 0) + 1;
    // 重要价值 274, 重要保持 125, 重要发展 20, 重要挽留 28, 一般价值 102, 一般保持 39, 一般发展 185, 一般挽留 222
    expect(counts).toEqual({
      key_value: 274,
      key_retention: 125,
      key_development: 20,
      key_win_back: 28,
      general_value: 102,
      general_retention: 39,
      general_development: 185,
      general_win_back: 222,
    });
  });

  test("a value equal to its mean: recency is not recent, frequency and monetary are high", () => {
    // means: recency (10 + 20 + 30)/3 = 20, frequency 2, monetary 200; the NaN entry is left out of the means
    const segments = rfmSegments(
      "cn8",
      Float64Array.of(10, 20, 30, NaN),
      Float64Array.of(1, 2, 3, 1000),
      Float64Array.of(100, 200, 300, 1e9),
      5
    );
    // (10, 1, 100): recent, F低, M低; (20, 2, 200): not recent, F高, M高; (30, 3, 300): not recent, F高, M高
    expect(segments).toEqual(["general_development", "key_retention", "key_retention", null]);
  });
});

describe("rfmSegments over columns", () => {
  test("rfm11 and cn3 from scores; blank entries give null", () => {
    // values 1,1,1,2,2,3,5,8,8,10 score F = M = 1,1,1,2,2,3,4,4,4,5 and R = 5,5,5,4,4,3,2,2,2,1 (see rfm.test.ts)
    const v = Float64Array.of(1, 1, 1, 2, 2, 3, 5, 8, 8, 10, NaN);
    const rfm11 = rfmSegments("rfm11", v, v, v, 5);
    // cells (R, FM): 51, 51, 51, 42, 42, 33, 24, 24, 24, 15
    expect(rfm11).toEqual([
      "new_customers",
      "new_customers",
      "new_customers",
      "potential_loyalists",
      "potential_loyalists",
      "potential_loyalists",
      "at_risk",
      "at_risk",
      "at_risk",
      "cant_lose_them",
      null,
    ]);
    // averages 2.33, 2.33, 2.33, 2.67, 2.67, 3, 3.33, 3.33, 3.33, 3.67 against 4 and 2.5
    expect(rfmSegments("cn3", v, v, v, 5)).toEqual([
      "to_nurture",
      "to_nurture",
      "to_nurture",
      "potential_value",
      "potential_value",
      "potential_value",
      "potential_value",
      "potential_value",
      "potential_value",
      "potential_value",
      null,
    ]);
  });

  test("an unknown scheme is #VALUE!, bad bins #NUM!, mismatched columns #VALUE!", () => {
    const v = Float64Array.of(1, 2, 3);
    expect(kindOf(() => rfmSegments("rfm10" as RfmScheme, v, v, v, 5))).toBe("value");
    expect(kindOf(() => rfmSegments("cn8", v, v, v, 12))).toBe("num");
    expect(kindOf(() => rfmSegments("cn8", v, v, Float64Array.of(1), 5))).toBe("value");
  });
});
