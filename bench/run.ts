/**
 * `npm run bench`: times the ECOM functions at worksheet scale through the same code Excel runs — the
 * built dist/functions.js, loaded with a stand-in CustomFunctions runtime in this realm (not a vm context,
 * whose global lookups are artificially slow: see tests/helpers/bundle.ts) and called with Excel-shaped
 * arguments (ranges as 2-D arrays). Each case: one warm-up, then the median of several runs.
 * Prints a table and writes bench/results.json. Single thread, as Excel's JS-only runtime.
 *
 *   npm run bench                 all cases
 *   npm run bench -- rfm clv      only cases whose name contains one of the words
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
process.env.ECOM_BUNDLE_REALM = "main";
import { call } from "../tests/helpers/bundle";
import { FakeCustomFunctionsError } from "../tests/helpers/custom-functions";
import { BenchCase } from "./cases";
import { ALL_CASES } from "./all-cases";
import { measurePeakMemory } from "./peak-memory";

interface Result {
  name: string;
  size: string;
  runs: number;
  medianSeconds: number;
  minSeconds: number;
  targetSeconds: number | null;
  met: boolean | null;
  note: string;
  peakRssMiB?: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs one case; a result that is an Excel error (or contains one where none is expected) fails it. */
function runCase(c: BenchCase, earlier: ReadonlyMap<string, number>): Result {
  const args = c.prepare();
  const invoke = () => (c.run ? c.run(args) : call(c.id!, ...args));
  const check = (out: unknown) => {
    if (out instanceof FakeCustomFunctionsError)
      throw new Error(`${c.name}: ${out.code} ${out.message}`);
    if (c.verify) c.verify(out);
  };
  check(invoke()); // warm-up (JIT) and correctness check
  const times: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    const t0 = process.hrtime.bigint();
    const out = invoke();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (i === 0) check(out);
  }
  const med = median(times);
  return {
    name: c.name,
    size: c.size,
    runs: c.runs,
    medianSeconds: med,
    minSeconds: Math.min(...times),
    targetSeconds: c.targetSeconds ?? null,
    met: c.targetSeconds === undefined ? null : med <= c.targetSeconds,
    note: c.note ? c.note(med, earlier) : "",
  };
}

function fmt(s: number): string {
  return s >= 10
    ? `${s.toFixed(1)} s`
    : s >= 1
      ? `${s.toFixed(2)} s`
      : `${(s * 1000).toFixed(s < 0.01 ? 2 : 1)} ms`;
}

function printTable(results: Result[]): void {
  const rows = [
    ["case", "size", "median", "min", "target", "met", "note"],
    ...results.map((r) => [
      r.name,
      r.size,
      fmt(r.medianSeconds),
      fmt(r.minSeconds),
      r.targetSeconds === null ? "" : `≤ ${fmt(r.targetSeconds)}`,
      r.met === null ? "" : r.met ? "yes" : "NO",
      [r.note, r.peakRssMiB === undefined ? "" : `peak RSS +${r.peakRssMiB.toFixed(0)} MiB`]
        .filter(Boolean)
        .join("; "),
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

function main(): void {
  const filters = process.argv.slice(2).map((s) => s.toLowerCase());
  const selected = ALL_CASES.filter(
    (c) => filters.length === 0 || filters.some((f) => c.name.toLowerCase().includes(f))
  );
  const results: Result[] = [];
  const medians = new Map<string, number>();
  for (const c of selected) {
    process.stderr.write(`running ${c.name} (${c.size})…\n`);
    const r = runCase(c, medians);
    medians.set(c.name, r.medianSeconds);
    if (c.peakMemory) r.peakRssMiB = measurePeakMemory(c.name);
    results.push(r);
  }
  printTable(results);
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    results,
  };
  fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify(out, null, 2) + "\n");
  console.log(`\nwrote bench/results.json (${results.length} cases)`);
  if (results.some((r) => r.met === false)) process.exitCode = 1;
}

if (require.main === module) main();
