/**
 * The template form contract shared by the task pane and the CLI: which fields each template asks for
 * (TEMPLATE_FIELDS), how raw input becomes validated parameters (validateForm), the demo example
 * (demoParams) and the build step (buildTemplate: parameters → SheetSpec).
 */
import type { Bilingual, Language } from "../functions/language";
import { buildCampaignPlan } from "./campaign-plan";
import { CHANNELS, findChannel } from "./channels";
import { parseAmount, parseIsoDate, parseRate } from "./form-values";
import { buildKpiReview } from "./kpi-review";
import {
  CURRENCY_OPTIONS,
  FIELD_HELP,
  FIELD_LABELS,
  FORM_MESSAGES,
  LANGUAGE_OPTIONS,
} from "./labels/form";
import type { TemplateId, TemplateParams } from "./params";
import type { SheetSpec } from "./sheet-spec";

export type { CampaignPlanParams, KpiReviewParams, TemplateId, TemplateParams } from "./params";

export interface FieldOption {
  value: string;
  label: Bilingual;
}

/** One form field. Select options list the allowed values; `allowFreeText` also accepts typed values. */
export interface FieldSpec {
  key: string;
  kind: "text" | "date" | "number" | "percent" | "money" | "select" | "multiselect";
  label: Bilingual;
  help?: Bilingual;
  required: boolean;
  options?: FieldOption[];
  allowFreeText?: boolean;
  /** The value the form starts with, when there is one (e.g. currency "CNY"). */
  defaultValue?: string;
}

const CHANNEL_OPTIONS: FieldOption[] = CHANNELS.map((c) => ({ value: c.value, label: c.label }));

/** The fields of each template's form, in display order. */
export const TEMPLATE_FIELDS: Record<TemplateId, FieldSpec[]> = {
  "campaign-plan": [
    { key: "name", kind: "text", label: FIELD_LABELS.name, help: FIELD_HELP.name, required: true },
    {
      key: "theme",
      kind: "text",
      label: FIELD_LABELS.theme,
      help: FIELD_HELP.theme,
      required: false,
    },
    {
      key: "start",
      kind: "date",
      label: FIELD_LABELS.start,
      help: FIELD_HELP.start,
      required: true,
    },
    { key: "end", kind: "date", label: FIELD_LABELS.end, help: FIELD_HELP.end, required: true },
    {
      key: "budget",
      kind: "money",
      label: FIELD_LABELS.budget,
      help: FIELD_HELP.budget,
      required: true,
    },
    {
      key: "currency",
      kind: "select",
      label: FIELD_LABELS.currency,
      required: true,
      options: CURRENCY_OPTIONS,
      defaultValue: "CNY",
    },
    {
      key: "margin",
      kind: "percent",
      label: FIELD_LABELS.margin,
      help: FIELD_HELP.margin,
      required: true,
    },
    { key: "owner", kind: "text", label: FIELD_LABELS.owner, required: false },
    {
      key: "channels",
      kind: "multiselect",
      label: FIELD_LABELS.channels,
      help: FIELD_HELP.channels,
      required: true,
      options: CHANNEL_OPTIONS,
      allowFreeText: true,
    },
    {
      key: "language",
      kind: "select",
      label: FIELD_LABELS.language,
      help: FIELD_HELP.language,
      required: true,
      options: LANGUAGE_OPTIONS,
    },
  ],
  "kpi-review": [
    { key: "title", kind: "text", label: FIELD_LABELS.title, required: true },
    {
      key: "start",
      kind: "date",
      label: FIELD_LABELS.periodStart,
      help: FIELD_HELP.start,
      required: true,
    },
    {
      key: "end",
      kind: "date",
      label: FIELD_LABELS.periodEnd,
      help: FIELD_HELP.end,
      required: true,
    },
    {
      key: "language",
      kind: "select",
      label: FIELD_LABELS.language,
      help: FIELD_HELP.language,
      required: true,
      options: LANGUAGE_OPTIONS,
    },
    {
      // Options are the workbook's sheet names; the task pane fills them in.
      key: "planSheet",
      kind: "select",
      label: FIELD_LABELS.planSheet,
      help: FIELD_HELP.planSheet,
      required: false,
      options: [],
      allowFreeText: true,
    },
  ],
};

type RawForm = Record<string, string | string[] | undefined>;
type Errors = Record<string, string>;

function message(key: keyof typeof FORM_MESSAGES, field: FieldSpec, lang: Language): string {
  return FORM_MESSAGES[key][lang].replace("{field}", field.label[lang]);
}

/** The raw entries of one field, trimmed, blanks dropped (a single string counts as one entry). */
function entries(raw: RawForm, key: string): string[] {
  const value = raw[key];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => String(v).trim()).filter((v) => v !== "");
}

/** Parses one field; returns the typed value or records an error and returns undefined. */
function readField(field: FieldSpec, raw: RawForm, lang: Language, errors: Errors): unknown {
  const given = entries(raw, field.key);
  if (given.length === 0) {
    if (field.defaultValue !== undefined) return field.defaultValue;
    if (field.required) errors[field.key] = message("required", field, lang);
    return field.kind === "multiselect" ? [] : undefined;
  }
  const text = given[0];
  switch (field.kind) {
    case "text":
      return text;
    case "date": {
      const date = parseIsoDate(text);
      if (date === undefined) errors[field.key] = message("notDate", field, lang);
      return date;
    }
    case "number":
    case "money": {
      const amount = parseAmount(text);
      if (amount === undefined || amount <= 0)
        errors[field.key] = message("budgetNotPositive", field, lang);
      return amount;
    }
    case "percent": {
      const rate = parseRate(text);
      if (rate === undefined || rate <= 0 || rate > 1)
        errors[field.key] = message("marginOutOfRange", field, lang);
      return rate;
    }
    case "select": {
      const option = field.options?.find((o) => o.value.toLowerCase() === text.toLowerCase());
      if (option) return option.value;
      if (field.allowFreeText) return text;
      errors[field.key] = message("notInList", field, lang);
      return undefined;
    }
    case "multiselect": {
      const values = given.map((v) => findChannel(v)?.value ?? v);
      return values.filter((v, i) => values.indexOf(v) === i);
    }
  }
}

/**
 * Validates raw form input (strings as typed; arrays for multi-selects) for template `id`. Messages are
 * plain words in `lang`, keyed by field ("end" also holds the end-before-start message). `params` is set
 * only when there are no errors. The sheet language defaults to `lang` when the form leaves it blank.
 */
export function validateForm(
  id: TemplateId,
  raw: Record<string, string | string[]>,
  lang: Language
): { params?: TemplateParams; errors: Record<string, string> } {
  const errors: Errors = {};
  const values: Record<string, unknown> = {};
  for (const field of TEMPLATE_FIELDS[id]) {
    const input =
      field.key === "language" && entries(raw, "language").length === 0 ? { language: lang } : raw;
    values[field.key] = readField(field, input, lang, errors);
  }
  const start = values.start as string | undefined;
  const end = values.end as string | undefined;
  if (start && end && end < start && !errors.end) {
    errors.end = FORM_MESSAGES.endBeforeStart[lang];
  }
  if (Object.keys(errors).length > 0) return { errors };
  const params: TemplateParams =
    id === "campaign-plan"
      ? {
          template: "campaign-plan",
          name: values.name as string,
          theme: (values.theme as string | undefined) ?? "",
          start: start as string,
          end: end as string,
          budget: values.budget as number,
          currency: values.currency as string,
          margin: values.margin as number,
          owner: (values.owner as string | undefined) ?? "",
          channels: values.channels as string[],
          language: values.language as Language,
          demo: false,
        }
      : {
          template: "kpi-review",
          title: values.title as string,
          start: start as string,
          end: end as string,
          language: values.language as Language,
          planSheet: values.planSheet as string | undefined,
          demo: false,
        };
  return { params, errors };
}

/** The form input of the demo: a 双11 (Singles' Day) campaign, as raw strings the form would hold. */
export function demoForm(id: TemplateId, lang: Language): Record<string, string | string[]> {
  const zh = lang === "zh-CN";
  if (id === "campaign-plan") {
    return {
      name: zh ? "双11" : "Singles' Day",
      theme: zh ? "满300减50，全场狂欢" : "¥50 off every ¥300, store-wide",
      start: "2025-10-20",
      end: "2025-11-13",
      budget: "500000",
      currency: "CNY",
      margin: "40%",
      owner: zh ? "张伟" : "Zhang Wei",
      channels: ["直通车", "引力魔方", "万相台", "抖音", "小红书", "搜索"],
      language: lang,
    };
  }
  return {
    title: zh ? "双11" : "Singles' Day",
    start: "2025-10-20",
    end: "2025-11-13",
    language: lang,
  };
}

/**
 * Parameters of the demo: a realistic 双11 campaign (2025-10-20 … 2025-11-13, budget ¥500,000, margin 40%,
 * six channels) with `demo: true`, so the template fills every input cell with example numbers.
 */
export function demoParams(id: TemplateId, lang: Language): TemplateParams {
  const { params } = validateForm(id, demoForm(id, lang), lang);
  if (!params) throw new Error("the demo form does not validate");
  return { ...params, demo: true };
}

/** Builds the sheet description of template `id` from validated parameters (a pure function). */
export function buildTemplate(id: TemplateId, params: TemplateParams): SheetSpec {
  if (params.template !== id)
    throw new Error(`parameters are for "${params.template}", not "${id}"`);
  return params.template === "campaign-plan" ? buildCampaignPlan(params) : buildKpiReview(params);
}
