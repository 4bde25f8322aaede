/**
 * What every inbound operation starts from: the store brought up to the simulated now, the
 * caller's shipment, and the marketplace checks the model states in prose.
 */
import { invalidInput, type SimCatalog, type SimRequest } from '../../../core/contract.js';
import { shipmentStatusAt } from '../lifecycle.js';
import type { ShipmentRecord } from '../records.js';
import type { InboundStore } from '../store.js';

/** An inbound operation: the handler for one operationId, over the module's store. */
export type InboundOperation = (store: InboundStore, req: SimRequest) => unknown;

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** Every call first brings the seller's shipments (and the catalog) up to the simulated now. */
export function load(store: InboundStore, req: SimRequest): Date {
  const now = req.clock.now();
  store.syncSeller(req.sellerId, now);
  return now;
}

/** The caller's shipment from the path, which must still be WORKING to allow `action`. */
export function workingShipment(store: InboundStore, req: SimRequest, now: Date, action: string): ShipmentRecord {
  const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
  const status = shipmentStatusAt(shipment, now);
  if (status !== 'WORKING') throw invalidInput(`Cannot ${action}: shipment ${shipment.shipmentId} is ${status}, not WORKING.`);
  return shipment;
}

/** Records a seller change and moves the catalog to match. */
export function touch(store: InboundStore, shipment: ShipmentRecord, now: Date): void {
  shipment.sellerUpdatedAt = now;
  store.sync(shipment, now);
}

export function assertSellerMarketplace(catalog: SimCatalog, sellerId: string, marketplaceId: string): void {
  const marketplaces = new Set(catalog.list(sellerId).flatMap((sku) => sku.marketplaceIds));
  if (marketplaces.size > 0 && !marketplaces.has(marketplaceId)) {
    throw invalidInput(`MarketplaceId ${marketplaceId} is not a marketplace this seller sells in.`);
  }
}

export function assertShipmentMarketplace(shipment: ShipmentRecord, marketplaceId: string): void {
  if (shipment.marketplaceId !== marketplaceId) {
    throw invalidInput(`Shipment ${shipment.shipmentId} belongs to marketplace ${shipment.marketplaceId}, not ${marketplaceId}.`);
  }
}
