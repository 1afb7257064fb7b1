/**
 * `npm start`: build, serve dist/ on https://localhost:3000 with development certificates, and sideload
 * into desktop Excel where it exists (Windows, macOS) through office-addin-debugging. Where there is no
 * desktop Excel (Linux), keep serving and print the task pane URL and how to sideload into Excel on the web.
 */
const { spawn, spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const BASE = `https://localhost:${PORT}/`;
const bin = (name) =>
  path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(cmd, args) {
  const result = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) process.exit(result.status || 1);
}

console.log("Building the add-in (npm run build:dev)…");
run(bin("webpack"), ["--mode", "development"]);

if (process.platform === "win32" || process.platform === "darwin") {
  // office-addin-debugging starts the dev server (npm run dev-server) and sideloads manifest.xml into Excel.
  run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop"]);
} else {
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  const message = `
ECOM Ops is being served on ${BASE} (no desktop Excel on ${process.platform}).

  Task pane (in a browser: .xlsx download): ${BASE}taskpane.html
  Function help:                            ${BASE}help/index.html
  Manifest to sideload:                     ${path.join(ROOT, "manifest.xml")}

Sideload into Excel on the web:
  1. Open a workbook at https://www.office.com (Excel on the web) in a browser on this machine.
  2. Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in, and choose manifest.xml above.
  3. The "Plans & Reviews" button appears on the Home tab; type =ECOM. in a cell for the functions.
  (The browser must trust the development certificate in ~/.office-addin-dev-certs/ca.crt.)

Press Ctrl+C to stop.`;
  setTimeout(() => console.log(message), 4000);
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code || 0));
}
