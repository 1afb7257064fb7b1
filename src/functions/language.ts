/**
 * The language of labels (segments, levels, statuses, table headers), spec §1: an optional last argument
 * [language] ("zh-CN"/"zh"/"中文" or "en-US"/"en"/"English"); when omitted, the Excel display language if
 * the custom-functions runtime exposes it, else en-US.
 *
 * What the runtime exposes (checked in Microsoft's documentation, learn.microsoft.com
 * "JavaScript-only runtime for custom functions" and "Runtimes in Office Add-ins"): the JavaScript-only
 * runtime that runs these functions offers only the OfficeRuntime namespace (storage, displayWebDialog,
 * apiInformation, auth). Office.context — and with it Office.context.displayLanguage — belongs to the
 * Office common API that is loaded in the task pane's browser runtime, not here. So in the JS-only runtime
 * the default is en-US. `displayLanguage()` still looks for Office.context.displayLanguage, so that the same
 * code picks up the display language in a shared runtime or any host that provides it.
 */
import { badValue } from "../metrics/errors";
import { readTextCell } from "./cells";
import { singleCell } from "./options";

export type Language = "en-US" | "zh-CN";

/** A label in both languages. */
export type Bilingual = Record<Language, string>;

const SPELLINGS: Record<string, Language> = {
  "zh-cn": "zh-CN",
  zh: "zh-CN",
  "zh-hans": "zh-CN",
  中文: "zh-CN",
  "en-us": "en-US",
  en: "en-US",
  english: "en-US",
};

/** The host's display language when this runtime exposes it (see the module comment), else null. */
export function displayLanguage(): Language | null {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const tag = office?.context?.displayLanguage;
  if (typeof tag !== "string") return null;
  return tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/** Reads the [language] argument; blank → the display language if exposed, else en-US. */
export function readLanguage(arg: unknown): Language {
  const text = readTextCell(singleCell(arg, "language"), "language");
  if (text === "") return displayLanguage() ?? "en-US";
  const lang = SPELLINGS[text.toLowerCase()];
  if (!lang)
    throw badValue(
      `language must be "zh-CN" or "en-US" (also "zh", "en", "中文", "English"); got "${text}".`
    );
  return lang;
}
