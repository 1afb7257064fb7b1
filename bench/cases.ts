/**
 * The benchmark cases of `npm run bench`, with the targets set in the issues. Each case prepares
 * Excel-shaped arguments from seeded synthetic data and calls one ECOM function by id.
 */
import { column } from "./excel-shapes";
import { mulberry32 } from "./rfm-cases";

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
  note?: (medianSeconds: number) => string;
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
      if (!Array.isArray(out) || out.length !== ROWS) throw new Error("ROI did not spill one value per row");
    },
  },
];
