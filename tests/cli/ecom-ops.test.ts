/**
 * The ecom-ops command line: in process (main(argv) with captured output) for arguments, validation and
 * the written workbook; and through the launcher (node bin/ecom-ops.js, which runs the webpack bundle
 * dist/cli/ecom-ops.js) for exit codes and plain error output.
 */
import { spawnSync } from "child_process";
import { Workbook } from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/ecom-ops";

const ROOT = path.resolve(__dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ecom-ops-cli-"));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function launch(argv: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, "bin/ecom-ops.js"), ...argv], {
    encoding: "utf8",
    timeout: 60_000,
  });
}

async function sheetOf(file: string) {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0];
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("main (in process)", () => {
  test("--help prints usage with every field key and exits 0", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain(
      "ecom-ops template <campaign-plan|kpi-review> --lang <zh-CN|en-US> --out FILE"
    );
    expect(out).toContain(
      "campaign-plan: name, [theme], start, end, budget, currency, margin, [owner], channels, language"
    );
  });

  test("no arguments: usage on stderr, exit 2", async () => {
    expect(await run([])).toMatchObject({ code: 2, err: expect.stringContaining("Usage:") });
  });

  test.each([
    [["build", "campaign-plan"], 'unknown command "build"'],
    [["template", "budget"], 'unknown template "budget"'],
    [
      ["template", "kpi-review", "--lang", "fr-FR", "--out", "x.xlsx"],
      "--lang must be zh-CN or en-US",
    ],
    [["template", "kpi-review", "--lang", "en-US"], "--out FILE is required"],
    [
      ["template", "kpi-review", "--out", "x.xlsx", "--field", "colour=red"],
      'unknown field "colour"',
    ],
    [["template", "kpi-review", "--out", "x.xlsx", "--field", "title"], "--field needs key=value"],
  ])("usage error %j → exit 2 with %s", async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  test("validation errors are printed plainly in the chosen language, exit 2, no file", async () => {
    const out = path.join(tmp, "bad.xlsx");
    const argv = [
      "template",
      "campaign-plan",
      "--lang",
      "zh-CN",
      "--out",
      out,
      "--field",
      "name=双11",
      "--field",
      "budget=abc",
    ];
    const { code, err } = await run([
      ...argv,
      "--field",
      "margin=35",
      "--field",
      "start=2025-11-11",
      "--field",
      "end=2025-11-01",
    ]);
    expect(code).toBe(2);
    expect(err.split("\n")).toEqual([
      "无法生成模板，请修改以下内容：",
      "  - 「总预算」须为大于 0 的数字，例如 500000。",
      "  - 「毛利率」须大于 0 且不超过 100%，例如 35% 或 0.35。",
      "  - 请填写「推广渠道」。",
      "  - 结束日期早于开始日期，请检查日期。",
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("fields build a plan; repeated --field channels=… is a multi-select", async () => {
    const out = path.join(tmp, "plan.xlsx");
    const fields = [
      "name=618 大促",
      "start=2026-06-01",
      "end=2026-06-18",
      "budget=200,000",
      "margin=0.35",
      "channels=抖音",
      "channels=小红书",
      "channels=自播间",
    ];
    const { code, out: printed } = await run([
      "template",
      "campaign-plan",
      "--lang=zh-CN",
      "--out",
      out,
      ...fields.flatMap((f) => ["--field", f]),
    ]);
    expect(code).toBe(0);
    expect(printed).toBe(`Wrote ${out} (sheet "活动策划 - 618 大促").`);
    const sheet = await sheetOf(out);
    expect(sheet.name).toBe("活动策划 - 618 大促");
    expect([
      sheet.getCell("B5").value,
      sheet.getCell("B8").value,
      sheet.getCell("F8").value,
    ]).toEqual(["618 大促", 200000, 0.35]);
    expect([
      sheet.getCell("A50").value,
      sheet.getCell("A51").value,
      sheet.getCell("A52").value,
    ]).toEqual(["抖音", "小红书", "自播间"]);
    expect(sheet.getCell("D50").value).toBeNull(); // not a demo: budgets are left to the planner
  });

  test("--demo fills the example; --field overrides it", async () => {
    const out = path.join(tmp, "demo.xlsx");
    const { code } = await run([
      "template",
      "campaign-plan",
      "--lang",
      "en-US",
      "--out",
      out,
      "--demo",
      "--field",
      "owner=Li Lei",
    ]);
    expect(code).toBe(0);
    const sheet = await sheetOf(out);
    expect([sheet.name, sheet.getCell("F5").value, sheet.getCell("D50").value]).toEqual([
      "Campaign Plan - Singles' Day",
      "Li Lei",
      150000,
    ]);
  });
});

describe("node bin/ecom-ops.js (the launcher and the webpack bundle)", () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(ROOT, "dist/cli/ecom-ops.js"))) {
      throw new Error(
        "dist/cli/ecom-ops.js is missing: run npm run build first (npm test does it in pretest)."
      );
    }
  });

  test("--help exits 0", () => {
    const result = launch(["--help"]);
    expect([result.status, result.stdout.startsWith("Usage:")]).toEqual([0, true]);
  });

  test("writes a workbook and exits 0", () => {
    const out = path.join(tmp, "launched.xlsx");
    const result = launch(["template", "kpi-review", "--lang", "en-US", "--out", out, "--demo"]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(result.stdout.trim()).toBe(`Wrote ${out} (sheet "KPI Review - Singles' Day").`);
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
  });

  test("validation errors: exit 2, plain English messages", () => {
    const result = launch([
      "template",
      "kpi-review",
      "--lang",
      "en-US",
      "--out",
      path.join(tmp, "x.xlsx"),
      "--field",
      "start=2025-13-01",
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      "The template was not built. Please fix:",
      "  - Please fill in Review title.",
      "  - Period start is not a date; write it like 2025-11-11.",
      "  - Please fill in Period end.",
    ]);
  });
});
