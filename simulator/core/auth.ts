/**
 * Decides who is calling an SP-API operation from the x-amz-access-token header, and
 * whether that credential may call this operation on this path and this region's host.
 */
import { accessDenied, expiredToken, invalidToken, missingToken } from './errors.js';
import { compilePathTemplate } from './models.js';
import type { SimRegion } from './regions.js';
import type { RestrictedResourceGrant, TokenStore } from './tokens-store.js';
import { sellers } from '../state/sellers.js';

/** Operations that answer only to a restricted data token (they return buyer PII only). */
export const RESTRICTED_OPERATIONS = new Set(['ordersV0.json:getOrderAddress', 'ordersV0.json:getOrderBuyerInfo', 'ordersV0.json:getOrderItemsBuyerInfo']);

/** Grantless operations (client_credentials tokens) and the scope each needs. */
export const GRANTLESS_OPERATIONS: Record<string, string> = {
  'notifications.json:getDestinations': 'sellingpartnerapi::notifications',
  'notifications.json:createDestination': 'sellingpartnerapi::notifications',
  'notifications.json:getDestination': 'sellingpartnerapi::notifications',
  'notifications.json:deleteDestination': 'sellingpartnerapi::notifications',
  'notifications.json:deleteSubscriptionById': 'sellingpartnerapi::notifications',
};

export interface Caller {
  sellerId: string;
  /** The region whose host answers: the path's prefix, else the seller's own. Grantless calls: none. */
  region?: SimRegion;
  /** Present when the call used a restricted data token: the data elements it grants here. */
  rdt?: { dataElements: string[] };
  /** The app holds Amazon's restricted roles for buyer data. */
  piiRoles: boolean;
}

export function rdtGrantFor(resources: RestrictedResourceGrant[], method: string, path: string): RestrictedResourceGrant | undefined {
  return resources.find((r) => r.method === method && (r.path === path || (r.path.includes('{') && compilePathTemplate(r.path).pattern.test(path))));
}

export function authenticate(
  tokens: TokenStore,
  header: string | undefined,
  op: { model: string; operationId: string; method: string },
  path: string,
  nowMs: number,
  hostRegion: SimRegion | undefined,
): Caller {
  if (!header) throw missingToken();
  const grant = tokens.lookupAccessToken(header);
  if (!grant) throw invalidToken();
  if (grant.expiresAtMs <= nowMs) throw expiredToken();
  const key = `${op.model}:${op.operationId}`;
  const grantlessScope = GRANTLESS_OPERATIONS[key];
  if (grant.kind === 'grantless') {
    if (grantlessScope !== grant.scope) throw accessDenied();
    return { sellerId: '', piiRoles: false };
  }
  // A seller's tokens are good on its own region's host only. Elsewhere Amazon gives the bare
  // denial, empty details (amzn/selling-partner-api-models#854 and #4825: one token per region).
  const home = sellers.get(grant.sellerId)?.region;
  if (hostRegion !== undefined && hostRegion !== home) throw accessDenied();
  const region = hostRegion ?? home;
  const caller: Caller = { sellerId: grant.sellerId, piiRoles: grant.kind === 'lwa' && grant.piiRoles, ...(region ? { region } : {}) };
  if (grant.kind === 'rdt') {
    const resource = rdtGrantFor(grant.resources, op.method, path);
    if (!resource) throw accessDenied();
    return { ...caller, rdt: { dataElements: resource.dataElements } };
  }
  if (RESTRICTED_OPERATIONS.has(key)) throw accessDenied();
  return caller;
}
