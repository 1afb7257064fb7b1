/**
 * Customer functions (spec §4) typed as real formulas on a grid in HyperFormula, a spreadsheet engine
 * independent of this project, with the built bundle's functions registered. Expected values: the R package
 * rfm's golden per-customer output, or the hand calculation in the comment.
 *
 * The formulas are typed after the data is on the grid (setCellContents): HyperFormula fixes a spill's size
 * when it parses the formula, and the size of RFM.TABLE and COHORT depends on the data.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hyperFormulaWith } from "../helpers/hyperformula";
import { readCsv, sharedPath } from "../helpers/shared";

/** Excel serial of an ISO date (serial 25569 = 1970-01-01). */
function serialOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

/** Types a formula into a cell of sheet 0 of a built grid. */
function type(formula: string, hf: HyperFormula, row: number, col: number): void {
  hf.setCellContents({ sheet: 0, row, col }, [[formula]]);
}

describe("customer formulas on a grid (HyperFormula)", () => {
  test("=ECOM.RFM.TABLE(A2:A5000,B2:B5000,C2:C5000,DATE(2006,12,31)) spills the R package's golden table", () => {
    const orders = readCsv(sharedPath("data", "rfm-r-package", "rfm_data_orders.csv"));
    const golden = readCsv(sharedPath("data", "golden", "golden_rfm_r_package_orders.csv"));
    expect(orders).toHaveLength(4906);
    // ids as text, dates as Excel serial numbers, amounts as numbers; rows 4908..5000 are empty
    const sheet: unknown[][] = [["customer_id", "order_date", "revenue"]];
    for (const o of orders) sheet.push([o.customer_id, serialOf(o.order_date), Number(o.revenue)]);
    const hf = hyperFormulaWith(sheet);
    type("=ECOM.RFM.TABLE(A2:A5000,B2:B5000,C2:C5000,DATE(2006,12,31))", hf, 0, 4);
    const cell = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });

    const header = [4, 5, 6, 7, 8, 9, 10, 11].map((col) => cell(0, col));
    expect(header).toEqual([
      "customer",
      "recency_days",
      "frequency",
      "monetary",
      "R",
      "F",
      "M",
      "segment",
    ]);
    // one row per customer (995), then nothing
    const rows = new Map<unknown, unknown[]>();
    for (let row = 1; row <= 995; row++) {
      const values = [4, 5, 6, 7, 8, 9, 10, 11].map((col) => cell(row, col));
      rows.set(values[0], values);
    }
    expect(rows.size).toBe(995);
    expect(cell(996, 4)).toBeNull();
    const mismatches = golden.filter((g) => {
      const r = rows.get(g.customer_id);
      return (
        !r ||
        r[1] !== Number(g.recency_days) ||
        r[2] !== Number(g.transaction_count) ||
        r[3] !== Number(g.amount) ||
        r[4] !== Number(g.recency_score) ||
        r[5] !== Number(g.frequency_score) ||
        r[6] !== Number(g.monetary_score) ||
        typeof r[7] !== "string"
      );
    });
    expect(mismatches).toEqual([]);
    // the first order row's customer comes first (order of first appearance)
    expect(cell(1, 4)).toBe(orders[0].customer_id);
  });

  test("=ECOM.RFM over a range with trailing empty rows, and a partly blank row", () => {
    // worked example (thresholds PERCENTILE.INC + 1): recency 10..50, orders 1..5, spend 100..500
    // → 511, 412, 323, 234, 145; row 7 has no frequency → #N/A; rows 8–9 empty → ""
    const hf = hyperFormulaWith([
      ["id", "recency", "frequency", "monetary", "=ECOM.RFM(B2:B9,C2:C9,D2:D9)"],
      ["a", 10, 1, 100],
      ["b", 20, 2, 200],
      ["c", 30, 3, 300],
      ["d", 40, 4, 400],
      ["e", 50, 5, 500],
      ["f", 60, null, 600],
      [],
      [],
    ]);
    const codes = [0, 1, 2, 3, 4].map((row) => hf.getCellValue({ sheet: 0, row, col: 4 }));
    expect(codes).toEqual([511, 412, 323, 234, 145]);
    expect((hf.getCellValue({ sheet: 0, row: 5, col: 4 }) as DetailedCellError).value).toBe("#N/A");
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 4 })).toBe("");
    expect(hf.getCellValue({ sheet: 0, row: 7, col: 4 })).toBe("");
  });

  test('=ECOM.RFM.SEGMENT(...,"cn3",,"zh") and =ECOM.REPURCHASE over a grid', () => {
    // R+F+M = 7, 7, 8, 9, 10 → averages 2.33, 2.33, 2.67, 3, 3.33 vs 4 and 2.5;
    // repurchase: ids a, b, a → 1 of 2 customers
    const hf = hyperFormulaWith([
      [
        10,
        1,
        100,
        '=ECOM.RFM.SEGMENT(A1:A5,B1:B5,C1:C5,"cn3",,"zh")',
        "a",
        "=ECOM.REPURCHASE(E1:E5)",
      ],
      [20, 2, 200, null, "b"],
      [30, 3, 300, null, "a"],
      [40, 4, 400],
      [50, 5, 500],
    ]);
    const labels = [0, 1, 2, 3, 4].map((row) => hf.getCellValue({ sheet: 0, row, col: 3 }));
    expect(labels).toEqual([
      "培育价值用户",
      "培育价值用户",
      "潜力价值用户",
      "潜力价值用户",
      "潜力价值用户",
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 5 })).toBe(0.5);
  });

  test("=ECOM.COHORT spills the retention triangle", () => {
    // A: 2024-01-05, 2024-02-10; B: 2024-01-20; C: 2024-02-03 → January (45292): 2, 1, 0.5; February: 1, 1, ""
    const hf = hyperFormulaWith([
      ["A", 45296],
      ["B", 45311],
      ["A", 45332],
      ["C", 45325],
    ]);
    type("=ECOM.COHORT(A1:A4,B1:B4)", hf, 0, 2);
    const table = [0, 1, 2].map((row) =>
      [2, 3, 4, 5].map((col) => hf.getCellValue({ sheet: 0, row, col }))
    );
    expect(table).toEqual([
      ["cohort", "size", 0, 1],
      [45292, 2, 1, 0.5],
      [45323, 1, 1, ""],
    ]);
  });
});
