/**
 * Labels of ECOM.COHORT (spec §4): the first two header cells; the period columns that follow are headed by
 * the numbers 0, 1, 2, … in both languages.
 */
import type { Language } from "../language";

/** The headers of the cohort and size columns. */
export const COHORT_HEADERS: Record<Language, readonly [string, string]> = {
  "en-US": ["cohort", "size"],
  "zh-CN": ["首购期", "人数"],
};
