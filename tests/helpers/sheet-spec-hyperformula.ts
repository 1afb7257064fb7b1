/**
 * Loads SheetSpecs into HyperFormula (GPL-3.0, dev dependency for tests only): one HF sheet per spec,
 * formulas as formulas, values as values (text is entered with a leading apostrophe, so "=1+1" or
 * "2025-01-01" stay text), sheet-scoped defined names as scoped named expressions.
 *
 * `useArrayArithmetic` is on because Excel, LibreOffice and WPS evaluate SUMPRODUCT's arguments as arrays
 * (e.g. SUMPRODUCT(w, --(a<>""))); HF needs the option to do the same.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { CellValue } from "hyperformula";
import type { SheetSpec } from "../../src/templates/sheet-spec";

export interface FormulaError {
  sheet: string;
  address: string;
  formula: string;
  error: string;
}

export interface EvaluatedSheets {
  hf: HyperFormula;
  /** The computed value of a cell ("B5") on a sheet. */
  value(sheet: string, address: string): CellValue;
  /** The computed value of a sheet's defined name that refers to one cell. */
  named(sheet: string, name: string): CellValue;
  /** The computed values of a sheet's defined name that refers to a column range, top to bottom. */
  namedRange(sheet: string, name: string): CellValue[];
  /** Replaces a cell's content (a number, text, or a formula string starting with "="). */
  set(sheet: string, address: string, content: number | string | null): void;
  /** Every formula cell whose value is an error. */
  errors(): FormulaError[];
}

/** HF's text-literal form of a SheetSpec value. */
function content(value: string | number | boolean): string | number | boolean {
  return typeof value === "string" ? `'${value}` : value;
}

/** Builds a HyperFormula workbook from `specs` (names must already be unique) and evaluates it. */
export function loadSheetSpecs(specs: SheetSpec[]): EvaluatedSheets {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true });
  const ids = new Map<string, number>();
  for (const spec of specs) {
    hf.addSheet(spec.name);
    ids.set(spec.name, hf.getSheetId(spec.name)!);
  }
  const addressOf = (sheet: string, address: string) => {
    const id = ids.get(sheet);
    if (id === undefined) throw new Error(`no sheet "${sheet}"`);
    const at = hf.simpleCellAddressFromString(address, id);
    if (!at) throw new Error(`bad address ${address}`);
    return at;
  };
  hf.batch(() => {
    for (const spec of specs) {
      for (const name of spec.names) {
        const ref = name.ref.includes(":")
          ? name.ref
              .split(":")
              .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
              .join(":")
          : name.ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
        hf.addNamedExpression(
          name.name,
          `='${spec.name.replace(/'/g, "''")}'!${ref}`,
          ids.get(spec.name)
        );
      }
      for (const cell of spec.cells) {
        const raw = cell.formula ?? (cell.value === undefined ? null : content(cell.value));
        if (raw !== null) hf.setCellContents(addressOf(spec.name, cell.address), [[raw]]);
      }
    }
  });
  const refOf = (sheet: string, name: string) => {
    const spec = specs.find((s) => s.name === sheet);
    const ref = spec?.names.find((n) => n.name === name)?.ref;
    if (!ref) throw new Error(`no name ${name} on "${sheet}"`);
    return ref;
  };
  const value = (sheet: string, address: string) => hf.getCellValue(addressOf(sheet, address));
  return {
    hf,
    value,
    named: (sheet, name) => value(sheet, refOf(sheet, name)),
    namedRange: (sheet, name) => {
      const [from, to] = refOf(sheet, name).split(":");
      const start = addressOf(sheet, from);
      const end = addressOf(sheet, to);
      return hf.getRangeValues({ start, end }).map((row) => row[0]);
    },
    set: (sheet, address, next) => {
      hf.setCellContents(addressOf(sheet, address), [
        [typeof next === "string" && !next.startsWith("=") ? `'${next}` : next],
      ]);
    },
    errors: () =>
      specs.flatMap((spec) =>
        spec.cells
          .filter((cell) => cell.formula !== undefined)
          .map((cell) => ({ cell, result: value(spec.name, cell.address) }))
          .filter(({ result }) => result instanceof DetailedCellError)
          .map(({ cell, result }) => ({
            sheet: spec.name,
            address: cell.address,
            formula: cell.formula!,
            error: `${(result as DetailedCellError).value} ${(result as DetailedCellError).message}`,
          }))
      ),
  };
}
