/** The inbound domain's types and client-safe helpers: importable from components as well as server code. */
export { LABEL_TYPES, PAGE_TYPES } from './labels-input';
export { SHIPMENT_STATUSES, STATUS_LABELS, isDiscrepancy, receiptOf, statusLabel, timelineOf, type Receipt, type ShipmentReceipt } from './status';
export type { TransportView } from './transport-view';
export {
  LABEL_PREP_PREFERENCE_LABELS,
  LABEL_PREP_TYPE_LABELS,
  PAGE_TYPE_LABELS,
  PREP_INSTRUCTION_LABELS,
  TRANSPORT_STATUS_LABELS,
  labelPrepPreferenceText,
  labelPrepText,
  pageTypeLabel,
  prepInstructionLabel,
  transportStatusLabel,
} from './words';
export { ITEM_LABEL_PAGE_TYPES, THERMAL_SIZES } from './send-to-amazon/labels';
export { CM_PER_IN, KG_PER_LB, MAX_BOX_LB, MAX_BOX_SIDE_IN, MAX_PLAN_ITEMS } from './send-to-amazon/limits';
export type { BoxContentSource } from './send-to-amazon/input';
export { BOX_CONTENT_SOURCE_LABELS, boxContentSourcesOf } from './send-to-amazon/box-contents';
export { boxCsvSizeProblem, boxCsvTemplate, parseBoxCsv, type BoxFormLine } from './send-to-amazon/box-csv';
export { planCancelled, planStep, workingOn, type PlanStep, type PlanStepKey } from './send-to-amazon/step';
export { openProblems, problemSku } from './send-to-amazon/problems';
export type { PlanSnapshot, SnapshotShipment } from '@/db/schema';
export {
  APPOINTMENT_CANCEL_REASON_LABELS,
  ITEM_LABEL_PAGE_TYPE_LABELS,
  PREP_TYPE_LABELS,
  appointmentCancelReasonLabel,
  itemLabelPageTypeLabel,
  prepTypeLabel,
  transportLabel,
} from './send-to-amazon/words';
export { FREIGHT_CLASSES, MAX_PALLET_HEIGHT_IN, MAX_PALLET_LB, freightClassLabel, type FreightClass } from './send-to-amazon/freight';
export { CHOOSABLE_PREP_CATEGORIES, PREP_CATEGORY_LABELS, defaultPrepOwner, type SkuPrep } from './send-to-amazon/prep';
export type { BoxTemplate } from './box-templates';
export { needsItemCompliance, type SkuCompliance } from './send-to-amazon/compliance';
export { PLAN_PREFILL_PARAM, planPrefillHref, readPlanPrefill, type PrefillLine } from './plan-prefill';
