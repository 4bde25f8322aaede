/**
 * Whether the caller may name the marketplaces (and fulfillment countries) in a request. Amazon
 * refuses both cases with 403 Unauthorized "Access to requested resource is denied.":
 *
 * - a marketplace of another region than the host's, with details "The marketplaces you
 *   provided are not valid for region." (the answer quoted in
 *   amzn/selling-partner-api-models#5126, JP named on the EU host);
 * - a marketplace of the host's region the seller does not sell in, with empty details
 *   (saleweaver/python-amazon-sp-api#399: a seller in JP naming SG on the FE host).
 *
 * Ids that are no Amazon marketplace at all are left to the operation, which answers 400
 * InvalidInput as before. Countries (where an inbound shipment goes, where an MCF order ships
 * from) are checked for their region only: Amazon's fulfillment networks span the
 * marketplaces of a region, so a UK seller may send stock to a French warehouse.
 *
 * The fields are found by name, the same names in every served model: query parameters and
 * request-body fields (at any depth: addInventory lists items) called marketplaceId(s) or
 * MarketplaceId(s) or destinationMarketplaces (createInboundPlan), granularityId when
 * granularityType is Marketplace, and the country fields.
 */
import type { SimError } from './contract.js';
import { accessDenied } from './errors.js';
import type { SimRegion } from './regions.js';
import { AMAZON_MARKETPLACES, regionOfCountry } from '../state/marketplaces.js';
import { sellers } from '../state/sellers.js';

const MARKETPLACE_FIELD = /^(marketplaceIds?|destinationMarketplaces)$/i;
const COUNTRY_FIELDS = new Set(['ShipToCountryCode', 'ShipToCountrySubdivisionCode', 'shipFromCountryCode']);

export interface NamedPlaces {
  marketplaceIds: string[];
  /** ISO 3166-1 alpha-2; a subdivision code (IN-KA) contributes its country. */
  countryCodes: string[];
}

function collect(field: string, value: unknown, into: NamedPlaces): void {
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  if (MARKETPLACE_FIELD.test(field)) into.marketplaceIds.push(...values);
  else if (COUNTRY_FIELDS.has(field)) into.countryCodes.push(...values.map((v) => v.split('-')[0] ?? v));
}

function walkBody(node: unknown, into: NamedPlaces): void {
  if (Array.isArray(node)) {
    for (const item of node) walkBody(item, into);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [field, value] of Object.entries(node)) {
    collect(field, value, into);
    if (typeof value === 'object') walkBody(value, into);
  }
}

export function placesNamedIn(query: Record<string, string | string[]>, body: unknown): NamedPlaces {
  const named: NamedPlaces = { marketplaceIds: [], countryCodes: [] };
  for (const [field, value] of Object.entries(query)) collect(field, value, named);
  if (query.granularityType === 'Marketplace' && query.granularityId !== undefined) collect('marketplaceId', query.granularityId, named);
  walkBody(body, named);
  return named;
}

const NOT_VALID_FOR_REGION = 'The marketplaces you provided are not valid for region.';

/** Amazon's refusal when the seller may not name one of these places on this region's host. */
export function marketplaceRefusal(named: NamedPlaces, sellerId: string, hostRegion: SimRegion): SimError | undefined {
  const participating = sellers.get(sellerId)?.marketplaceIds ?? [];
  const regions = [...named.marketplaceIds.map((id) => AMAZON_MARKETPLACES[id]?.region), ...named.countryCodes.map(regionOfCountry)];
  if (regions.some((region) => region !== undefined && region !== hostRegion)) return accessDenied(NOT_VALID_FOR_REGION);
  if (named.marketplaceIds.some((id) => AMAZON_MARKETPLACES[id] && !participating.includes(id))) return accessDenied();
  return undefined;
}
