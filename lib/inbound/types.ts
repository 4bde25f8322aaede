/** The inbound domain's types and client-safe helpers: importable from components as well as server code. */
export { LABEL_TYPES, PAGE_TYPES } from './labels-input';
export type { SkuAdvice } from './plans';
export { SHIPMENT_STATUSES, STATUS_LABELS, canChangeTransport, canConfirm, canEstimate, isTransportSettling, statusLabel, timelineOf } from './status';
export { FREIGHT_CLASSES } from './transport-input';
export type { TransportView } from './transport-view';
export { formatRemaining, voidAvailability } from './void-deadline';
export { ITEM_LABEL_PAGE_TYPES, THERMAL_SIZES } from './send-to-amazon/labels';
export { MAX_BOX_LB, MAX_BOX_SIDE_IN, MAX_PLAN_ITEMS } from './send-to-amazon/input';
export { planStep, workingOn, type PlanStep, type PlanStepKey } from './send-to-amazon/step';
export type { PlanSnapshot, SnapshotShipment } from '@/db/schema';
export { transportLabel } from './send-to-amazon/words';
