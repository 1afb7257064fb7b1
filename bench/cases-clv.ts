/** Benchmark cases for the clv functions (see cases.ts for the BenchCase fields). */
import type { BenchCase } from "./cases";

export const CLV_CASES: BenchCase[] = [];
