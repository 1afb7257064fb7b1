/** Bilingual header labels of ECOM.BUDGETOPT's output "table" (spec §3; column keys from metrics/budget-optimizer). */
import type { BudgetTableColumn } from "../../metrics/budget-optimizer";
import type { Bilingual } from "../language";

export const BUDGET_TABLE_LABELS: Record<BudgetTableColumn, Bilingual> = {
  channel: { "en-US": "channel", "zh-CN": "渠道" },
  spend: { "en-US": "spend", "zh-CN": "花费" },
  response: { "en-US": "response", "zh-CN": "预期产出" },
  marginal_roas: { "en-US": "marginal_roas", "zh-CN": "边际ROAS" },
  share: { "en-US": "share", "zh-CN": "占比" },
};
