/**
 * Worksheet functions: customer value (spec §4) — RFM scores and segments of per-customer columns, the RFM
 * table and the repurchase rate of an order table, and cohort retention.
 *
 * RFM and RFM.SEGMENT are column tables (T). They read their three columns straight into Float64Arrays (NaN =
 * blank or invalid cell) and hand them to the metrics, so a whole column of 1,048,576 customers costs no
 * per-row objects until the result is written. The metrics score only entries with three numbers; every
 * other entry takes no part in the thresholds (or means) of the rest and shows "" when its three cells are
 * blank, its cell's own error when a cell is invalid, or #N/A when it is partly blank.
 *
 * RFM.TABLE, REPURCHASE and COHORT read an order table: one row per order, customer ids as numbers or text
 * (the raw cells go to the metric, which groups 1, "1" and " 1 " as one customer); rows with a blank id are
 * skipped.
 */
import { cohortTable, CohortMeasure, CohortPeriod } from "../../metrics/cohort";
import { badNumber, notAvailable } from "../../metrics/errors";
import { repurchaseRate, rfmTable } from "../../metrics/orders";
import { rfmCodes, rfmScores } from "../../metrics/rfm";
import { RfmScheme, rfmSegments } from "../../metrics/rfm-segments";
import { NumberColumn, Orientation, readNumberColumn, requireSameLength } from "../columns";
import { asExcelFunction, isExcelError, toExcelError } from "../excel-errors";
import { COHORT_HEADERS } from "../labels/cohort";
import { RFM_SEGMENT_LABELS, RFM_TABLE_HEADERS } from "../labels/rfm";
import { readLanguage } from "../language";
import { ResultCell } from "../matrix";
import { readOrderTable } from "../order-table";
import { readChoiceOption, readIntegerOption, readNumberOption } from "../options";

/**
 * RFM score of each customer as the R package rfm scores it: the code 100·R + 10·F + M, or the three scores.
 * @customfunction RFM
 * @helpurl https://localhost:3000/help/ECOM.RFM.html
 * @formula Per dimension, over the customers with all three values: thresholds t_i = PERCENTILE.INC(values, i/bins) + 1 for i = 1..bins−1 (the "+ 1" is the R package's own rule); F, M = 1 + #{i : value ≥ t_i}; R = bins − #{i : recency_days ≥ t_i}, so the most recent customers score bins. Equal values get equal scores. code = 100·R + 10·F + M. A customer with all three cells blank gives ""; a partly blank customer #N/A and an invalid cell its own error, in that customer's cells only (neither counts for the others' thresholds). bins not a whole number from 2 to 9 → #NUM!; output other than "code" or "scores" → #VALUE!; columns of different lengths → #VALUE!.
 * @example =ECOM.RFM({10;20;30;40;50}, {1;2;3;4;5}, {100;200;300;400;500}) → {511;412;323;234;145} (frequency thresholds are 1.8 + 1 = 2.8, 3.6, 4.4, 5.2, so frequency 2 scores 1 and 5 scores 4)
 * @example =ECOM.RFM(B2:B996, C2:C996, D2:D996, 5, "scores") → 3, 4, 3 in the row of Abbey O'Reilly (205 days, 6 orders, 472) on the R package's sample data, as in its README (code 343)
 * @reference R package rfm 0.3.0 (rsquaredacademy, MIT), rfm_table_customer / rfm_table_order: same thresholds and scores; type-7 quantile = Excel PERCENTILE.INC (Hyndman & Fan 1996).
 * @param recency_days Days since each customer's last order: a column (or row) with one entry per customer.
 * @param frequency Number of orders of each customer: a column (or row) of the same length.
 * @param monetary Amount each customer spent (money): a column (or row) of the same length.
 * @param [bins] Number of score levels, a whole number from 2 to 9; omit for 5.
 * @param [output] "code" (default) for one 3-digit code per customer, or "scores" for three columns R, F, M.
 * @returns One code (or R, F, M) per customer, in the input's orientation; blank rows stay blank.
 */
function rfm(
  recency_days: any[][],
  frequency: any[][],
  monetary: any[][],
  bins?: any,
  output?: any
): any[][] {
  return asExcelFunction(() => {
    const binCount = readIntegerOption(bins ?? null, "bins", 5, 2, 9);
    const mode = readChoiceOption(
      output ?? null,
      "output",
      { code: "code", scores: "scores" },
      "code"
    );
    const input = readRfmColumns(recency_days, frequency, monetary);
    const [r, f, m] = input.columns;
    const scores = rfmScores(r.values, f.values, m.values, binCount);
    if (mode === "code") {
      const codes = rfmCodes(scores);
      return spill(input, (i) => (codes[i] !== 0 ? codes[i] : unscoredEntry(input.columns, i)));
    }
    return spillScores(input, scores.r, scores.f, scores.m);
  });
}

/**
 * Customer segment of each customer from recency, frequency and monetary: rfm11 (Champions … Lost), cn8 (八类客户) or cn3 (高价值 / 潜力价值 / 培育价值).
 * @customfunction RFM.SEGMENT
 * @helpurl https://localhost:3000/help/ECOM.RFM.SEGMENT.html
 * @formula "rfm11": R and FM = round-half-up((F + M)/2) from the ECOM.RFM scores (rescaled to 1..5 when bins ≠ 5), looked up in the R × FM map: Champions 55 54 45; Loyal Customers 53 44 35 34; Potential Loyalists 52 42 33 43; New Customers 51; Promising 41 31; Need Attention 32 23 22; About to Sleep 21; At Risk 25 24 13; Can't Lose Them 15 14; Hibernating 12; Lost 11. "cn8": recency below its mean = R高, frequency and monetary at or above their means = F高, M高 (means over the given customers); M高 → 重要 (Key), M低 → 一般 (General); R高F高 价值 (Value), R高F低 发展 (Development), R低F高 保持 (Retention), R低F低 挽留 (Win-back). "cn3": average of the R, F, M scores ≥ 0.8·bins → High value, ≥ 0.5·bins → Potential value, else To nurture. Blank customers give ""; a partly blank customer #N/A, an invalid cell its own error, for that customer only. Unknown scheme → #VALUE!; bins not 2..9 → #NUM!.
 * @example =ECOM.RFM.SEGMENT({10;20;30;40;50}, {1;2;3;4;5}, {100;200;300;400;500}) → New Customers; Potential Loyalists; Potential Loyalists; At Risk; Can't Lose Them (scores 511, 412, 323, 234, 145: cells 51, 42, 33, 24, 15)
 * @example =ECOM.RFM.SEGMENT({10;20;30;40;50}, {1;2;3;4;5}, {100;200;300;400;500}, "cn8", , "zh") → 一般发展客户; 一般发展客户; 重要保持客户; 重要保持客户; 重要保持客户 (means 30 days, 3 orders, 300)
 * @example =ECOM.RFM.SEGMENT({10;20;30;40;50}, {1;2;3;4;5}, {100;200;300;400;500}, "cn3") → To nurture; To nurture; Potential value; Potential value; Potential value (score averages 2.33, 2.33, 2.67, 3, 3.33 against 4 and 2.5)
 * @reference rfm11: the common R × FM map (e.g. shahdzzz/RFM-analysis-using-sql q1.sql) on the R package rfm 0.3.0 scores; cn8: the Chinese eight customer types (八类客户) against the means; cn3: the seed manuals' three value tiers.
 * @param recency_days Days since each customer's last order: a column (or row) with one entry per customer.
 * @param frequency Number of orders of each customer: a column (or row) of the same length.
 * @param monetary Amount each customer spent (money): a column (or row) of the same length.
 * @param [scheme] "rfm11" (default, 11 segments), "cn8" (eight types against the means) or "cn3" (three tiers).
 * @param [bins] Number of score levels for rfm11 and cn3, a whole number from 2 to 9; omit for 5.
 * @param [language] Label language: "zh-CN" or "en-US" (also "zh", "en", "中文", "English"); omit for Excel's language or English.
 * @returns One segment label per customer, in the input's orientation; blank rows stay blank.
 */
function rfmSegment(
  recency_days: any[][],
  frequency: any[][],
  monetary: any[][],
  scheme?: any,
  bins?: any,
  language?: any
): any[][] {
  return asExcelFunction(() => {
    const rfmScheme = readScheme(scheme);
    const binCount = readIntegerOption(bins ?? null, "bins", 5, 2, 9);
    const lang = readLanguage(language ?? null);
    const input = readRfmColumns(recency_days, frequency, monetary);
    const [r, f, m] = input.columns;
    const segments = rfmSegments(rfmScheme, r.values, f.values, m.values, binCount);
    return spill(input, (i) => {
      const segment = segments[i];
      return segment === null ? unscoredEntry(input.columns, i) : RFM_SEGMENT_LABELS[segment][lang];
    });
  });
}

/**
 * RFM table from order rows: one row per customer with recency, frequency, monetary, the R, F, M scores and the segment.
 * @customfunction RFM.TABLE
 * @helpurl https://localhost:3000/help/ECOM.RFM.TABLE.html
 * @formula Per customer (in order of first appearance), over the orders dated on or before as_of: recency_days = as_of − last order date (whole days), frequency = number of orders, monetary = Σ amounts; then R, F, M as ECOM.RFM and the segment as ECOM.RFM.SEGMENT. as_of defaults to the latest order date. Ids 1, "1" and " 1 " are one customer; rows with a blank id are skipped. A row with an id but a blank date or amount → #N/A naming the row; text dates or amounts → #VALUE!; no order on or before as_of → #N/A; bins not 2..9 → #NUM!; unknown scheme → #VALUE!.
 * @example =ECOM.RFM.TABLE({"A";"B";"A"}, {45000;45010;45020}, {100;50;30}, 45030) → header, then A: 10, 2, 130, 5, 1, 5, Loyal Customers; B: 20, 1, 50, 1, 1, 1, Lost
 * @example =ECOM.RFM.TABLE(A2:A4907, B2:B4907, C2:C4907, DATE(2006,12,31)) → 995 customers of the R package's sample orders; Abbey O'Reilly: 205, 6, 472, 3, 4, 3, Loyal Customers (code 343 as in the package's README)
 * @reference R package rfm 0.3.0 (rsquaredacademy, MIT), rfm_table_order: same recency, frequency, monetary and scores; segments as ECOM.RFM.SEGMENT.
 * @param customer_ids Customer id of each order (numbers or text): a column (or row), one entry per order.
 * @param order_dates Order date of each order (Excel dates): same length as customer_ids.
 * @param amounts Amount of each order (money): same length as customer_ids.
 * @param [as_of] Analysis date (an Excel date); orders after it are ignored; omit for the latest order date.
 * @param [bins] Number of score levels, a whole number from 2 to 9; omit for 5.
 * @param [scheme] Segment scheme: "rfm11" (default), "cn8" or "cn3", as in ECOM.RFM.SEGMENT.
 * @param [language] Label language: "zh-CN" or "en-US" (also "zh", "en", "中文", "English"); omit for Excel's language or English.
 * @returns A table with a header row and one row per customer: customer, recency_days, frequency, monetary, R, F, M, segment.
 */
function rfmTableFunction(
  customer_ids: any[][],
  order_dates: any[][],
  amounts: any[][],
  as_of?: any,
  bins?: any,
  scheme?: any,
  language?: any
): any[][] {
  return asExcelFunction(() => {
    const asOf = readNumberOption(as_of ?? null, "as_of", NaN);
    const binCount = readIntegerOption(bins ?? null, "bins", 5, 2, 9);
    const rfmScheme = readScheme(scheme);
    const lang = readLanguage(language ?? null);
    const orders = readOrderTable(customer_ids, [
      { name: "order_dates", value: order_dates },
      { name: "amounts", value: amounts },
    ]);
    const [dates, amountColumn] = orders.columns;
    const table = rfmTable(
      orders.ids,
      dates.values,
      amountColumn.values,
      asOf,
      binCount,
      rfmScheme
    );
    const k = table.ids.length;
    const out: ResultCell[][] = new Array(k + 1);
    out[0] = [...RFM_TABLE_HEADERS[lang]];
    for (let c = 0; c < k; c++) {
      const recency = table.recency[c];
      const spent = table.monetary[c];
      if (!Number.isFinite(recency) || !Number.isFinite(spent))
        throw badNumber(
          `The recency or the total amount of customer ${String(table.ids[c])} is too large.`
        );
      out[c + 1] = [
        table.ids[c] as string | number | boolean,
        recency,
        table.frequency[c],
        spent,
        table.scores.r[c],
        table.scores.f[c],
        table.scores.m[c],
        RFM_SEGMENT_LABELS[table.segments[c]][lang],
      ];
    }
    return out;
  });
}

/**
 * Repurchase rate (复购率): the share of customers with two or more orders, as a fraction (0.25 = 25%).
 * @customfunction REPURCHASE
 * @helpurl https://localhost:3000/help/ECOM.REPURCHASE.html
 * @formula repurchase rate = customers with ≥ 2 order rows ÷ customers, over an order-level id column (one row per order). Ids 1, "1" and " 1 " are one customer; blank ids are skipped. No ids at all → #N/A.
 * @example =ECOM.REPURCHASE({"A";"B";"A";"C";"C";"C"}) → 0.6667 (A and C ordered again: 2 of 3 customers)
 * @example =ECOM.REPURCHASE(A2:A4907) → 0.9578 on the R package rfm's sample orders (953 of 995 customers have two or more orders)
 * @reference 复购率 = 购买两次及以上的客户数 ÷ 购买客户总数 (the seed manuals' definition; see the project's domain digest).
 * @param customer_ids Customer id of each order (numbers or text): a column (or row), one entry per order.
 * @returns Repurchase rate as a fraction (0.25 = 25%).
 */
function repurchase(customer_ids: any[][]): any[][] {
  return asExcelFunction(() => [[repurchaseRate(readOrderTable(customer_ids, []).ids)]]);
}

/**
 * Cohort retention table: customers grouped by the month (or week) of their first order, with the share (or number) who ordered again in each later period.
 * @customfunction COHORT
 * @helpurl https://localhost:3000/help/ECOM.COHORT.html
 * @formula cohort = period of a customer's first order (calendar month "M", or ISO week Monday–Sunday "W"), shown as the serial date of the period's first day; cell (cohort, k) = customers of the cohort with an order in period cohort + k, ÷ the cohort size for "rate" (so period 0 is 1) or as a count for "count". Periods after the latest order date's period have not happened yet and are blank. Ids 1, "1" and " 1 " are one customer; rows with a blank id are skipped. A row with an id but a blank date → #N/A; a date before 1900-03-01 or after 9999-12-31 → #NUM!; text dates → #VALUE!; unknown period or measure → #VALUE!; no orders → #N/A.
 * @example =ECOM.COHORT({"A";"B";"A";"C"}, {45296;45311;45332;45325}) → header cohort, size, 0, 1; then 45292 (2024-01-01), 2, 1, 0.5 (A of A, B ordered again in February); then 45323 (2024-02-01), 1, 1, "" (March is not in the data)
 * @reference Cohort retention analysis (Fader & Hardie's retention tables; the seed manuals' 留存/复购 by first-purchase month); weeks are ISO 8601 weeks.
 * @param customer_ids Customer id of each order (numbers or text): a column (or row), one entry per order.
 * @param order_dates Order date of each order (Excel dates): same length as customer_ids.
 * @param [period] "M" (default) for calendar months or "W" for weeks starting on Monday.
 * @param [measure] "rate" (default) for the share of the cohort, or "count" for the number of customers.
 * @returns A table with a header row (cohort, size, 0, 1, 2, …) and one row per cohort; cells beyond the data are blank.
 */
function cohort(customer_ids: any[][], order_dates: any[][], period?: any, measure?: any): any[][] {
  return asExcelFunction(() => {
    const cohortPeriod = readChoiceOption<CohortPeriod>(
      period ?? null,
      "period",
      { m: "M", month: "M", w: "W", week: "W" },
      "M"
    );
    const cohortMeasure = readChoiceOption<CohortMeasure>(
      measure ?? null,
      "measure",
      { rate: "rate", count: "count" },
      "rate"
    );
    const lang = readLanguage(null);
    const orders = readOrderTable(customer_ids, [{ name: "order_dates", value: order_dates }]);
    const table = cohortTable(orders.ids, orders.columns[0].values, cohortPeriod, cohortMeasure);
    const width = table.periods + 2;
    const header: ResultCell[] = new Array(width);
    [header[0], header[1]] = COHORT_HEADERS[lang];
    for (let k = 0; k < table.periods; k++) header[k + 2] = k;
    const out: ResultCell[][] = [header];
    for (let row = 0; row < table.starts.length; row++) {
      const line: ResultCell[] = new Array(width);
      line[0] = table.starts[row];
      line[1] = table.sizes[row];
      for (let k = 0; k < table.periods; k++) {
        const v = table.values[row * table.periods + k];
        line[k + 2] = Number.isNaN(v) ? "" : v;
      }
      out.push(line);
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Reading arguments

/** The three per-customer columns of RFM and RFM.SEGMENT. */
interface RfmInput {
  columns: [NumberColumn, NumberColumn, NumberColumn];
  n: number;
  orientation: Orientation;
}

const RFM_COLUMN_NAMES = ["recency_days", "frequency", "monetary"] as const;

/** Reads recency_days, frequency and monetary (one column or row each, equal lengths, else #VALUE!). */
function readRfmColumns(recency: unknown, frequency: unknown, monetary: unknown): RfmInput {
  const columns: [NumberColumn, NumberColumn, NumberColumn] = [
    readNumberColumn(recency, RFM_COLUMN_NAMES[0]),
    readNumberColumn(frequency, RFM_COLUMN_NAMES[1]),
    readNumberColumn(monetary, RFM_COLUMN_NAMES[2]),
  ];
  const n = requireSameLength(
    columns.map((c, k) => ({ name: RFM_COLUMN_NAMES[k], length: c.values.length }))
  );
  return { columns, n, orientation: columns[0].orientation };
}

/**
 * What an entry the metrics left unscored shows: the error of its first invalid cell; else "" when its three
 * cells are blank; else #N/A naming its first blank cell (a partly blank entry).
 */
function unscoredEntry(columns: NumberColumn[], i: number): ResultCell {
  for (const c of columns) {
    if (c.errors.size > 0) {
      const err = c.errors.get(i);
      if (err !== undefined) return err;
    }
  }
  let firstBlank = -1;
  let blanks = 0;
  columns.forEach((c, k) => {
    if (c.blank[i] === 1) {
      blanks++;
      if (firstBlank < 0) firstBlank = k;
    }
  });
  if (blanks === columns.length) return "";
  return toExcelError(notAvailable(`${RFM_COLUMN_NAMES[firstBlank]} is blank.`));
}

/** The segment scheme option: "rfm11" (default), "cn8" or "cn3". */
function readScheme(scheme: unknown): RfmScheme {
  return readChoiceOption<RfmScheme>(
    scheme ?? null,
    "scheme",
    { rfm11: "rfm11", cn8: "cn8", cn3: "cn3" },
    "rfm11"
  );
}

// ---------------------------------------------------------------------------------------------------------
// Writing results

/**
 * One output cell per entry, in the input's orientation. A single-entry result that is an error is thrown,
 * so that Excel shows its message (as elementwise functions do).
 */
function spill(input: RfmInput, cellOf: (i: number) => ResultCell): ResultCell[][] {
  const { n, orientation } = input;
  let out: ResultCell[][];
  if (orientation === "row") {
    const row: ResultCell[] = new Array(n);
    for (let i = 0; i < n; i++) row[i] = cellOf(i);
    out = [row];
  } else {
    out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = [cellOf(i)];
  }
  if (n === 1 && isExcelError(out[0][0])) throw out[0][0];
  return out;
}

/** R, F, M per entry: n×3 for a column input, 3×n for a row input; unscored entries as `unscoredEntry`. */
function spillScores(input: RfmInput, r: Uint8Array, f: Uint8Array, m: Uint8Array): ResultCell[][] {
  const { n, orientation, columns } = input;
  if (orientation === "row") {
    const rows: ResultCell[][] = [new Array(n), new Array(n), new Array(n)];
    for (let i = 0; i < n; i++) {
      const blankOrError = r[i] === 0 ? unscoredEntry(columns, i) : null;
      rows[0][i] = blankOrError ?? r[i];
      rows[1][i] = blankOrError ?? f[i];
      rows[2][i] = blankOrError ?? m[i];
    }
    return rows;
  }
  const out: ResultCell[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (r[i] === 0) {
      const cell = unscoredEntry(columns, i);
      out[i] = [cell, cell, cell];
    } else out[i] = [r[i], f[i], m[i]];
  }
  return out;
}
