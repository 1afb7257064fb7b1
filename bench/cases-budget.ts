/** Benchmark cases for the budget functions (see cases.ts for the BenchCase fields). */
import type { BenchCase } from "./cases";

export const BUDGET_CASES: BenchCase[] = [];
