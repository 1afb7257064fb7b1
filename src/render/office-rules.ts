/**
 * Data-validation rules of a SheetSpec in the shape of Office.js's DataValidationRule (ExcelApi 1.8):
 * plain objects, so they are tested without Excel. Dropdown lists are comma-separated sources; numbers
 * and dates are bounded as the spec says (an unbounded number is bounded by Excel's largest magnitude,
 * since Excel's decimal and whole-number rules need an operand). Ranges with the same rule and prompt
 * share one operation on a RangeAreas (Worksheet.getRanges), which has its own dataValidation.
 */
import type { ValidationSpec } from "../templates/sheet-spec";
import { areaChunks } from "./office-address";

type Operator = "Between" | "GreaterThanOrEqualTo" | "LessThanOrEqualTo";

export interface BasicRule {
  operator: Operator;
  formula1: number | string;
  formula2?: number | string;
}

export type OfficeValidationRule =
  | { list: { inCellDropDown: true; source: string } }
  | { decimal: BasicRule }
  | { wholeNumber: BasicRule }
  | { date: { operator: Operator; formula1: string } };

const LARGEST = 9.99e307;
/** Excel's first date; a date rule that accepts any real date. */
const FIRST_DATE = "1900-01-01";

/** The operator and operands of a range check with optional bounds. */
function bounded(min: number | undefined, max: number | undefined): BasicRule {
  if (min !== undefined && max !== undefined)
    return { operator: "Between", formula1: min, formula2: max };
  if (max !== undefined) return { operator: "LessThanOrEqualTo", formula1: max };
  return { operator: "GreaterThanOrEqualTo", formula1: min ?? -LARGEST };
}

/**
 * The Office.js rule of one validation. A list item containing a comma cannot be expressed in a
 * comma-separated source, so it is rejected (a template bug, caught by the template tests).
 */
export function validationRule(validation: ValidationSpec): OfficeValidationRule {
  switch (validation.type) {
    case "list": {
      const bad = validation.values.find((v) => v.includes(","));
      if (bad !== undefined) throw new Error(`dropdown item "${bad}" contains a comma`);
      return { list: { inCellDropDown: true, source: validation.values.join(",") } };
    }
    case "decimal":
      return { decimal: bounded(validation.min, validation.max) };
    case "whole":
      return { wholeNumber: bounded(validation.min, validation.max) };
    case "date":
      return { date: { operator: "GreaterThanOrEqualTo", formula1: FIRST_DATE } };
  }
}

export interface ValidationOperation {
  /** Comma-separated A1 areas for Worksheet.getRanges. */
  areas: string;
  rule: OfficeValidationRule;
  prompt?: string;
}

/** The validations grouped by identical rule and prompt, in order of first appearance. */
export function validationOperations(validations: ValidationSpec[]): ValidationOperation[] {
  const groups = new Map<
    string,
    { rule: OfficeValidationRule; prompt?: string; ranges: string[] }
  >();
  for (const validation of validations) {
    const rule = validationRule(validation);
    const key = JSON.stringify([rule, validation.prompt ?? ""]);
    const group = groups.get(key) ?? {
      rule,
      ...(validation.prompt ? { prompt: validation.prompt } : {}),
      ranges: [],
    };
    group.ranges.push(validation.range);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({ ranges, ...rest }) =>
    areaChunks(ranges).map((areas) => ({ areas, ...rest }))
  );
}
