/**
 * The parameters a template is built from: what the form collects, already validated and typed
 * (src/templates/form.ts turns raw form input into these). Dates are ISO "yyyy-mm-dd" strings.
 */
import type { Language } from "../functions/language";

/** The templates the task pane and the CLI offer. */
export type TemplateId = "campaign-plan" | "kpi-review";

/** 活动策划方案: spec templates §2. */
export interface CampaignPlanParams {
  template: "campaign-plan";
  name: string;
  theme: string;
  /** First and last campaign day, "yyyy-mm-dd". */
  start: string;
  end: string;
  /** Total budget in `currency`, > 0. */
  budget: number;
  /** ISO 4217 code, e.g. "CNY". */
  currency: string;
  /** Gross margin as a fraction in (0, 1]. */
  margin: number;
  owner: string;
  /** Channel values from src/templates/channels.ts, or free text. */
  channels: string[];
  language: Language;
  /** Fill the input cells with the realistic 双11 example so that every formula shows a value. */
  demo: boolean;
}

/** KPI 复盘: spec templates §3. */
export interface KpiReviewParams {
  template: "kpi-review";
  title: string;
  start: string;
  end: string;
  language: Language;
  /** Name of a campaign-plan sheet in the same workbook whose objective targets are linked by formula. */
  planSheet?: string;
  demo: boolean;
}

export type TemplateParams = CampaignPlanParams | KpiReviewParams;
