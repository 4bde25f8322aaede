/**
 * How Amazon splits a seller's SKUs into shipments, one per (fulfillment center, label type),
 * for the seeded shipments:
 *
 * - Size tier (prep.ts): oversize SKUs go to the country's oversize building(s), standard ones
 *   to a standard building chosen by a hash of the SellerSKU.
 * - Label prep: stickerless units (CanUseOriginalBarcode -> NO_LABEL) never share a shipment
 *   with labelled ones, even at the same fulfillment center. The seller labels the others.
 */
import type { SimSku } from '../../core/contract.js';
import type { LabelPrepType, PrepDetails } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { FULFILLMENT_CENTERS, type FulfillmentCenter } from './fulfillment-centers.js';
import { bucketOf } from './hash.js';
import { prepProfileFor, sizeTierOf } from './prep.js';

export interface ShipmentGroup {
  center: FulfillmentCenter;
  labelPrepType: LabelPrepType;
  /** In the order the SKUs were given. */
  items: { sku: SimSku; prepDetails: PrepDetails[] }[];
}

export function chooseFulfillmentCenter(sku: SimSku, country: string): FulfillmentCenter {
  const centers = FULFILLMENT_CENTERS[country] ?? [];
  const pool = centers.filter((center) => center.handles === sizeTierOf(sku));
  const candidates = pool.length > 0 ? pool : centers;
  const chosen = candidates[bucketOf(sku.sellerSku, candidates.length, `fc:${country}`)];
  if (!chosen) throw new Error(`No fulfillment center receives inbound shipments in ${country}.`);
  return chosen;
}

/** The groups in a stable order: by fulfillment center, then label type. */
export function splitIntoShipments(skus: SimSku[], country: string): ShipmentGroup[] {
  const groups = new Map<string, ShipmentGroup>();
  for (const sku of skus) {
    const profile = prepProfileFor({ sellerSku: sku.sellerSku, asin: sku.asin });
    const labelPrepType: LabelPrepType = profile.BarcodeInstruction === 'CanUseOriginalBarcode' ? 'NO_LABEL' : 'SELLER_LABEL';
    const center = chooseFulfillmentCenter(sku, country);
    const key = `${center.id}|${labelPrepType}`;
    const group = groups.get(key) ?? { center, labelPrepType, items: [] };
    groups.set(key, group);
    const prepDetails = profile.PrepInstructionList.map((prep): PrepDetails => ({ PrepInstruction: prep, PrepOwner: 'SELLER' }));
    group.items.push({ sku, prepDetails });
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => group);
}
