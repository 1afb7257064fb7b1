/* eslint-disable no-undef */
/**
 * Builds dist/: the custom functions (functions.html + functions.js + functions.json + functions.zh-CN.json,
 * help pages), the task pane, the ribbon commands page, the manifest and the icons.
 *
 * Base URL: development URLs are https://localhost:3000/. A production base URL given at build time
 * (ADDIN_BASE_URL=https://example.com/addin/ npm run build) replaces it in dist/manifest.xml and in the
 * metadata's help URLs.
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedMetadataPlugin } = require("./tools/localized-metadata-plugin");
const { HelpPagesPlugin } = require("./tools/help-pages-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
const NAMESPACE = "ECOM";

/** The production base URL from ADDIN_BASE_URL (must be https and end with "/"), else the dev URL. */
function baseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) return DEV_BASE_URL;
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) throw new Error(`ADDIN_BASE_URL must be an https:// URL (got "${url}").`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The files that declare @customfunction functions (one per domain). */
const catalogDir = path.resolve(__dirname, "src/functions/catalog");
const catalog = fs
  .readdirSync(catalogDir)
  .filter((f) => f.endsWith(".ts"))
  .sort()
  .map((f) => path.join(catalogDir, f));

/**
 * The `ecom-ops` command line (src/cli/ecom-ops.ts) as a Node bundle, dist/cli/ecom-ops.js, exporting
 * main(argv); bin/ecom-ops.js runs it. exceljs stays an external runtime dependency.
 */
function cliConfig(dev) {
  return {
    name: "cli",
    target: "node",
    devtool: dev ? "source-map" : false,
    entry: { "cli/ecom-ops": "./src/cli/ecom-ops.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", library: { type: "commonjs2" } },
    externals: { exceljs: "commonjs exceljs" },
    resolve: { extensions: [".ts", ".js"] },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, compilerOptions: { module: "es2020" } } },
        },
      ],
    },
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const base = baseUrl();
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: catalog,
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    // publicPath "": chunks loaded on demand (the task pane's .xlsx renderer) resolve relative to the page,
    // which sits beside them in dist/ wherever dist/ is hosted.
    output: {
      path: path.resolve(__dirname, "dist"),
      // dist/cli/ is written by the "cli" configuration below: keep it when cleaning.
      clean: { keep: /^cli[\\/]/ },
      publicPath: "",
      chunkFilename: "[name].[contenthash:8].js",
    },
    resolve: { extensions: [".ts", ".js"] },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // ES modules for webpack (tsconfig's commonjs is for Jest): with commonjs, TypeScript turns
          // import() into require() and the on-demand chunk would be bundled into taskpane.js.
          use: {
            loader: "ts-loader",
            options: { onlyCompileBundledFiles: true, compilerOptions: { module: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: catalog }),
      new LocalizedMetadataPlugin({
        metadata: "functions.json",
        locales: { "zh-CN": path.resolve(__dirname, "src/functions/locales/zh-CN") },
        devBaseUrl: DEV_BASE_URL,
        baseUrl: base,
      }),
      new HelpPagesPlugin({
        metadata: "functions.json",
        zhMetadata: "functions.zh-CN.json",
        sources: catalog,
        namespace: NAMESPACE,
      }),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./src/functions/functions.html", chunks: ["functions"] }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Linked from taskpane.html's <head>, so the pane is styled from its first paint.
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_BASE_URL).join(base),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD ? undefined : await require("./scripts/dev-certs").devHttpsOptions(),
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: false,
      hot: false,
      liveReload: false,
      client: false,
    },
  };
  // The dev server serves the add-in only; builds also produce the command line.
  return env.WEBPACK_SERVE ? config : [config, cliConfig(dev)];
};
