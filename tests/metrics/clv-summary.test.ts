import { DAYS_PER_CLV_UNIT, summarizeTransactions } from "../../src/metrics/clv-summary";
import { excelSerialOfYyyymmdd, readCdnowSummary, readCdnowTransactions } from "../helpers/cdnow";
import { readCsv, sharedPath } from "../helpers/shared";

describe("CLV summary from CDNOW_sample.txt (lifetimes' cdnow_customers_summary.csv)", () => {
  const orders = readCdnowTransactions();
  const asOf = excelSerialOfYyyymmdd("19970930");
  const summary = summarizeTransactions(orders.customer, orders.date, orders.amount, asOf, "W");

  test("1997-09-30 is Excel serial 35703; the file has 6919 orders", () => {
    expect(asOf).toBe(35703);
    expect(orders.customer).toHaveLength(6919);
  });

  test("2357 customers in order of first appearance, with frequency exact and recency, T to the 2 decimals printed", () => {
    const expected = readCsv(sharedPath("data", "lifetimes", "cdnow_customers_summary.csv"));
    expect(summary.customers).toHaveLength(expected.length);
    expected.forEach((row, i) => {
      expect(Number(summary.customers[i])).toBe(Number(row.ID));
      expect(summary.frequency[i]).toBe(Number(row.frequency));
      // The CSV rounds to 2 decimals: |ours − printed| ≤ 0.005.
      expect(Math.abs(summary.recency[i] - Number(row.recency))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(summary.age[i] - Number(row.T))).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  });

  test("monetary = mean of the repeat days' totals matches zbar of cdnow_customers_summary_with_transactions.csv", () => {
    // 51 customers have two orders on one repeat day: the mean of single orders would miss them by up to $125.
    const withMoney = readCdnowSummary();
    withMoney.monetary.forEach((zbar, i) => {
      expect(Math.abs(summary.monetary[i] - zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  });

  test("customer 1 by hand: orders 1997-01-01 $29.33, 01-18 $29.73, 08-02 $14.96 (12-12 is after as_of)", () => {
    expect(summary.frequency[0]).toBe(2);
    expect(summary.recency[0]).toBeCloseTo(213 / 7, 12); // 1997-01-01 → 08-02 is 213 days: 30.43 weeks
    expect(summary.age[0]).toBeCloseTo(272 / 7, 12); // 1997-01-01 → 09-30 is 272 days: 38.857 weeks
    expect(summary.monetary[0]).toBeCloseTo((29.73 + 14.96) / 2, 12);
  });
});

describe("CLV summary rules", () => {
  // Serial 45000 = 2023-03-15.
  test("orders on the same day count once and their amounts add up; the first day's spend is left out", () => {
    const s = summarizeTransactions(
      ["A", "A", "A", "A"],
      [45000, 45000.75, 45010, 45010.2],
      [10, 5, 20, 30],
      null,
      "D"
    );
    expect(Array.from(s.frequency)).toEqual([1]);
    expect(Array.from(s.recency)).toEqual([10]);
    expect(Array.from(s.age)).toEqual([10]); // as_of defaults to the latest order day, 45010
    expect(Array.from(s.monetary)).toEqual([50]);
  });

  test("as_of: later orders are ignored, age counts to as_of; first appearance order among orders kept", () => {
    const s = summarizeTransactions(
      ["B", "A", "B", "C"],
      [45020, 45000, 45003, 45001],
      [99, 7, 8, 9],
      45010,
      "D"
    );
    expect(s.customers).toEqual(["A", "B", "C"]); // B's first listed order is after as_of
    expect(Array.from(s.frequency)).toEqual([0, 0, 0]);
    expect(Array.from(s.age)).toEqual([10, 7, 9]);
    expect(Array.from(s.monetary)).toEqual([0, 0, 0]); // no repeat purchase → 0, as lifetimes
  });

  test("units: weeks are 7 days, months 30.4375 days", () => {
    expect(DAYS_PER_CLV_UNIT).toEqual({ D: 1, W: 7, M: 30.4375 });
    const dates = [45000, 45014, 45061];
    const weeks = summarizeTransactions([1, 1, 1], dates, [1, 2, 3], 45061, "W");
    expect(weeks.recency[0]).toBeCloseTo(61 / 7, 14);
    const months = summarizeTransactions([1, 1, 1], dates, [1, 2, 3], 45061, "M");
    expect(months.recency[0]).toBeCloseTo(61 / 30.4375, 14);
    expect(months.monetary[0]).toBe(2.5);
  });

  test("errors: lengths differ → #VALUE!, bad date → #NUM!, nothing on or before as_of → #N/A, unknown unit → #VALUE!", () => {
    expect(() => summarizeTransactions([1, 2], [45000], [1, 2], null, "D")).toThrow(
      expect.objectContaining({ kind: "value" })
    );
    expect(() => summarizeTransactions([1, 2], [45000, NaN], [1, 2], null, "D")).toThrow(
      expect.objectContaining({ kind: "num", message: expect.stringMatching(/Row 2/) })
    );
    expect(() => summarizeTransactions([1], [45000], [1], 44000, "D")).toThrow(
      expect.objectContaining({ kind: "na" })
    );
    expect(() => summarizeTransactions([1], [45000], [1], null, "Y" as never)).toThrow(
      expect.objectContaining({ kind: "value" })
    );
  });
});
