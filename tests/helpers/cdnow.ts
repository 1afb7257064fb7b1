/** Readers for the CDNOW data sets of lifetimes (../shared/data/lifetimes) and their per-customer goldens. */
import * as fs from "fs";
import { readCsv, sharedPath } from "./shared";

/** Excel serial number (days since 1899-12-30) of a yyyymmdd date. */
export function excelSerialOfYyyymmdd(yyyymmdd: string): number {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/**
 * CDNOW_sample.txt: whitespace-separated, no header, CRLF; columns customer id, id in the sample, yyyymmdd,
 * number of CDs, dollar amount. The customer key used by lifetimes' summary is the second column.
 */
export function readCdnowTransactions(): {
  customer: string[];
  date: Float64Array;
  amount: Float64Array;
} {
  const lines = fs
    .readFileSync(sharedPath("data", "lifetimes", "CDNOW_sample.txt"), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const fields = lines.map((l) => l.trim().split(/\s+/));
  return {
    customer: fields.map((f) => f[1]),
    date: Float64Array.from(fields, (f) => excelSerialOfYyyymmdd(f[2])),
    amount: Float64Array.from(fields, (f) => Number(f[4])),
  };
}

/** The CDNOW calibration summary, weeks: cdnow_customers_summary_with_transactions.csv (ID, x, t_x, T, zbar). */
export function readCdnowSummary(): {
  id: number[];
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  monetary: Float64Array;
} {
  const rows = readCsv(
    sharedPath("data", "lifetimes", "cdnow_customers_summary_with_transactions.csv")
  );
  return {
    id: rows.map((r) => Number(r.ID)),
    frequency: Float64Array.from(rows, (r) => Number(r.x)),
    recency: Float64Array.from(rows, (r) => Number(r.t_x)),
    age: Float64Array.from(rows, (r) => Number(r.T)),
    monetary: Float64Array.from(rows, (r) => Number(r.zbar)),
  };
}

/** data/golden/golden_lifetimes_cdnow.csv as numbers, one record per customer in ID order. */
export function readCdnowGolden(): Record<string, number>[] {
  return readCsv(sharedPath("data", "golden", "golden_lifetimes_cdnow.csv")).map((row) => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(row)) out[k] = Number(v);
    return out;
  });
}

/** |actual − expected| / |expected| (absolute difference when expected is 0). */
export function relativeError(actual: number, expected: number): number {
  const diff = Math.abs(actual - expected);
  return expected === 0 ? diff : diff / Math.abs(expected);
}
