/** Labels shared by both templates: the legend, section numbering, directions and generic words. */
import type { Bilingual, Language } from "../../functions/language";

export const LEGEND = {
  title: { "zh-CN": "图例", "en-US": "Legend" },
  input: { "zh-CN": "请填写 / 可修改", "en-US": "Input: type here" },
  computed: { "zh-CN": "公式自动计算，请勿改动", "en-US": "Computed by formula: do not type" },
  dropdown: {
    "zh-CN": "选中单元格可从下拉列表选择",
    "en-US": "Cells with a list show a dropdown when selected",
  },
} satisfies Record<string, Bilingual>;

export const DIRECTION = {
  higher: { "zh-CN": "越高越好", "en-US": "Higher is better" },
  lower: { "zh-CN": "越低越好", "en-US": "Lower is better" },
} satisfies Record<string, Bilingual>;

export const TOTAL: Bilingual = { "zh-CN": "合计", "en-US": "Total" };

const CHINESE_NUMERALS = [
  "一",
  "二",
  "三",
  "四",
  "五",
  "六",
  "七",
  "八",
  "九",
  "十",
  "十一",
  "十二",
];

/** A numbered section title: "三、销售额测算" / "3. GMV bridge". */
export function sectionTitle(index: number, title: Bilingual, lang: Language): string {
  return lang === "zh-CN"
    ? `${CHINESE_NUMERALS[index - 1]}、${title[lang]}`
    : `${index}. ${title[lang]}`;
}

/** The label in `lang` of each item of a bilingual list. */
export function inLanguage(items: readonly Bilingual[], lang: Language): string[] {
  return items.map((item) => item[lang]);
}
