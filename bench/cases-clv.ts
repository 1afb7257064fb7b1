/** Benchmark cases for the clv functions (see cases.ts for the BenchCase fields). */
import type { BenchCase } from "./cases";
import { CLV_SIMULATION_PARAMS, makeClvCustomers } from "./clv-cases";
import { column } from "./excel-shapes";

const CUSTOMERS = 100_000;
const SEED = 20240917;
/** Order rows for CLV.SUMMARY: a full worksheet column. */
const ORDER_ROWS = 1_048_576;

/** The four summary columns of the simulated customers as Excel-shaped ranges (weeks). */
function clvColumns(withMonetary: boolean): unknown[][][] {
  const c = makeClvCustomers(CUSTOMERS, SEED);
  const columns = [column(c.frequency), column(c.recency), column(c.age)];
  if (withMonetary) columns.push(column(c.monetary));
  return columns;
}

/** Throws unless the output is one finite number ≥ 0 per customer (n×1). */
function expectOnePerCustomer(name: string, out: unknown, max = Infinity): void {
  const rows = out as unknown[][];
  if (!Array.isArray(rows) || rows.length !== CUSTOMERS)
    throw new Error(`${name} did not spill one value per customer`);
  for (const r of rows) {
    const v = r[0];
    if (r.length !== 1 || typeof v !== "number" || !(v >= 0 && v <= max))
      throw new Error(`${name} returned ${String(v)} for a customer`);
  }
}

/**
 * Throws unless the BG/NBD fit of CLV.PARAMS recovers the simulation's parameters: with 100,000 customers the
 * maximum-likelihood estimates of r, alpha, a, b are within 15% of the generating values (and p, q, v when given).
 */
function expectRecovered(out: unknown, withSpend: boolean): void {
  const table = Object.fromEntries(out as [string, number][]);
  const keys = withSpend ? ["r", "alpha", "a", "b", "p", "q", "v"] : ["r", "alpha", "a", "b"];
  for (const key of keys) {
    const truth = CLV_SIMULATION_PARAMS[key as keyof typeof CLV_SIMULATION_PARAMS];
    if (!(Math.abs(table[key] / truth - 1) < 0.15))
      throw new Error(`CLV.PARAMS: ${key} = ${table[key]}, simulated with ${truth}`);
  }
  if (table.customers !== CUSTOMERS)
    throw new Error(`CLV.PARAMS fitted ${table.customers} customers`);
}

export const CLV_CASES: BenchCase[] = [
  {
    name: "CLV.PARAMS (BG/NBD + Gamma–Gamma fits)",
    size: "100,000 customers",
    id: "CLV.PARAMS",
    runs: 5,
    targetSeconds: 2,
    prepare: () => [...clvColumns(true), null],
    verify: (out) => expectRecovered(out, true),
  },
  {
    name: "CLV.PARAMS (BG/NBD only)",
    size: "100,000 customers",
    id: "CLV.PARAMS",
    runs: 5,
    prepare: () => [...clvColumns(false), null, null],
    verify: (out) => expectRecovered(out, false),
  },
  {
    name: "CLV.PALIVE",
    size: "100,000 customers",
    id: "CLV.PALIVE",
    runs: 5,
    prepare: () => clvColumns(false),
    verify: (out) => expectOnePerCustomer("CLV.PALIVE", out, 1),
  },
  {
    name: "CLV.PURCHASES, horizon 52 weeks",
    size: "100,000 customers",
    id: "CLV.PURCHASES",
    runs: 5,
    prepare: () => [...clvColumns(false), 52],
    verify: (out) => expectOnePerCustomer("CLV.PURCHASES", out),
  },
  {
    // A year of weekly data discounted monthly: 52 / 4.345 → 12 monthly steps (11.97, within 1e-9 of no whole
    // number, so ⌈⌉ = 12), 1% a month.
    name: "CLV, horizon 52 weeks, monthly steps 4.345, 1%",
    size: "100,000 customers",
    id: "CLV",
    runs: 5,
    targetSeconds: 3,
    prepare: () => [...clvColumns(true), 52, 0.01, 4.345],
    verify: (out) => expectOnePerCustomer("CLV", out),
  },
  {
    // lifetimes' documented example on weekly data: time = 12 months with its default freq "D" → horizon 360,
    // step 30 (12 steps).
    name: "CLV, horizon 360, step 30, 1% (lifetimes' example)",
    size: "100,000 customers",
    id: "CLV",
    runs: 5,
    targetSeconds: 3,
    prepare: () => [...clvColumns(true), 360, 0.01, 30],
    verify: (out) => expectOnePerCustomer("CLV", out),
  },
  {
    name: "CLV.SUMMARY",
    size: "1,048,576 order rows",
    id: "CLV.SUMMARY",
    runs: 5,
    prepare: () => {
      const { makeOrders } = require("./rfm-cases") as typeof import("./rfm-cases");
      const o = makeOrders(ORDER_ROWS);
      return [column(o.customerIds), column(o.orderDates), column(o.amounts), null, "W"];
    },
    verify: (out) => {
      const rows = out as unknown[][];
      if (!Array.isArray(rows) || rows[0][0] !== "customer" || rows.length < 100000)
        throw new Error("CLV.SUMMARY did not spill a header and one row per customer");
      // every order day is counted at most once, so Σ(frequency + 1) ≤ the number of order rows
      let days = 0;
      for (let i = 1; i < rows.length; i++) days += (rows[i][1] as number) + 1;
      if (!(days > 0 && days <= ORDER_ROWS))
        throw new Error(`CLV.SUMMARY counted ${days} order days for ${ORDER_ROWS} orders`);
    },
  },
];
