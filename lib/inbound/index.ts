/** The inbound domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { listBoxTemplates, type BoxTemplate } from './box-templates';
export { fetchBillOfLadingPdf, fetchLabelsPdf } from './documents';
export { buildLabelsParams, labelRequestProblems, labelsInput, withKnownCounts } from './labels-input';
export { getPlan, listPlans } from './plans';
export { listShipFromAddresses } from './ship-from-addresses';
export { INBOUND_PAGE_SIZE, countInboundShipments, destinationsOf, getShipmentDetail, listInboundShipments, receiptsOf, skuChoices } from './queries';
export { reshapeInboundShipment, reshapeInboundShipmentItem } from './reshape';
export { errorResponse, pdfResponse, planAccess, shipmentAccess, whyNoShipmentDocuments } from './route-access';
export { billOfLadingPdf, boxLabelsPdf, boxLabelsQuery, itemLabelsPdf, itemLabelsQuery } from './send-to-amazon/documents';
export { needsSelfShipAppointment } from './send-to-amazon/appointments';
export { syncSendToAmazonPlans } from './send-to-amazon/import-plans';
export { listSendToAmazonPlans, loadPlan as loadSendToAmazonPlan, planMeasures, planOfShipment, type SendToAmazonPlan } from './send-to-amazon/service';
export { inboundListHref, parseInboundFilters } from './search-params';
export { canPrintLabels } from './status';
export { toTransportView } from './transport-view';
export { readStoredTransport } from './transport';
export { upsertInboundShipments } from './upsert';
