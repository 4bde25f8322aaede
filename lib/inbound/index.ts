/** The inbound domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { fetchBillOfLadingPdf, fetchLabelsPdf } from './documents';
export { buildLabelsParams, labelRequestProblems, labelsInput } from './labels-input';
export { adviseSkus, getPlan, listPlans, listShipFromAddresses } from './plans';
export { INBOUND_PAGE_SIZE, countInboundShipments, destinationsOf, getShipmentDetail, listInboundShipments, skuChoices } from './queries';
export { reshapeInboundShipment, reshapeInboundShipmentItem } from './reshape';
export { errorResponse, pdfResponse, planAccess, shipmentAccess } from './route-access';
export { billOfLadingPdf, boxLabelsPdf, boxLabelsQuery, itemLabelsPdf, itemLabelsQuery } from './send-to-amazon/documents';
export { syncSendToAmazonPlans } from './send-to-amazon/import-plans';
export { listSendToAmazonPlans, loadPlan as loadSendToAmazonPlan, type SendToAmazonPlan } from './send-to-amazon/service';
export { inboundListHref, parseInboundFilters } from './search-params';
export { readPreorderInfo } from './shipments';
export { canCancelShipment, canEditShipment, canPrintLabels } from './status';
export { declaredCurrencyFor } from './transport-input';
export { toTransportView } from './transport-view';
export { readStoredTransport, transportForPage } from './transport';
export { upsertInboundShipments } from './upsert';
