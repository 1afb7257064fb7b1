/**
 * Order logs as Excel passes them (ECOM.RFM.TABLE, REPURCHASE, COHORT, CLV.SUMMARY): a customer id column
 * (numbers or text) and parallel numeric columns (dates, amounts), one row per order.
 */
import { badNumber, badValue, notAvailable } from "../metrics/errors";
import { CustomerId } from "../metrics/orders";
import { isBlankCell } from "./cells";
import { NumberColumn, readNumberColumn, readVector, requireSameLength } from "./columns";
import { isExcelError } from "./excel-errors";

/** An order table: the raw customer id cells and parallel numeric columns. */
export interface OrderTable {
  ids: CustomerId[];
  columns: NumberColumn[];
}

/**
 * Reads an order table: customer_ids (numbers, text or booleans; an error cell is passed on) and numeric
 * columns of the same length. In a row with an id, an invalid cell is its own error and a blank cell #N/A,
 * both naming the row; rows with a blank id are not read (the metrics skip them).
 */
export function readOrderTable(
  customerIds: unknown,
  numeric: { name: string; value: unknown }[]
): OrderTable {
  const ids = readVector(customerIds, "customer_ids").cells;
  const columns = numeric.map((c) => readNumberColumn(c.value, c.name));
  requireSameLength([
    { name: "customer_ids", length: ids.length },
    ...columns.map((c, k) => ({ name: numeric[k].name, length: c.values.length })),
  ]);
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row];
    if (typeof id === "string") {
      if (id.trim() === "") continue;
    } else if (typeof id === "number") {
      if (!Number.isFinite(id))
        throw badNumber(`customer_ids in row ${row + 1} is not a finite number.`);
    } else if (isBlankCell(id)) {
      continue;
    } else if (isExcelError(id)) {
      throw id;
    } else if (typeof id !== "boolean") {
      throw badValue(`customer_ids in row ${row + 1} must be a number or text.`);
    }
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k];
      if (c.values[row] === c.values[row]) continue;
      const err = c.errors.get(row);
      if (err !== undefined)
        throw new CustomFunctions.Error(err.code, `${err.message ?? ""} (row ${row + 1})`.trim());
      throw notAvailable(`${numeric[k].name} is blank in row ${row + 1}.`);
    }
  }
  return { ids: ids as CustomerId[], columns };
}
