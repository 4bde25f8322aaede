/** The inbound domain's types and client-safe helpers: importable from components as well as server code. */
export { LABEL_TYPES, PAGE_TYPES } from './labels-input';
export type { SkuAdvice } from './plans';
export { SHIPMENT_STATUSES, STATUS_LABELS, canChangeTransport, canConfirm, canEstimate, isTransportSettling, statusLabel, timelineOf } from './status';
export { FREIGHT_CLASSES } from './transport-input';
export type { TransportView } from './transport-view';
export { formatRemaining, voidAvailability } from './void-deadline';
