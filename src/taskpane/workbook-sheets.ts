/**
 * The names of the open workbook's worksheets, for the KPI review's "linked campaign-plan sheet" choice.
 * One read-only batch (one sync); it changes nothing.
 */

/** The workbook's worksheet names in tab order. */
export async function worksheetNames(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((sheet) => sheet.name);
  });
}
