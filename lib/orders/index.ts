/** The orders domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { bulkFulfillCandidates, type BulkFulfillCandidate } from './bulk-fulfill';
export { heldBackorderOf } from './backorder/holds';
export { recheckHeldBackorders } from './backorder/recheck';
export { ORDER_CSV_HEADER, csvRow, orderCsvRow } from './csv';
export { getOrderDetail } from './detail';
export { lastSyncedFor } from './last-synced';
export { applyAccountView, parseOrderFilters } from './list-filters';
export { messagesOf, messagingActionsFor } from './messaging/service';
export { orderActions } from './order-actions';
export { cancellationsOf, checkCancellations } from './cancellation/service';
export { canFulfillWithFba, decisionsOf, findOrder, fulfillableBySku, fulfillmentOrdersOf, itemsOf } from './order-context';
export { loadOrderList, orderBatchesForExport } from './queries';
export { ORDER_DATASETS, orderDatasets, reshapeOrder } from './reshape';
export { BuyerNameIndex } from './buyer-name-index';
export { buyerNameIndexFor, buyerNameSearchFor } from './buyer-name-key';
export { confirmShipmentMode, confirmShippedFbaOrders, confirmationsOf, pendingFbaPackages } from './shipment/service';
export { writeOrders } from './upsert';
