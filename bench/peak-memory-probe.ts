/**
 * Child process of peak-memory.ts: prepares one case's inputs, optionally runs it once, and prints the
 * process's peak resident set size in KiB.
 */
process.env.ECOM_BUNDLE_REALM = "main";
import { call } from "../tests/helpers/bundle";
import { ALL_CASES } from "./all-cases";

const [name, mode] = process.argv.slice(2);
const c = ALL_CASES.find((x) => x.name === name);
if (!c) throw new Error(`no bench case named ${name}`);
const args = c.prepare();
if (mode === "run") {
  if (c.run) c.run(args);
  else call(c.id!, ...args);
}
console.log(process.resourceUsage().maxRSS);
