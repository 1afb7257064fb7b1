/**
 * The benchmark cases of `npm run bench`, with the targets set in the issues. Each case prepares
 * Excel-shaped arguments from seeded synthetic data and calls one ECOM function by id.
 */
import { column } from "./excel-shapes";
import { mulberry32 } from "./random";

export interface BenchCase {
  name: string;
  /** Human-readable input size. */
  size: string;
  /** The ECOM function id called (unless run is given). */
  id?: string;
  /** Builds the arguments, outside the timed region. */
  prepare: () => unknown[];
  /** A custom timed body (for comparisons that are not one ECOM call). */
  run?: (args: unknown[]) => unknown;
  /** Checks the output of the first run (throws on a wrong result). */
  verify?: (out: unknown) => void;
  runs: number;
  targetSeconds?: number;
  /** Extra text for the table, given the median time. */
  note?: (medianSeconds: number, earlierMedians: ReadonlyMap<string, number>) => string;
  /** Also measure the call's peak memory in a separate process. */
  peakMemory?: boolean;
}

const ROWS = 1048576;

export const CASES: BenchCase[] = [
  {
    name: "ROI elementwise",
    size: "1,048,576 rows",
    id: "ROI",
    runs: 5,
    prepare: () => {
      const random = mulberry32(1);
      const revenue = Array.from({ length: ROWS }, () => Math.round(random() * 10000));
      const cost = Array.from({ length: ROWS }, () => 1 + Math.round(random() * 5000));
      return [column(revenue), column(cost), null];
    },
    verify: (out) => {
      if (!Array.isArray(out) || out.length !== ROWS)
        throw new Error("ROI did not spill one value per row");
    },
  },
  // Customer value (spec §4). The generators are required here rather than imported at the top, so that
  // these entries stay an append-only change to this shared file.
  {
    name: "RFM scores",
    size: "1,048,576 customers",
    id: "RFM",
    runs: 5,
    targetSeconds: 0.5,
    peakMemory: true,
    prepare: () => {
      const { makeCustomers } = require("./rfm-cases") as typeof import("./rfm-cases");
      const c = makeCustomers(ROWS);
      return [column(c.recency), column(c.frequency), column(c.monetary), null, "scores"];
    },
    verify: (out) => {
      const rows = out as unknown[][];
      const isScore = (s: unknown) => typeof s === "number" && s >= 1 && s <= 5;
      if (
        !Array.isArray(rows) ||
        rows.length !== ROWS ||
        !rows.every((r) => r.length === 3 && r.every(isScore))
      )
        throw new Error("RFM did not spill scores 1..5 R, F, M for every customer");
    },
  },
  {
    name: "RFM.TABLE",
    size: "1,048,576 order rows",
    id: "RFM.TABLE",
    runs: 5,
    targetSeconds: 1.5,
    prepare: () => {
      const { makeOrders } = require("./rfm-cases") as typeof import("./rfm-cases");
      const o = makeOrders(ROWS);
      return [
        column(o.customerIds),
        column(o.orderDates),
        column(o.amounts),
        null,
        null,
        null,
        null,
      ];
    },
    verify: (out) => {
      const rows = out as unknown[][];
      if (!Array.isArray(rows) || rows[0][0] !== "customer" || rows.length < 100000)
        throw new Error("RFM.TABLE did not spill a header and one row per customer");
      let orders = 0;
      for (let i = 1; i < rows.length; i++) orders += rows[i][2] as number;
      if (orders !== ROWS) throw new Error(`RFM.TABLE counted ${orders} orders, not ${ROWS}`);
    },
  },
  {
    name: "COHORT",
    size: "1,048,576 order rows",
    id: "COHORT",
    runs: 5,
    targetSeconds: 1.5,
    prepare: () => {
      const { makeOrders } = require("./rfm-cases") as typeof import("./rfm-cases");
      const o = makeOrders(ROWS);
      return [column(o.customerIds), column(o.orderDates), null, null];
    },
    verify: (out) => {
      // two years of orders from 2023-01-01: 24 monthly cohorts, offsets 0..23, period 0 is 100%
      const rows = out as unknown[][];
      if (!Array.isArray(rows) || rows.length !== 25 || rows[0].length !== 26 || rows[1][2] !== 1)
        throw new Error("COHORT did not spill 24 monthly cohorts × 24 periods");
    },
  },
  {
    name: "RFM via PERCENTRANK per row",
    size: "20,000 customers",
    runs: 3,
    prepare: () => {
      const { makeCustomers } = require("./rfm-cases") as typeof import("./rfm-cases");
      const c = makeCustomers(20000);
      return [c.recency, c.frequency, c.monetary];
    },
    // What a plain-Excel RFM costs: in each customer's row, =ROUNDUP(PERCENTRANK.INC(B$2:B$20001, B2) * 5, 0)
    // for each of R, F, M (recency reversed). PERCENTRANK.INC of a value in the data is
    // #{values below it} / (n − 1), a scan of the whole column per cell: n² comparisons per dimension.
    // Timed in JavaScript as a (generous) stand-in for Excel's per-cell formula evaluation.
    run: (args) => {
      const columns = args as Float64Array[];
      const n = columns[0].length;
      const scores = new Uint8Array(3 * n);
      for (let d = 0; d < 3; d++) {
        const v = columns[d];
        for (let i = 0; i < n; i++) {
          let below = 0;
          for (let j = 0; j < n; j++) if (v[j] < v[i]) below++;
          const score = Math.max(1, Math.ceil((5 * below) / (n - 1)));
          scores[3 * i + d] = d === 0 ? 6 - score : score;
        }
      }
      return scores;
    },
    note: (median, earlier) => {
      const seconds = median * (ROWS / 20000) ** 2;
      const rfm = earlier.get("RFM scores");
      const versus =
        rfm === undefined
          ? "run with the RFM scores case to compare"
          : `≈ ${Math.round(seconds / rfm).toLocaleString("en-US")}× one ECOM.RFM call on 1,048,576 customers`;
      return `×(1,048,576/20,000)² → ≈ ${Math.round(seconds)} s (${(seconds / 3600).toFixed(1)} h) at 1,048,576 rows, ${versus}`;
    },
  },
];
