/**
 * createInboundShipmentPlan's rules: validate the request against the seller's catalog, then
 * split the items into shipment plans, one per (fulfillment center, label prep type).
 *
 * - Destination country: ShipToCountrySubdivisionCode's country, else ShipToCountryCode, else
 *   the country of the seller's home marketplace (the first marketplace its SKUs list).
 * - Size tier (prep.ts): oversize SKUs go to the country's oversize building(s), standard
 *   ones to a standard building chosen by a hash of the SellerSKU.
 * - Label prep: stickerless units (CanUseOriginalBarcode -> NO_LABEL) never share a shipment
 *   with labelled ones (SELLER_LABEL or AMAZON_LABEL), even at the same fulfillment center.
 */
import { invalidInput, type SimSku } from '../../core/contract.js';
import { currencyForCountry, FULFILLMENT_CENTERS, MARKETPLACE_COUNTRY, type FulfillmentCenter } from './fulfillment-centers.js';
import { bucketOf } from './hash.js';
import type {
  BoxContentsFeeDetails,
  CreateInboundShipmentPlanRequest,
  InboundShipmentPlan,
  LabelPrepType,
  PrepDetails,
} from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { labelPrepTypeFor, prepDetailsFor, prepProfileFor, sizeTierOf } from './prep.js';

/** Manual processing fee per unit when the seller sends no box contents. */
export const BOX_CONTENTS_FEE_PER_UNIT = 0.15;

export function destinationCountry(request: CreateInboundShipmentPlanRequest, homeMarketplaceId: string | undefined): string {
  if (request.ShipToCountryCode !== undefined && request.ShipToCountrySubdivisionCode !== undefined) {
    throw invalidInput('Specify either ShipToCountryCode or ShipToCountrySubdivisionCode, not both.');
  }
  let country: string | undefined;
  if (request.ShipToCountrySubdivisionCode !== undefined) {
    const match = /^([A-Z]{2})-[A-Z0-9]{1,3}$/.exec(request.ShipToCountrySubdivisionCode);
    if (!match?.[1]) {
      throw invalidInput(`ShipToCountrySubdivisionCode ${request.ShipToCountrySubdivisionCode} is not an ISO 3166-2 code such as IN-MH.`);
    }
    country = match[1];
  } else if (request.ShipToCountryCode !== undefined) {
    country = request.ShipToCountryCode;
  } else {
    country = (homeMarketplaceId && MARKETPLACE_COUNTRY[homeMarketplaceId]) ?? request.ShipFromAddress.CountryCode;
  }
  if (!FULFILLMENT_CENTERS[country]) {
    throw invalidInput(`Inbound shipments to country ${country} are not supported.`);
  }
  return country;
}

export function boxContentsFee(totalUnits: number, country: string): BoxContentsFeeDetails {
  const currency = currencyForCountry(country);
  return {
    TotalUnits: totalUnits,
    FeePerUnit: { CurrencyCode: currency, Value: BOX_CONTENTS_FEE_PER_UNIT },
    TotalFee: { CurrencyCode: currency, Value: Math.round(totalUnits * BOX_CONTENTS_FEE_PER_UNIT * 100) / 100 },
  };
}

/** Checks every item and returns the catalog SKUs in request order. */
export function validatePlanItems(request: CreateInboundShipmentPlanRequest, lookup: (sellerSku: string) => SimSku | undefined): SimSku[] {
  const items = request.InboundShipmentPlanRequestItems;
  if (items.length === 0) throw invalidInput('InboundShipmentPlanRequestItems must contain at least one item.');
  const withCase = items.filter((item) => item.QuantityInCase !== undefined).length;
  if (withCase !== 0 && withCase !== items.length) {
    throw invalidInput('QuantityInCase must be provided for every item in the shipment or for none of them.');
  }
  const seen = new Set<string>();
  const missing: string[] = [];
  const skus: SimSku[] = [];
  for (const item of items) {
    if (seen.has(item.SellerSKU)) throw invalidInput(`SellerSKU ${item.SellerSKU} appears more than once.`);
    seen.add(item.SellerSKU);
    if (!Number.isInteger(item.Quantity) || item.Quantity <= 0) {
      throw invalidInput(`Quantity for SellerSKU ${item.SellerSKU} must be a positive whole number.`);
    }
    if (item.QuantityInCase !== undefined && (item.QuantityInCase <= 0 || item.Quantity % item.QuantityInCase !== 0)) {
      throw invalidInput(`Quantity for SellerSKU ${item.SellerSKU} must be a multiple of a positive QuantityInCase.`);
    }
    const sku = lookup(item.SellerSKU);
    if (!sku) {
      missing.push(item.SellerSKU);
      continue;
    }
    if (sku.asin !== item.ASIN) {
      throw invalidInput(`ASIN ${item.ASIN} does not match SellerSKU ${item.SellerSKU} (listed as ${sku.asin}).`);
    }
    if (sku.condition !== item.Condition) {
      throw invalidInput(`Condition ${item.Condition} does not match SellerSKU ${item.SellerSKU} (listed as ${sku.condition}).`);
    }
    skus.push(sku);
  }
  if (missing.length > 0) {
    throw invalidInput('One or more SellerSKUs are not in your FBA catalog.', `Unknown SellerSKU: ${missing.join(', ')}`);
  }
  return skus;
}

export function chooseFulfillmentCenter(sku: SimSku, country: string): FulfillmentCenter {
  const centers = FULFILLMENT_CENTERS[country] ?? [];
  const tier = sizeTierOf(sku);
  const pool = centers.filter((center) => center.handles === tier);
  const candidates = pool.length > 0 ? pool : centers;
  const chosen = candidates[bucketOf(sku.sellerSku, candidates.length, `fc:${country}`)];
  if (!chosen) throw invalidInput(`No fulfillment center accepts inbound shipments to ${country}.`);
  return chosen;
}

/** Plans in a stable order (fulfillment center, then label type); ids come from `nextShipmentId`. */
export function splitIntoPlans(
  request: CreateInboundShipmentPlanRequest,
  skus: SimSku[],
  country: string,
  nextShipmentId: () => string,
): InboundShipmentPlan[] {
  const groups = new Map<string, { center: FulfillmentCenter; labelPrepType: LabelPrepType; items: InboundShipmentPlan['Items'] }>();
  request.InboundShipmentPlanRequestItems.forEach((item, index) => {
    const sku = skus[index];
    if (!sku) return;
    const profile = prepProfileFor({ sellerSku: sku.sellerSku, asin: sku.asin });
    const labelPrepType = labelPrepTypeFor(profile, request.LabelPrepPreference);
    const center = chooseFulfillmentCenter(sku, country);
    const key = `${center.id}|${labelPrepType}`;
    const group = groups.get(key) ?? { center, labelPrepType, items: [] };
    groups.set(key, group);
    const prep: PrepDetails[] = item.PrepDetailsList && item.PrepDetailsList.length > 0 ? item.PrepDetailsList : prepDetailsFor(profile, labelPrepType);
    group.items.push({
      SellerSKU: sku.sellerSku,
      FulfillmentNetworkSKU: sku.fnsku,
      Quantity: item.Quantity,
      ...(prep.length > 0 ? { PrepDetailsList: prep } : {}),
    });
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, group]) => ({
      ShipmentId: nextShipmentId(),
      DestinationFulfillmentCenterId: group.center.id,
      ShipToAddress: group.center.address,
      LabelPrepType: group.labelPrepType,
      Items: group.items,
      EstimatedBoxContentsFee: boxContentsFee(
        group.items.reduce((sum, item) => sum + item.Quantity, 0),
        country,
      ),
    }));
}
