/**
 * A fake Excel workbook for driving src/render/office.ts under Jest, on office-addin-mock.
 *
 * office-addin-mock supplies the request context: Excel.run hands the renderer an OfficeMockObject whose
 * collections (worksheets, tables, names) and active sheet follow its load/sync rules — `items` and `name`
 * hold "Error, property was not loaded" until load() and then sync() — and whose context.sync() is the
 * mock's, wrapped to count calls and to fail on demand. The mock is a record/replay fake with no Excel
 * semantics (reference/office-addin.md §5), so the objects the renderer creates (the new sheet, its
 * ranges, tables, validations, conditional formats, names) are small hand-written fakes that apply each
 * command to a workbook model when it is queued. A command Excel would reject (a taken sheet or table
 * name, a matrix of the wrong size, or the command named by `failCommand`) is skipped together with the
 * rest of its batch, and the batch's sync throws the error: the model is then exactly what Excel leaves
 * behind when a batch fails part-way (the commands before the failing one stay applied).
 *
 * Cell entries are parsed like Excel's cell entry: in a Text ("@") cell a string stays text; elsewhere
 * "=…" and "@…" become formulas and "+…"/"-…" formulas or numbers, numeric strings numbers.
 */
import { OfficeMockObject } from "office-addin-mock";

export type CellKind = "empty" | "text" | "number" | "boolean" | "formula";

export interface FakeCell {
  kind: CellKind;
  /** The formula ("=…") for formula cells, else the stored value. */
  content: string | number | boolean;
  numberFormat: string;
  /** Format properties set on the cell, e.g. "fill.color", "font.bold", "protection.locked". */
  style: Record<string, unknown>;
}

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_575;
const MAX_COLUMN = 16_383;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "B4", "A1:C3", whole columns "C:E" or whole rows "3:5". */
function parseArea(address: string): Box {
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(address);
  if (columns)
    return { top: 0, bottom: MAX_ROW, left: colIndex(columns[1]), right: colIndex(columns[2]) };
  const wholeRows = /^(\d+):(\d+)$/.exec(address);
  if (wholeRows)
    return {
      top: Number(wholeRows[1]) - 1,
      bottom: Number(wholeRows[2]) - 1,
      left: 0,
      right: MAX_COLUMN,
    };
  const corners = address.split(":").map((part) => /^([A-Z]{1,3})(\d+)$/i.exec(part));
  if (corners.length > 2 || corners.some((c) => !c)) {
    throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  }
  const rows = corners.map((c) => Number(c![2]) - 1);
  const cols = corners.map((c) => colIndex(c![1]));
  return {
    top: Math.min(...rows),
    bottom: Math.max(...rows),
    left: Math.min(...cols),
    right: Math.max(...cols),
  };
}

function cellKey(row: number, col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** Excel's reading of a string typed into a cell that is not formatted as Text. */
function parseEntry(text: string): Pick<FakeCell, "kind" | "content"> {
  if (text === "") return { kind: "empty", content: "" };
  if (/^[=@]/.test(text))
    return { kind: "formula", content: text.startsWith("=") ? text : `=${text.slice(1)}` };
  const numeric = text.trim() !== "" && Number.isFinite(Number(text));
  if (numeric) return { kind: "number", content: Number(text) };
  if (/^[+-]/.test(text)) return { kind: "formula", content: `=${text}` };
  return { kind: "text", content: text };
}

/** A proxy that turns `x.a.b = v` into apply("a.b", v) and exposes the few methods the renderer calls. */
function formatRecorder(apply: (key: string, value: unknown) => void, prefix = ""): any {
  return new Proxy(
    {},
    {
      get(_, prop: string) {
        if (prop === "getItem") return (item: string) => formatRecorder(apply, `${prefix}${item}.`);
        if (prop === "autofitRows" || prop === "autofitColumns")
          return () => apply(`${prefix}${prop}()`, true);
        return formatRecorder(apply, `${prefix}${prop}.`);
      },
      set(_, prop: string, value) {
        apply(`${prefix}${prop}`, value);
        return true;
      },
    }
  );
}

export class FakeRange {
  readonly boxes: Box[];
  constructor(
    readonly sheet: FakeSheet,
    readonly address: string
  ) {
    this.boxes = address.split(",").map(parseArea);
  }

  private matrix<T>(value: T | T[][], box: Box): (row: number, col: number) => T {
    if (!Array.isArray(value)) return () => value;
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    if (value.length !== rows || value.some((r) => r.length !== cols)) {
      throw new FakeOfficeError("InvalidArgument", `matrix does not fit ${this.address}`);
    }
    return (row, col) => value[row - box.top][col - box.left] as T;
  }

  private forEachCell(fn: (cell: FakeCell, row: number, col: number) => void): void {
    for (const box of this.boxes) {
      if (box.bottom === MAX_ROW || box.right === MAX_COLUMN)
        throw new Error(`cell-wise use of whole rows/columns ${this.address}`);
      for (let row = box.top; row <= box.bottom; row++) {
        for (let col = box.left; col <= box.right; col++)
          fn(this.sheet.cell(cellKey(row, col)), row, col);
      }
    }
  }

  set numberFormat(value: string | string[][]) {
    this.sheet.workbook.command("range.numberFormat", () => {
      const at = this.matrix(value, this.boxes[0]);
      this.forEachCell((cell, row, col) => (cell.numberFormat = at(row, col)));
    });
  }

  set values(value: unknown[][]) {
    this.enter("range.values", value);
  }

  set formulas(value: unknown[][]) {
    this.enter("range.formulas", value);
  }

  /** Enters a matrix like typing into each cell; null leaves a cell unchanged (as Office.js does). */
  private enter(command: string, value: unknown[][]): void {
    this.sheet.workbook.command(command, () => {
      const at = this.matrix(value, this.boxes[0]);
      this.forEachCell((cell, row, col) => {
        const entry = at(row, col);
        if (entry === null) return;
        if (typeof entry === "number") Object.assign(cell, { kind: "number", content: entry });
        else if (typeof entry === "boolean")
          Object.assign(cell, { kind: "boolean", content: entry });
        else if (cell.numberFormat === "@" && entry !== "")
          Object.assign(cell, { kind: "text", content: entry });
        else Object.assign(cell, parseEntry(String(entry)));
      });
    });
  }

  get format(): any {
    return formatRecorder((key, value) =>
      this.sheet.workbook.command("format", () => {
        if (key === "columnWidth") {
          for (const box of this.boxes)
            for (let c = box.left; c <= box.right; c++)
              this.sheet.columnWidths[c] = value as number;
        } else if (key === "rowHeight") {
          for (const box of this.boxes)
            for (let r = box.top; r <= box.bottom; r++)
              this.sheet.rowHeights[r + 1] = value as number;
        } else if (!key.endsWith("()")) {
          this.forEachCell((cell) => (cell.style[key] = value));
        }
      })
    );
  }

  get dataValidation(): any {
    const record: Record<string, unknown> = { address: this.address };
    return formatRecorder((key, value) =>
      this.sheet.workbook.command("dataValidation", () => {
        if (!this.sheet.validations.includes(record)) this.sheet.validations.push(record);
        record[key] = value;
      })
    );
  }

  get conditionalFormats(): any {
    return {
      add: (type: string) => {
        const cf: Record<string, unknown> = { type, address: this.address };
        this.sheet.workbook.command("conditionalFormats.add", () =>
          this.sheet.conditionalFormats.push(cf)
        );
        return formatRecorder((key, value) =>
          this.sheet.workbook.command("conditionalFormat", () => (cf[key] = value))
        );
      },
    };
  }

  /** Records the merged areas (one per row when merging across). */
  merge(across = false): void {
    this.sheet.workbook.command("merge", () => {
      for (const box of this.boxes) {
        if (!across) this.sheet.merges.push(this.address);
        else
          for (let row = box.top; row <= box.bottom; row++)
            this.sheet.merges.push(`${cellKey(row, box.left)}:${cellKey(row, box.right)}`);
      }
    });
  }
}

export interface FakeTable {
  sheet: FakeSheet;
  address: string;
  name: string;
  style?: string;
  showTotals?: boolean;
}

export class FakeSheet {
  private sheetName: string;
  readonly cells = new Map<string, FakeCell>();
  /** Column widths in points by 0-based column; row heights in points by 1-based row. */
  readonly columnWidths: Record<number, number> = {};
  readonly rowHeights: Record<number, number> = {};
  /** Data validations: { address, rule, prompt }. */
  readonly validations: Array<Record<string, unknown>> = [];
  /** Conditional formats: { type, address, "custom.rule.formula", "dataBar.positiveFormat.fillColor", … }. */
  readonly conditionalFormats: Array<Record<string, unknown>> = [];
  readonly merges: string[] = [];
  readonly definedNames: Array<{ name: string; ref: string; comment?: string }> = [];
  readonly cellNotes: Array<{ address: string; text: string }> = [];
  freeze: { rows: number; columns: number } | null = null;
  readonly print: Record<string, unknown> = {};
  readonly isNullObject = false;

  constructor(
    readonly workbook: FakeWorkbook,
    name: string
  ) {
    this.sheetName = name;
  }

  get name(): string {
    return this.sheetName;
  }

  set name(value: string) {
    this.workbook.command("sheet.name", () => {
      if (
        this.workbook.sheets.some((s) => s !== this && s.name.toLowerCase() === value.toLowerCase())
      ) {
        throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${value} exists`);
      }
      if (this.workbook.active === this.sheetName) this.workbook.active = value;
      this.sheetName = value;
    });
  }

  /** The cell at an A1 address (created empty on first use). */
  cell(address: string): FakeCell {
    let cell = this.cells.get(address);
    if (!cell) {
      cell = { kind: "empty", content: "", numberFormat: "General", style: {} };
      this.cells.set(address, cell);
    }
    return cell;
  }

  getRange(address: string): FakeRange {
    this.workbook.rangeOperations++;
    return new FakeRange(this, address);
  }

  getRanges(address: string): FakeRange {
    this.workbook.rangeOperations++;
    return new FakeRange(this, address);
  }

  get tables(): any {
    const workbook = this.workbook;
    return {
      add: (address: string, hasHeaders: boolean) => {
        const table: FakeTable = {
          sheet: this,
          address,
          name: `Table${workbook.tables.length + 1}`,
        };
        workbook.command("tables.add", () => {
          if (!hasHeaders) throw new Error("templates' tables have headers");
          workbook.tables.push(table);
        });
        return formatRecorder((key, value) =>
          workbook.command(`table.${key}`, () => {
            const taken = [
              ...workbook.tables.filter((t) => t !== table).map((t) => t.name),
              ...workbook.names,
            ];
            if (
              key === "name" &&
              taken.some((n) => n.toLowerCase() === String(value).toLowerCase())
            ) {
              throw new FakeOfficeError("ItemAlreadyExists", `a table or name ${value} exists`);
            }
            (table as any)[key] = value;
          })
        );
      },
    };
  }

  get names(): any {
    return {
      add: (name: string, ref: FakeRange, comment?: string) =>
        this.workbook.command("names.add", () =>
          this.definedNames.push({ name, ref: ref.address, comment })
        ),
    };
  }

  get notes(): any {
    return {
      add: (ref: FakeRange, text: string) =>
        this.workbook.command("notes.add", () =>
          this.cellNotes.push({ address: ref.address, text })
        ),
    };
  }

  get freezePanes(): any {
    const freeze = (rows: number, columns: number) =>
      this.workbook.command("freezePanes", () => (this.freeze = { rows, columns }));
    return {
      freezeRows: (rows: number) => freeze(rows, 0),
      freezeColumns: (columns: number) => freeze(0, columns),
      freezeAt: (address: string) => {
        const box = parseArea(address);
        freeze(box.bottom + 1, box.right + 1);
      },
    };
  }

  get pageLayout(): any {
    return formatRecorder((key, value) =>
      this.workbook.command("pageLayout", () => (this.print[key] = value))
    );
  }

  activate(): void {
    this.workbook.command("activate", () => (this.workbook.active = this.name));
  }

  delete(): void {
    this.workbook.command("delete", () => {
      const workbook = this.workbook;
      workbook.sheets = workbook.sheets.filter((s) => s !== this);
      workbook.tables = workbook.tables.filter((t) => t.sheet !== this);
      if (workbook.active === this.name) workbook.active = workbook.sheets[0]?.name ?? "";
    });
  }
}

/** The null object of getItemOrNullObject: commands on it do nothing. */
const NULL_SHEET = { isNullObject: true, delete: () => undefined, activate: () => undefined };

export interface WorkbookSeed {
  sheets: string[];
  active?: string;
  /** Tables already in the workbook, by name (placed on the first sheet). */
  tables?: string[];
  /** Workbook-scoped defined names. */
  names?: string[];
  /** The newest ExcelApi 1.x minor version the host supports (default 18: ExcelApi 1.18). */
  excelApiMinor?: number;
}

export class FakeWorkbook {
  sheets: FakeSheet[];
  tables: FakeTable[];
  names: string[];
  active: string;
  readonly excelApiMinor: number;
  /** context.sync() calls so far, over all Excel.run batches. */
  syncs = 0;
  /** getRange/getRanges calls so far. */
  rangeOperations = 0;
  /** The command (e.g. "tables.add", "merge", "range.formulas") that fails with a GeneralException. */
  failCommand?: string;
  /** Called after sync number n completed, e.g. to let the user change the workbook between syncs. */
  afterSync?: (n: number) => void;
  private pending: FakeOfficeError | null = null;

  constructor(seed: WorkbookSeed) {
    this.sheets = seed.sheets.map((name) => new FakeSheet(this, name));
    this.tables = (seed.tables ?? []).map((name) => ({
      sheet: this.sheets[0],
      address: "A1:B2",
      name,
    }));
    this.names = [...(seed.names ?? [])];
    this.active = seed.active ?? seed.sheets[0];
    this.excelApiMinor = seed.excelApiMinor ?? 18;
  }

  /** Commands applied so far (names as in failCommand), over all batches. */
  readonly log: string[] = [];

  /**
   * Applies one queued command, unless an earlier command of the batch failed; a failing command
   * (an exception, or `failCommand`) is recorded for the batch's sync to throw.
   */
  command(name: string, apply: () => void): void {
    if (this.pending) return;
    try {
      if (name === this.failCommand)
        throw new FakeOfficeError("GeneralException", `simulated failure of ${name}`);
      apply();
      this.log.push(name);
    } catch (err) {
      this.pending =
        err instanceof FakeOfficeError ? err : new FakeOfficeError("GeneralException", String(err));
    }
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet)
      throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((s) => s.name).join(", ")}`);
    return sheet;
  }

  /** A request context for one Excel.run batch, on office-addin-mock. */
  private context(): OfficeMockObject {
    const workbook = this;
    const restrictLoad = (expected: string) =>
      function (this: OfficeMockObject, what: string) {
        if (what !== expected) throw new Error(`unexpected load("${what}")`);
        return OfficeMockObject.prototype.load.call(this, expected.split("/")[0]);
      };
    const context = new OfficeMockObject({
      host: "excel",
      workbook: {
        worksheets: {
          items: this.sheets.map((s) => ({ name: s.name })),
          active: { name: this.active },
          load: restrictLoad("items/name"),
          getActiveWorksheet(this: any) {
            return this.active;
          },
          add: (name: string) => {
            const sheet = new FakeSheet(workbook, name);
            workbook.command("worksheets.add", () => {
              if (workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
                throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
              }
              workbook.sheets.push(sheet);
            });
            return sheet;
          },
          getItemOrNullObject: (name: string) =>
            workbook.sheets.find((s) => s.name === name) ?? NULL_SHEET,
        },
        tables: {
          items: this.tables.map((t) => ({ name: t.name })),
          load: restrictLoad("items/name"),
        },
        names: { items: this.names.map((name) => ({ name })), load: restrictLoad("items/name") },
      },
    });
    const mockSync = context.sync.bind(context);
    context.sync = async () => {
      workbook.syncs++;
      await mockSync();
      await new Promise((resolve) => setImmediate(resolve)); // the mock's nested syncs settle in microtasks
      const failure = workbook.pending;
      workbook.pending = null;
      if (failure) throw failure;
      workbook.afterSync?.(workbook.syncs);
    };
    return context;
  }

  /** Installs global Excel and Office objects (office-addin-mock) backed by this workbook. */
  install(): void {
    const workbook = this;
    (globalThis as any).Excel = new OfficeMockObject({
      host: "excel",
      run: async (batch: (context: unknown) => Promise<unknown>) => batch(workbook.context()),
    });
    (globalThis as any).Office = new OfficeMockObject({
      host: "excel",
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= workbook.excelApiMinor,
        },
      },
    });
  }
}
