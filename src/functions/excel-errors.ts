/**
 * Mapping of domain errors to Excel errors.
 *
 * metrics/ throws DomainError (see ../metrics/errors.ts); the Excel layer turns it into the matching
 * CustomFunctions.Error. Excel shows the message only for #VALUE! and #N/A (office-js#2885), but the message
 * is passed for every code so that it is there when a future host shows it.
 */
import { DomainError, DomainErrorKind } from "../metrics/errors";

const CODE_BY_KIND: Record<DomainErrorKind, () => CustomFunctions.ErrorCode> = {
  div0: () => CustomFunctions.ErrorCode.divisionByZero,
  num: () => CustomFunctions.ErrorCode.invalidNumber,
  value: () => CustomFunctions.ErrorCode.invalidValue,
  na: () => CustomFunctions.ErrorCode.notAvailable,
};

/** True for an Excel error value (a CustomFunctions.Error, as returned to or passed in from a cell). */
export function isExcelError(value: unknown): value is CustomFunctions.Error {
  return (
    typeof CustomFunctions !== "undefined" &&
    typeof CustomFunctions.Error === "function" &&
    value instanceof CustomFunctions.Error
  );
}

/**
 * Converts anything thrown while computing a cell into a CustomFunctions.Error:
 * DomainError → its code with its message; an Excel error → itself; anything else → #VALUE! with a message
 * (an unexpected exception is a bug, but the user still gets a clear error rather than a crash).
 */
export function toExcelError(err: unknown): CustomFunctions.Error {
  if (isExcelError(err)) return err;
  if (err instanceof DomainError)
    return new CustomFunctions.Error(CODE_BY_KIND[err.kind](), err.message);
  const message = err instanceof Error ? err.message : String(err);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `Unexpected error: ${message}`
  );
}

/**
 * Runs a worksheet function's body so that whatever it throws reaches Excel as a CustomFunctions.Error
 * (a wrong shape, a bad option, a model that cannot be fitted), never as a bare exception.
 */
export function asExcelFunction<T>(body: () => T): T {
  try {
    return body();
  } catch (err) {
    throw toExcelError(err);
  }
}
