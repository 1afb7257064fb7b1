/** Templates: form contract, parameters → SheetSpec builders, and sheet naming. */
export {
  TEMPLATE_FIELDS,
  buildTemplate,
  demoForm,
  demoParams,
  validateForm,
  type FieldOption,
  type FieldSpec,
} from "./form";
export type { CampaignPlanParams, KpiReviewParams, TemplateId, TemplateParams } from "./params";
export { cleanSheetName, uniqueSheetName } from "./sheet-name";
export type { SheetSpec } from "./sheet-spec";
