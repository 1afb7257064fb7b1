import fc from "fast-check";
import { COHORT_HEADERS } from "../../src/functions/labels/cohort";
import { cohortTable, CohortTable } from "../../src/metrics/cohort";
import { kindOf } from "../helpers/domain-errors";

/** Excel serial of a calendar date, via the JavaScript Date (serial 25569 = 1970-01-01). */
function serial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86400000 + 25569;
}

/** The calendar date of a serial, via the JavaScript Date. */
function dateOf(s: number): Date {
  return new Date((s - 25569) * 86400000);
}

/** Rows of the table as plain arrays (NaN = beyond the data horizon). */
function rows(t: CohortTable): number[][] {
  return Array.from(t.starts, (_, r) =>
    Array.from(t.values.subarray(r * t.periods, (r + 1) * t.periods))
  );
}

describe("cohort retention", () => {
  // Hand-worked example (2024):
  //   A: Jan 5, Jan 20, Feb 3, Apr 10     B: Jan 31, Mar 1     C: Feb 29, Mar 15     D: Mar 31
  // Cohorts by first-order month: Jan {A, B}, Feb {C}, Mar {D}. Offsets ordered in:
  //   A 0, 1, 3   B 0, 2   C 0, 1   D 0. The last order is in April, so Jan is observed for offsets 0..3,
  //   Feb for 0..2, Mar for 0..1; the largest offset seen is 3 → columns 0..3.
  //   counts: Jan [2, 1, 1, 1]   Feb [1, 1, 0, –]   Mar [1, 0, –, –]
  //   rates:  Jan [1, .5, .5, .5] Feb [1, 1, 0, –]   Mar [1, 0, –, –]
  const ids = ["A", "B", "A", "C", "A", "B", "C", "D", "A"];
  const dates = Float64Array.of(
    serial(2024, 1, 5),
    serial(2024, 1, 31),
    serial(2024, 1, 20),
    serial(2024, 2, 29),
    serial(2024, 2, 3),
    serial(2024, 3, 1),
    serial(2024, 3, 15),
    serial(2024, 3, 31),
    serial(2024, 4, 10)
  );

  test("hand-worked monthly example, counts and rates, blank beyond the horizon", () => {
    const counts = cohortTable(ids, dates, "M", "count");
    expect(Array.from(counts.starts)).toEqual([
      serial(2024, 1, 1),
      serial(2024, 2, 1),
      serial(2024, 3, 1),
    ]);
    expect(Array.from(counts.sizes)).toEqual([2, 1, 1]);
    expect(counts.periods).toBe(4);
    expect(rows(counts)).toEqual([
      [2, 1, 1, 1],
      [1, 1, 0, NaN],
      [1, 0, NaN, NaN],
    ]);
    const rates = cohortTable(ids, dates, "M", "rate");
    expect(rows(rates)).toEqual([
      [1, 0.5, 0.5, 0.5],
      [1, 1, 0, NaN],
      [1, 0, NaN, NaN],
    ]);
  });

  test("a customer ordering twice in one period counts once; rows in any order; blank ids skipped", () => {
    // A twice in January (offset 0) and once in March; B only in February. Reversed rows, plus blank ids.
    const t = cohortTable(
      ["A", "", "B", "A", null, "A"],
      Float64Array.of(
        serial(2024, 3, 2),
        NaN,
        serial(2024, 2, 9),
        serial(2024, 1, 30),
        NaN,
        serial(2024, 1, 2)
      ),
      "M",
      "count"
    );
    // Jan {A}: [1, 0, 1]; Feb {B}: [1, 0, –]
    expect(Array.from(t.sizes)).toEqual([1, 1]);
    expect(rows(t)).toEqual([
      [1, 0, 1],
      [1, 0, NaN],
    ]);
  });

  test("month boundaries: the last day of a month, 23:59 on it, the first of the next; year end; leap day", () => {
    const t = cohortTable(
      ["a", "a", "b", "b", "c", "c"],
      Float64Array.of(
        serial(2023, 1, 31) + 0.999, // still January
        serial(2023, 2, 1), // February: offset 1
        serial(2023, 12, 31),
        serial(2024, 1, 1), // year change: offset 1
        serial(2024, 2, 29), // leap day is February
        serial(2024, 3, 1)
      ),
      "M",
      "count"
    );
    expect(Array.from(t.starts)).toEqual([
      serial(2023, 1, 1),
      serial(2023, 12, 1),
      serial(2024, 2, 1),
    ]);
    expect(rows(t).map((r) => r.slice(0, 2))).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  test("weeks start on Monday (ISO): Sunday and the next Monday are different weeks", () => {
    // 2024-01-07 is a Sunday, 2024-01-08 a Monday; the week of Jan 7 starts Monday 2024-01-01
    expect(dateOf(serial(2024, 1, 7)).getUTCDay()).toBe(0);
    const t = cohortTable(
      ["x", "x", "y"],
      Float64Array.of(serial(2024, 1, 7), serial(2024, 1, 8), serial(2024, 1, 1)),
      "W",
      "rate"
    );
    expect(Array.from(t.starts)).toEqual([serial(2024, 1, 1)]);
    expect(Array.from(t.sizes)).toEqual([2]);
    expect(rows(t)).toEqual([[1, 0.5]]);
  });

  test("the first and last supported dates: 1900-03-01 (serial 61) and 9999-12-31 (serial 2958465)", () => {
    const t = cohortTable(["a", "b"], Float64Array.of(61, 2958465), "M", "count");
    expect(Array.from(t.starts)).toEqual([61, serial(9999, 12, 1)]);
    expect(serial(9999, 12, 31)).toBe(2958465);
  });

  test("errors", () => {
    const one = Float64Array.of(45000);
    expect(kindOf(() => cohortTable(["a"], Float64Array.of(NaN), "M", "rate"))).toBe("value");
    expect(kindOf(() => cohortTable(["a"], Float64Array.of(60), "M", "rate"))).toBe("num"); // Excel's 1900-02-29
    expect(kindOf(() => cohortTable(["a"], Float64Array.of(2958466), "M", "rate"))).toBe("num");
    expect(kindOf(() => cohortTable(["a"], one, "Q" as "M", "rate"))).toBe("value");
    expect(kindOf(() => cohortTable(["a"], one, "M", "share" as "rate"))).toBe("value");
    expect(kindOf(() => cohortTable(["a", "b"], one, "M", "rate"))).toBe("value");
    expect(kindOf(() => cohortTable(["", null], Float64Array.of(NaN, NaN), "M", "rate"))).toBe(
      "na"
    );
    // weekly over 400 years would need more than 16,382 offset columns
    expect(
      kindOf(() =>
        cohortTable(
          ["a", "a"],
          Float64Array.of(serial(1950, 1, 1), serial(2350, 1, 1)),
          "W",
          "count"
        )
      )
    ).toBe("num");
  });

  test("a cohort's start is the first of its month / the Monday of its week (any date)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (day) => {
        const month = cohortTable(["a"], Float64Array.of(day), "M", "count").starts[0];
        const d = dateOf(day);
        expect(month).toBe(serial(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
        const week = cohortTable(["a"], Float64Array.of(day), "W", "count").starts[0];
        expect(dateOf(week).getUTCDay()).toBe(1);
        expect(day - week).toBeGreaterThanOrEqual(0);
        expect(day - week).toBeLessThan(7);
      })
    );
  });

  test("properties: counts never exceed the size, offset 0 is the size (rate 1), sizes add up to the customers", () => {
    const order = fc.record({
      id: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 45000, max: 45400 }),
    });
    fc.assert(
      fc.property(
        fc.array(order, { minLength: 1, maxLength: 80 }),
        fc.constantFrom("M" as const, "W" as const),
        (list, period) => {
          const ids = list.map((o) => o.id);
          const dates = Float64Array.from(list, (o) => o.day);
          const counts = cohortTable(ids, dates, period, "count");
          const rates = cohortTable(ids, dates, period, "rate");
          expect(counts.sizes.reduce((a, b) => a + b, 0)).toBe(new Set(ids).size);
          for (let r = 0; r < counts.starts.length; r++) {
            if (r > 0) expect(counts.starts[r]).toBeGreaterThan(counts.starts[r - 1]);
            expect(counts.values[r * counts.periods]).toBe(counts.sizes[r]);
            expect(rates.values[r * rates.periods]).toBe(1);
            for (let k = 0; k < counts.periods; k++) {
              const c = counts.values[r * counts.periods + k];
              if (Number.isNaN(c)) continue;
              expect(c).toBeGreaterThanOrEqual(0);
              expect(c).toBeLessThanOrEqual(counts.sizes[r]);
            }
          }
          // the first cohort is observed up to the last column
          expect(Number.isNaN(counts.values[counts.periods - 1])).toBe(false);
        }
      )
    );
  });

  test("headers", () => {
    expect(COHORT_HEADERS["en-US"]).toEqual(["cohort", "size"]);
    expect(COHORT_HEADERS["zh-CN"]).toEqual(["首购期", "人数"]);
  });
});
