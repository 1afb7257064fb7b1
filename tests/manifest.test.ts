/**
 * manifest.xml, checked offline (office-addin-manifest validate needs Microsoft's online service):
 * well-formed XML, every resource id it references exists and is used, every URL points at a file the
 * build emits, the icons have the sizes the manifest claims, the zh-CN metadata override is bt:Override,
 * and a production base URL given at build time is written into dist/manifest.xml.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "..");
import { DIST } from "./helpers/bundle";
const DEV = "https://localhost:3000/";
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
const app = doc.OfficeApp;

/** Every value of an attribute anywhere in the document. */
const attributeValues = (text: string, attr: string) =>
  [...text.matchAll(new RegExp(`\\s${attr}="([^"]*)"`, "g"))].map((m) => m[1]);

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  test("is well-formed XML with the add-in-only manifest root", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Hosts.Host["@Name"]).toBe("Workbook");
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  test("custom functions run on the JavaScript-only runtime in namespace ECOM", () => {
    expect(app.Requirements.Sets.Set["@Name"]).toBe("CustomFunctionsRuntime");
    const host = app.VersionOverrides.Hosts.Host;
    expect(host.Runtimes).toBeUndefined(); // no shared runtime
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf["@xsi:type"]).toBe("CustomFunctions");
    const strings = [].concat(app.VersionOverrides.Resources["bt:ShortStrings"]["bt:String"]);
    expect(strings.find((s: any) => s["@id"] === cf.Namespace["@resid"])!["@DefaultValue"]).toBe(
      "ECOM"
    );
  });

  test("every resid refers to a defined resource, and every resource is used", () => {
    const defined = attributeValues(xml.slice(xml.indexOf("<Resources>")), "id");
    const referenced = new Set(attributeValues(xml, "resid"));
    expect(new Set(defined).size).toBe(defined.length);
    for (const r of referenced) expect(defined).toContain(r);
    for (const d of defined) expect(referenced).toContain(d);
  });

  test("the zh-CN metadata is wired with bt:Override (office-js#2464)", () => {
    const urls = [].concat(app.VersionOverrides.Resources["bt:Urls"]["bt:Url"]);
    const metadata: any = urls.find((u: any) => u["@id"] === "Functions.Metadata.Url");
    expect(metadata["@DefaultValue"]).toBe(`${DEV}functions.json`);
    expect(metadata["bt:Override"]["@Locale"]).toBe("zh-CN");
    expect(metadata["bt:Override"]["@Value"]).toBe(`${DEV}functions.zh-CN.json`);
    expect(xml).not.toMatch(/<Override[^>]*functions/); // never an unprefixed Override on a bt:Url
  });

  test("display name and description have zh-CN overrides", () => {
    expect(app.DisplayName.Override["@Locale"]).toBe("zh-CN");
    expect(app.Description.Override["@Locale"]).toBe("zh-CN");
  });

  test("there is a Home-tab button that shows the task pane, with 16/32/80 px icons", () => {
    const ext = app.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint;
    expect(ext.OfficeTab["@id"]).toBe("TabHome");
    const control = ext.OfficeTab.Group.Control;
    expect(control.Action["@xsi:type"]).toBe("ShowTaskpane");
    expect(control.Icon["bt:Image"].map((i: any) => i["@size"])).toEqual(["16", "32", "80"]);
    expect(
      app.VersionOverrides.Hosts.Host.DesktopFormFactor.GetStarted.Title["@resid"]
    ).toBeDefined();
  });

  test("every URL points at a file the build emits; icons have the sizes claimed", () => {
    const urls = [...attributeValues(xml, "DefaultValue"), ...attributeValues(xml, "Value")].filter(
      (u) => u.startsWith("https://")
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(DEV)).toBe(true);
      const file = path.join(DIST, url.slice(DEV.length).split(/[?#]/)[0]);
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
    }
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(path.join(DIST, "assets", `icon-${size}.png`))).toEqual([size, size]);
    }
  });

  test("dist/manifest.xml keeps the development URLs in a default build", () => {
    expect(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8")).toBe(xml);
  });

  test("ADDIN_BASE_URL at build time is written into dist/manifest.xml and the help URLs", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "ecom-prod-"));
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
      {
        cwd: ROOT,
        env: { ...process.env, ADDIN_BASE_URL: "https://addin.example.com/ecom/" },
        stdio: "pipe",
      }
    );
    const prod = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(prod).not.toContain("https://localhost");
    expect(prod).toContain('DefaultValue="https://addin.example.com/ecom/functions.json"');
    expect(prod).toContain('Value="https://addin.example.com/ecom/functions.zh-CN.json"');
    const meta = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
    expect(meta.functions[0].helpUrl.startsWith("https://addin.example.com/ecom/help/")).toBe(true);
    fs.rmSync(out, { recursive: true, force: true });
  }, 180000);
});
