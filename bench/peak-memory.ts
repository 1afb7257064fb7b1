/**
 * Peak memory of one benchmark case, measured honestly: the case runs alone in a fresh Node process and
 * the process's peak resident set size (getrusage maxRSS) is compared with the same process that only
 * prepared the inputs. The difference is what the function itself needed at its peak, typed arrays included.
 */
import { execFileSync } from "child_process";
import * as path from "path";

/** Peak RSS in MiB used by the call itself (case run minus inputs-only run). */
export function measurePeakMemory(caseName: string): number {
  const probe = (mode: string) =>
    Number(
      execFileSync(
        process.execPath,
        [
          "-r",
          "ts-node/register/transpile-only",
          path.join(__dirname, "peak-memory-probe.ts"),
          caseName,
          mode,
        ],
        {
          encoding: "utf8",
          cwd: path.resolve(__dirname, ".."),
        }
      ).trim()
    );
  return (probe("run") - probe("prepare")) / 1024;
}
