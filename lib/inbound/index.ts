/** The inbound domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { fetchBillOfLadingPdf, fetchLabelsPdf } from './documents';
export { buildLabelsParams, labelRequestProblems, labelsInput } from './labels-input';
export { adviseSkus, getPlan, listPlans, listShipFromAddresses } from './plans';
export { INBOUND_PAGE_SIZE, countInboundShipments, destinationsOf, getShipmentDetail, listInboundShipments, skuChoices } from './queries';
export { reshapeInboundShipment, reshapeInboundShipmentItem } from './reshape';
export { errorResponse, pdfResponse, shipmentAccess } from './route-access';
export { inboundListHref, parseInboundFilters } from './search-params';
export { readPreorderInfo } from './shipments';
export { canCancelShipment, canEditShipment, canPrintLabels } from './status';
export { declaredCurrencyFor } from './transport-input';
export { toTransportView } from './transport-view';
export { readStoredTransport, transportForPage } from './transport';
export { upsertInboundShipments } from './upsert';
