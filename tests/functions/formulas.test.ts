/**
 * Formula-level tests: ECOM functions typed as real formulas on a grid in HyperFormula, a spreadsheet engine
 * independent of this project, with the built bundle's functions registered.
 */
import { DetailedCellError } from "hyperformula";
import { hyperFormulaWith } from "../helpers/hyperformula";

describe("formulas on a grid (HyperFormula)", () => {
  test("=ECOM.ROI(B2:B6,C2:C6) spills one ROI per row", () => {
    // revenue / cost: 200/100 → 1; 150/100 → 0.5; 90/100 → −0.1; 0/50 → −1; 300/120 → 1.5
    const hf = hyperFormulaWith([
      ["", "revenue", "cost", "ROI"],
      ["a", 200, 100, "=ECOM.ROI(B2:B6,C2:C6)"],
      ["b", 150, 100],
      ["c", 90, 100],
      ["d", 0, 50],
      ["e", 300, 120],
    ]);
    const roi = [1, 2, 3, 4, 5].map((row) => hf.getCellValue({ sheet: 0, row, col: 3 }));
    expect(roi).toEqual([1, 0.5, -0.1, -1, 1.5].map((x) => expect.closeTo(x, 12)));
  });

  test("a zero cost shows #DIV/0! in its own row only; a scalar formula gives a plain value", () => {
    const hf = hyperFormulaWith([
      [200, 100, "=ECOM.ROI(A1:A2,B1:B2)"],
      [50, 0],
      ["=ECOM.CONVRATE(30,1000)"],
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(1);
    const err = hf.getCellValue({ sheet: 0, row: 1, col: 2 }) as DetailedCellError;
    expect(err.value).toBe("#DIV/0!");
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 0 })).toBeCloseTo(0.03, 15);
  });

  test("optional margin from a cell, and a blank row in the data stays blank", () => {
    // (200 × 0.4 − 50) / 50 = 0.6
    const hf = hyperFormulaWith([
      [200, 50, 0.4, "=ECOM.ROI(A1:A2,B1:B2,C1)"],
      [null, null],
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBeCloseTo(0.6, 14);
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 3 })).toBe("");
  });
});
