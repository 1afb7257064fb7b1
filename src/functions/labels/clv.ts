/**
 * Bilingual labels of the probabilistic CLV functions (spec §4): the row labels of ECOM.CLV.PARAMS and the header
 * row of ECOM.CLV.SUMMARY (keys from metrics/clv and metrics/clv-summary). English labels are the spec's names.
 */
import type { ClvParamsKey } from "../../metrics/clv";
import type { ClvSummaryColumnKey } from "../../metrics/clv-summary";
import type { Bilingual } from "../language";

/** Row labels of ECOM.CLV.PARAMS (keys in CLV_PARAMS_ROWS order). */
export const CLV_PARAMS_LABELS: Record<ClvParamsKey, Bilingual> = {
  r: { "en-US": "r", "zh-CN": "r（购买率形状参数）" },
  alpha: { "en-US": "alpha", "zh-CN": "alpha（购买率尺度参数）" },
  a: { "en-US": "a", "zh-CN": "a（流失概率参数a）" },
  b: { "en-US": "b", "zh-CN": "b（流失概率参数b）" },
  loglik: { "en-US": "loglik", "zh-CN": "对数似然值" },
  p: { "en-US": "p", "zh-CN": "p（单笔金额形状参数）" },
  q: { "en-US": "q", "zh-CN": "q（客户金额形状参数）" },
  v: { "en-US": "v", "zh-CN": "v（客户金额尺度参数）" },
  customers: { "en-US": "customers", "zh-CN": "客户数" },
};

/** Header labels of ECOM.CLV.SUMMARY (keys in CLV_SUMMARY_COLUMNS order). */
export const CLV_SUMMARY_LABELS: Record<ClvSummaryColumnKey, Bilingual> = {
  customer: { "en-US": "customer", "zh-CN": "客户" },
  frequency: { "en-US": "frequency", "zh-CN": "复购次数" },
  recency: { "en-US": "recency", "zh-CN": "首末购买间隔" },
  age: { "en-US": "age", "zh-CN": "客户存续时长" },
  monetary: { "en-US": "monetary", "zh-CN": "平均复购金额" },
};
