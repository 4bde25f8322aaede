/** The orders domain's types and client-safe helpers: importable from components as well as server code. */
export { SHIP_BY_RISK_MS, shipByAtRisk } from './backorder/hold-rules';
export type { BackorderMark, FulfillmentDecisionRecord } from './backorder/holds';
export type { LinkedFulfillmentOrder, OrderItemWithStock } from './detail';
export type { CancellationRecord } from './cancellation/service';
export type { LastSynced } from './last-synced';
export {
  ALL,
  FULFILLED_BY,
  FULFILLED_BY_LABELS,
  ORDER_STATUSES,
  ORDER_STATUS_LABELS,
  PAGE_SIZES,
  TO_SHIP,
  countInView,
  defaultSort,
  isDefaultSort,
  fulfilledByLabel,
  orderListHref,
  orderStatusLabel,
  type FulfilledBy,
  type OrderListFilters,
  type OrderSort,
  type OrderStatus,
  type StatusView,
} from './list-filters';
export { availabilityText, LOW_STOCK_LABELS } from './low-stock';
export { addressTypeLabel, serviceLevelLabel } from './fulfillment-words';
export { messageKindFor, type MessageKind } from './messaging/message-forms';
export { ATTACHMENT_ACCEPT, ATTACHMENT_LIMIT_TEXT, MAX_ATTACHMENT_BYTES } from './messaging/attachment-file';
export type { SentMessage } from './messaging/service';
export type { ItemSummary, OrderListPageRow, OrderListRow, StatusCounts } from './queries';
export {
  BULK_FULFILL_BATCH,
  ordersToSend,
  previewFailed,
  sendingFeeTotals,
  type BulkFulfillOutcome,
  type BulkFulfillResult,
  type BulkPreviewResult,
} from './bulk-fulfill-rules';
export type { BulkFulfillCandidate, BulkFulfillLine } from './bulk-fulfill';
export { MAX_SELECTED_ORDERS, parseSelectedOrderIds, selectedOrdersHref, type SelectedOrderIds } from './selection';
export { SHIP_BY_URGENCY_LABELS, shipByUrgency, type ShipByUrgency } from './ship-by';
export type { OrderItemRow } from './reshape';
export { PICKUP_STATUS_LABELS, SHIPMENT_STATUSES } from './shipment/confirm-body';
export { CARRIERS, carrierLabel, OTHER_CARRIER } from './shipment/carriers';
export { FULFILLMENT_DECISION_STATUSES, LOW_STOCK_CHOICES, type FulfillmentDecisionStatus, type LowStockChoice } from '@/db/schema/order-fulfillment-choices';
export type { LowStockDecisionLine } from '@/db/schema/order-fulfillment';
export {
  MAX_SHIPMENT_CSV_BYTES,
  MAX_SHIPMENT_CSV_ROWS,
  SHIPMENT_CSV_BATCH,
  failuresCsv,
  parseShipmentCsv,
  shipmentLineCarrier,
  type ShipmentLine,
  type ShipmentLineOutcome,
  type ShipmentLineResult,
} from './shipment/csv-lines';
