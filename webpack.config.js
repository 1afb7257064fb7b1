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
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: { extensions: [".ts", ".js"] },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
        { test: /\.css$/, type: "asset/source" },
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
  return config;
};
