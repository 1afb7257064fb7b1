/**
 * A stand-in for the CustomFunctions global of Excel's JavaScript-only runtime (which cannot run here):
 * the Error class and ErrorCode values are those of the real custom-functions-runtime.js
 * (see ../shared/reference/office-addin.md §2), plus an associate() that records registrations.
 */
export class FakeCustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string
  ) {
    super(message);
  }
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Creates a fresh fake runtime; `registry` receives every associated function by upper-case id. */
export function makeCustomFunctions() {
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  const runtime = {
    associate(
      id: string | Record<string, (...args: unknown[]) => unknown>,
      fn?: (...args: unknown[]) => unknown
    ) {
      if (typeof id === "string") registry.set(id.toUpperCase(), fn!);
      else for (const [k, v] of Object.entries(id)) registry.set(k.toUpperCase(), v);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
  return { runtime, registry };
}

/** Installs the fake as the global CustomFunctions (for tests that import src/functions directly). */
export function installCustomFunctionsGlobal(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions =
    makeCustomFunctions().runtime;
}
