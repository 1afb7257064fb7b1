/**
 * Webpack plugin: derives localized custom-function metadata (functions.zh-CN.json) from the functions.json
 * that custom-functions-metadata-plugin generates from JSDoc, plus a translation table keyed by function id
 * (src/functions/locales/<locale>/*.json, one file per domain like the catalog, merged). Only descriptions and parameter names/descriptions are translated;
 * ids, function names, types, dimensionality and options are copied, so both files always agree.
 * It also rewrites the development base URL in the metadata (help URLs) to the production base URL.
 * A missing or stale translation fails the build, so the two languages cannot drift apart.
 */
const fs = require("fs");
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "LocalizedMetadataPlugin";

/** Merges the JSON tables of a locale folder; an id translated in two files is reported. */
function readTranslationTables(dir, report) {
  const table = {};
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const part = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    for (const [id, entry] of Object.entries(part)) {
      if (table[id]) report(`${id} is translated twice (${file})`);
      table[id] = entry;
    }
  }
  return table;
}

/** Applies a translation table to the generated metadata; returns [metadata, problems]. */
function translateMetadata(metadata, table, locale) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) problems.push(`${locale}: translation for unknown function ${id}`);
  }
  const functions = metadata.functions.map((fn) => {
    const t = table[fn.id];
    if (!t || !t.description) {
      problems.push(`${locale}: no translation for ${fn.id}`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const tp = t.parameters && t.parameters[p.name];
      if (!tp || !tp.name || !tp.description) {
        problems.push(`${locale}: no translation for ${fn.id} parameter ${p.name}`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    const known = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys(t.parameters || {})) {
      if (!known.has(name)) problems.push(`${locale}: ${fn.id} has no parameter ${name}`);
    }
    return { ...fn, description: t.description, parameters };
  });
  return [{ ...metadata, functions }, problems];
}

class LocalizedMetadataPlugin {
  /**
   * @param {{ metadata: string, locales: Record<string, string>, devBaseUrl: string, baseUrl: string }} options
   *   metadata: the generated asset name (functions.json); locales: locale → folder of translation tables.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { metadata, locales, devBaseUrl, baseUrl } = this.options;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      for (const dir of Object.values(locales)) compilation.contextDependencies.add(dir);
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(metadata);
          if (!asset) return; // metadata generation failed: its own errors are reported
          const rewrite = (text) =>
            baseUrl === devBaseUrl ? text : text.split(devBaseUrl).join(baseUrl);
          const source = JSON.parse(rewrite(asset.source.source().toString()));
          compilation.updateAsset(metadata, new sources.RawSource(JSON.stringify(source, null, 2)));
          for (const [locale, dir] of Object.entries(locales)) {
            const table = readTranslationTables(dir, (p) =>
              compilation.errors.push(new WebpackError(`${PLUGIN}: ${locale}: ${p}`))
            );
            const [translated, problems] = translateMetadata(source, table, locale);
            for (const p of problems) compilation.errors.push(new WebpackError(`${PLUGIN}: ${p}`));
            const name = metadata.replace(/\.json$/, `.${locale}.json`);
            compilation.emitAsset(name, new sources.RawSource(JSON.stringify(translated, null, 2)));
          }
        }
      );
    });
  }
}

module.exports = { LocalizedMetadataPlugin, translateMetadata };
