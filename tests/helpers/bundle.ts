/**
 * Loads the BUILT dist/functions.js (what Excel loads) in a Node vm context with a fake CustomFunctions
 * global, and returns the functions it registered, by id. Run `npm run build` first (npm test does).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { FakeCustomFunctionsError, makeCustomFunctions } from "./custom-functions";

/** The build to test: dist/, or another output folder named by ECOM_DIST. */
export const DIST = process.env.ECOM_DIST
  ? path.resolve(process.env.ECOM_DIST)
  : path.resolve(__dirname, "../../dist");

export interface LoadedBundle {
  registry: Map<string, (...args: unknown[]) => unknown>;
  /** The Error class used inside the bundle: results that are errors are instances of it. */
  ErrorClass: typeof FakeCustomFunctionsError;
}

let cached: LoadedBundle | null = null;

function bundleSource(): string {
  const file = path.join(DIST, "functions.js");
  if (!fs.existsSync(file)) {
    throw new Error("dist/functions.js is missing: run `npm run build` first.");
  }
  return fs.readFileSync(file, "utf8");
}

/**
 * The bundle's functions, run in an isolated vm context whose only globals are CustomFunctions and console
 * (so a dependency on Node or browser globals fails here as it would in Excel's JavaScript-only runtime).
 * Set ECOM_BUNDLE_REALM=main to run it in this realm instead: vm contexts route every global lookup
 * (Number, Array, Math) through an interceptor, which makes hot loops several times slower than in Excel's
 * plain JavaScript runtime, so the benchmark uses the main realm.
 */
export function loadFunctionsBundle(): LoadedBundle {
  if (cached) return cached;
  const { runtime, registry } = makeCustomFunctions();
  if (process.env.ECOM_BUNDLE_REALM === "main") {
    new Function("CustomFunctions", bundleSource())(runtime);
  } else {
    vm.runInNewContext(bundleSource(), { CustomFunctions: runtime, console });
  }
  cached = { registry, ErrorClass: FakeCustomFunctionsError };
  return cached;
}

/** The generated metadata (dist/functions.json or a locale twin). */
export function readMetadata(name = "functions.json"): { functions: any[] } {
  return JSON.parse(fs.readFileSync(path.join(DIST, name), "utf8"));
}

/** Calls a registered function; returns its result or the error it threw (errors are values in Excel). */
export function call(id: string, ...args: unknown[]): unknown {
  const fn = loadFunctionsBundle().registry.get(id);
  if (!fn) throw new Error(`${id} is not registered by the bundle`);
  try {
    return fn(...args);
  } catch (err) {
    return err;
  }
}

/** The single value of a 1×1 result (Excel shows a 1×1 array as a plain value). */
export function scalar(result: unknown): unknown {
  if (
    Array.isArray(result) &&
    result.length === 1 &&
    Array.isArray(result[0]) &&
    result[0].length === 1
  ) {
    return result[0][0];
  }
  return result;
}

/** The error code of an Excel error value, or undefined when the value is not an error. */
export function errorCode(value: unknown): string | undefined {
  return value instanceof FakeCustomFunctionsError ? value.code : undefined;
}
