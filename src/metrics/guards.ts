/**
 * Small argument checks shared by the metric modules. Each throws a DomainError (see errors.ts).
 */
import { badNumber, divZero } from "./errors";

/** Throws #NUM! unless x ≥ 0. */
export function requireNonNegative(x: number, name: string): void {
  if (!(x >= 0)) throw badNumber(`${name} must be zero or more (got ${x}).`);
}

/** Throws #NUM! unless 0 ≤ x ≤ 1. */
export function requireFraction(x: number, name: string): void {
  if (!(x >= 0 && x <= 1))
    throw badNumber(`${name} must be a fraction between 0 and 1 (got ${x}).`);
}

/** Throws #DIV/0! when a denominator is zero. */
export function requireNonZero(x: number, name: string): void {
  if (x === 0) throw divZero(`${name} must not be zero.`);
}

/** Throws #NUM! when a computed result is not a finite number (overflow, 0/0 and the like). */
export function finiteResult(x: number, what: string): number {
  if (!Number.isFinite(x)) throw badNumber(`${what} is too large or undefined for these inputs.`);
  return x;
}
