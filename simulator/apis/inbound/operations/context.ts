/**
 * What every inbound operation starts from: the store brought up to the simulated now, and the
 * marketplace check the model states in prose.
 */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { ShipmentRecord } from '../records.js';
import type { InboundStore } from '../store.js';

/** An inbound operation: the handler for one operationId, over the module's store. */
export type InboundOperation = (store: InboundStore, req: SimRequest) => unknown;

/** Every call first brings the seller's shipments (and the catalog) up to the simulated now. */
export function load(store: InboundStore, req: SimRequest): Date {
  const now = req.clock.now();
  store.syncSeller(req.sellerId, now);
  return now;
}

/** Records a seller change and moves the catalog to match. */
export function touch(store: InboundStore, shipment: ShipmentRecord, now: Date): void {
  shipment.sellerUpdatedAt = now;
  store.sync(shipment, now);
}

export function assertShipmentMarketplace(shipment: ShipmentRecord, marketplaceId: string): void {
  if (shipment.marketplaceId !== marketplaceId) {
    throw invalidInput(`Shipment ${shipment.shipmentId} belongs to marketplace ${shipment.marketplaceId}, not ${marketplaceId}.`);
  }
}
