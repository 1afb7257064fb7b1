/**
 * functions.json (generated from JSDoc) and functions.zh-CN.json (derived with the translation table) must
 * describe the same functions: ids, parameter count, types, dimensionality, optionality, options.
 * Only names and descriptions differ, and the Chinese ones are really Chinese.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, readMetadata } from "../helpers/bundle";

const en = readMetadata("functions.json");
const zh = readMetadata("functions.zh-CN.json");
const CJK = /[\u4e00-\u9fff]/;

describe("custom function metadata", () => {
  test("both files list the same ids in the same order", () => {
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
  });

  test("parameters, types, dimensionality, options and result agree", () => {
    const shape = (f: any) => ({
      id: f.id,
      name: f.name,
      helpUrl: f.helpUrl,
      options: f.options,
      result: f.result,
      parameters: (f.parameters || []).map((p: any) => ({
        type: p.type,
        dimensionality: p.dimensionality,
        optional: p.optional,
        repeating: p.repeating,
      })),
    });
    expect(zh.functions.map(shape)).toEqual(en.functions.map(shape));
  });

  test("every description and parameter is translated into Chinese", () => {
    for (const f of zh.functions) {
      expect(f.description).toMatch(CJK);
      for (const p of f.parameters || []) {
        expect(p.name).toMatch(CJK);
        expect(p.description).toMatch(CJK);
      }
    }
  });

  test("ids are upper case and equal to the English names (spec §1)", () => {
    for (const f of en.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(f.name).toBe(f.id);
    }
  });

  test("every function has a help URL pointing at a page the build emits", () => {
    for (const f of en.functions) {
      expect(f.helpUrl).toBe(`https://localhost:3000/help/ECOM.${f.id}.html`);
      const page = path.join(DIST, "help", `ECOM.${f.id}.html`);
      expect(fs.existsSync(page)).toBe(true);
      const html = fs.readFileSync(page, "utf8");
      expect(html).toContain(`=ECOM.${f.id}(`);
      expect(html).toMatch(/Formula/);
      expect(html).toMatch(/Example/);
      expect(html).toMatch(/Reference/);
    }
  });

  test("the committed docs/functions.md is the one the build generates (run `npm run docs` to refresh)", () => {
    const built = fs.readFileSync(path.join(DIST, "functions.md"), "utf8");
    const committed = fs.readFileSync(path.resolve(__dirname, "../../docs/functions.md"), "utf8");
    expect(committed).toBe(built);
  });
});
