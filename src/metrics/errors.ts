/**
 * Typed domain errors thrown by the pure math in src/metrics.
 *
 * metrics/ knows nothing of Excel: it throws a DomainError whose `kind` says what went wrong, and the
 * Excel layer (src/functions/excel-errors.ts) maps each kind to the matching CustomFunctions.Error:
 *   "div0"  → #DIV/0!   a zero denominator
 *   "num"   → #NUM!     a number outside its domain (negative visitors, rate above 1, infeasible budget, no fit)
 *   "value" → #VALUE!   a wrong type or shape, with a message
 *   "na"    → #N/A      missing required data
 */
export type DomainErrorKind = "div0" | "num" | "value" | "na";

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  constructor(kind: DomainErrorKind, message: string) {
    super(message);
    this.name = "DomainError";
    this.kind = kind;
  }
}

/** A zero denominator (#DIV/0!). */
export function divZero(message: string): DomainError {
  return new DomainError("div0", message);
}

/** A number outside its domain (#NUM!). */
export function badNumber(message: string): DomainError {
  return new DomainError("num", message);
}

/** A wrong type, shape or option (#VALUE!). */
export function badValue(message: string): DomainError {
  return new DomainError("value", message);
}

/** Missing required data (#N/A). */
export function notAvailable(message: string): DomainError {
  return new DomainError("na", message);
}
