/**
 * The operations the client still calls although Amazon has removed or deprecated them, each
 * with the issue that moves the product off it. This is the only exception to "the client calls
 * Amazon's current APIs": `current-api.test.ts` fails when an operation outside Amazon's current
 * models (sp-api-models/, not legacy/) is missing here, and when an entry here is no longer
 * needed, so the list only shrinks. Against Amazon's own hosts the client refuses an entry once
 * its retirement date has passed (client.ts), so a seller gets a plain message, not a 404.
 */
import type { ModelName } from './models';

export interface LegacyOperation {
  /** The client namespace (`ordersV0`, `fulfillmentInboundV0`, ...). */
  model: ModelName;
  operationId: string;
  /** 'removed': gone from Amazon's current model; 'deprecated': still in it, marked deprecated. */
  amazonStatus: 'removed' | 'deprecated';
  /** YYYY-MM-DD (UTC): from this day Amazon no longer answers the operation. */
  retiredOn: string;
  /** What the operation does, in the seller's words, completing "the old way to ...". */
  sellerAction: string;
  /** What Amazon offers instead. */
  amazonReplacement: string;
  /** What the seller can do instead in the product, until and after the move. */
  productReplacement: string;
  /** Why the product still calls it: the issue that moves it off. */
  reason: string;
}

// Amazon removed these from Fulfillment Inbound v0 on 2025-01-21; the client is generated from
// the older snapshot sp-api-models/legacy/fulfillmentInboundV0_2023-03-23.json that has them.
const INBOUND_V0_REMOVAL = {
  model: 'fulfillmentInboundV0',
  amazonStatus: 'removed',
  retiredOn: '2025-01-21',
  amazonReplacement: 'Send to Amazon (Fulfillment Inbound API 2024-03-20)',
  productReplacement: 'Until Seller Ops moves inbound shipments to Send to Amazon, create and manage this shipment in Seller Central.',
  reason: 'Inbound moves to Fulfillment Inbound 2024-03-20 in the issue "Inbound on Amazon\'s current API".',
} as const;

export const LEGACY_OPERATIONS: readonly LegacyOperation[] = [
  { ...INBOUND_V0_REMOVAL, operationId: 'getInboundGuidance', sellerAction: 'check whether items can be sent to Amazon' },
  { ...INBOUND_V0_REMOVAL, operationId: 'createInboundShipmentPlan', sellerAction: 'plan an inbound shipment' },
  { ...INBOUND_V0_REMOVAL, operationId: 'createInboundShipment', sellerAction: 'create an inbound shipment' },
  { ...INBOUND_V0_REMOVAL, operationId: 'updateInboundShipment', sellerAction: 'change an inbound shipment' },
  { ...INBOUND_V0_REMOVAL, operationId: 'getPreorderInfo', sellerAction: 'check pre-order for an inbound shipment' },
  { ...INBOUND_V0_REMOVAL, operationId: 'confirmPreorder', sellerAction: 'confirm pre-order for an inbound shipment' },
  { ...INBOUND_V0_REMOVAL, operationId: 'putTransportDetails', sellerAction: 'enter the transport of an inbound shipment' },
  { ...INBOUND_V0_REMOVAL, operationId: 'estimateTransport', sellerAction: "get the carrier's estimate for an inbound shipment" },
  { ...INBOUND_V0_REMOVAL, operationId: 'getTransportDetails', sellerAction: 'read the transport of an inbound shipment' },
  { ...INBOUND_V0_REMOVAL, operationId: 'confirmTransport', sellerAction: "accept the carrier's charge for an inbound shipment" },
  { ...INBOUND_V0_REMOVAL, operationId: 'voidTransport', sellerAction: 'cancel the carrier for an inbound shipment' },
];

export function legacyOperation(model: string, operationId: string, list: readonly LegacyOperation[] = LEGACY_OPERATIONS): LegacyOperation | undefined {
  return list.find((entry) => entry.model === model && entry.operationId === operationId);
}

/** The entry for this operation when Amazon no longer answers it at `nowMs`. */
export function retiredOperation(
  model: string,
  operationId: string,
  nowMs: number,
  list: readonly LegacyOperation[] = LEGACY_OPERATIONS,
): LegacyOperation | undefined {
  const entry = legacyOperation(model, operationId, list);
  return entry && nowMs >= Date.parse(`${entry.retiredOn}T00:00:00Z`) ? entry : undefined;
}
