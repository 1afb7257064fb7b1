/** Form field labels, help texts and validation messages (zh-CN and en-US) for src/templates/form.ts. */
import type { Bilingual } from "../../functions/language";

export const FIELD_LABELS = {
  name: { "zh-CN": "活动名称", "en-US": "Campaign name" },
  theme: { "zh-CN": "活动主题", "en-US": "Theme" },
  start: { "zh-CN": "开始日期", "en-US": "Start date" },
  end: { "zh-CN": "结束日期", "en-US": "End date" },
  budget: { "zh-CN": "总预算", "en-US": "Total budget" },
  currency: { "zh-CN": "币种", "en-US": "Currency" },
  margin: { "zh-CN": "毛利率", "en-US": "Gross margin" },
  owner: { "zh-CN": "负责人", "en-US": "Owner" },
  channels: { "zh-CN": "推广渠道", "en-US": "Channels" },
  language: { "zh-CN": "表格语言", "en-US": "Sheet language" },
  title: { "zh-CN": "复盘标题", "en-US": "Review title" },
  periodStart: { "zh-CN": "复盘期开始", "en-US": "Period start" },
  periodEnd: { "zh-CN": "复盘期结束", "en-US": "Period end" },
  planSheet: { "zh-CN": "关联的活动策划表", "en-US": "Linked campaign-plan sheet" },
} satisfies Record<string, Bilingual>;

export const FIELD_HELP = {
  name: { "zh-CN": "例如：双11 大促", "en-US": "e.g. Singles' Day 2025" },
  theme: {
    "zh-CN": "一句话说明活动亮点，例如：满300减50",
    "en-US": "The campaign's hook in a sentence, e.g. ¥50 off every ¥300",
  },
  start: { "zh-CN": "格式 2025-10-20", "en-US": "Format 2025-10-20" },
  end: { "zh-CN": "含当天，格式 2025-11-13", "en-US": "Inclusive, format 2025-11-13" },
  budget: {
    "zh-CN": "全部渠道的推广预算合计，例如 500000",
    "en-US": "All channels together, e.g. 500000",
  },
  margin: { "zh-CN": "例如 35% 或 0.35", "en-US": "e.g. 35% or 0.35" },
  channels: {
    "zh-CN": "可多选，也可输入列表外的渠道",
    "en-US": "Pick several; you may also type channels not in the list",
  },
  language: {
    "zh-CN": "表格标题与下拉选项使用的语言",
    "en-US": "Language of the sheet's labels and dropdowns",
  },
  planSheet: {
    "zh-CN": "可选：选择本工作簿中的活动策划表，目标值将以公式引用",
    "en-US": "Optional: a campaign-plan sheet in this workbook; its targets are linked by formula",
  },
} satisfies Record<string, Bilingual>;

/** Validation messages; "{field}" is replaced by the field's label. */
export const FORM_MESSAGES = {
  required: { "zh-CN": "请填写「{field}」。", "en-US": "Please fill in {field}." },
  notDate: {
    "zh-CN": "「{field}」不是有效日期，请按 2025-11-11 的格式填写。",
    "en-US": "{field} is not a date; write it like 2025-11-11.",
  },
  endBeforeStart: {
    "zh-CN": "结束日期早于开始日期，请检查日期。",
    "en-US": "The end date is before the start date.",
  },
  budgetNotPositive: {
    "zh-CN": "「{field}」须为大于 0 的数字，例如 500000。",
    "en-US": "{field} must be a number greater than 0, e.g. 500000.",
  },
  marginOutOfRange: {
    "zh-CN": "「{field}」须大于 0 且不超过 100%，例如 35% 或 0.35。",
    "en-US": "{field} must be above 0 and at most 100%, e.g. 35% or 0.35.",
  },
  notInList: {
    "zh-CN": "「{field}」请从列表中选择。",
    "en-US": "Please choose {field} from the list.",
  },
} satisfies Record<string, Bilingual>;

export const LANGUAGE_OPTIONS = [
  { value: "zh-CN", label: { "zh-CN": "中文", "en-US": "Chinese (中文)" } },
  { value: "en-US", label: { "zh-CN": "英文 (English)", "en-US": "English" } },
];

export const CURRENCY_OPTIONS = [
  { value: "CNY", label: { "zh-CN": "人民币 CNY (¥)", "en-US": "Chinese yuan CNY (¥)" } },
  { value: "HKD", label: { "zh-CN": "港币 HKD (HK$)", "en-US": "Hong Kong dollar HKD (HK$)" } },
  { value: "USD", label: { "zh-CN": "美元 USD ($)", "en-US": "US dollar USD ($)" } },
  { value: "EUR", label: { "zh-CN": "欧元 EUR (€)", "en-US": "Euro EUR (€)" } },
  { value: "GBP", label: { "zh-CN": "英镑 GBP (£)", "en-US": "Pound sterling GBP (£)" } },
  { value: "JPY", label: { "zh-CN": "日元 JPY (¥)", "en-US": "Japanese yen JPY (¥)" } },
];
