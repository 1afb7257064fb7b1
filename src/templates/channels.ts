/**
 * The marketing channels a campaign plan offers (seeds-digest §6.5 and §6.7: Alibaba's paid tools 直通车,
 * 引力魔方, 万相台, 淘宝客; content and social platforms 抖音, 快手, 小红书, 微信, 微博, B站; search; live
 * streaming). Each has a default traffic type (自然 / 付费 / 社交, seeds-digest §6.6 2.3).
 * A channel's value is its Chinese name, so `--field channels=抖音` and the task pane agree.
 */
import type { Bilingual } from "../functions/language";

export type TrafficType = "natural" | "paid" | "social";

export interface Channel {
  value: string;
  label: Bilingual;
  traffic: TrafficType;
}

export const CHANNELS: Channel[] = [
  { value: "直通车", label: { "zh-CN": "直通车", "en-US": "Zhitongche" }, traffic: "paid" },
  { value: "引力魔方", label: { "zh-CN": "引力魔方", "en-US": "Yinli Mofang" }, traffic: "paid" },
  { value: "万相台", label: { "zh-CN": "万相台", "en-US": "Wanxiangtai" }, traffic: "paid" },
  { value: "淘宝客", label: { "zh-CN": "淘宝客", "en-US": "Taobao affiliates" }, traffic: "paid" },
  { value: "抖音", label: { "zh-CN": "抖音", "en-US": "Douyin" }, traffic: "social" },
  { value: "快手", label: { "zh-CN": "快手", "en-US": "Kuaishou" }, traffic: "social" },
  { value: "小红书", label: { "zh-CN": "小红书", "en-US": "Xiaohongshu" }, traffic: "social" },
  {
    value: "微信私域",
    label: { "zh-CN": "微信私域", "en-US": "WeChat private" },
    traffic: "social",
  },
  { value: "微博", label: { "zh-CN": "微博", "en-US": "Weibo" }, traffic: "social" },
  { value: "B站", label: { "zh-CN": "B站", "en-US": "Bilibili" }, traffic: "social" },
  { value: "直播", label: { "zh-CN": "直播", "en-US": "Live streaming" }, traffic: "social" },
  { value: "搜索", label: { "zh-CN": "搜索", "en-US": "Search (SEO)" }, traffic: "natural" },
  { value: "百度推广", label: { "zh-CN": "百度推广", "en-US": "Baidu ads" }, traffic: "paid" },
];

/** The catalogue entry whose value or label (either language, case-insensitive) is `text`, else undefined. */
export function findChannel(text: string): Channel | undefined {
  const key = text.trim().toLowerCase();
  return CHANNELS.find(
    (c) =>
      c.value.toLowerCase() === key ||
      c.label["zh-CN"].toLowerCase() === key ||
      c.label["en-US"].toLowerCase() === key
  );
}
