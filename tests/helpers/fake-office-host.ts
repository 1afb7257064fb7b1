/**
 * A stand-in for office.js inside Excel, for driving the BUILT task pane's "Insert sheet" path in headless
 * Chromium: served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js, it reports an
 * Excel host with a display language, supports every ExcelApi version, and gives Excel.run a recording
 * request context. Every property set and method call becomes a line in window.__excel.log, every
 * context.sync() is counted per Excel.run batch in window.__excel.batches, and collections answer `items`
 * with the workbook's sheet names. With `failingCode`, the second sync of every batch rejects with an
 * OfficeExtension-like error of that code (a write batch failing in Excel). It runs in the page, so it is
 * written self-contained (serialized with Function.prototype.toString).
 */

export interface RecordedHost {
  /** [path, value] for property sets; [path + "(…)", args] for calls. */
  log: Array<[string, unknown]>;
  /** context.sync() calls of each Excel.run batch, in order. */
  batches: number[];
}

/** Installs the fake Office and Excel globals (runs in the page). */
export function installFakeOfficeHost(
  sheetNames: string[],
  displayLanguage: string,
  failingCode?: string
): void {
  const state: RecordedHost = { log: [], batches: [] };
  (window as any).__excel = state;

  function node(path: string): any {
    return new Proxy(function () {}, {
      get(_target, prop) {
        if (prop === "then") return undefined;
        if (prop === "load" || prop === "track" || prop === "untrack") return () => node(path);
        if (prop === "isNullObject") return false;
        if (prop === "items") {
          return path.endsWith(".worksheets") ? sheetNames.map((name) => ({ name })) : [];
        }
        if (prop === "name" && path.endsWith(".getActiveWorksheet()")) return sheetNames[0];
        return node(`${path}.${String(prop)}`);
      },
      set(_target, prop, value) {
        state.log.push([`${path}.${String(prop)}`, value]);
        return true;
      },
      apply(_target, _this, args) {
        state.log.push([`${path}()`, args]);
        return node(`${path}()`);
      },
    });
  }

  (window as any).Office = {
    onReady(callback?: (info: unknown) => void) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      setTimeout(() => callback?.(info), 0);
      return Promise.resolve(info);
    },
    context: { displayLanguage, requirements: { isSetSupported: () => true } },
  };
  (window as any).Excel = {
    async run(batch: (context: unknown) => Promise<unknown>) {
      const index = state.batches.push(0) - 1;
      const context = new Proxy(node("context"), {
        get(target, prop) {
          if (prop === "sync") {
            return async () => {
              state.batches[index]++;
              if (failingCode && state.batches[index] === 2) {
                throw Object.assign(new Error(failingCode), {
                  name: "RichApi.Error",
                  code: failingCode,
                });
              }
            };
          }
          return target[prop];
        },
      });
      return batch(context);
    },
  };
}
