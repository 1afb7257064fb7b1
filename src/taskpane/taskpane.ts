/**
 * Task pane entry: a welcome page that says what the add-in is, in the Excel display language
 * (zh-CN or en-US). The template builder arrives with the campaign-plan and KPI-review templates.
 */
import css from "./taskpane.css";

type Lang = "en-US" | "zh-CN";

const TEXT: Record<Lang, Record<string, string>> = {
  "en-US": {
    tagline: "E-commerce operations in Excel",
    "functions-title": "Worksheet functions",
    "functions-text":
      "Type =ECOM. in any cell: conversion and funnel statistics, ROI and ROAS, budget split, RFM, cohorts and lifetime value.",
    "templates-title": "Plans and reviews",
    "templates-text":
      "Campaign plan (活动策划方案) and KPI review (复盘) templates are built here.",
    "help-link": "Function help",
    "outside-office": "Opened outside Excel: functions run only inside Excel.",
  },
  "zh-CN": {
    tagline: "在 Excel 中做电商运营",
    "functions-title": "工作表函数",
    "functions-text":
      "在任意单元格输入 =ECOM.：转化率与漏斗统计、ROI 与 ROAS、预算分配、RFM、同期群与客户终身价值。",
    "templates-title": "策划与复盘",
    "templates-text": "在这里生成活动策划方案与 KPI 复盘表模板。",
    "help-link": "函数帮助",
    "outside-office": "当前在 Excel 之外打开：函数只在 Excel 中运行。",
  },
};

function render(lang: Lang, inOffice: boolean): void {
  document.documentElement.lang = lang;
  for (const [id, text] of Object.entries(TEXT[lang])) {
    const el = document.getElementById(id);
    if (el) el.textContent = text;
  }
  const status = document.getElementById("host-status");
  if (status) status.textContent = inOffice ? "" : TEXT[lang]["outside-office"];
}

function installStyles(): void {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.appendChild(style);
}

installStyles();
Office.onReady((info) => {
  const tag = info.host ? Office.context.displayLanguage : navigator.language;
  render(tag && tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US", Boolean(info.host));
});
