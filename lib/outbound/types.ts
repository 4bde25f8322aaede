/** The outbound domain's types and client-safe helpers: importable from components as well as server code. */
export { filtersToSearch, type OutboundFilters } from './filters';
export { MAX_UNITS } from './order-input';
export { outboundOrderApiPath, outboundOrderPath } from './paths';
export { reasonLabel, unfulfillableReasons, type PreviewOption } from './preview';
export type { FeatureEligibility, OutboundListRow, OutboundOrderView, SkuOption } from './queries';
export type { FulfillmentOrderDetail } from './reshape';
export {
  FEATURE_LABELS,
  FULFILLMENT_ORDER_STATUSES,
  FULFILLMENT_POLICIES,
  POLICY_LABELS,
  SHIPPING_SPEEDS,
  fbaCarrierName,
  policyLabel,
  shipmentStatusLabel,
  statusLabel,
  type FeatureName,
  type FulfillmentPolicy,
} from './status-rules';
export type { PackageTracking } from './tracking';
