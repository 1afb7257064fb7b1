import {
  CustomerId,
  indexCustomers,
  repurchaseRate,
  rfmTable,
  summarizeOrders,
} from "../../src/metrics/orders";
import { readCsv, sharedPath } from "../helpers/shared";
import { kindOf } from "../helpers/domain-errors";

/** Excel serial of an ISO date, via the JavaScript Date (serial 25569 = 1970-01-01). */
function serialOf(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
      86400000 +
    25569
  );
}

/** The R package's sample order table and its golden per-customer output (analysis date 2006-12-31). */
const orders = readCsv(sharedPath("data", "rfm-r-package", "rfm_data_orders.csv"));
const golden = readCsv(sharedPath("data", "golden", "golden_rfm_r_package_orders.csv"));
const ids = orders.map((o) => o.customer_id);
const dates = Float64Array.from(orders, (o) => serialOf(o.order_date));
const amounts = Float64Array.from(orders, (o) => Number(o.revenue));

/** A small order table, aggregated by hand in the tests below (rows numbered from 1). */
const HAND_IDS: CustomerId[] = ["A", 7, "B", "A", "7", " 7 ", "", null, "C", "07", "b"];
const HAND_DATES = Float64Array.of(
  45000,
  45003,
  45001.6,
  45004,
  45002,
  45010,
  NaN,
  NaN,
  45008,
  45005.9,
  45002
);
const HAND_AMOUNTS = Float64Array.of(10, 20, 5, 30, 1, 2, NaN, NaN, 100, 4, 3);

describe("customer ids", () => {
  test("grouped by their text form after trimming; blanks skipped; first appearance order", () => {
    const { customerOfRow, ids: seen } = indexCustomers([
      1,
      "1",
      " 1 ",
      "01",
      "1.0",
      2.5,
      "2.5",
      true,
      "TRUE",
      "x",
      "X",
      "",
      "  ",
      null,
      undefined,
      NaN,
    ]);
    // 1 = "1" = " 1 "; "01" and "1.0" are other texts; 2.5 = "2.5"; TRUE = "TRUE"; "x" ≠ "X"; the rest are blank
    expect(Array.from(customerOfRow)).toEqual([
      0, 0, 0, 1, 2, 3, 3, 4, 4, 5, 6, -1, -1, -1, -1, -1,
    ]);
    expect(seen).toEqual([1, "01", "1.0", 2.5, true, "x", "X"]);
  });
});

describe("per-customer recency, frequency, monetary", () => {
  test("hand-aggregated table, as_of defaulting to the latest order date", () => {
    // Latest date ⌊45010⌋. Customers by first appearance: A (row 1), 7 (rows 2, 5, 6: 7 = "7" = " 7 "),
    // B (row 3), C (row 9), "07" (row 10, not 7), "b" (row 11, not "B"); rows 7–8 have blank ids.
    //   A: last 45004 → 6 days, 2 orders, 10 + 30 = 40     7: last 45010 → 0, 3, 20 + 1 + 2 = 23
    //   B: ⌊45001.6⌋ = 45001 → 9, 1, 5                      C: 45008 → 2, 1, 100
    //   "07": ⌊45005.9⌋ = 45005 → 5, 1, 4                   "b": 45002 → 8, 1, 3
    const s = summarizeOrders(HAND_IDS, HAND_DATES, HAND_AMOUNTS, NaN);
    expect(s.asOf).toBe(45010);
    expect(s.ids).toEqual(["A", 7, "B", "C", "07", "b"]);
    expect(Array.from(s.recency)).toEqual([6, 0, 9, 2, 5, 8]);
    expect(Array.from(s.frequency)).toEqual([2, 3, 1, 1, 1, 1]);
    expect(Array.from(s.monetary)).toEqual([40, 23, 5, 100, 4, 3]);
  });

  test("orders after as_of are ignored; an order later on the as_of day counts", () => {
    // as_of 45005.5 → day 45005: rows 6 (45010) and 9 (45008) drop out, and with them customer C.
    //   A: 45004 → 1, 2, 40    7: rows 2, 5 → last 45003 → 2, 2, 21    B: 4, 1, 5
    //   "07": 45005.9 is on the as_of day → 0, 1, 4    "b": 3, 1, 3
    const s = summarizeOrders(HAND_IDS, HAND_DATES, HAND_AMOUNTS, 45005.5);
    expect(s.asOf).toBe(45005);
    expect(s.ids).toEqual(["A", 7, "B", "07", "b"]);
    expect(Array.from(s.recency)).toEqual([1, 2, 4, 0, 3]);
    expect(Array.from(s.frequency)).toEqual([2, 2, 1, 1, 1]);
    expect(Array.from(s.monetary)).toEqual([40, 21, 5, 4, 3]);
  });

  test("first appearance is counted among the orders on or before as_of", () => {
    // X's first row is after as_of, so Y (row 2) comes first
    const s = summarizeOrders(
      ["X", "Y", "X"],
      Float64Array.of(45020, 45001, 45002),
      Float64Array.of(1, 2, 3),
      45005
    );
    expect(s.ids).toEqual(["Y", "X"]);
    expect(Array.from(s.recency)).toEqual([4, 3]);
  });

  test("errors: blank date or amount on an order with an id, shapes, nothing to summarise", () => {
    expect(
      kindOf(() =>
        summarizeOrders(["A", "B"], Float64Array.of(45000, NaN), Float64Array.of(1, 2), NaN)
      )
    ).toBe("value");
    expect(
      kindOf(() =>
        summarizeOrders(["A", "B"], Float64Array.of(45000, 45001), Float64Array.of(1, NaN), NaN)
      )
    ).toBe("value");
    expect(
      kindOf(() => summarizeOrders(["A"], Float64Array.of(45000, 45001), Float64Array.of(1), NaN))
    ).toBe("value");
    expect(
      kindOf(() => summarizeOrders(["A"], Float64Array.of(45000), Float64Array.of(1), 44999))
    ).toBe("na");
    expect(
      kindOf(() =>
        summarizeOrders(["", null], Float64Array.of(NaN, NaN), Float64Array.of(NaN, NaN), NaN)
      )
    ).toBe("na");
  });

  test("rfm_data_orders with as_of 2006-12-31 (serial 39082) reproduces the golden file", () => {
    expect(serialOf("2006-12-31")).toBe(39082);
    const table = rfmTable(ids, dates, amounts, 39082, 5, "rfm11");
    expect(table.ids).toHaveLength(995);
    expect(table.frequency.reduce((a, b) => a + b, 0)).toBe(4906);
    const row = new Map(table.ids.map((id, i) => [id, i]));
    const mismatches = golden.filter((g) => {
      const i = row.get(g.customer_id) as number;
      return (
        table.recency[i] !== Number(g.recency_days) ||
        table.frequency[i] !== Number(g.transaction_count) ||
        table.monetary[i] !== Number(g.amount) ||
        table.scores.r[i] !== Number(g.recency_score) ||
        table.scores.f[i] !== Number(g.frequency_score) ||
        table.scores.m[i] !== Number(g.monetary_score)
      );
    });
    expect(mismatches).toEqual([]);
    // customers come in order of first appearance: the first order row's customer is first
    expect(table.ids[0]).toBe(orders[0].customer_id);
    expect(table.segments.every((s) => typeof s === "string")).toBe(true);
  });

  test("RFM.TABLE path with scheme cn8 gives the published eight-type counts (analytics.md §3.6)", () => {
    const table = rfmTable(ids, dates, amounts, 39082, 5, "cn8");
    const counts: Record<string, number> = {};
    for (const s of table.segments) counts[s] = (counts[s] ?? 0) + 1;
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

  test("as_of omitted: the latest order date, 2006-12-30, so every recency is one day less than the golden", () => {
    const table = rfmTable(ids, dates, amounts, NaN, 5, "cn3");
    expect(table.asOf).toBe(serialOf("2006-12-30"));
    const row = new Map(table.ids.map((id, i) => [id, i]));
    expect(
      golden.every(
        (g) => table.recency[row.get(g.customer_id) as number] === Number(g.recency_days) - 1
      )
    ).toBe(true);
  });

  test("bad options", () => {
    expect(kindOf(() => rfmTable(ids, dates, amounts, 39082, 1, "rfm11"))).toBe("num");
    expect(kindOf(() => rfmTable(ids, dates, amounts, 39082, 5, "abc" as "rfm11"))).toBe("value");
  });
});

describe("repurchase rate", () => {
  test("hand-computed: customers with two or more orders ÷ customers", () => {
    // customers 1 (rows 1, 3), 2 (rows 2, 5: 2 = "2"), 3 (row 4), 4 (rows 8–10); blanks skipped → 3 of 4
    expect(repurchaseRate([1, 2, 1, 3, "2", "", null, 4, 4, 4])).toBe(0.75);
    expect(repurchaseRate(["a"])).toBe(0);
  });

  test("rfm_data_orders: the share of golden customers with transaction_count ≥ 2", () => {
    const repeaters = golden.filter((g) => Number(g.transaction_count) >= 2).length; // 953 of 995
    expect(repurchaseRate(ids)).toBe(repeaters / golden.length);
  });

  test("no ids at all → #N/A", () => {
    expect(kindOf(() => repurchaseRate([]))).toBe("na");
    expect(kindOf(() => repurchaseRate(["", null, " "]))).toBe("na");
  });
});
