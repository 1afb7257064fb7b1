/**
 * SheetSpec → a new worksheet in the open workbook, through Office.js (spec templates §1.4–§1.6).
 *
 * Two syncs whatever the template's size: sync 1 reads the names already taken (sheets, tables, defined
 * names) and the active sheet; sync 2 writes everything (office-write.ts). Every sync is a network round
 * trip in Excel on the web.
 *
 * Atomic: the new sheet is added under a temporary name nobody else uses and gets its real name as the
 * batch's very last command. If the write batch fails part-way, Excel has applied the commands before the
 * failing one (a batch is not a transaction), so the partial sheet still has the temporary name and one
 * more sync — only on this failure path — deletes it by that name and re-activates the sheet that was
 * active: the workbook is as before. Deleting through getItemOrNullObject(name).delete() is a no-op when
 * the sheet was never created (Microsoft's samples start with exactly that,
 * `context.workbook.worksheets.getItemOrNullObject("Sample").delete()`, e.g. the setup() of "Work with
 * data labels in charts using the Excel JavaScript API" in OfficeDev/office-js-docs-pr), and
 * addressing the sheet by its temporary name can never touch a sheet the user made meanwhile — not even
 * one created under the final name between the two syncs, which makes the rename fail and the partial
 * sheet go away.
 */
import type { SheetSpec } from "../templates/sheet-spec";
import { uniqueSheetName } from "../templates/sheet-name";
import { explainInsertFailure, SheetInsertError, unsupportedHostError } from "./office-errors";
import { temporarySheetName, uniqueName } from "./office-names";
import { queueSheetWrite } from "./office-write";

/** RangeAreas (Worksheet.getRanges) and PageLayout need ExcelApi 1.9: Excel 2019, Microsoft 365, web. */
const REQUIRED_API = "1.9";
const NOTES_API = "1.18";

function supports(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/**
 * Workbook-unique names for the spec's tables, avoiding `taken`, the spec's own defined names (a table
 * name may not equal a defined name) and one another.
 */
function tableNamesFor(spec: SheetSpec, taken: string[]): string[] {
  const used = [...taken, ...spec.names.map((n) => n.name)];
  return spec.tables.map((table) => {
    const name = uniqueName(table.name, used);
    used.push(name);
    return name;
  });
}

/**
 * Builds `spec` on a new sheet of the open workbook and returns the sheet's name ("活动策划 - 双11", or
 * "… (2)" when taken). Existing sheets are never touched. At most two context.sync() calls on success;
 * on failure the partial sheet is removed and a SheetInsertError explains in plain words what happened.
 */
export async function renderSheet(spec: SheetSpec): Promise<string> {
  if (!supports(REQUIRED_API)) throw unsupportedHostError();
  const notes = supports(NOTES_API);
  try {
    return await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const tables = context.workbook.tables;
      const names = context.workbook.names;
      const active = worksheets.getActiveWorksheet();
      worksheets.load("items/name");
      tables.load("items/name");
      names.load("items/name");
      active.load("name");
      await context.sync();

      const sheetNames = worksheets.items.map((s) => s.name);
      const finalName = uniqueSheetName(spec.name, sheetNames);
      const temporaryName = temporarySheetName(sheetNames);
      const tableNames = tableNamesFor(spec, [
        ...tables.items.map((t) => t.name),
        ...names.items.map((n) => n.name),
      ]);

      const sheet = worksheets.add(temporaryName);
      queueSheetWrite(sheet, spec, { tableNames, notes });
      sheet.activate();
      sheet.name = finalName;
      try {
        await context.sync();
      } catch (err) {
        let leftover: string | undefined;
        try {
          worksheets.getItemOrNullObject(temporaryName).delete();
          worksheets.getItemOrNullObject(active.name).activate();
          await context.sync();
        } catch {
          leftover = temporaryName;
        }
        throw explainInsertFailure(err, leftover);
      }
      return finalName;
    });
  } catch (err) {
    throw err instanceof SheetInsertError ? err : explainInsertFailure(err);
  }
}
