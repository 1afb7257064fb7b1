/**
 * The Excel layer on its own: cell coercion, shapes and broadcasting, blanks, per-entry errors, options,
 * language. Expected values are Excel's own behaviour as described in spec §1 (quoted per test).
 */
import {
  installCustomFunctionsGlobal,
  FakeCustomFunctionsError,
} from "../helpers/custom-functions";
installCustomFunctionsGlobal();

import { badNumber, divZero } from "../../src/metrics/errors";
import { parseNumberText, readNumberCell } from "../../src/functions/cells";
import { elementwise } from "../../src/functions/elementwise";
import {
  readNumberColumn,
  orient,
  orientFlat,
  requireSameLength,
} from "../../src/functions/columns";
import {
  readChoiceOption,
  readIntegerOption,
  readNumberOption,
  singleCell,
} from "../../src/functions/options";
import { readLanguage } from "../../src/functions/language";

const codeOf = (v: unknown) => (v instanceof FakeCustomFunctionsError ? v.code : undefined);
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as { kind?: string; code?: string; message: string };
  }
  throw new Error("expected a throw");
};
/** a / b per entry, with the metrics' error for a zero denominator — the shape of every E function. */
const ratio = (a: unknown, b: unknown) =>
  elementwise(
    [
      { name: "a", value: a },
      { name: "b", value: b },
    ],
    ([x, y]) => {
      if (y === 0) throw divZero("b must not be zero.");
      return (x as number) / (y as number);
    }
  );

describe("cells", () => {
  test('text that looks like a number is that number (spec §1: "12", " 3.5 ")', () => {
    expect(parseNumberText("12")).toBe(12);
    expect(parseNumberText(" 3.5 ")).toBe(3.5);
    expect(parseNumberText("1,234.5")).toBe(1234.5);
    expect(parseNumberText("-2e3")).toBe(-2000);
    expect(parseNumberText("12%")).toBeCloseTo(0.12, 15);
    for (const bad of ["abc", "", "1,23", "1.2.3", "--1", "%", "12 apples", "0x10"])
      expect(parseNumberText(bad)).toBeNaN();
  });

  test("booleans are not numbers, other text is #VALUE! naming the argument, NaN/∞ is #NUM!", () => {
    expect(thrown(() => readNumberCell(true, "cost")).message).toMatch(/cost/);
    expect(thrown(() => readNumberCell(true, "cost")).kind).toBe("value");
    expect(thrown(() => readNumberCell("abc", "cost")).kind).toBe("value");
    expect(thrown(() => readNumberCell(Infinity, "cost")).kind).toBe("num");
    expect(readNumberCell(null, "cost")).toBeNaN(); // blank
    expect(readNumberCell("", "cost")).toBeNaN(); // blank
  });
});

describe("elementwise", () => {
  test("scalars give a 1×1 result; a 1×1 error is thrown so Excel shows it", () => {
    expect(ratio(6, 3)).toEqual([[2]]);
    expect(ratio([[6]], [[3]])).toEqual([[2]]);
    expect(codeOf(thrown(() => ratio(1, 0)))).toBe("#DIV/0!");
  });

  test("a single cell broadcasts against a range (3×1 / 1×1 → 3×1); rows broadcast too (1×3)", () => {
    expect(ratio([[2], [4], [6]], [[2]])).toEqual([[1], [2], [3]]);
    expect(ratio([[2, 4, 6]], 2)).toEqual([[1, 2, 3]]);
    expect(
      ratio(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 4],
        ]
      )
    ).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  test("ranges of different shapes are #VALUE! with a message naming both arguments", () => {
    const e = thrown(() => ratio([[1], [2], [3]], [[1, 2, 3]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/a \(3×1\) and b \(1×3\)/);
  });

  test("one bad entry errors in its own cell only; the rest of the spill is computed", () => {
    const out = ratio([[1], ["abc"], [3], [true], [5]], [[1], [1], [0], [1], [2]]);
    expect(out[0][0]).toBe(1);
    expect(codeOf(out[1][0])).toBe("#VALUE!");
    expect((out[1][0] as CustomFunctions.Error).message).toMatch(/a must be a number/);
    expect(codeOf(out[2][0])).toBe("#DIV/0!");
    expect(codeOf(out[3][0])).toBe("#VALUE!");
    expect(out[4][0]).toBe(2.5);
  });

  test("all-blank entries are blank (trailing empty rows); partly blank entries are #N/A", () => {
    const out = ratio([[4], [""], [null], [8]], [[2], [""], [null], [""]]);
    expect(out.slice(0, 3)).toEqual([[2], [""], [""]]);
    expect(codeOf(out[3][0])).toBe("#N/A");
    expect((out[3][0] as CustomFunctions.Error).message).toMatch(/b is blank/);
  });

  test("trailing empty rows stay blank when the other arguments are single cells (=ECOM.LTV(A2:A1000,2,0.4,3))", () => {
    // 8 / 2 = 4; the two empty rows of the range are blank, not #N/A, though the single cell 2 is not blank
    expect(ratio([[8], [""], [null]], 2)).toEqual([[4], [""], [""]]);
    // a blank single cell against a range is still missing data for the non-blank rows
    expect(codeOf(ratio([[8], [""]], "")[0][0])).toBe("#N/A");
  });

  test("a blank optional argument passes null (use the default) and never blanks the entry", () => {
    const out = elementwise(
      [
        { name: "x", value: [[1], [2]] },
        { name: "k", value: [[""], [3]], optional: true },
      ],
      ([x, k]) => (x as number) * ((k as number | null) ?? 10)
    );
    expect(out).toEqual([[10], [6]]);
  });

  test("a non-finite result becomes #NUM!, never NaN or ±∞", () => {
    const out = elementwise([{ name: "x", value: [[1e308], [1]] }], ([x]) => (x as number) * 10);
    expect(codeOf(out[0][0])).toBe("#NUM!");
    expect(out[1][0]).toBe(10);
  });

  test("an Excel error passed in propagates to that entry", () => {
    const err = new FakeCustomFunctionsError("#N/A", "lookup failed");
    const out = ratio([[err], [2]], [[1], [1]]);
    expect(out[0][0]).toBe(err);
    expect(out[1][0]).toBe(2);
  });
});

describe("columns", () => {
  test("reads a column with blanks and per-entry errors, keeps orientation", () => {
    const col = readNumberColumn([[1], [""], ["2"], ["x"]], "spend");
    expect(Array.from(col.values.slice(0, 3))).toEqual([1, NaN, 2]);
    expect(Array.from(col.blank)).toEqual([0, 1, 0, 0]);
    expect(codeOf(col.errors.get(3))).toBe("#VALUE!");
    expect(col.orientation).toBe("column");
    expect(readNumberColumn([[1, 2, 3]], "spend").orientation).toBe("row");
  });

  test("a 2-D block is not a column (#VALUE!); parallel columns must match in length", () => {
    expect(
      thrown(() =>
        readNumberColumn(
          [
            [1, 2],
            [3, 4],
          ],
          "spend"
        )
      ).message
    ).toMatch(/single column or a single row/);
    expect(
      thrown(() =>
        requireSameLength([
          { name: "a", length: 3 },
          { name: "b", length: 2 },
        ])
      ).kind
    ).toBe("value");
  });

  test("results follow the input's orientation", () => {
    expect(
      orient(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        "row"
      )
    ).toEqual([
      [1, 3, 5],
      [2, 4, 6],
    ]);
    expect(orientFlat([1, 2], "column")).toEqual([[1], [2]]);
    expect(orientFlat([1, 2], "row")).toEqual([[1, 2]]);
  });
});

describe("options", () => {
  test("options are single cells; blank means default", () => {
    expect(readNumberOption(null, "confidence", 0.95)).toBe(0.95);
    expect(readNumberOption([[0.9]], "confidence", 0.95)).toBe(0.9);
    expect(thrown(() => singleCell([[1], [2]], "bins")).message).toMatch(
      /bins must be a single cell/
    );
    expect(thrown(() => readIntegerOption(10, "bins", 5, 2, 9)).kind).toBe("num");
    expect(readChoiceOption(" Wilson ", "method", { wilson: "w" }, "w")).toBe("w");
    expect(thrown(() => readChoiceOption("bogus", "method", { wilson: "w" }, "w")).message).toMatch(
      /"wilson"/
    );
  });

  test("language accepts zh-CN/zh/中文 and en-US/en/English; default en-US in the JS-only runtime", () => {
    for (const z of ["zh-CN", "zh", "中文", "ZH-cn"]) expect(readLanguage(z)).toBe("zh-CN");
    for (const e of ["en-US", "en", "English"]) expect(readLanguage(e)).toBe("en-US");
    expect(readLanguage(null)).toBe("en-US");
    expect(thrown(() => readLanguage("fr")).kind).toBe("value");
  });
});

test("domain errors map to Excel codes", () => {
  const out = elementwise([{ name: "x", value: [[1], [2]] }], ([x]) => {
    if (x === 1) throw badNumber("x out of range");
    throw divZero("zero");
  });
  expect(out.map((r) => codeOf(r[0]))).toEqual(["#NUM!", "#DIV/0!"]);
});

describe("perEntry (column tables)", () => {
  const { perEntry } = require("../../src/functions/columns");
  const lowHigh = (params: unknown[]) =>
    perEntry(
      [
        { name: "k", value: params[0] },
        { name: "n", value: params[1] },
      ],
      2,
      ([k, n]: number[]) => {
        if (n === 0) throw divZero("n must not be zero.");
        return [k / n, k];
      }
    );

  test("one row of outputs per entry for a column; transposed for a row", () => {
    // 1/2 = 0.5 and 3/4 = 0.75, each followed by k
    expect(
      lowHigh([
        [[1], [3]],
        [[2], [4]],
      ])
    ).toEqual([
      [0.5, 1],
      [0.75, 3],
    ]);
    expect(lowHigh([[[1, 3]], [[2, 4]]])).toEqual([
      [0.5, 0.75],
      [1, 3],
    ]);
  });

  test("blank entries are blank across their width; errors fill their entry only; a single cell broadcasts", () => {
    const out = lowHigh([
      [[1], [""], [5], [2]],
      [[2], [""], [0], [""]],
    ]);
    expect(out[0]).toEqual([0.5, 1]);
    expect(out[1]).toEqual(["", ""]);
    expect(out[2].map(codeOf)).toEqual(["#DIV/0!", "#DIV/0!"]);
    expect(out[3].map(codeOf)).toEqual(["#N/A", "#N/A"]);
    expect(lowHigh([[[1], [2]], 4])).toEqual([
      [0.25, 1],
      [0.5, 2],
    ]);
  });

  test("empty rows stay blank when another argument is a single cell", () => {
    expect(lowHigh([[[1], [""]], 4])).toEqual([
      [0.25, 1],
      ["", ""],
    ]);
  });

  test("columns of different lengths are #VALUE! naming them", () => {
    const e = thrown(() =>
      lowHigh([
        [[1], [2], [3]],
        [[1], [2]],
      ])
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/k and n/);
  });
});
