/**
 * `npm test` needs real engines beside Node: LibreOffice (recalculates generated .xlsx files), Chromium
 * (drives the task pane), poppler's pdftoppm (PDF → PNG screenshots) and a CJK font (Chinese sheets render
 * as text). This checks for them and, on Debian/Ubuntu as root, installs the missing ones with apt-get;
 * elsewhere it prints the command to run and fails, so a test run never silently skips a real-engine check.
 */
const { execSync, spawnSync } = require("child_process");

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
const hasCjkFont = () =>
  spawnSync("sh", ["-c", "fc-list 2>/dev/null | grep -qi 'noto sans cjk'"], { stdio: "ignore" })
    .status === 0;

const missing = [
  ["soffice", "libreoffice-calc-nogui"],
  ["chromium", "chromium"],
  ["pdftoppm", "poppler-utils"],
]
  .filter(([cmd]) => !has(cmd))
  .map(([, pkg]) => pkg);
if (!hasCjkFont()) missing.push("fonts-noto-cjk");

if (missing.length === 0) process.exit(0);

const command = `apt-get install -y --no-install-recommends ${missing.join(" ")}`;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && has("apt-get")) {
  console.log(`Installing the test engines: ${missing.join(", ")} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execSync("apt-get update -qq", { stdio: "inherit", env });
  execSync(`${command} -qq`, { stdio: "inherit", env });
} else {
  console.error(
    `The tests need ${missing.join(", ")}. Install them first, e.g. on Debian/Ubuntu:\n  sudo apt-get update && sudo ${command}`
  );
  process.exit(1);
}
