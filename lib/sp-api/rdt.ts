/**
 * Restricted Data Tokens. Operations that return buyer PII answer only to an RDT. We always
 * ask for the GENERIC path (`/orders/v0/orders/{orderId}/address`), so one token serves every
 * order for its lifetime instead of costing one createRestrictedDataToken call per order.
 */
import type { HttpMethod, ModelName, OperationSpec } from './models';

export type RestrictedDataElement = 'buyerInfo' | 'shippingAddress' | 'buyerTaxInformation';

export interface RestrictedResource {
  /** The tokens API accepts these four; every restricted operation is a GET anyway. */
  method: Exclude<HttpMethod, 'PATCH'>;
  /** Generic path, with `{param}` placeholders. */
  path: string;
  dataElements?: RestrictedDataElement[];
}

/** Always restricted: these return nothing but PII. */
const ALWAYS_RESTRICTED = new Set(['ordersV0.getOrderAddress', 'ordersV0.getOrderBuyerInfo', 'ordersV0.getOrderItemsBuyerInfo']);

/** Restricted only when the caller asks for PII through dataElements. */
const RESTRICTED_WITH_DATA_ELEMENTS = new Set(['ordersV0.getOrders', 'ordersV0.getOrder', 'ordersV0.getOrderItems']);

export function isRestrictedOperation(model: ModelName, operationId: string): boolean {
  const name = `${model}.${operationId}`;
  return ALWAYS_RESTRICTED.has(name) || RESTRICTED_WITH_DATA_ELEMENTS.has(name);
}

/** The resource to request an RDT for, or undefined when a plain access token will do. */
export function restrictedResourceFor(
  model: ModelName,
  operationId: string,
  spec: OperationSpec,
  dataElements: readonly RestrictedDataElement[] | undefined,
): RestrictedResource | undefined {
  const name = `${model}.${operationId}`;
  if (spec.method === 'PATCH') return undefined;
  if (ALWAYS_RESTRICTED.has(name)) return { method: spec.method, path: spec.path };
  if (RESTRICTED_WITH_DATA_ELEMENTS.has(name) && dataElements && dataElements.length > 0) {
    return { method: spec.method, path: spec.path, dataElements: [...new Set(dataElements)].sort() };
  }
  return undefined;
}

/** Reuse an RDT until this long before it expires. */
export const RDT_EXPIRY_MARGIN_MS = 60_000;

export interface RdtCacheOptions {
  now: () => number;
  /** Calls createRestrictedDataToken for one resource. */
  create: (resource: RestrictedResource) => Promise<{ token: string; expiresInSeconds: number }>;
}

interface CachedRdt {
  token: string;
  expiresAtMs: number;
}

/** RDTs per (seller, method, generic path, data elements); concurrent callers share one request. */
export class RdtCache {
  private readonly cache = new Map<string, CachedRdt>();
  private readonly inFlight = new Map<string, Promise<CachedRdt>>();
  /** createRestrictedDataToken calls made; tests check reuse with it. */
  tokenRequests = 0;

  constructor(private readonly options: RdtCacheOptions) {}

  async token(sellingPartnerId: string, resource: RestrictedResource): Promise<string> {
    const key = [sellingPartnerId, resource.method, resource.path, (resource.dataElements ?? []).join(',')].join('|');
    const hit = this.cache.get(key);
    if (hit && hit.expiresAtMs - RDT_EXPIRY_MARGIN_MS > this.options.now()) return hit.token;
    let pending = this.inFlight.get(key);
    if (!pending) {
      this.tokenRequests += 1;
      pending = this.options
        .create(resource)
        .then(({ token, expiresInSeconds }) => {
          const entry = { token, expiresAtMs: this.options.now() + expiresInSeconds * 1000 };
          this.cache.set(key, entry);
          return entry;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return (await pending).token;
  }

  /** Drops an RDT that SP-API called expired. */
  invalidate(token: string): void {
    for (const [key, entry] of this.cache) if (entry.token === token) this.cache.delete(key);
  }
}
