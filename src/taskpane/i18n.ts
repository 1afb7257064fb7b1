/**
 * The task pane's own words in zh-CN and en-US (field labels, help and validation messages come with the
 * form contract in src/templates/form.ts), and the choice of the pane's language: Excel's display
 * language inside Office, the browser's language outside it (spec templates §1.3).
 */
import type { Language } from "../functions/language";
import type { TemplateId } from "../templates";

/** The pane's language for a BCP-47 tag such as "zh-CN", "zh-Hans-CN", "en-GB" (anything not Chinese → en-US). */
export function paneLanguage(tag: string | null | undefined): Language {
  return typeof tag === "string" && tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

export interface PaneText {
  documentTitle: string;
  tagline: string;
  languageGroup: string;
  templateLegend: string;
  templates: Record<TemplateId, { name: string; description: string }>;
  detailsLegend: string;
  otherChannels: string;
  otherChannelsHelp: string;
  demoToggle: string;
  demoToggleHelp: string;
  fillExample: string;
  insert: string;
  download: string;
  building: string;
  inserted: (sheet: string) => string;
  downloaded: (file: string) => string;
  checkFields: (count: number) => string;
  downloadFailed: string;
  buildFailed: (detail: string) => string;
  noPlanSheet: string;
  outsideExcel: string;
  insideExcel: string;
  helpLink: string;
}

export const PANE_TEXT: Record<Language, PaneText> = {
  "en-US": {
    documentTitle: "ECOM Ops – plans and reviews",
    tagline: "Build a finished, formatted planning sheet in one step.",
    languageGroup: "Language",
    templateLegend: "Template",
    templates: {
      "campaign-plan": {
        name: "Campaign plan",
        description: "Objectives, GMV bridge, channels and budget, timeline, risks, roles.",
      },
      "kpi-review": {
        name: "KPI review",
        description: "Attainment by KPI, budget execution, funnel, lessons and next actions.",
      },
    },
    detailsLegend: "Details",
    otherChannels: "Other channels",
    otherChannelsHelp: "Separate several with commas, e.g. JD, Pinduoduo",
    demoToggle: "Fill the sheet with example numbers",
    demoToggleHelp: "A realistic Singles' Day example, so every formula shows a value.",
    fillExample: "Fill with example",
    insert: "Insert sheet",
    download: "Download .xlsx",
    building: "Building the sheet…",
    inserted: (sheet) => `Done: the sheet “${sheet}” was added to your workbook.`,
    downloaded: (file) => `Done: “${file}” was downloaded.`,
    checkFields: (count) =>
      count === 1
        ? "Please check the highlighted field."
        : `Please check the ${count} highlighted fields.`,
    downloadFailed: "The .xlsx file could not be created. Please try again.",
    buildFailed: (detail) =>
      `The sheet could not be built (${detail}). Your workbook was not changed.`,
    noPlanSheet: "(none)",
    outsideExcel: "Opened outside Excel: the template is downloaded as an .xlsx file.",
    insideExcel: "The template is added as a new sheet; nothing in your workbook is changed.",
    helpLink: "Function help",
  },
  "zh-CN": {
    documentTitle: "ECOM Ops – 策划与复盘",
    tagline: "一步生成格式完整、公式就绪的运营表格。",
    languageGroup: "语言",
    templateLegend: "模板",
    templates: {
      "campaign-plan": {
        name: "活动策划方案",
        description: "目标、销售额测算、渠道与预算、排期、风险与分工。",
      },
      "kpi-review": {
        name: "KPI 复盘",
        description: "指标达成、预算执行、漏斗复盘、经验与改进。",
      },
    },
    detailsLegend: "填写信息",
    otherChannels: "其他渠道",
    otherChannelsHelp: "多个渠道用逗号分隔，例如：京东, 拼多多",
    demoToggle: "用示例数据填充表格",
    demoToggleHelp: "填入一套真实感的双11示例数据，所有公式都会显示结果。",
    fillExample: "填入示例",
    insert: "插入工作表",
    download: "下载 .xlsx",
    building: "正在生成表格…",
    inserted: (sheet) => `完成：已在工作簿中新增工作表「${sheet}」。`,
    downloaded: (file) => `完成：已下载「${file}」。`,
    checkFields: (count) => `请检查标出的 ${count} 个字段。`,
    downloadFailed: "未能生成 .xlsx 文件，请重试。",
    buildFailed: (detail) => `生成表格时出错（${detail}）。工作簿未做任何更改。`,
    noPlanSheet: "（不关联）",
    outsideExcel: "当前在 Excel 之外打开：模板将下载为 .xlsx 文件。",
    insideExcel: "模板将作为新工作表添加，不会改动工作簿中的已有内容。",
    helpLink: "函数帮助",
  },
};
