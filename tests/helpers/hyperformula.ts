/**
 * A real formula engine for tests: HyperFormula (GPL-3.0, dev-only, never bundled) with every ECOM.*
 * function of the BUILT bundle registered, so `=ECOM.ROI(B2:B6,C2:C6)` can be typed on a grid and spills.
 *
 * Arguments reach the bundle the way Excel passes them: matrix parameters as 2-D arrays (a single value as
 * [[v]]), scalar parameters as plain values, empty cells as "", omitted optional arguments as null, error
 * values as CustomFunctions.Error. Results come back as values, spilled arrays, or HyperFormula errors with
 * the same code and message.
 *
 * Limitation: HyperFormula fixes a spill's size before evaluating cells, so the size is found by calling the
 * function once on its arguments' current values; inputs that are themselves formulas are not evaluated at
 * that point. Tests therefore put literal data in the ranges an ECOM function reads.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import { loadFunctionsBundle, readMetadata } from "./bundle";
import { FakeCustomFunctionsError } from "./custom-functions";

const ERROR_TYPES: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};
const CODES = Object.fromEntries(Object.entries(ERROR_TYPES).map(([code, type]) => [type, code]));

/** A HyperFormula scalar as Excel would hand it to a custom function. */
function toExcelScalar(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return "";
  if (v instanceof CellError)
    return new FakeCustomFunctionsError(CODES[v.type] ?? "#VALUE!", v.message);
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val; // dates, percents…
  return v;
}

function toExcelArgument(v: unknown, matrix: boolean): unknown {
  if (v instanceof SimpleRangeValue) {
    const data = v.data.map((row) => row.map(toExcelScalar));
    return matrix ? data : data[0][0];
  }
  const s = toExcelScalar(v);
  return matrix ? [[s]] : s;
}

function toHyperFormula(v: unknown): unknown {
  if (v instanceof FakeCustomFunctionsError)
    return new CellError(ERROR_TYPES[v.code] ?? ErrorType.VALUE, v.message);
  return v;
}

function fromResult(result: unknown): unknown {
  if (!Array.isArray(result)) return toHyperFormula(result);
  const m = result as unknown[][];
  if (m.length === 1 && m[0].length === 1) return toHyperFormula(m[0][0]);
  return SimpleRangeValue.onlyValues(m.map((row) => row.map(toHyperFormula)) as never);
}

class EcomPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};
}

/** Registers each bundle function as ECOM.<ID>; returns the translations HyperFormula needs. */
function registerBundle(): Record<string, string> {
  const { registry } = loadFunctionsBundle();
  const names: Record<string, string> = {};
  for (const meta of readMetadata().functions) {
    const id: string = meta.id;
    const params: { dimensionality?: string; optional?: boolean }[] = meta.parameters || [];
    const fn = registry.get(id)!;
    const name = `ECOM.${id}`;
    const call = (plugin: FunctionPlugin, ast: { args: unknown[] }, state: unknown) => {
      const args = params.map((p, i) =>
        i < ast.args.length && (ast.args[i] as { type?: string }).type !== "EMPTY"
          ? toExcelArgument(
              (plugin as any).evaluateAst(ast.args[i], state),
              p.dimensionality === "matrix"
            )
          : null
      );
      try {
        return fn(...args);
      } catch (err) {
        return err;
      }
    };
    const method = `call_${id.replace(/\./g, "_")}`;
    const size = `size_${id.replace(/\./g, "_")}`;
    (EcomPlugin.prototype as any)[method] = function (ast: { args: unknown[] }, state: unknown) {
      return fromResult(call(this, ast, state));
    };
    (EcomPlugin.prototype as any)[size] = function (ast: { args: unknown[] }, state: unknown) {
      const r = call(this, ast, state);
      return Array.isArray(r) ? new ArraySize(r[0].length, r.length) : ArraySize.scalar();
    };
    EcomPlugin.implementedFunctions[name] = {
      method,
      sizeOfResultArrayMethod: size,
      parameters: params.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: Boolean(p.optional),
      })),
      vectorizationForbidden: true,
    };
    names[name] = name;
  }
  return names;
}

let registered = false;

/** A HyperFormula instance (one sheet) with the ECOM functions; `sheet` is a 2-D array of cell contents. */
export function hyperFormulaWith(sheet: unknown[][]): HyperFormula {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(EcomPlugin as never, { enGB: registerBundle() });
    registered = true;
  }
  return HyperFormula.buildFromArray(sheet as never, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
  });
}
