/** The outbound domain's types and client-safe helpers: importable from components as well as server code. */
export { filtersToSearch, type OutboundFilters } from './filters';
export { MAX_UNITS } from './order-input';
export { outboundOrderApiPath, outboundOrderPath } from './paths';
export {
  feeTotals,
  previewProblems,
  reasonLabel,
  verdictProblem,
  type FeeTotal,
  type PreviewFee,
  type PreviewOption,
  type PreviewProblem,
  type SpeedVerdict,
} from './preview';
export type { FeatureEligibility, OutboundListRow, OutboundOrderView, SkuOption } from './queries';
export type { FulfillmentOrderDetail } from './reshape';
export {
  FEATURE_LABELS,
  FULFILLMENT_ORDER_STATUSES,
  FULFILLMENT_POLICIES,
  POLICY_LABELS,
  SHIPPING_SPEEDS,
  fbaCarrierName,
  packageStatusLabel,
  policyLabel,
  returnConditionLabel,
  returnReasonLabel,
  shipmentStatusLabel,
  statusLabel,
  type FeatureName,
  type FulfillmentPolicy,
} from './status-rules';
export type { PackageTracking } from './tracking';
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, csvLine, parseCsv, type CsvTable } from './import-csv';
export {
  FIELD_LABELS,
  IMPORT_FIELDS,
  MAX_IMPORT_ORDERS,
  SHOP_LABELS,
  detectShop,
  groupOrders,
  importReference,
  mappingProblems,
  presetMapping,
  startingMapping,
  type ColumnMapping,
  type GroupedOrder,
  type ImportField,
  type ImportShop,
  type ImportedOrder,
} from './import-mapping';
export { IMPORT_BATCH_SIZE } from './import-order';
export type { ImportCheck, ImportPreview, ImportResult } from './import-service';
