/**
 * ECOM.BUDGETOPT and ECOM.CURVEFIT typed as real formulas on a grid in HyperFormula (a spreadsheet engine
 * independent of this project) with the built bundle's functions registered: the allocation spills down a
 * column, the table spills (channels + 1)×5, the fitted curve spills across a row.
 *
 * HyperFormula rounds the values it reports to about 11 significant digits (its precisionRounding), so values
 * are compared to 1e-8 here; catalog-budget.test.ts checks the bundle itself to 1e-9 relative and tighter.
 */
import { HyperFormula } from "hyperformula";
import { hyperFormulaWith } from "../helpers/hyperformula";
import { goldenValues } from "../helpers/shared";

const mm = goldenValues().budget_allocation_computed_examples.michaelis_menten;

/** The values of a rows × cols block starting at (row, col) (0-based). */
function block(
  hf: HyperFormula,
  row: number,
  col: number,
  rows: number,
  cols: number
): unknown[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      hf.getCellValue({ sheet: 0, row: row + r, col: col + c })
    )
  );
}

// Channels A (L 100, h 20), B (80, 10), C (50, 30) and total 100. The closed form (reference analytics §2.6):
// √λ = (√2000 + √800 + √1500) / (100 + 60) = 0.69834660, x_i = √(L_i·h_i)/√λ − h_i:
// 44.72135955/0.69834660 − 20 = 44.03891169, 28.28427125/0.69834660 − 10 = 30.50176396,
// 38.72983346/0.69834660 − 30 = 25.45932435. (The golden "optimal" digits agree to 1.1e-6 relative; see
// catalog-budget.test.ts for why the closed form is the sharper reference.)
const CLOSED_FORM = [44.038911686796126, 30.501763961730234, 25.459324351473626];

/** The channels in A2:B4 under a header, the formula in A5 (formulas go below their data: the harness sizes a
 * spill while it is still reading the grid row by row). */
const sheet = (formula: string, ...more: unknown[][]) => [
  ["scale", "half_saturation"],
  [mm.channels.A.L, mm.channels.A.k],
  [mm.channels.B.L, mm.channels.B.k],
  [mm.channels.C.L, mm.channels.C.k],
  [formula],
  ...more,
];

describe("budget formulas on a grid (HyperFormula)", () => {
  test("=ECOM.BUDGETOPT(100,A2:A4,B2:B4) spills the closed-form allocation down a column", () => {
    const hf = hyperFormulaWith(sheet("=ECOM.BUDGETOPT(100,A2:A4,B2:B4)"));
    const plan = block(hf, 4, 0, 3, 1).map((r) => r[0] as number);
    plan.forEach((x, i) => expect(x).toBeCloseTo(CLOSED_FORM[i], 8));
    // one column only, nothing beside or below
    expect(hf.getCellValue({ sheet: 0, row: 4, col: 1 })).toBeNull();
    expect(hf.getCellValue({ sheet: 0, row: 7, col: 0 })).toBeNull();
  });

  test("=SUM over the spill is the total", () => {
    const hf = hyperFormulaWith(
      sheet("=ECOM.BUDGETOPT(100,A2:A4,B2:B4)", [], [], [], ["=SUM(A5:A7)"])
    );
    expect(hf.getCellValue({ sheet: 0, row: 8, col: 0 })).toBeCloseTo(100, 9);
  });

  test('=ECOM.BUDGETOPT(...,"table") spills 4×5: the header, then one row per channel', () => {
    const hf = hyperFormulaWith(sheet('=ECOM.BUDGETOPT(100,A2:A4,B2:B4,,,,,"table")'));
    const table = block(hf, 4, 0, 4, 5);
    expect(table[0]).toEqual(["channel", "spend", "response", "marginal_roas", "share"]);
    table.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(i + 1);
      expect(row[1]).toBeCloseTo(CLOSED_FORM[i], 8);
      // every channel at the golden equal marginal return λ = 0.487688
      expect(row[3]).toBeCloseTo(mm.lambda_marginal, 6);
      expect(row[4]).toBeCloseTo(CLOSED_FORM[i] / 100, 10);
    });
    // exactly 4×5: nothing right of or below the table
    expect(hf.getCellValue({ sheet: 0, row: 4, col: 5 })).toBeNull();
    expect(hf.getCellValue({ sheet: 0, row: 8, col: 0 })).toBeNull();
  });

  test('the Chinese header: =ECOM.BUDGETOPT(...,"table","zh-CN")', () => {
    const hf = hyperFormulaWith(sheet('=ECOM.BUDGETOPT(100,A2:A4,B2:B4,,,,,"table","zh-CN")'));
    expect(block(hf, 4, 0, 1, 5)[0]).toEqual(["渠道", "花费", "预期产出", "边际ROAS", "占比"]);
  });

  test("infeasible bounds show #NUM! in the formula cell", () => {
    // min 50 on each of three channels: Σmin = 150 > 100
    const hf = hyperFormulaWith(sheet("=ECOM.BUDGETOPT(100,A2:A4,B2:B4,,50)"));
    const value = hf.getCellValue({ sheet: 0, row: 4, col: 0 }) as { type?: string };
    expect(value.type).toBe("NUM");
  });

  test("=ECOM.CURVEFIT spills scale, half_saturation, shape across one row", () => {
    // points on 1000·x/(x + 50): 12.5 → 200, 50 → 500, 150 → 750, 450 → 900
    const hf = hyperFormulaWith([
      ["spend", "response"],
      [12.5, 200],
      [50, 500],
      [150, 750],
      [450, 900],
      ["=ECOM.CURVEFIT(A2:A5,B2:B5)"],
    ]);
    const [scale, half, shape] = block(hf, 5, 0, 1, 3)[0] as number[];
    expect(scale).toBeCloseTo(1000, 6);
    expect(half).toBeCloseTo(50, 6);
    expect(shape).toBeCloseTo(1, 8);
    expect(hf.getCellValue({ sheet: 0, row: 5, col: 3 })).toBeNull();
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 0 })).toBeNull();
  });
});
