/**
 * The BUILT task pane in headless Chromium, outside Office (reference/office-addin.md §6b): the build
 * (dist/, or ECOM_DIST) is served on 127.0.0.1, office.js requests to appsforoffice.microsoft.com are
 * answered from node_modules/@microsoft/office-js/dist with Access-Control-Allow-Origin: * and every other
 * external host is blocked. Office.onReady reports no host, so the pane offers a download: for each
 * template the form is filled ("Fill with example" + a formula-like name), the .xlsx is downloaded
 * (CDP Browser.setDownloadBehavior), read back with ExcelJS and opened by LibreOffice (converted to PDF).
 * Inside Excel is checked with a recording stand-in for office.js (tests/helpers/fake-office-host.ts):
 * the pane's "Insert sheet" path, its language and its sync count. Screenshots of the pane in both
 * languages go to artifacts/.
 *
 * Needs Debian's chromium and LibreOffice (CI installs both): when one is missing the suite FAILS.
 */
import { execFileSync } from "child_process";
import { Workbook } from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import puppeteer, { type Browser, type CDPSession, type Page } from "puppeteer-core";
import { buildTemplate, demoParams, type TemplateId } from "../../src/templates";
import { uniqueSheetName } from "../../src/templates/sheet-name";
import { xlsxFileName } from "../../src/taskpane/download";
import { splitList } from "../../src/taskpane/form-view";
import { paneLanguage } from "../../src/taskpane/i18n";
import { DIST } from "../helpers/bundle";
import { installFakeOfficeHost, type RecordedHost } from "../helpers/fake-office-host";
import { serveFolder, type StaticServer } from "../helpers/static-server";

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const ARTIFACTS = path.join(ROOT, "artifacts");

/** The path of a command on PATH, or null. */
function which(command: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const file = path.join(dir, command);
    if (dir && fs.existsSync(file)) return file;
  }
  return null;
}

let server: StaticServer;
let browser: Browser;
let cdp: CDPSession;
let downloads: string;
let soffice: string;
const pageErrors: string[] = [];
/** Completed downloads: guid → suggested file name. */
const completed = new Map<string, string>();
const suggested = new Map<string, string>();

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`
    );
  }
  const found = which("soffice");
  if (!found) throw new Error("LibreOffice (soffice) is missing: install libreoffice-calc-nogui.");
  soffice = found;
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(
      `${DIST}/taskpane.html is missing: run \`npm run build\` (npm test does) or set ECOM_DIST.`
    );
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), "ecom-downloads-"));
  server = await serveFolder(DIST);
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), "ecom-chromium-")),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--lang=en-US",
    ],
  });
  cdp = await browser.target().createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", {
    behavior: "allow",
    downloadPath: downloads,
    eventsEnabled: true,
  });
  cdp.on("Browser.downloadWillBegin", (e) => suggested.set(e.guid, e.suggestedFilename));
  cdp.on("Browser.downloadProgress", (e) => {
    if (e.state === "completed") completed.set(e.guid, suggested.get(e.guid) ?? "");
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface PaneOptions {
  /** navigator.language: what the pane defaults to outside Office. */
  language?: string;
  width?: number;
  /** Script served as office.js instead of the real one (e.g. the fake Excel host). */
  officeScript?: string;
  /** Requests whose path matches are aborted (a dropped connection). */
  block?: RegExp;
}

/** Opens the pane in a new page. */
async function openPane({
  language = "en-US",
  width = 360,
  officeScript,
  block,
}: PaneOptions = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.evaluateOnNewDocument((lang: string) => {
    Object.defineProperty(navigator, "language", { get: () => lang });
    Object.defineProperty(navigator, "languages", { get: () => [lang] });
  }, language);
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (block?.test(url.pathname)) {
      void request.abort();
    } else if (
      url.hostname === "127.0.0.1" ||
      url.protocol === "data:" ||
      url.protocol === "blob:"
    ) {
      void request.continue();
    } else if (
      url.hostname === "appsforoffice.microsoft.com" &&
      officeScript &&
      url.pathname.endsWith("/office.js")
    ) {
      void request.respond({ status: 200, contentType: "text/javascript", body: officeScript });
    } else if (url.hostname === "appsforoffice.microsoft.com") {
      const file = path.join(OFFICE_JS, url.pathname.replace(/^\/lib\/[\d.]+\/hosted\//, ""));
      const found =
        file.startsWith(OFFICE_JS + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
      void request.respond({
        status: found ? 200 : 404,
        contentType: "text/javascript; charset=utf-8",
        headers: { "Access-Control-Allow-Origin": "*" },
        body: found ? fs.readFileSync(file) : "",
      });
    } else {
      void request.abort();
    }
  });
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  await page.goto(`${server.url}taskpane.html`, { waitUntil: "load" });
  await page.waitForFunction(() => document.getElementById("submit-label")?.textContent !== "");
  return page;
}

/** Before a screenshot: no hover state, and the 200 ms Fluent transitions finished. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? "");
}

/** Waits for the next completed download and returns its path. */
async function nextDownload(before: number): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (completed.size <= before) {
    if (Date.now() > deadline) throw new Error("no download completed within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const name = [...completed.values()][completed.size - 1];
  return path.join(downloads, name);
}

test("the pane's pure helpers: language choice, typed channel lists, file names", () => {
  expect(
    ["zh-CN", "zh-Hans-CN", "ZH-tw", "en-GB", "fr-FR", "", null, undefined].map(paneLanguage)
  ).toEqual(["zh-CN", "zh-CN", "zh-CN", "en-US", "en-US", "en-US", "en-US", "en-US"]);
  expect(splitList(" 京东, 拼多多，唯品会、 ;Temu ")).toEqual(["京东", "拼多多", "唯品会", "Temu"]);
  expect(xlsxFileName('Plan: "Q4" 1/2 *new*')).toBe("Plan_ _Q4_ 1_2 _new_.xlsx");
  expect(xlsxFileName("  ")).toBe("ECOM Ops.xlsx");
});

test("outside Office the pane starts in the browser's language, offers a download and loads no xlsx code yet", async () => {
  const page = await openPane({ language: "en-US" });
  expect(await text(page, "#submit-label")).toBe("Download .xlsx");
  expect(await page.$eval("html", (el) => el.lang)).toBe("en-US");
  expect(await text(page, "#host-note")).toMatch(/outside Excel/);
  expect(server.requests.some((p) => /xlsx\.[0-9a-f]+\.js$/.test(p))).toBe(false);
  // The linked-plan field needs a workbook: it is not offered outside Excel.
  await page.click('input[value="kpi-review"]');
  expect(await page.$("#field-planSheet")).toBeNull();
  await page.close();

  const zh = await openPane({ language: "zh-CN" });
  expect(await text(zh, "#submit-label")).toBe("下载 .xlsx");
  expect(await zh.$eval("html", (el) => el.lang)).toBe("zh-CN");
  await zh.close();
});

test("an incomplete form shows messages next to its fields (aria-describedby, aria-invalid) and builds nothing", async () => {
  const page = await openPane();
  await page.focus("#field-name");
  await page.keyboard.type("Spring sale");
  await page.keyboard.press("Enter"); // Enter submits
  await page.waitForFunction(() => document.getElementById("status")?.textContent !== "");
  const fields = await page.$$eval(".field.invalid", (els) =>
    els.map((el) => el.getAttribute("data-field"))
  );
  expect(fields).toEqual(expect.arrayContaining(["start", "end", "budget", "margin", "channels"]));
  expect(fields).not.toContain("name");
  const start = await page.$eval("#field-start", (el) => ({
    invalid: el.getAttribute("aria-invalid"),
    describedBy: el.getAttribute("aria-describedby"),
    focused: document.activeElement === el,
  }));
  expect(start).toEqual({ invalid: "true", describedBy: "field-start-error", focused: true });
  expect(await text(page, "#field-start-error")).toMatch(/Start date/);
  const budget = await page.$eval("#field-budget", (el) => [
    el.getAttribute("aria-invalid"),
    el.getAttribute("aria-describedby"),
  ]);
  expect(budget).toEqual(["true", "field-budget-help field-budget-error"]);
  expect(await page.$eval("#field-name", (el) => el.getAttribute("aria-invalid"))).toBe("false");
  expect(await text(page, "#status")).toMatch(/check the \d+ highlighted fields/);
  expect(await text(page, "#error")).toBe("");
  await page.close();
});

const CASES: Array<[TemplateId, string, string]> = [
  ["campaign-plan", "name", "=1+1 Spring sale"],
  ["kpi-review", "title", "@SUM(A1) Q4 review"],
];

test.each(CASES)(
  "%s: fill with example, rename, download; ExcelJS reads it, LibreOffice opens it",
  async (id, field, name) => {
    const page = await openPane();
    await page.click(`input[value="${id}"]`);
    await page.click("#fill-example");
    expect(await page.$eval("#demo-toggle", (el) => (el as HTMLInputElement).checked)).toBe(true);
    await page.$eval(`#field-${field}`, (el) => ((el as HTMLInputElement).value = ""));
    await page.type(`#field-${field}`, name);
    const before = completed.size;
    await page.click("#submit");
    const file = await nextDownload(before);
    await page.waitForFunction(() =>
      document.getElementById("status")?.classList.contains("success")
    );
    expect(await text(page, "#status")).toContain(path.basename(file));
    expect(server.requests.some((p) => /xlsx\.[0-9a-f]+\.js$/.test(p))).toBe(true); // loaded on demand
    await page.close();

    const spec = buildTemplate(id, { ...demoParams(id, "en-US"), [field]: name } as never);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet(uniqueSheetName(spec.name, []));
    expect(sheet).toBeDefined();
    const title = spec.cells.find((c) => c.address === "A1");
    if (title?.value !== undefined) expect(sheet!.getCell("A1").value).toBe(title.value);
    // The typed name is data: wherever the spec puts it as a value, the file holds that literal text.
    for (const cell of spec.cells.filter((c) => c.value === name))
      expect(sheet!.getCell(cell.address).value).toBe(name);

    const out = fs.mkdtempSync(path.join(os.tmpdir(), "ecom-pdf-"));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ecom-lo-"));
    execFileSync(
      soffice,
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${profile}`,
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        file,
      ],
      { timeout: 120_000, stdio: "pipe" }
    );
    const pdf = path.join(out, `${path.basename(file, ".xlsx")}.pdf`);
    expect(fs.existsSync(pdf)).toBe(true);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  }
);

test("inside Excel the pane speaks Excel's display language and inserts the sheet in two syncs", async () => {
  const workbookSheets = ["Sheet1", "活动策划 - 双11"];
  const page = await openPane({
    language: "en-US",
    officeScript: `(${installFakeOfficeHost.toString()})(${JSON.stringify(workbookSheets)}, "zh-CN");`,
  });
  expect(await text(page, "#submit-label")).toBe("插入工作表");
  expect(await page.$eval("html", (el) => el.lang)).toBe("zh-CN");
  await page.click('input[value="kpi-review"]');
  await page.waitForSelector("#field-planSheet");
  const options = await page.$$eval("#field-planSheet option", (els) =>
    els.map((el) => (el as HTMLOptionElement).value)
  );
  expect(options).toEqual(["", ...workbookSheets]);
  await settle(page);
  await page.screenshot({
    path: path.join(ARTIFACTS, "taskpane-excel-kpi-review-zh-CN.png"),
    fullPage: true,
  });

  await page.click('input[value="campaign-plan"]');
  await page.click("#fill-example");
  await page.$eval("#field-name", (el) => ((el as HTMLInputElement).value = "=1+1"));
  await page.click("#submit");
  await page.waitForFunction(() =>
    document.getElementById("status")?.classList.contains("success")
  );
  const expected = uniqueSheetName(
    buildTemplate("campaign-plan", {
      ...demoParams("campaign-plan", "zh-CN"),
      name: "=1+1",
    } as never).name,
    workbookSheets
  );
  expect(await text(page, "#status")).toBe(`完成：已在工作簿中新增工作表「${expected}」。`);

  // Batches: the sheet list at start (1 sync), the insert (2 syncs), the sheet list again (1 sync).
  await page.waitForFunction(() => (window as any).__excel.batches.length === 3);
  const host = (await page.evaluate(() => (window as any).__excel)) as RecordedHost;
  expect(host.batches).toEqual([1, 2, 1]);
  const last = <T>(suffix: string) =>
    host.log
      .filter(([p]) => p.endsWith(suffix))
      .map(([, v]) => v as T)
      .pop();
  expect(last<string>(".add().name")).toBe(expected);
  // The typed name goes through Range.values into a Text-formatted cell, never through Range.formulas.
  const formats = last<string[][]>(".numberFormat")!;
  const values = last<unknown[][]>(".values")!;
  const formulas = last<unknown[][]>(".formulas")!;
  const row = values.findIndex((r) => r.includes("=1+1"));
  const col = values[row].indexOf("=1+1");
  expect([formats[row][col], formulas[row][col]]).toEqual(["@", null]);
  const order = [".numberFormat", ".values", ".formulas"].map((suffix) =>
    host.log.findIndex(([p]) => p.endsWith(suffix))
  );
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  await page.close();
});

test("when building fails the pane says so in plain words (role=alert) and the button works again", async () => {
  const inExcel = await openPane({
    officeScript: `(${installFakeOfficeHost.toString()})(["Sheet1"], "en-US", "InvalidOperationInCellEditMode");`,
  });
  await inExcel.click("#fill-example");
  await inExcel.click("#submit");
  await inExcel.waitForFunction(() => document.getElementById("error")?.textContent !== "");
  expect(await inExcel.$eval("#error", (el) => el.getAttribute("role"))).toBe("alert");
  expect(await text(inExcel, "#error")).toBe(
    "Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again. Your workbook was left as it was."
  );
  const host = (await inExcel.evaluate(() => (window as any).__excel)) as RecordedHost;
  expect(host.batches).toEqual([1, 3]); // the insert failed at its write sync; one more sync removed the partial sheet
  expect(host.log.some(([p]) => p.endsWith(".getItemOrNullObject().delete()"))).toBe(true);
  expect(await inExcel.$eval("#submit", (el) => (el as HTMLButtonElement).disabled)).toBe(false);
  await settle(inExcel);
  await inExcel.screenshot({
    path: path.join(ARTIFACTS, "taskpane-error-en-US.png"),
    fullPage: true,
  });
  await inExcel.close();

  // Outside Excel: the .xlsx code cannot be loaded (e.g. the connection dropped).
  const page = await openPane({ language: "zh-CN", block: /xlsx\.[0-9a-f]+\.js$/ });
  await page.click("#fill-example");
  await page.click("#submit");
  await page.waitForFunction(() => document.getElementById("error")?.textContent !== "");
  expect(await text(page, "#error")).toBe("未能生成 .xlsx 文件，请重试。");
  expect(await text(page, "#submit-label")).toBe("下载 .xlsx");
  await page.close();
});

test("screenshots of the pane in both languages; it fits a 320 px task pane", async () => {
  for (const language of ["en-US", "zh-CN"]) {
    const page = await openPane({ language });
    await page.click("#fill-example");
    await settle(page);
    await page.screenshot({
      path: path.join(ARTIFACTS, `taskpane-${language}.png`),
      fullPage: true,
    });
    await page.close();
  }
  const narrow = await openPane({ language: "zh-CN", width: 320 });
  await narrow.click("#fill-example");
  expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    320
  );
  await settle(narrow);
  await narrow.screenshot({ path: path.join(ARTIFACTS, "taskpane-zh-CN-320.png"), fullPage: true });
  await narrow.close();
  expect(pageErrors).toEqual([]);
});
