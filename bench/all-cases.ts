/** Every benchmark case, from the per-domain case lists. */
import { BenchCase, CASES } from "./cases";
import { BUDGET_CASES } from "./cases-budget";
import { CLV_CASES } from "./cases-clv";

export const ALL_CASES: BenchCase[] = [...CASES, ...CLV_CASES, ...BUDGET_CASES];
