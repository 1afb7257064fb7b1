#!/usr/bin/env node
/* Launcher of the ecom-ops command line: runs the node bundle that `npm run build` writes to
 * dist/cli/ecom-ops.js (webpack.config.js, configuration "cli"). */
"use strict";
const fs = require("fs");
const path = require("path");

const bundle = path.join(__dirname, "..", "dist", "cli", "ecom-ops.js");
if (!fs.existsSync(bundle)) {
  console.error("ecom-ops: the command line is not built yet (dist/cli/ecom-ops.js is missing): run npm run build first.");
  process.exit(1);
}
require(bundle)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(`ecom-ops: ${error && error.stack ? error.stack : error}`);
      process.exitCode = 1;
    }
  );
