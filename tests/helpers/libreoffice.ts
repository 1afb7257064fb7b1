/**
 * LibreOffice headless for tests: converts files (which recalculates formulas that have no cached result)
 * and renders PDFs to PNG with poppler's pdftoppm. Each run uses its own LibreOffice user profile so that
 * parallel runs do not collide. Missing tools are an error, never a silent skip (CI installs them).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** Throws a clear error when `tool` is not on the PATH. */
export function requireTool(tool: "soffice" | "pdftoppm", debianPackage: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "pipe" });
  } catch {
    throw new Error(
      `${tool} is required for this test but is not installed: apt-get install ${debianPackage}`
    );
  }
}

/** Converts `files` to `format` ("xlsx", "pdf", …) into `outDir` in one soffice run; returns the outputs. */
export function sofficeConvert(files: string[], format: string, outDir: string): string[] {
  requireTool("soffice", "libreoffice-calc-nogui");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  fs.mkdirSync(outDir, { recursive: true });
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        ...files,
      ],
      { stdio: "pipe", timeout: 180_000 }
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const outputs = files.map((f) =>
    path.join(outDir, `${path.basename(f, path.extname(f))}.${format}`)
  );
  const missing = outputs.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(", ")}`);
  return outputs;
}

/** Renders every page of `pdf` as `${prefix}-N.png` at `dpi`; returns the PNG paths. */
export function pdfToPng(pdf: string, prefix: string, dpi = 70): string[] {
  requireTool("pdftoppm", "poppler-utils");
  fs.mkdirSync(path.dirname(prefix), { recursive: true });
  for (const old of fs.readdirSync(path.dirname(prefix))) {
    if (old.startsWith(`${path.basename(prefix)}-`) && old.endsWith(".png"))
      fs.rmSync(path.join(path.dirname(prefix), old));
  }
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), pdf, prefix], { stdio: "pipe" });
  return fs
    .readdirSync(path.dirname(prefix))
    .filter((f) => f.startsWith(`${path.basename(prefix)}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => path.join(path.dirname(prefix), f));
}
