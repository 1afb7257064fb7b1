/**
 * ECOM probabilistic lifetime-value functions (spec §4, second half) through the built bundle: CLV.SUMMARY,
 * CLV.PARAMS, CLV.PALIVE, CLV.PURCHASES and CLV. Expected values come from lifetimes' CDNOW files and their
 * goldens (data/lifetimes/cdnow_customers_summary*.csv, data/golden/golden_lifetimes_cdnow.csv, golden_values.json
 * lifetimes_cdnow: lifetimes' own fits and outputs, its Quickstart and documented CLV example), or the hand
 * calculation in the comment.
 */
import { call, errorCode, scalar } from "../helpers/bundle";
import {
  excelSerialOfYyyymmdd,
  readCdnowGolden,
  readCdnowSummary,
  readCdnowTransactions,
  relativeError,
} from "../helpers/cdnow";
import { goldenValues, readCsv, sharedPath } from "../helpers/shared";

/** A column range (n×1) as Excel passes it. */
const column = (xs: ArrayLike<unknown>) => Array.from(xs, (x) => [x]);
/** A row range (1×n) as Excel passes it. */
const row = (xs: ArrayLike<unknown>) => [Array.from(xs)];
/** The message of an error value. */
const messageOf = (v: unknown) => (v as Error).message;
/** The first cell of each row of a spill. */
const firstColumn = (out: unknown) => (out as unknown[][]).map((r) => r[0]);

const golden = goldenValues().lifetimes_cdnow;
const cdnow = readCdnowSummary();
const goldenRows = readCdnowGolden();
const N = 2357;
const X = column(cdnow.frequency);
const TX = column(cdnow.recency);
const T = column(cdnow.age);
const M = column(cdnow.monetary);

/** The largest relative error of a per-customer spill against a golden column (rows offset by `skip`). */
function worstAgainst(out: unknown, key: string, first = 0): number {
  const values = firstColumn(out);
  let worst = 0;
  goldenRows.forEach((g, i) => {
    const v = values[first + i];
    worst = Math.max(worst, typeof v === "number" ? relativeError(v, g[key]) : Infinity);
  });
  return worst;
}

// lifetimes' customer_lifetime_value(time=12 months, discount_rate=0.01, freq): horizon = 12·factor, step = factor.
// factor 4.345 is the correct weekly factor; factor 30 is its default freq "D" applied to CDNOW's weekly data, the
// documented example (tests/metrics/clv.test.ts, analytics.md §1.4).
const WEEKLY = { column: "clv_12m_dr0.01_factor4.345_W", horizon: 12 * 4.345, step: 4.345 };
const DOCS = { column: "clv_12m_dr0.01_factor30_lifetimesDefaultD", horizon: 360, step: 30 };

describe("ECOM.CLV.SUMMARY", () => {
  const orders = readCdnowTransactions();
  const AS_OF = 35703; // 1997-09-30, the end of the 39-week calibration period

  test("CDNOW_sample.txt, as_of 1997-09-30, weeks → lifetimes' cdnow_customers_summary.csv (2 decimals) and zbar", () => {
    expect(excelSerialOfYyyymmdd("19970930")).toBe(AS_OF);
    const out = call(
      "CLV.SUMMARY",
      column(orders.customer),
      column(orders.date),
      column(orders.amount),
      AS_OF,
      "W"
    ) as unknown[][];
    const expected = readCsv(sharedPath("data", "lifetimes", "cdnow_customers_summary.csv"));
    expect(out[0]).toEqual(["customer", "frequency", "recency", "age", "monetary"]);
    expect(out).toHaveLength(expected.length + 1);
    expect(expected).toHaveLength(N);
    const bad = expected.filter((e, i) => {
      const [id, frequency, recency, age, monetary] = out[i + 1] as number[];
      return (
        Number(id) !== Number(e.ID) ||
        frequency !== Number(e.frequency) ||
        Math.abs(recency - Number(e.recency)) > 0.005 + 1e-9 ||
        Math.abs(age - Number(e.T)) > 0.005 + 1e-9 ||
        Math.abs(monetary - cdnow.monetary[i]) > 0.005 + 1e-9
      );
    });
    expect(bad).toEqual([]);
    // customer 1 by hand: 1997-01-01 $29.33, 01-18 $29.73, 08-02 $14.96 (12-12 is after as_of):
    // recency 213 days = 30.43 weeks, age 272 days = 38.857 weeks, monetary (29.73 + 14.96) / 2
    const [, f1, r1, a1, m1] = out[1] as number[];
    expect([f1, r1, a1, m1]).toEqual([2, 213 / 7, 272 / 7, (29.73 + 14.96) / 2]);
  });

  test("worked example (weeks): A: 2, 3, 4, 30; B: 0, 0, 2, 0", () => {
    // A orders on 45000, 45007, 45021 → 2 repeat days; recency 21/7 = 3, age (45028 − 45000)/7 = 4,
    // monetary (20 + 40)/2 = 30 (the first purchase is left out). B: one order on 45014 → age 14/7 = 2.
    const out = call(
      "CLV.SUMMARY",
      column(["A", "A", "A", "B"]),
      column([45000, 45007, 45021, 45014]),
      column([10, 20, 40, 5]),
      45028,
      "W"
    );
    expect(out).toEqual([
      ["customer", "frequency", "recency", "age", "monetary"],
      ["A", 2, 3, 4, 30],
      ["B", 0, 0, 2, 0],
    ]);
  });

  test("same-day orders count once; later orders ignored; as_of defaults to the latest order; days by default", () => {
    // A: 45000 (10 + 5, same day), 45010 (20 + 30 at 45010.2, same day) → 1 repeat day of 50; recency 10 days.
    // as_of omitted = 45010, so age 10. C's order on 45030 is after as_of 45020 in the second call.
    const ids = column(["A", "A", "A", "A"]);
    const out = call(
      "CLV.SUMMARY",
      ids,
      column([45000, 45000.75, 45010, 45010.2]),
      column([10, 5, 20, 30]),
      null,
      null
    );
    expect(out).toEqual([
      ["customer", "frequency", "recency", "age", "monetary"],
      ["A", 1, 10, 10, 50],
    ]);
    const later = call(
      "CLV.SUMMARY",
      column(["C", "A", "A"]),
      column([45030, 45000, 45010]),
      column([99, 1, 2]),
      45020,
      "D"
    ) as unknown[][];
    expect(later.slice(1)).toEqual([["A", 1, 10, 20, 2]]);
  });

  test('unit "M": months of 30.4375 days', () => {
    // 45000 → 45061 = 61 days = 61 / 30.4375 months
    const out = call(
      "CLV.SUMMARY",
      column([7, 7]),
      column([45000, 45061]),
      column([1, 3]),
      null,
      "M"
    );
    expect((out as number[][])[1]).toEqual([7, 1, 61 / 30.4375, 61 / 30.4375, 3]);
  });

  test('ids 1, "1" and " 1 " are one customer; rows with a blank id are skipped (trailing empty rows)', () => {
    const out = call(
      "CLV.SUMMARY",
      column([1, "1", " 1 ", "", null]),
      column([45000, 45001, 45002, "", null]),
      column([5, 6, 7, "", null]),
      null,
      "D"
    );
    // one customer with 3 order days: frequency 2, recency 2, age 2, monetary (6 + 7)/2
    expect(out).toEqual([
      ["customer", "frequency", "recency", "age", "monetary"],
      [1, 2, 2, 2, 6.5],
    ]);
  });

  test("errors: blank date → #N/A naming the row; text amount → #VALUE!; unknown unit; no order before as_of", () => {
    const blankDate = call("CLV.SUMMARY", column(["A", "B"]), column([45000, ""]), column([1, 2]));
    expect(errorCode(blankDate)).toBe("#N/A");
    expect(messageOf(blankDate)).toMatch(/order_dates is blank in row 2/);
    const textAmount = call("CLV.SUMMARY", column(["A"]), column([45000]), column(["ten"]));
    expect(errorCode(textAmount)).toBe("#VALUE!");
    expect(messageOf(textAmount)).toMatch(/row 1/);
    const unit = call("CLV.SUMMARY", column(["A"]), column([45000]), column([1]), null, "Y");
    expect(errorCode(unit)).toBe("#VALUE!");
    expect(messageOf(unit)).toMatch(/unit must be one of/);
    const early = call("CLV.SUMMARY", column(["A"]), column([45000]), column([1]), 44000);
    expect(errorCode(early)).toBe("#N/A");
    const lengths = call("CLV.SUMMARY", column(["A", "B"]), column([45000]), column([1, 2]));
    expect(errorCode(lengths)).toBe("#VALUE!");
    const dateText = call("CLV.SUMMARY", column(["A"]), column(["2024-01-01"]), column([1]));
    expect(errorCode(dateText)).toBe("#VALUE!");
  });
});

describe("ECOM.CLV.PARAMS", () => {
  test("CDNOW: lifetimes' BG/NBD fit r 0.242593, alpha 4.413532, a 0.792886, b 2.425752, loglik −9582.43; Gamma–Gamma p 6.2488, q 3.7446, v 15.4477", () => {
    const out = call("CLV.PARAMS", X, TX, T, M, null) as [string, number][];
    expect(out.map((r) => r[0])).toEqual([
      "r",
      "alpha",
      "a",
      "b",
      "loglik",
      "p",
      "q",
      "v",
      "customers",
    ]);
    const value = Object.fromEntries(out);
    // published (Quickstart, 6 decimals) and full-precision MLE of lifetimes
    expect(value.r).toBeCloseTo(0.242593, 6);
    expect(value.alpha).toBeCloseTo(4.413532, 6);
    expect(value.a).toBeCloseTo(0.792886, 6);
    expect(value.b).toBeCloseTo(2.425752, 5);
    expect(value.loglik).toBeCloseTo(-9582.43, 2);
    const bg = golden.bgnbd_params_mle_full_precision;
    const gg = golden.gamma_gamma_params_mle_full_precision;
    for (const key of ["r", "alpha", "a", "b"])
      expect(relativeError(value[key], bg[key])).toBeLessThan(1e-6);
    expect(relativeError(value.loglik, bg.loglik)).toBeLessThan(1e-9);
    for (const key of ["p", "q", "v"])
      expect(relativeError(value[key], gg[key])).toBeLessThan(1e-6);
    expect(value.p).toBeCloseTo(6.2488, 4);
    expect(value.q).toBeCloseTo(3.7446, 4);
    expect(value.v).toBeCloseTo(15.4477, 3);
    expect(value.customers).toBe(N);
  });

  test("monetary omitted → p, q, v blank; Chinese labels", () => {
    const out = call("CLV.PARAMS", X, TX, T, null, "zh") as [string, unknown][];
    expect(out.map((r) => r[0])).toEqual([
      "r（购买率形状参数）",
      "alpha（购买率尺度参数）",
      "a（流失概率参数a）",
      "b（流失概率参数b）",
      "对数似然值",
      "p（单笔金额形状参数）",
      "q（客户金额形状参数）",
      "v（客户金额尺度参数）",
      "客户数",
    ]);
    expect(out.slice(5, 8).map((r) => r[1])).toEqual(["", "", ""]);
    expect(out[0][1]).toBeCloseTo(0.242593, 6);
    expect(out[8][1]).toBe(N);
  });

  test("blank and invalid rows are left out of the fit: same parameters, customers still 2357", () => {
    // appended: 3 blank rows, text, recency > age, non-whole frequency, a partly blank row
    const extra = {
      x: ["", "", "", "abc", 2, 1.5, 3],
      tx: ["", "", "", 1, 50, 1, ""],
      T: ["", "", "", 2, 40, 2, 10],
    };
    const out = call(
      "CLV.PARAMS",
      column([...cdnow.frequency, ...extra.x]),
      column([...cdnow.recency, ...extra.tx]),
      column([...cdnow.age, ...extra.T]),
      null,
      "en"
    ) as [string, number][];
    const value = Object.fromEntries(out);
    expect(value.customers).toBe(N);
    expect(relativeError(value.r, golden.bgnbd_params_mle_full_precision.r)).toBeLessThan(1e-6);
  });

  test("fewer than 10 customers → #NUM! with a message; no repeat buyer → #NUM!; bad language → #VALUE!", () => {
    const few = call("CLV.PARAMS", column([1, 0, 2]), column([1, 0, 3]), column([5, 5, 5]));
    expect(errorCode(few)).toBe("#NUM!");
    expect(messageOf(few)).toMatch(/at least 10 customers \(got 3\)/);
    const zeros = new Array(12).fill(0);
    const none = call("CLV.PARAMS", column(zeros), column(zeros), column(new Array(12).fill(8)));
    expect(errorCode(none)).toBe("#NUM!");
    expect(messageOf(none)).toMatch(/no customer has a repeat purchase/);
    expect(errorCode(call("CLV.PARAMS", X, TX, T, null, "fr"))).toBe("#VALUE!");
    expect(errorCode(call("CLV.PARAMS", X, TX, column([1, 2])))).toBe("#VALUE!");
  });

  test("Gamma–Gamma needs 10 repeat buyers: 9 → #NUM! with a message", () => {
    // 9 of 20 customers buy again (frequency 1, recency 2, age 5, monetary 10 + i)
    const x = Array.from({ length: 20 }, (_, i) => (i < 9 ? 1 : 0));
    const out = call(
      "CLV.PARAMS",
      column(x),
      column(x.map((v) => 2 * v)),
      column(new Array(20).fill(5)),
      column(x.map((v, i) => (v ? 10 + i : 0)))
    );
    expect(errorCode(out)).toBe("#NUM!");
    expect(messageOf(out)).toMatch(/at least 10 customers with repeat purchases \(got 9\)/);
  });
});

describe("ECOM.CLV.PALIVE and ECOM.CLV.PURCHASES", () => {
  test("CDNOW: P(alive) of all 2357 customers to 1e-6 (golden bgnbd_p_alive); customer 1 = 0.726609", () => {
    const out = call("CLV.PALIVE", X, TX, T);
    expect(out).toHaveLength(N);
    expect(worstAgainst(out, "bgnbd_p_alive")).toBeLessThan(1e-6);
    expect(firstColumn(out)[0]).toBeCloseTo(0.7266091624, 7);
  });

  test.each([
    [1, "bgnbd_cond_exp_t1"],
    [10, "bgnbd_cond_exp_t10"],
    [39, "bgnbd_cond_exp_t39"],
  ])(
    "CDNOW: expected purchases in the next %s weeks, all customers to 1e-6 (%s)",
    (horizon, key) => {
      const out = call("CLV.PURCHASES", X, TX, T, horizon);
      expect(worstAgainst(out, key)).toBeLessThan(1e-6);
    }
  );

  test("Hardie's spreadsheet: customer (2, 30.43, 38.86), 39 weeks → 1.226", () => {
    const out = call("CLV.PURCHASES", X, TX, T, 39);
    expect(firstColumn(out)[0]).toBeCloseTo(golden.bgnbd_cond_exp_purchases.expected, 3);
  });

  test("lifetimes' Quickstart ranking: next-week purchases of customers 509, 841, 1981, 157, 1516", () => {
    const out = firstColumn(call("CLV.PURCHASES", X, TX, T, 1));
    const top = golden.bgnbd_top5_next_period_t1;
    for (const id of [509, 841, 1981, 157, 1516]) {
      expect(out[id - 1] as number).toBeCloseTo(top[`ID${id}`], 5);
    }
  });

  test("a 1×n input gives a 1×n output, equal to the goldens", () => {
    const out = call(
      "CLV.PALIVE",
      row(cdnow.frequency),
      row(cdnow.recency),
      row(cdnow.age)
    ) as number[][];
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(N);
    expect(
      worstAgainst(
        out[0].map((v) => [v]),
        "bgnbd_p_alive"
      )
    ).toBeLessThan(1e-6);
  });

  test('blank rows → "", invalid rows → their own error, the rest unchanged (fit on the valid rows only)', () => {
    // rows 2358..: blank; text; recency > age; non-whole frequency; negative age; recency ≠ 0 with x = 0;
    // partly blank; TRUE
    const x = ["", "abc", 2, 1.5, 1, 0, 3, true];
    const tx = ["", 1, 50, 1, 1, 2, "", 1];
    const T = ["", 2, 40, 2, -3, 5, 10, 2];
    const out = call(
      "CLV.PALIVE",
      column([...cdnow.frequency, ...x]),
      column([...cdnow.recency, ...tx]),
      column([...cdnow.age, ...T])
    );
    expect(worstAgainst(out, "bgnbd_p_alive")).toBeLessThan(1e-6);
    const tail = firstColumn(out).slice(N);
    expect(tail[0]).toBe("");
    expect(errorCode(tail[1])).toBe("#VALUE!");
    expect(errorCode(tail[2])).toBe("#NUM!");
    expect(messageOf(tail[2])).toMatch(/recency \(50\) cannot exceed age \(40\)/);
    expect(errorCode(tail[3])).toBe("#NUM!");
    expect(messageOf(tail[3])).toMatch(/whole number/);
    expect(errorCode(tail[4])).toBe("#NUM!");
    expect(errorCode(tail[5])).toBe("#NUM!");
    expect(messageOf(tail[5])).toMatch(/recency must be 0 when frequency is 0/);
    expect(errorCode(tail[6])).toBe("#N/A");
    expect(messageOf(tail[6])).toMatch(/recency is blank/);
    expect(errorCode(tail[7])).toBe("#VALUE!");
  });

  test("extreme customers: 1000 purchases then silence → exactly 0 alive and 0 purchases; a new customer (0, 0, 0) → alive 1", () => {
    // golden_values bgnbd_p_alive: (x = 1000, t_x = 10, T = 100) → 0.0 and x = 0 → 1. With t_x = T the odds are
    // a/(b + x − 1) only: P = 1/(1 + a/(b + 999)) with a, b from CLV.PARAMS on the same columns.
    const x = [...cdnow.frequency, 1000, 0, 1000];
    const tx = [...cdnow.recency, 10, 0, 100];
    const T = [...cdnow.age, 100, 0, 100];
    const alive = firstColumn(call("CLV.PALIVE", column(x), column(tx), column(T)));
    const purchases = firstColumn(call("CLV.PURCHASES", column(x), column(tx), column(T), 52));
    const params = Object.fromEntries(
      call("CLV.PARAMS", column(x), column(tx), column(T)) as [string, number][]
    );
    expect(alive[N]).toBe(0);
    expect(purchases[N]).toBe(0);
    expect(alive[N + 1]).toBe(1);
    expect(purchases[N + 1]).toBeGreaterThan(0);
    expect(alive[N + 2] as number).toBeCloseTo(1 / (1 + params.a / (params.b + 999)), 12);
    expect(Number.isFinite(purchases[N + 2])).toBe(true);
    expect(purchases[N + 2] as number).toBeGreaterThan(100);
    expect(params.customers).toBe(N + 3);
  });

  test("horizon: blank → #VALUE!, negative → #NUM!, a range → #VALUE!; 0 → 0 purchases", () => {
    expect(errorCode(call("CLV.PURCHASES", X, TX, T, null))).toBe("#VALUE!");
    const negative = call("CLV.PURCHASES", X, TX, T, -1);
    expect(errorCode(negative)).toBe("#NUM!");
    expect(messageOf(negative)).toMatch(/horizon must be zero or more/);
    expect(errorCode(call("CLV.PURCHASES", X, TX, T, [[1], [2]]))).toBe("#VALUE!");
    expect(firstColumn(call("CLV.PURCHASES", X, TX, T, 0)).every((v) => v === 0)).toBe(true);
  });

  test("fewer than 10 valid customers → #NUM! for the whole result; a single customer → #NUM!", () => {
    // 12 rows, 3 of them invalid (recency > age) → 9 customers
    const x = [1, 2, 0, 1, 3, 0, 1, 2, 0, 1, 1, 1];
    const tx = [1, 2, 0, 1, 3, 0, 1, 2, 0, 9, 9, 9];
    const T = new Array(12).fill(5);
    const out = call("CLV.PALIVE", column(x), column(tx), column(T));
    expect(errorCode(out)).toBe("#NUM!");
    expect(messageOf(out)).toMatch(/at least 10 customers \(got 9\)/);
    expect(errorCode(scalar(call("CLV.PALIVE", [[1]], [[1]], [[2]])))).toBe("#NUM!");
  });

  test("no repeat buyer → #NUM! with a message", () => {
    const zeros = column(new Array(15).fill(0));
    const out = call("CLV.PURCHASES", zeros, zeros, column(new Array(15).fill(10)), 52);
    expect(errorCode(out)).toBe("#NUM!");
    expect(messageOf(out)).toMatch(/no customer has a repeat purchase/);
  });
});

describe("ECOM.CLV", () => {
  test.each([WEEKLY, DOCS])(
    "CDNOW, horizon $horizon, step $step, 1% a step: all 2357 customers to 1e-6 ($column)",
    ({ column: key, horizon, step }) => {
      const out = call("CLV", X, TX, T, M, horizon, 0.01, step);
      expect(out).toHaveLength(N);
      expect(worstAgainst(out, key)).toBeLessThan(1e-6);
    }
  );

  test("lifetimes' documented example (time 12, discount 0.01, default freq): 140.096211, 18.943467, …", () => {
    const out = firstColumn(call("CLV", X, TX, T, M, 360, 0.01, 30));
    golden.clv_docs_example.first10.forEach((expected: number, i: number) => {
      expect(relativeError(out[i] as number, expected)).toBeLessThan(1e-6);
    });
  });

  test("discount 0 (omitted): E[M] · E[Y(39)] = golden gg_cond_exp_avg_profit × bgnbd_cond_exp_t39", () => {
    const out = firstColumn(call("CLV", X, TX, T, M, 39, null, null));
    let worst = 0;
    goldenRows.forEach((g, i) => {
      worst = Math.max(
        worst,
        relativeError(out[i] as number, g.gg_cond_exp_avg_profit * g.bgnbd_cond_exp_t39)
      );
    });
    expect(worst).toBeLessThan(1e-6);
  });

  test("row input → row output; blank and invalid rows (monetary 0 with repeat purchases) keep their cells", () => {
    const x = [...cdnow.frequency, "", 2, 2];
    const tx = [...cdnow.recency, "", 10, 10];
    const T = [...cdnow.age, "", 20, 20];
    const m = [...cdnow.monetary, "", 0, ""];
    const out = call(
      "CLV",
      row(x),
      row(tx),
      row(T),
      row(m),
      WEEKLY.horizon,
      0.01,
      WEEKLY.step
    ) as unknown[][];
    expect(out).toHaveLength(1);
    expect(
      worstAgainst(
        out[0].map((v) => [v]),
        WEEKLY.column
      )
    ).toBeLessThan(1e-6);
    expect(out[0][N]).toBe("");
    expect(errorCode(out[0][N + 1])).toBe("#NUM!");
    expect(messageOf(out[0][N + 1])).toMatch(/monetary must be above 0/);
    expect(errorCode(out[0][N + 2])).toBe("#N/A");
    expect(messageOf(out[0][N + 2])).toMatch(/monetary is blank/);
  });

  test("option errors → #NUM! or #VALUE! with a message", () => {
    const run = (horizon: unknown, d: unknown, step: unknown) =>
      call("CLV", X, TX, T, M, horizon, d, step);
    expect(errorCode(run(null, 0.01, 1))).toBe("#VALUE!");
    expect(messageOf(run(-5, 0.01, 1))).toMatch(/horizon must be zero or more/);
    expect(errorCode(run(52, -1, 1))).toBe("#NUM!");
    expect(messageOf(run(52, -1, 1))).toMatch(/discount_rate must be above −1/);
    expect(errorCode(run(52, 0.01, 0))).toBe("#NUM!");
    expect(messageOf(run(1e6, 0.01, 1))).toMatch(/at most 100000/);
    expect(errorCode(run("soon", 0.01, 1))).toBe("#VALUE!");
    expect(errorCode(call("CLV", X, TX, T, column([1, 2]), 52, 0, 1))).toBe("#VALUE!");
  });

  test("no repeat buyer → #NUM!; fewer than 10 → #NUM! with a message", () => {
    const zeros = column(new Array(15).fill(0));
    const none = call("CLV", zeros, zeros, column(new Array(15).fill(10)), zeros, 52);
    expect(errorCode(none)).toBe("#NUM!");
    expect(messageOf(none)).toMatch(/no customer has a repeat purchase/);
    const few = call("CLV", column([1, 2]), column([1, 2]), column([3, 3]), column([5, 5]), 52);
    expect(errorCode(few)).toBe("#NUM!");
    expect(messageOf(few)).toMatch(/at least 10 customers/);
  });
});
