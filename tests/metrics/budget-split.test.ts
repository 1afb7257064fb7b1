import * as fc from "fast-check";
import { budgetSplit } from "../../src/metrics/budget-split";

describe("budgetSplit", () => {
  test("proportional: 1000 by weights 1:2:2 → 200, 400, 400", () => {
    expect(budgetSplit(1000, [1, 2, 2])).toEqual([200, 400, 400]);
  });

  test("a channel above its max is fixed there and the rest re-split: 1000 by 5:3:1:1, min 100, max 400", () => {
    // 5/10 × 1000 = 500 > 400 → channel 1 fixed at 400; the other 600 split 3:1:1 → 360, 120, 120 (all ≥ 100)
    expect(budgetSplit(1000, [5, 3, 1, 1], { min: 100, max: 400 })).toEqual([400, 360, 120, 120]);
  });

  test("a channel below its min is fixed there and the rest re-split: 1000 by 8:1:1, min [0, 150, 0]", () => {
    // 1/10 × 1000 = 100 < 150 → channel 2 fixed at 150; the other 850 split 8:1 → 755.56, 94.44
    const parts = budgetSplit(1000, [8, 1, 1], { min: [0, 150, 0] });
    expect(parts[1]).toBe(150);
    expect(parts[0]).toBeCloseTo((850 * 8) / 9, 10);
    expect(parts[2]).toBeCloseTo(850 / 9, 10);
  });

  test("largest-remainder rounding: 100 by 1:1:1 to whole units → 34, 33, 33 (tie goes to the first)", () => {
    expect(budgetSplit(100, [1, 1, 1], { roundTo: 1 })).toEqual([34, 33, 33]);
  });

  test("rounding within bounds: 1000 by 5:3:1:1, min 100, max 400, round_to 50 → 400, 350, 150, 100", () => {
    // continuous 400, 360, 120, 120 = 8, 7.2, 2.4, 2.4 units of 50; floors 8 + 7 + 2 + 2 = 19 of 20 units;
    // the leftover unit goes to the largest remainder, 0.4 (tie between channels 3 and 4 → channel 3)
    expect(budgetSplit(1000, [5, 3, 1, 1], { min: 100, max: 400, roundTo: 50 })).toEqual([
      400, 350, 150, 100,
    ]);
  });

  test("rounding never crosses a max that is not a multiple: max 55, round_to 10 → 50 and 950", () => {
    // continuous 55 and 945 = 5.5 and 94.5 units; the spare unit cannot go to channel 1 (60 > 55)
    expect(budgetSplit(1000, [1, 1], { max: [55, 1000], roundTo: 10 })).toEqual([50, 950]);
  });

  test("decimal bounds that add up to total are feasible despite rounding noise (0.1 + 0.2 = 0.3)", () => {
    const parts = budgetSplit(0.3, [1, 1], { min: [0.1, 0.2] });
    expect(parts[0]).toBeCloseTo(0.1, 15);
    expect(parts[1]).toBeCloseTo(0.2, 15);
  });

  test("weights of 0 keep a channel at its min", () => {
    expect(budgetSplit(100, [0, 0], { min: [30, 70] })).toEqual([30, 70]);
    expect(budgetSplit(100, [1, 0], { min: [0, 20] })).toEqual([80, 20]);
  });

  test("#NUM! cases: Σmin > total, Σmax < total, all weights 0 with no min", () => {
    expect(() => budgetSplit(100, [1, 1], { min: 60 })).toThrow(
      expect.objectContaining({ kind: "num" })
    );
    expect(() => budgetSplit(100, [1, 1], { max: 40 })).toThrow(
      expect.objectContaining({ kind: "num" })
    );
    expect(() => budgetSplit(100, [0, 0, 0])).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("more #NUM! cases: the only channel left to grow has weight 0; max below min; total not a multiple of round_to", () => {
    expect(() => budgetSplit(100, [1, 0], { max: [50, 1000] })).toThrow(
      expect.objectContaining({ kind: "num" })
    );
    expect(() => budgetSplit(100, [1, 1], { min: [50, 0], max: [40, 100] })).toThrow(
      expect.objectContaining({ kind: "num" })
    );
    expect(() => budgetSplit(1000, [1, 1, 1], { roundTo: 30 })).toThrow(
      expect.objectContaining({ kind: "num" })
    );
    expect(() => budgetSplit(100, [1, -1])).toThrow(expect.objectContaining({ kind: "num" }));
  });

  test("min/max with the wrong number of values → #VALUE!; no channels → #N/A", () => {
    expect(() => budgetSplit(100, [1, 1, 1], { min: [1, 2] })).toThrow(
      expect.objectContaining({ kind: "value" })
    );
    expect(() => budgetSplit(100, [])).toThrow(expect.objectContaining({ kind: "na" }));
  });

  /** A feasible problem: whole-unit weights and bounds (multiples of roundTo) and a total between Σmin and Σmax. */
  const problem = fc
    .record({
      roundTo: fc.constantFrom(1, 5, 10, 100),
      channels: fc.array(
        fc.record({
          weight: fc.integer({ min: 0, max: 50 }),
          minUnits: fc.integer({ min: 0, max: 20 }),
          extraUnits: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 8 }
      ),
      position: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .filter(({ channels }) => channels.some((c) => c.weight > 0))
    .map(({ roundTo, channels, position }) => {
      const min = channels.map((c) => c.minUnits * roundTo);
      const max = channels.map((c) =>
        c.extraUnits === undefined ? Infinity : (c.minUnits + c.extraUnits) * roundTo
      );
      const weights = channels.map((c) => c.weight);
      const lowUnits = channels.reduce((sum, c) => sum + c.minUnits, 0);
      // capacity: channels with weight 0 stay at their min; others can reach their max (cap infinite ones)
      const highUnits = channels.reduce(
        (sum, c) => sum + (c.weight === 0 ? c.minUnits : c.minUnits + (c.extraUnits ?? 200)),
        0
      );
      const total = Math.round(lowUnits + position * (highUnits - lowUnits)) * roundTo;
      return { total, weights, min, max, roundTo };
    });

  test("property: rounded parts are multiples of round_to, within bounds, and add up exactly to total", () => {
    fc.assert(
      fc.property(problem, ({ total, weights, min, max, roundTo }) => {
        const parts = budgetSplit(total, weights, { min, max, roundTo });
        const sum = parts.reduce((s, x) => s + x, 0);
        return (
          sum === total &&
          parts.every((x, i) => x >= min[i] && x <= max[i] && Number.isInteger(x / roundTo))
        );
      }),
      { numRuns: 500 }
    );
  });

  test("property: unrounded parts respect the bounds, add up to total, and are proportional among free channels", () => {
    fc.assert(
      fc.property(problem, ({ total, weights, min, max }) => {
        const parts = budgetSplit(total, weights, { min, max });
        const sum = parts.reduce((s, x) => s + x, 0);
        const tolerance = 1e-9 * Math.max(1, total);
        // channels strictly inside their bounds all get the same amount per unit of weight
        const free = parts
          .map((x, i) => i)
          .filter(
            (i) => weights[i] > 0 && parts[i] > min[i] + tolerance && parts[i] < max[i] - tolerance
          );
        const perWeight = free.map((i) => parts[i] / weights[i]);
        return (
          Math.abs(sum - total) <= tolerance &&
          parts.every((x, i) => x >= min[i] - tolerance && x <= max[i] + tolerance) &&
          perWeight.every((r) => Math.abs(r - perWeight[0]) <= 1e-9 * Math.max(1, perWeight[0]))
        );
      }),
      { numRuns: 500 }
    );
  });
});
