/**
 * Option arguments (spec §1: "Options are single cells"): method, scheme, output, bins, confidence, flags.
 * Each reader accepts null/blank for "use the default" and throws #VALUE! for a range or a wrong type.
 */
import { badNumber, badValue } from "../metrics/errors";
import { isBlankCell, readBooleanCell, readNumberCell, readTextCell } from "./cells";
import { asMatrix, isSingleCell, shapeOf } from "./matrix";

/** The one cell of an option argument; #VALUE! when a range of several cells is given. */
export function singleCell(arg: unknown, name: string): unknown {
  const m = asMatrix(arg, name);
  if (!isSingleCell(shapeOf(m))) throw badValue(`${name} must be a single cell, not a range.`);
  return m[0][0];
}

/** A numeric option; blank → fallback. */
export function readNumberOption(arg: unknown, name: string, fallback: number): number {
  const cell = singleCell(arg, name);
  if (isBlankCell(cell)) return fallback;
  return readNumberCell(cell, name);
}

/** An integer option within [min, max]; blank → fallback; #NUM! outside the range or not whole. */
export function readIntegerOption(
  arg: unknown,
  name: string,
  fallback: number,
  min: number,
  max: number
): number {
  const n = readNumberOption(arg, name, fallback);
  if (!Number.isInteger(n) || n < min || n > max)
    throw badNumber(`${name} must be a whole number from ${min} to ${max} (got ${n}).`);
  return n;
}

/** A required numeric single cell (for example a total budget); #N/A when blank. */
export function readRequiredNumber(arg: unknown, name: string): number {
  const cell = singleCell(arg, name);
  if (isBlankCell(cell)) throw badValue(`${name} is required.`);
  return readNumberCell(cell, name);
}

/** A boolean flag option; blank → fallback. */
export function readFlagOption(arg: unknown, name: string, fallback: boolean): boolean {
  const value = readBooleanCell(singleCell(arg, name), name);
  return value === null ? fallback : value;
}

/**
 * A choice among named options, matched case-insensitively after trimming; blank → fallback.
 * `choices` maps every accepted spelling (lower case) to its value.
 */
export function readChoiceOption<T>(
  arg: unknown,
  name: string,
  choices: Record<string, T>,
  fallback: T
): T {
  const text = readTextCell(singleCell(arg, name), name);
  if (text === "") return fallback;
  const key = text.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(choices, key)) return choices[key];
  throw badValue(
    `${name} must be one of ${Object.keys(choices)
      .map((k) => `"${k}"`)
      .join(", ")} (got "${text}").`
  );
}
