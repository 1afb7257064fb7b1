/**
 * Never a crash or a silent wrong number (spec §1): every registered function, called through the built
 * bundle with random and hostile arguments — blanks, text, booleans, Excel errors, huge and tiny numbers,
 * NaN-producing combinations, mismatched shapes, 1×1 vs n×1 vs 1×n — returns only finite numbers, text
 * labels, booleans, "" for blank rows, or CustomFunctions.Error values of the kinds the spec names; it never
 * throws anything else and never returns NaN or ±∞.
 */
import fc from "fast-check";
import { loadFunctionsBundle, readMetadata } from "../helpers/bundle";
import { FakeCustomFunctionsError } from "../helpers/custom-functions";

const ALLOWED_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]);

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 1000 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(0, 1, 0.5, -1, 2, 1e308, -1e308, 5e-324, 1e-300, 1e300, 1048576),
  },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0) },
  { weight: 2, arbitrary: fc.constantFrom("", null) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "abc",
      " 3.5 ",
      "12%",
      "1e400",
      "TRUE",
      "zh",
      "en-US",
      "higher",
      "lower",
      "wilson",
      "table",
      "M",
      "W",
      "rfm11",
      "cn8",
      "=1+1"
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(new FakeCustomFunctionsError("#N/A", "upstream")) }
);

/** A matrix of cells with the given shape. */
const matrixOf = (rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });

/** One argument: omitted (null), a bare scalar, or a matrix of a small random shape (1×1, n×1, 1×n, n×m). */
const argument = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: cell },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(1, 1, 1, 2, 3))
      .chain(([r, c]) => matrixOf(r, c)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(1), fc.integer({ min: 2, max: 6 }))
      .chain(([r, c]) => matrixOf(r, c)),
  }
);

/** Same-length numeric columns for every parameter: the well-formed case, which must also be clean. */
const columnsFor = (n: number) =>
  fc.integer({ min: 1, max: 12 }).chain((len) =>
    fc.array(
      fc
        .array(
          fc.oneof(
            fc.integer({ min: 0, max: 500 }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.constant("")
          ),
          {
            minLength: len,
            maxLength: len,
          }
        )
        .map((col) => col.map((v) => [v])),
      { minLength: n, maxLength: n }
    )
  );

function checkResult(id: string, result: unknown): void {
  const check = (v: unknown) => {
    if (v instanceof FakeCustomFunctionsError) {
      if (!ALLOWED_CODES.has(v.code)) throw new Error(`${id} returned error code ${v.code}`);
      return;
    }
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw new Error(`${id} returned ${v}`);
      return;
    }
    if (typeof v === "string" || typeof v === "boolean") return;
    throw new Error(`${id} returned a cell of type ${typeof v}: ${String(v)}`);
  };
  if (Array.isArray(result)) {
    if (result.length === 0 || !Array.isArray(result[0]))
      throw new Error(`${id} returned a non-matrix array`);
    const width = result[0].length;
    for (const row of result) {
      if (!Array.isArray(row) || row.length !== width)
        throw new Error(`${id} returned a ragged matrix`);
      row.forEach(check);
    }
  } else check(result);
}

function invoke(fn: (...a: unknown[]) => unknown, args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (err) {
    if (err instanceof FakeCustomFunctionsError) return err;
    throw err;
  }
}

const functions = readMetadata().functions;

describe.each(functions.map((f) => [f.id, f] as const))(
  "ECOM.%s with hostile arguments",
  (id, meta) => {
    const fn = loadFunctionsBundle().registry.get(id)!;
    const arity = (meta.parameters || []).length;

    test("random and hostile arguments never crash, never NaN/±∞", () => {
      fc.assert(
        fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), (args) => {
          checkResult(id, invoke(fn, args));
        }),
        { numRuns: 300 }
      );
    });

    test("well-formed columns with blanks never crash, never NaN/±∞", () => {
      fc.assert(
        fc.property(columnsFor(arity), (args) => {
          checkResult(id, invoke(fn, args));
        }),
        { numRuns: 150 }
      );
    });
  }
);
