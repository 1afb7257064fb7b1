/**
 * ECOM customer functions (spec §4) through the built bundle: RFM, RFM.SEGMENT, RFM.TABLE, REPURCHASE and
 * COHORT. Expected values come from the R package rfm's golden per-customer output
 * (data/golden/golden_rfm_r_package_orders.csv), its published numbers (golden_values.json rfm_r_package,
 * analytics.md §3.2 and §3.6), or the hand calculation in the comment.
 */
import { call, errorCode, scalar } from "../helpers/bundle";
import { goldenValues, readCsv, sharedPath } from "../helpers/shared";

/** A column range (n×1) as Excel passes it. */
const column = (...xs: unknown[]) => xs.map((x) => [x]);
/** The message of an error value. */
const messageOf = (v: unknown) => (v as Error).message;
/** The first cell of each row of a spill. */
const firstColumn = (out: unknown) => (out as unknown[][]).map((r) => r[0]);

/** Excel serial of an ISO date (serial 25569 = 1970-01-01). */
function serialOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

/** The R package's golden per-customer output, analysis date 2006-12-31 (995 customers). */
const golden = readCsv(sharedPath("data", "golden", "golden_rfm_r_package_orders.csv"));
const goldenR = column(...golden.map((g) => Number(g.recency_days)));
const goldenF = column(...golden.map((g) => Number(g.transaction_count)));
const goldenM = column(...golden.map((g) => Number(g.amount)));
const goldenRow = new Map(golden.map((g, i) => [g.customer_id, i]));
/** The package's sample orders (4906 rows): text ids, dates as serials, amounts. */
const orders = readCsv(sharedPath("data", "rfm-r-package", "rfm_data_orders.csv"));
const orderIds = column(...orders.map((o) => o.customer_id));
const orderDates = column(...orders.map((o) => serialOf(o.order_date)));
const orderAmounts = column(...orders.map((o) => Number(o.revenue)));
const AS_OF = 39082; // 2006-12-31

/**
 * The worked example used throughout (bins 5). Thresholds t_i = PERCENTILE.INC(v, i/5) + 1:
 *   recency {10..50}: Q7 at .2/.4/.6/.8 = 18, 26, 34, 42 → t = 19, 27, 35, 43 → R = 5 − #{t ≤ r} = 5, 4, 3, 2, 1
 *   frequency {1..5}: Q7 = 1.8, 2.6, 3.4, 4.2 → t = 2.8, 3.6, 4.4, 5.2 → F = 1 + #{t ≤ f} = 1, 1, 2, 3, 4
 *   monetary {100..500}: Q7 = 180, 260, 340, 420 → t = 181, 261, 341, 421 → M = 1, 2, 3, 4, 5
 * so the codes are 511, 412, 323, 234, 145.
 */
const R5 = [10, 20, 30, 40, 50];
const F5 = [1, 2, 3, 4, 5];
const M5 = [100, 200, 300, 400, 500];
const CODES5 = [511, 412, 323, 234, 145];

describe("ECOM.RFM", () => {
  test("worked example: codes 511, 412, 323, 234, 145 (thresholds in the comment above)", () => {
    const out = call("RFM", column(...R5), column(...F5), column(...M5), null, null);
    expect(out).toEqual(CODES5.map((c) => [c]));
  });

  test('output "scores": n×3 R, F, M', () => {
    const out = call("RFM", column(...R5), column(...F5), column(...M5), null, "scores");
    expect(out).toEqual([
      [5, 1, 1],
      [4, 1, 2],
      [3, 2, 3],
      [2, 3, 4],
      [1, 4, 5],
    ]);
  });

  test("bins 2: one threshold, the median + 1 (31, 4, 301) → codes 211, 211, 211, 122, 122", () => {
    // R: 10, 20, 30 < 31 → 2; 40, 50 → 1. F: 1, 2, 3 < 4 → 1; 4, 5 → 2. M: ≤ 300 → 1; 400, 500 → 2.
    const out = call("RFM", column(...R5), column(...F5), column(...M5), 2, null);
    expect(firstColumn(out)).toEqual([211, 211, 211, 122, 122]);
  });

  test("the R package's golden scores for all 995 customers, from its recency/frequency/monetary columns", () => {
    const scores = call("RFM", goldenR, goldenF, goldenM, null, "scores") as number[][];
    const codes = call("RFM", goldenR, goldenF, goldenM, 5, "code") as number[][];
    expect(scores).toHaveLength(995);
    const mismatches = golden.filter((g, i) => {
      const [r, f, m] = scores[i];
      return (
        r !== Number(g.recency_score) ||
        f !== Number(g.frequency_score) ||
        m !== Number(g.monetary_score) ||
        codes[i][0] !== Number(g.rfm_score)
      );
    });
    expect(mismatches).toEqual([]);
  });

  test("the package README's rows and score distributions (golden_values.json, analytics.md §3.2)", () => {
    const codes = call("RFM", goldenR, goldenF, goldenM, null, null) as number[][];
    const readme: Record<string, number> = goldenValues().rfm_r_package.readme_rows;
    for (const [name, code] of Object.entries(readme))
      expect(codes[goldenRow.get(name) as number][0]).toBe(code);
    const scores = call("RFM", goldenR, goldenF, goldenM, null, "scores") as number[][];
    const histogram = (k: number) =>
      [1, 2, 3, 4, 5].map((s) => scores.filter((x) => x[k] === s).length);
    expect(histogram(0)).toEqual([197, 200, 199, 199, 200]);
    expect(histogram(1)).toEqual([268, 187, 176, 244, 120]);
    expect(histogram(2)).toEqual([200, 200, 198, 202, 195]);
  });

  test("a 1×n input gives a 1×n output (codes) and a 3×n output (scores)", () => {
    const out = call("RFM", [R5], [F5], [M5], null, null);
    expect(out).toEqual([CODES5]);
    const scores = call("RFM", [R5], [F5], [M5], null, "scores");
    expect(scores).toEqual([
      [5, 4, 3, 2, 1],
      [1, 1, 2, 3, 4],
      [1, 2, 3, 4, 5],
    ]);
  });

  test("trailing blank rows ('' and empty cells) give '' and leave the other codes unchanged", () => {
    const out = call(
      "RFM",
      column(...R5, "", null),
      column(...F5, "", null),
      column(...M5, "", null),
      null,
      null
    );
    expect(firstColumn(out)).toEqual([...CODES5, "", ""]);
    const scores = call(
      "RFM",
      column(...R5, ""),
      column(...F5, ""),
      column(...M5, ""),
      null,
      "scores"
    );
    expect((scores as unknown[][])[5]).toEqual(["", "", ""]);
  });

  test("a partly blank entry is #N/A in its cells only and is left out of the others' thresholds", () => {
    // With (1000, blank, 1) or (1000, 1000, "abc") counted, recency's thresholds would move; the other codes
    // are still the worked example's.
    const out = call(
      "RFM",
      column(1000, ...R5, 1000),
      column("", ...F5, 1000),
      column(1, ...M5, "abc"),
      null,
      null
    ) as unknown[][];
    expect(errorCode(out[0][0])).toBe("#N/A");
    expect(messageOf(out[0][0])).toMatch(/frequency is blank/);
    expect(out.slice(1, 6).map((r) => r[0])).toEqual(CODES5);
    expect(errorCode(out[6][0])).toBe("#VALUE!");
    expect(messageOf(out[6][0])).toMatch(/monetary/);
    const scores = call(
      "RFM",
      column(1000, ...R5),
      column("", ...F5),
      column(1, ...M5),
      null,
      "scores"
    );
    expect((scores as unknown[][])[0].map(errorCode)).toEqual(["#N/A", "#N/A", "#N/A"]);
  });

  test("text that looks like a number is the number; booleans are #VALUE!", () => {
    const out = call(
      "RFM",
      column(" 10 ", ...R5.slice(1), 5),
      column(...F5, true),
      column(...M5, 1),
      null,
      null
    ) as unknown[][];
    expect(out.slice(0, 5).map((r) => r[0])).toEqual(CODES5);
    expect(errorCode(out[5][0])).toBe("#VALUE!");
  });

  test("a single customer that is partly blank shows its #N/A (thrown, so Excel shows the message)", () => {
    expect(errorCode(call("RFM", [[10]], [[""]], [[100]], null, null))).toBe("#N/A");
    // one complete customer: every threshold is its own value + 1, so R = bins, F = M = 1
    expect(scalar(call("RFM", [[10]], [[3]], [[100]], null, null))).toBe(511);
  });

  test("all entries blank → all blank", () => {
    expect(call("RFM", column("", null), column("", null), column("", null), null, null)).toEqual([
      [""],
      [""],
    ]);
  });

  test("bins outside 2..9 or not whole → #NUM!; bad option values → #VALUE! with a message", () => {
    for (const bins of [1, 10, 2.5, 0, -5])
      expect(errorCode(call("RFM", column(...R5), column(...F5), column(...M5), bins, null))).toBe(
        "#NUM!"
      );
    expect(errorCode(call("RFM", column(...R5), column(...F5), column(...M5), "abc", null))).toBe(
      "#VALUE!"
    );
    const bad = call("RFM", column(...R5), column(...F5), column(...M5), null, "codes");
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(messageOf(bad)).toMatch(/output must be one of "code", "scores"/);
  });

  test("columns of different lengths or a 2-D block → #VALUE!", () => {
    const short = call("RFM", column(...R5), column(1, 2), column(...M5), null, null);
    expect(errorCode(short)).toBe("#VALUE!");
    expect(messageOf(short)).toMatch(/same number of entries/);
    const block = call(
      "RFM",
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 2],
        [3, 4],
      ],
      null,
      null
    );
    expect(errorCode(block)).toBe("#VALUE!");
  });
});

describe("ECOM.RFM.SEGMENT", () => {
  const segments = (scheme: string | null, language: string | null, bins: number | null = null) =>
    firstColumn(
      call("RFM.SEGMENT", column(...R5), column(...F5), column(...M5), scheme, bins, language)
    );

  test("rfm11 (default) in English and Chinese", () => {
    // scores 511, 412, 323, 234, 145; FM = round-half-up((F+M)/2) = 1, 2 (1.5), 3 (2.5), 4 (3.5), 5 (4.5);
    // cells 51 New Customers, 42 and 33 Potential Loyalists, 24 At Risk, 15 Can't Lose Them
    expect(segments(null, null)).toEqual([
      "New Customers",
      "Potential Loyalists",
      "Potential Loyalists",
      "At Risk",
      "Can't Lose Them",
    ]);
    expect(segments("rfm11", "zh-CN")).toEqual([
      "新客户",
      "潜力客户",
      "潜力客户",
      "流失风险",
      "不能失去",
    ]);
    expect(segments("RFM11", "中文")).toEqual(segments("rfm11", "zh"));
  });

  test("cn8 in both languages", () => {
    // means: recency 30, frequency 3, monetary 300. recent = recency < 30: customers 1, 2.
    // F高 = frequency ≥ 3: 3, 4, 5; M高 = monetary ≥ 300: 3, 4, 5.
    // 1, 2: R高 F低 M低 → 一般发展; 3, 4, 5: R低 F高 M高 → 重要保持
    expect(segments("cn8", "zh")).toEqual([
      "一般发展客户",
      "一般发展客户",
      "重要保持客户",
      "重要保持客户",
      "重要保持客户",
    ]);
    expect(segments("cn8", "en-US")).toEqual([
      "General Development",
      "General Development",
      "Key Retention",
      "Key Retention",
      "Key Retention",
    ]);
  });

  test("cn3 in both languages", () => {
    // R+F+M = 7, 7, 8, 9, 10 → averages 2.33, 2.33, 2.67, 3, 3.33 vs 0.8·5 = 4 and 0.5·5 = 2.5
    expect(segments("cn3", "English")).toEqual([
      "To nurture",
      "To nurture",
      "Potential value",
      "Potential value",
      "Potential value",
    ]);
    expect(segments("cn3", "zh-CN")).toEqual([
      "培育价值用户",
      "培育价值用户",
      "潜力价值用户",
      "潜力价值用户",
      "潜力价值用户",
    ]);
  });

  test("rfm11 with bins 3: scores rescaled to 1..5 (1 → 1, 2 → 3, 3 → 5)", () => {
    // thresholds at 1/3, 2/3: R {10..50}: 23.33+1, 36.67+1 → R = 3, 3, 2, 1, 1
    //   F {1..5}: 2.33+1, 3.67+1 → F = 1, 1, 1, 2, 3;  M: 233.3+1, 366.7+1 → M = 1, 1, 2, 3, 3
    // rescaled (R, F, M): (5,1,1), (5,1,1), (3,1,3), (1,3,5), (1,5,5) → FM 1, 1, 2, 4, 5
    // cells 51, 51, 32, 14, 15
    expect(segments("rfm11", "en", 3)).toEqual([
      "New Customers",
      "New Customers",
      "Need Attention",
      "Can't Lose Them",
      "Can't Lose Them",
    ]);
  });

  test("named golden customers (the package README's codes) in rfm11 and cn3", () => {
    const rfm11 = firstColumn(call("RFM.SEGMENT", goldenR, goldenF, goldenM, null, null, "en"));
    const cn3 = firstColumn(call("RFM.SEGMENT", goldenR, goldenF, goldenM, "cn3", null, "zh"));
    const of = (labels: unknown[], name: string) => labels[goldenRow.get(name) as number];
    // 343: FM = round(3.5) = 4 → cell 34 Loyal; 412: FM 2 → 42; 323: FM round(2.5) = 3 → 33;
    // 544: FM 4 → 54 Champions; 433: FM 3 → 43
    expect(of(rfm11, "Abbey O'Reilly")).toBe("Loyal Customers");
    expect(of(rfm11, "Add Senger")).toBe("Potential Loyalists");
    expect(of(rfm11, "Aden Lesch")).toBe("Potential Loyalists");
    expect(of(rfm11, "Aden Murphy")).toBe("Champions");
    expect(of(rfm11, "Admiral Senger")).toBe("Potential Loyalists");
    // cn3: sums 10, 7, 8, 13, 10 → averages 3.33, 2.33, 2.67, 4.33, 3.33 vs 4 and 2.5
    expect(of(cn3, "Abbey O'Reilly")).toBe("潜力价值用户");
    expect(of(cn3, "Add Senger")).toBe("培育价值用户");
    expect(of(cn3, "Aden Lesch")).toBe("潜力价值用户");
    expect(of(cn3, "Aden Murphy")).toBe("高价值用户");
    expect(of(cn3, "Admiral Senger")).toBe("潜力价值用户");
  });

  test("cn8 on the golden customers: the published eight-type counts (analytics.md §3.6)", () => {
    const labels = firstColumn(call("RFM.SEGMENT", goldenR, goldenF, goldenM, "cn8", null, "zh"));
    const counts: Record<string, number> = {};
    for (const s of labels as string[]) counts[s] = (counts[s] ?? 0) + 1;
    expect(counts).toEqual({
      重要价值客户: 274,
      重要保持客户: 125,
      重要发展客户: 20,
      重要挽留客户: 28,
      一般价值客户: 102,
      一般保持客户: 39,
      一般发展客户: 185,
      一般挽留客户: 222,
    });
  });

  test("1×n in → 1×n out; blank rows → ''; a partly blank entry is #N/A and excluded from cn8's means", () => {
    const row = call("RFM.SEGMENT", [R5], [F5], [M5], "cn3", null, "en");
    expect(row).toEqual([
      ["To nurture", "To nurture", "Potential value", "Potential value", "Potential value"],
    ]);
    // An extra (9999, blank, 9999) entry would raise the recency and monetary means if it were counted.
    const out = call(
      "RFM.SEGMENT",
      column(...R5, "", 9999),
      column(...F5, "", ""),
      column(...M5, null, 9999),
      "cn8",
      null,
      "zh"
    ) as unknown[][];
    expect(out.slice(0, 6).map((r) => r[0])).toEqual([
      "一般发展客户",
      "一般发展客户",
      "重要保持客户",
      "重要保持客户",
      "重要保持客户",
      "",
    ]);
    expect(errorCode(out[6][0])).toBe("#N/A");
  });

  test("unknown scheme or language → #VALUE! with a message; bins out of range → #NUM!", () => {
    const scheme = call(
      "RFM.SEGMENT",
      column(...R5),
      column(...F5),
      column(...M5),
      "rfm10",
      null,
      null
    );
    expect(errorCode(scheme)).toBe("#VALUE!");
    expect(messageOf(scheme)).toMatch(/scheme/);
    const lang = call("RFM.SEGMENT", column(...R5), column(...F5), column(...M5), null, null, "fr");
    expect(errorCode(lang)).toBe("#VALUE!");
    expect(messageOf(lang)).toMatch(/language/);
    expect(
      errorCode(call("RFM.SEGMENT", column(...R5), column(...F5), column(...M5), "cn3", 12, null))
    ).toBe("#NUM!");
  });
});

describe("ECOM.RFM.TABLE", () => {
  /**
   * Hand-aggregated orders: A on 45000 (100) and 45020 (30); B on 45010 (50). as_of 45030:
   *   A: recency 10, 2 orders, 130;  B: recency 20, 1 order, 50.
   * Scores over two customers (t = Q7 + 1 at .2 .4 .6 .8):
   *   R {10, 20}: t = 13, 15, 17, 19 → A 5, B 1;  F {2, 1}: t = 2.2, 2.4, 2.6, 2.8 → both 1;
   *   M {130, 50}: t = 67, 83, 99, 115 → A 5, B 1.
   *   rfm11: A (5, FM round(3) = 3) → 53 Loyal Customers; B 11 → Lost.
   */
  const ids = column("A", "B", "A");
  const dates = column(45000, 45010, 45020);
  const amounts = column(100, 50, 30);

  test("worked example with the English header", () => {
    expect(call("RFM.TABLE", ids, dates, amounts, 45030, null, null, null)).toEqual([
      ["customer", "recency_days", "frequency", "monetary", "R", "F", "M", "segment"],
      ["A", 10, 2, 130, 5, 1, 5, "Loyal Customers"],
      ["B", 20, 1, 50, 1, 1, 1, "Lost"],
    ]);
  });

  test("Chinese header and labels (spec §4)", () => {
    const out = call("RFM.TABLE", ids, dates, amounts, 45030, null, null, "zh-CN") as unknown[][];
    expect(out[0]).toEqual([
      "客户",
      "最近购买间隔(天)",
      "购买次数",
      "消费金额",
      "R",
      "F",
      "M",
      "客户分层",
    ]);
    expect(out.slice(1).map((r) => r[7])).toEqual(["忠诚客户", "已流失"]);
  });

  test("as_of omitted: the latest order date (45020) → recencies 0 and 10", () => {
    const out = call("RFM.TABLE", ids, dates, amounts, null, null, null, null) as unknown[][];
    expect(out.slice(1).map((r) => r[1])).toEqual([0, 10]);
  });

  test("orders after as_of are ignored (as_of 45015: A keeps one order of 100, 15 days ago)", () => {
    const out = call("RFM.TABLE", ids, dates, amounts, 45015, null, null, null) as unknown[][];
    expect(out.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ["A", 15, 1, 100],
      ["B", 5, 1, 50],
    ]);
  });

  test("ids 7 and '7' are one customer; rows with a blank id and trailing blank rows are skipped", () => {
    // 7: 45000 (10) and 45004 (20) → recency 6 at as_of 45010, 2 orders, 30; "x": 45002 (5) → 8, 1, 5
    const out = call(
      "RFM.TABLE",
      column(7, "", "x", " 7 ", null, ""),
      column(45000, 45001, 45002, 45004, "", ""),
      column(10, 99, 5, 20, "", null),
      45010,
      null,
      null,
      null
    ) as unknown[][];
    expect(out.slice(1).map((r) => r.slice(0, 4))).toEqual([
      [7, 6, 2, 30],
      ["x", 8, 1, 5],
    ]);
  });

  test("the R package's golden table: every customer's recency, frequency, monetary, R, F, M", () => {
    const out = call(
      "RFM.TABLE",
      orderIds,
      orderDates,
      orderAmounts,
      AS_OF,
      null,
      null,
      null
    ) as unknown[][];
    expect(out).toHaveLength(996);
    const rows = new Map(out.slice(1).map((r) => [r[0], r]));
    expect(rows.size).toBe(995);
    const mismatches = golden.filter((g) => {
      const r = rows.get(g.customer_id);
      return (
        !r ||
        r[1] !== Number(g.recency_days) ||
        r[2] !== Number(g.transaction_count) ||
        r[3] !== Number(g.amount) ||
        r[4] !== Number(g.recency_score) ||
        r[5] !== Number(g.frequency_score) ||
        r[6] !== Number(g.monetary_score)
      );
    });
    expect(mismatches).toEqual([]);
    // segments of the README's codes (hand, as in the RFM.SEGMENT test): 544 → cell 54, 343 → cell 34
    expect(rows.get("Aden Murphy")?.[7]).toBe("Champions");
    expect(rows.get("Abbey O'Reilly")?.[7]).toBe("Loyal Customers");
  });

  test("the RFM.TABLE path with scheme cn8 gives the published eight-type counts", () => {
    const out = call(
      "RFM.TABLE",
      orderIds,
      orderDates,
      orderAmounts,
      AS_OF,
      null,
      "cn8",
      "en"
    ) as unknown[][];
    const counts: Record<string, number> = {};
    for (const r of out.slice(1)) counts[r[7] as string] = (counts[r[7] as string] ?? 0) + 1;
    expect(counts).toEqual({
      "Key Value": 274,
      "Key Retention": 125,
      "Key Development": 20,
      "Key Win-back": 28,
      "General Value": 102,
      "General Retention": 39,
      "General Development": 185,
      "General Win-back": 222,
    });
  });

  test("a row with an id but a blank amount → #N/A naming the row; text dates → #VALUE!", () => {
    const blank = call("RFM.TABLE", ids, dates, column(100, 50, ""), null, null, null, null);
    expect(errorCode(blank)).toBe("#N/A");
    expect(messageOf(blank)).toMatch(/amounts is blank in row 3/);
    const text = call(
      "RFM.TABLE",
      ids,
      column(45000, "2023-03-15", 45020),
      amounts,
      null,
      null,
      null,
      null
    );
    expect(errorCode(text)).toBe("#VALUE!");
    expect(messageOf(text)).toMatch(/order_dates.*row 2/);
  });

  test("bad options: bins → #NUM!, scheme/language → #VALUE!; no order on or before as_of → #N/A", () => {
    expect(errorCode(call("RFM.TABLE", ids, dates, amounts, null, 1, null, null))).toBe("#NUM!");
    expect(errorCode(call("RFM.TABLE", ids, dates, amounts, null, null, "abc", null))).toBe(
      "#VALUE!"
    );
    expect(errorCode(call("RFM.TABLE", ids, dates, amounts, null, null, null, "de"))).toBe(
      "#VALUE!"
    );
    expect(errorCode(call("RFM.TABLE", ids, dates, amounts, "2023-01-01", null, null, null))).toBe(
      "#VALUE!"
    );
    expect(errorCode(call("RFM.TABLE", ids, dates, amounts, 44000, null, null, null))).toBe("#N/A");
    expect(errorCode(call("RFM.TABLE", ids, column(1, 2), amounts, null, null, null, null))).toBe(
      "#VALUE!"
    );
  });
});

describe("ECOM.REPURCHASE", () => {
  test("A and C ordered twice or more: 2 of 3 customers", () => {
    expect(scalar(call("REPURCHASE", column("A", "B", "A", "C", "C", "C")))).toBeCloseTo(2 / 3, 15);
    expect(scalar(call("REPURCHASE", [["A", "B", "A", "C", "C", "C"]]))).toBeCloseTo(2 / 3, 15);
  });

  test("the package's sample orders: the golden customers with transaction_count ≥ 2", () => {
    const repeaters = golden.filter((g) => Number(g.transaction_count) >= 2).length;
    expect(scalar(call("REPURCHASE", orderIds))).toBe(repeaters / 995);
  });

  test("1 and ' 1 ' are one customer, blanks are skipped; no ids → #N/A", () => {
    // customers 1 (two orders) and 2 (one): 1 of 2
    expect(scalar(call("REPURCHASE", column(1, "", " 1 ", null, 2, "")))).toBe(0.5);
    expect(errorCode(call("REPURCHASE", column("", null)))).toBe("#N/A");
  });
});

describe("ECOM.COHORT", () => {
  /**
   * A: 2024-01-05 (45296) and 2024-02-10 (45332); B: 2024-01-20 (45311); C: 2024-02-03 (45325).
   * Cohorts: January 2024 (serial 45292) = A, B; February (45323) = C. The data end in February.
   *   January: period 0 both (2/2 = 1), period 1 A (1/2 = 0.5). February: period 0 1; period 1 not yet → "".
   */
  const ids = column("A", "B", "A", "C");
  const dates = column(45296, 45311, 45332, 45325);

  test("monthly retention rates with the blank triangle", () => {
    expect(serialOf("2024-01-01")).toBe(45292);
    expect(call("COHORT", ids, dates, null, null)).toEqual([
      ["cohort", "size", 0, 1],
      [45292, 2, 1, 0.5],
      [45323, 1, 1, ""],
    ]);
  });

  test('measure "count"', () => {
    expect(call("COHORT", ids, dates, "M", "count")).toEqual([
      ["cohort", "size", 0, 1],
      [45292, 2, 2, 1],
      [45323, 1, 1, ""],
    ]);
  });

  test('period "W": ISO weeks from Monday', () => {
    // 2024-01-01 (45292) is a Monday. A: Mon 45292 and Tue 45300 (week of 45299); B: Mon 45299.
    // Week 45292: A, period 1 A again → 1; week 45299: B, period 1 not yet → "".
    expect(call("COHORT", column("A", "B", "A"), column(45292, 45299, 45300), "w", "rate")).toEqual(
      [
        ["cohort", "size", 0, 1],
        [45292, 1, 1, 1],
        [45299, 1, 1, ""],
      ]
    );
  });

  test("the package's sample orders: the cohorts hold all 995 customers, period 0 is 100%", () => {
    const out = call("COHORT", orderIds, orderDates, null, null) as unknown[][];
    const body = out.slice(1);
    expect(body.reduce((s, r) => s + (r[1] as number), 0)).toBe(
      goldenValues().rfm_r_package.customers
    );
    expect(body.every((r) => r[2] === 1)).toBe(true);
    // cohorts are first days of months, in order
    const starts = body.map((r) => r[0] as number);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test("errors: period/measure → #VALUE!, a date before 1900-03-01 → #NUM!, text date → #VALUE!, blank date → #N/A", () => {
    const period = call("COHORT", ids, dates, "Q", null);
    expect(errorCode(period)).toBe("#VALUE!");
    expect(messageOf(period)).toMatch(/period/);
    expect(errorCode(call("COHORT", ids, dates, null, "share"))).toBe("#VALUE!");
    expect(errorCode(call("COHORT", ids, column(45296, 45311, 10, 45325), null, null))).toBe(
      "#NUM!"
    );
    expect(
      errorCode(call("COHORT", ids, column(45296, "2024-01-20", 45332, 45325), null, null))
    ).toBe("#VALUE!");
    const blank = call("COHORT", ids, column(45296, "", 45332, 45325), null, null);
    expect(errorCode(blank)).toBe("#N/A");
    expect(messageOf(blank)).toMatch(/row 2/);
  });
});
