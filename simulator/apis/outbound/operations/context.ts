/**
 * What outbound operations share: the store brought up to the simulated now, the caller's
 * order, and the marketplace and feature rules the model states in prose.
 */
import { DEMO_SELLERS, invalidInput, notFound, type SimRequest, type SimSku } from '../../../core/contract.js';
import type { FeatureSettings } from '../../../../lib/sp-api/generated/fulfillment-outbound.js';
import type { OutboundOrder } from '../lifecycle.js';
import { requiresFeature, resolveMarketplace, servesDestination } from '../preview.js';
import { MARKETPLACES, type Region } from '../reference.js';
import type { OutboundStore } from '../store.js';

/** An outbound operation: the handler for one operationId, over the module's store. */
export type OutboundOperation = (store: OutboundStore, req: SimRequest) => unknown;

/** Every call first brings the seller's orders (and their stock movements) up to now. */
export function prepare(store: OutboundStore, req: SimRequest): Date {
  const now = req.clock.now();
  store.ensureSeeded(req.sellerId);
  store.settleSeller(req.sellerId, now);
  return now;
}

/** The marketplaces a seller sells in: the demo sellers' lists, else whatever their SKUs are listed under. */
export function sellerMarketplaces(store: OutboundStore, sellerId: string): string[] {
  const demo = Object.values(DEMO_SELLERS).find((s) => s.sellerId === sellerId);
  if (demo) return [...demo.marketplaceIds];
  return [...new Set(store.catalog.list(sellerId).flatMap((s) => s.marketplaceIds))];
}

export function regionOf(marketplaceId: string): Region {
  return MARKETPLACES[marketplaceId]?.region ?? 'na';
}

export function requireOrder(store: OutboundStore, sellerId: string, id: string, now: Date): OutboundOrder {
  const order = store.get(sellerId, id);
  if (!order) throw notFound(`Fulfillment order ${id} not found.`);
  store.settle(order, now);
  return order;
}

export function checkSellerMarketplace(store: OutboundStore, sellerId: string, marketplaceId: string): void {
  if (!sellerMarketplaces(store, sellerId).includes(marketplaceId) || !MARKETPLACES[marketplaceId]) {
    throw invalidInput(`Value ${marketplaceId} for parameter marketplaceId is invalid.`, 'The seller is not registered in this marketplace.');
  }
}

/** The marketplace an order goes through (as requested, or resolved from the destination), which must serve its destination. */
export function checkMarketplace(store: OutboundStore, sellerId: string, requested: string | undefined, countryCode: string): string {
  const marketplaces = sellerMarketplaces(store, sellerId);
  const marketplaceId = resolveMarketplace(requested, marketplaces, countryCode);
  if (!marketplaceId || !MARKETPLACES[marketplaceId]) {
    throw invalidInput(`Value ${requested ?? ''} for parameter marketplaceId is invalid.`, 'The seller is not registered in this marketplace.');
  }
  if (!servesDestination(regionOf(marketplaceId), countryCode)) {
    throw invalidInput(`Destination address country ${countryCode} cannot be served from marketplace ${marketplaceId}.`, 'InvalidDestinationAddress');
  }
  return marketplaceId;
}

/** featureConstraints marked Required need a SKU eligible for the feature. */
export function checkFeatures(sku: SimSku, constraints: FeatureSettings[] | undefined): void {
  for (const name of ['BLANK_BOX', 'BLOCK_AMZL'] as const) {
    if (requiresFeature(constraints, name) && !sku.features[name]) {
      throw invalidInput(`SellerSKU ${sku.sellerSku} is not eligible for feature ${name}, which featureConstraints mark as Required.`, 'SKU_NOT_ELIGIBLE');
    }
  }
}
