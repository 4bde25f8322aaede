/** The outbound domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { OUTBOUND_CSV_HEADER, outboundCsvLines } from './csv';
export { accountFeatures, currentFeatures, featuresAreFresh } from './features';
export { parseOutboundFilters } from './filters';
export { AddressMappingError, orderCreateSpec, orderPreviewSpec, outboundAddressFrom, sellerFulfillmentOrderIdFor } from './from-order';
export { generateSellerFulfillmentOrderId } from './order-input';
export { previewShortfall, speedVerdict } from './preview';
export {
  PAGE_SIZE,
  fulfillableSkus,
  getOutboundOrderView,
  listOutboundOrders,
  outboundBatchesForExport,
  outboundStatusCounts,
  storedFeatures,
} from './queries';
export { fetchAndStoreFulfillmentOrder, refreshFulfillmentOrder } from './refresh';
export { createRequest, previewRequest } from './requests';
export { reshapeFulfillmentOrder, reshapeFulfillmentOrderDetail } from './reshape';
export { importMappings } from './import-service';
export { fetchPreview, listReturnReasons, submitFulfillmentOrder } from './service';
export { storedFulfillmentOrderVersions, upsertFulfillmentOrders } from './upsert';
