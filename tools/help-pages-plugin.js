/**
 * Webpack plugin: emits one help page per custom function (help/ECOM.<ID>.html), an index page, and the
 * function list in Markdown (functions.md, committed as docs/functions.md), all from the same source as the
 * metadata: the generated functions.json, its translated twin, and the extra JSDoc tags of each
 * @customfunction declaration — @formula, @example and @reference (ignored by the metadata generator).
 * A function without a formula, an example or a reference fails the build.
 */
const fs = require("fs");
const ts = require("typescript");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "HelpPagesPlugin";

/** Reads @formula/@example/@reference of every @customfunction in the given TypeScript files, by id. */
function readHelpTags(files) {
  const byId = {};
  for (const file of files) {
    const sf = ts.createSourceFile(
      file,
      fs.readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true
    );
    for (const stmt of sf.statements) {
      if (!ts.isFunctionDeclaration(stmt) || !stmt.name) continue;
      const tags = ts.getJSDocTags(stmt);
      const cf = tags.find((t) => t.tagName.text === "customfunction");
      if (!cf) continue;
      const text = (t) => (ts.getTextOfJSDocComment(t.comment) || "").trim();
      const id = (text(cf).split(/\s+/)[0] || stmt.name.text).toUpperCase();
      const pick = (name) => tags.filter((t) => t.tagName.text === name).map(text);
      byId[id] = {
        formula: pick("formula"),
        example: pick("example"),
        reference: pick("reference"),
      };
    }
  }
  return byId;
}

const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]
  );

/** "=ECOM.ROI(revenue, cost, [margin])" */
function syntaxOf(namespace, fn, params) {
  const args = params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `=${namespace}.${fn.name}(${args})`;
}

const STYLE = `body{font:15px/1.55 "Segoe UI","Microsoft YaHei",system-ui,sans-serif;color:#242424;margin:0;background:#faf9f8}
main{max-width:860px;margin:0 auto;padding:24px 28px;background:#fff;min-height:100vh}
h1{font-size:26px;margin:8px 0 4px;color:#0f6cbd}h2{font-size:17px;margin:26px 0 8px;border-bottom:1px solid #e1dfdd;padding-bottom:4px}
pre,code{font-family:Consolas,"Cascadia Mono",monospace;background:#f3f2f1;border-radius:4px}pre{padding:10px 12px;overflow:auto}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;border-bottom:1px solid #edebe9;padding:6px 8px}
th{background:#f3f2f1;font-weight:600}.zh{color:#424242}.crumb a{color:#0f6cbd;text-decoration:none}.muted{color:#616161}`;

function page(title, body) {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>\n`;
}

function functionPage(namespace, fn, zh, help) {
  const zhParams = zh.parameters || [];
  const rows = (fn.parameters || [])
    .map((p, i) => {
      const z = zhParams[i] || {};
      return `<tr><td><code>${escapeHtml(p.name)}</code>${p.optional ? " <span class=muted>(optional)</span>" : ""}</td><td>${escapeHtml(p.description || "")}</td><td class=zh lang="zh-CN"><code>${escapeHtml(z.name || "")}</code> ${escapeHtml(z.description || "")}</td></tr>`;
    })
    .join("\n");
  const list = (items, tag) => items.map((x) => `<${tag}>${escapeHtml(x)}</${tag}>`).join("\n");
  return page(
    `${namespace}.${fn.name} — ECOM Ops`,
    `<p class=crumb><a href="index.html">ECOM Ops functions · 函数列表</a></p>
<h1>${namespace}.${escapeHtml(fn.name)}</h1>
<p>${escapeHtml(fn.description || "")}</p>
<p class=zh lang="zh-CN">${escapeHtml(zh.description || "")}</p>
<h2>Syntax · 语法</h2><pre>${escapeHtml(syntaxOf(namespace, fn, fn.parameters || []))}</pre>
<h2>Arguments · 参数</h2>
<table><thead><tr><th>Argument</th><th>Description</th><th>参数说明</th></tr></thead><tbody>
${rows || "<tr><td colspan=3 class=muted>none</td></tr>"}
</tbody></table>
<h2>Formula · 公式</h2>${list(help.formula, "p")}
<h2>Example · 示例</h2>${list(help.example, "pre")}
<h2>Reference · 参考</h2>${list(help.reference, "p")}
<h2>Errors · 错误</h2><p>Blank rows give blank results. A zero denominator gives <code>#DIV/0!</code>, a number outside its domain <code>#NUM!</code>, text or a wrong shape <code>#VALUE!</code> with a message. · 空行返回空白；分母为零返回 <code>#DIV/0!</code>；数值越界返回 <code>#NUM!</code>；文本或区域形状不符返回带说明的 <code>#VALUE!</code>。</p>`
  );
}

function indexPage(namespace, fns, zhById) {
  const rows = fns
    .map(
      (fn) =>
        `<tr><td><a href="${namespace}.${escapeHtml(fn.id)}.html"><code>${namespace}.${escapeHtml(fn.name)}</code></a></td><td>${escapeHtml(fn.description || "")}</td><td class=zh lang="zh-CN">${escapeHtml((zhById[fn.id] || {}).description || "")}</td></tr>`
    )
    .join("\n");
  return page(
    "ECOM Ops functions",
    `<h1>ECOM Ops functions · 函数列表</h1><table><thead><tr><th>Function</th><th>Description</th><th>说明</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
  );
}

function markdownList(namespace, fns, zhById) {
  const cell = (s) => String(s || "").replace(/\|/g, "\\|");
  const lines = [
    "# ECOM functions · 函数列表",
    "",
    "Generated by the build from the functions' JSDoc and the zh-CN translation table (`npm run docs`); do not edit by hand.",
    "Each function's full help page (syntax, formula, example, reference) is built into `dist/help/`.",
    "",
    "| Function | Syntax | Description | 说明 |",
    "|---|---|---|---|",
    ...fns.map(
      (fn) =>
        `| \`${namespace}.${fn.name}\` | \`${cell(syntaxOf(namespace, fn, fn.parameters || []))}\` | ${cell(fn.description)} | ${cell((zhById[fn.id] || {}).description)} |`
    ),
    "",
  ];
  return lines.join("\n");
}

class HelpPagesPlugin {
  /** @param {{ metadata: string, zhMetadata: string, sources: string[], namespace: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { metadata, zhMetadata, namespace } = this.options;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      for (const file of this.options.sources) compilation.fileDependencies.add(file);
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const en = compilation.getAsset(metadata);
          const zh = compilation.getAsset(zhMetadata);
          if (!en || !zh) return;
          const fns = JSON.parse(en.source.source().toString()).functions;
          const zhById = Object.fromEntries(
            JSON.parse(zh.source.source().toString()).functions.map((f) => [f.id, f])
          );
          const help = readHelpTags(this.options.sources);
          const sorted = [...fns].sort((a, b) => a.id.localeCompare(b.id));
          for (const fn of sorted) {
            const h = help[fn.id];
            if (!h || !h.formula.length || !h.example.length || !h.reference.length) {
              compilation.errors.push(
                new WebpackError(`${PLUGIN}: ${fn.id} needs @formula, @example and @reference tags`)
              );
              continue;
            }
            const html = functionPage(namespace, fn, zhById[fn.id] || {}, h);
            compilation.emitAsset(`help/${namespace}.${fn.id}.html`, new sources.RawSource(html));
          }
          compilation.emitAsset(
            "help/index.html",
            new sources.RawSource(indexPage(namespace, sorted, zhById))
          );
          compilation.emitAsset(
            "functions.md",
            new sources.RawSource(markdownList(namespace, sorted, zhById))
          );
        }
      );
    });
  }
}

module.exports = { HelpPagesPlugin, readHelpTags };
