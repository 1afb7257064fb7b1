/**
 * The `ecom-ops` command line (spec templates §4): builds a template as an .xlsx file without Excel.
 *
 *   ecom-ops template <campaign-plan|kpi-review> --lang <zh-CN|en-US> --out FILE [--demo] [--field key=value …]
 *
 * Field keys are the form's (TEMPLATE_FIELDS); repeat --field for a multi-select
 * (--field channels=抖音 --field channels=小红书). Exit codes: 0 written, 2 usage or validation error,
 * 1 anything else (e.g. the file cannot be written).
 */
import { writeFileSync } from "fs";
import type { Language } from "../functions/language";
import { writeXlsx } from "../render/xlsx";
import { TEMPLATE_FIELDS, buildTemplate, demoForm, validateForm } from "../templates";
import type { TemplateId } from "../templates";

const TEMPLATE_IDS = Object.keys(TEMPLATE_FIELDS) as TemplateId[];
const LANGUAGES: Language[] = ["zh-CN", "en-US"];

/** Where the CLI prints; injectable for tests. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const CONSOLE: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** The --help text. */
export function usage(): string {
  const fields = TEMPLATE_IDS.map(
    (id) =>
      `  ${id}: ${TEMPLATE_FIELDS[id].map((f) => (f.required ? f.key : `[${f.key}]`)).join(", ")}`
  ).join("\n");
  return [
    "Usage:",
    "  ecom-ops template <campaign-plan|kpi-review> --lang <zh-CN|en-US> --out FILE [--demo] [--field key=value ...]",
    "",
    "Builds a campaign plan (活动策划方案) or a KPI review (复盘) as an .xlsx workbook.",
    "",
    "Options:",
    "  --lang LANG         sheet and message language: zh-CN (default) or en-US",
    "  --out FILE          the .xlsx file to write",
    "  --demo              fill every input with a realistic 双11 example; --field values override it",
    "  --field key=value   a form field; repeat a key for several values (channels)",
    "  -h, --help          show this help",
    "",
    "Fields ([optional]):",
    fields,
    "",
    "Examples:",
    "  ecom-ops template campaign-plan --lang zh-CN --out plan.xlsx --demo",
    "  ecom-ops template campaign-plan --lang zh-CN --out plan.xlsx --field name=双11 --field start=2025-10-20 \\",
    "    --field end=2025-11-13 --field budget=500000 --field margin=40% --field channels=抖音 --field channels=小红书",
    "  ecom-ops template kpi-review --lang en-US --out review.xlsx --demo",
  ].join("\n");
}

class UsageError extends Error {}

interface Command {
  id: TemplateId;
  lang: Language;
  out: string;
  demo: boolean;
  fields: Record<string, string[]>;
}

/** Reads `template <id> …` arguments; throws UsageError with a plain message. */
function parseArguments(argv: string[]): Command {
  const [command, id, ...rest] = argv;
  if (command !== "template")
    throw new UsageError(`unknown command "${command ?? ""}"; the command is "template".`);
  if (!TEMPLATE_IDS.includes(id as TemplateId)) {
    throw new UsageError(`unknown template "${id ?? ""}"; choose ${TEMPLATE_IDS.join(" or ")}.`);
  }
  const parsed: Command = { id: id as TemplateId, lang: "zh-CN", out: "", demo: false, fields: {} };
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] =
      rest[i].startsWith("--") && rest[i].includes("=")
        ? splitOnce(rest[i], "=")
        : [rest[i], undefined];
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    switch (flag) {
      case "--lang": {
        const lang = value();
        if (!LANGUAGES.includes(lang as Language))
          throw new UsageError(`--lang must be zh-CN or en-US; got "${lang}".`);
        parsed.lang = lang as Language;
        break;
      }
      case "--out":
        parsed.out = value();
        break;
      case "--demo":
        parsed.demo = true;
        break;
      case "--field": {
        const [key, fieldValue] = splitOnce(value(), "=");
        if (fieldValue === undefined)
          throw new UsageError(`--field needs key=value; got "${key}".`);
        if (!TEMPLATE_FIELDS[parsed.id].some((f) => f.key === key)) {
          const keys = TEMPLATE_FIELDS[parsed.id].map((f) => f.key).join(", ");
          throw new UsageError(`unknown field "${key}" for ${parsed.id}; fields: ${keys}.`);
        }
        (parsed.fields[key] ??= []).push(fieldValue);
        break;
      }
      default:
        throw new UsageError(`unknown option "${rest[i]}".`);
    }
  }
  if (parsed.out === "") throw new UsageError("--out FILE is required.");
  return parsed;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** The raw form: the demo's (with --demo) overridden by --field values; --lang is the default language. */
function rawForm(command: Command): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = command.demo
    ? demoForm(command.id, command.lang)
    : { language: command.lang };
  for (const [key, values] of Object.entries(command.fields)) {
    const field = TEMPLATE_FIELDS[command.id].find((f) => f.key === key);
    raw[key] = field?.kind === "multiselect" ? values : values[values.length - 1];
  }
  return raw;
}

/**
 * Runs the CLI with `argv` (without node and script paths) and returns the exit code: 0 when the file is
 * written, 2 for usage or validation errors (printed plainly), 1 for other failures.
 */
export async function main(argv: string[], output: CliOutput = CONSOLE): Promise<number> {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    (argv.length === 0 ? output.err : output.out)(usage());
    return argv.length === 0 ? 2 : 0;
  }
  let command: Command;
  try {
    command = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`ecom-ops: ${error.message}`);
    output.err('Run "ecom-ops --help" for usage.');
    return 2;
  }
  const { params, errors } = validateForm(command.id, rawForm(command), command.lang);
  if (!params) {
    output.err(
      command.lang === "zh-CN"
        ? "无法生成模板，请修改以下内容："
        : "The template was not built. Please fix:"
    );
    for (const message of Object.values(errors)) output.err(`  - ${message}`);
    return 2;
  }
  try {
    const spec = buildTemplate(command.id, { ...params, demo: command.demo });
    writeFileSync(command.out, await writeXlsx([spec]));
    output.out(`Wrote ${command.out} (sheet "${spec.name}").`);
    return 0;
  } catch (error) {
    output.err(`ecom-ops: ${(error as Error).message}`);
    return 1;
  }
}
