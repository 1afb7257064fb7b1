/**
 * renderSheet on the real templates (both templates × both languages, demo parameters) against the fake
 * workbook on office-addin-mock: at most two context.sync() calls whatever the template's size, and every
 * described cell arrives as described (formulas as formulas, text as literal text, numbers as numbers,
 * inputs unlocked), and so do the merges, validations, conditional formats, names and tables.
 * The range operations queued by the one write batch are reported.
 */
import { renderSheet } from "../../src/render/office";
import type { Language } from "../../src/functions/language";
import { buildTemplate, demoParams, type TemplateId } from "../../src/templates";
import { FakeWorkbook } from "../helpers/office-mock";

describe("renderSheet on the real templates", () => {
  const cases: Array<[TemplateId, Language]> = [
    ["campaign-plan", "zh-CN"],
    ["campaign-plan", "en-US"],
    ["kpi-review", "zh-CN"],
    ["kpi-review", "en-US"],
  ];
  test.each(cases)(
    "%s (%s): at most two syncs, every cell, merge and validation as described",
    async (id, lang) => {
      const workbook = new FakeWorkbook({ sheets: ["Sheet1", "Data"], tables: ["Channels"] });
      workbook.install();
      workbook.rangeOperations = 0;
      const spec = buildTemplate(id, demoParams(id, lang));
      const sheet = workbook.sheet(await renderSheet(spec));
      expect(workbook.syncs).toBeLessThanOrEqual(2);
      for (const cell of spec.cells) {
        const written = sheet.cell(cell.address);
        if (cell.formula !== undefined) expect(written.kind).toBe("formula");
        else if (typeof cell.value === "string" && cell.value !== "")
          expect(written).toMatchObject({ kind: "text", content: cell.value });
        else if (typeof cell.value === "number")
          expect(written).toMatchObject({ kind: "number", content: cell.value });
      }
      for (const cell of spec.cells.filter((c) => c.input))
        expect(sheet.cell(cell.address).style["protection.locked"]).toBe(false);
      expect([...sheet.merges].sort()).toEqual([...spec.merges].sort());
      const validated = sheet.validations.flatMap((v) => String(v.address).split(","));
      expect(validated.sort()).toEqual(spec.validations.map((v) => v.range).sort());
      expect(sheet.conditionalFormats.length).toBe(spec.conditionalFormats.length);
      expect(sheet.definedNames.map((n) => n.name)).toEqual(spec.names.map((n) => n.name));
      expect(workbook.tables.length).toBe(1 + spec.tables.length);
      expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Data", sheet.name]);
      // One write batch whatever the size: report the range operations it queued.
      console.log(
        `${id} ${lang}: ${spec.cells.length} cells, ${workbook.syncs} syncs, ${workbook.rangeOperations} range operations`
      );
    }
  );
});
