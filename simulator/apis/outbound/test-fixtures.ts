/** Test helpers: an in-memory catalog, a hand-driven clock and a direct handler caller. */
import { SimError, type SimCatalog, type SimClock, type SimRequest, type SimSku } from '../../core/contract.js';
import type { OutboundModule } from './index.js';

export const SELLER = 'A1DEMOSELLERNA';
export const US = 'ATVPDKIKX0DER';

export class FakeCatalog implements SimCatalog {
  private readonly skus = new Map<string, SimSku>();
  list(sellerId: string): SimSku[] {
    return [...this.skus.values()].filter((s) => s.sellerId === sellerId);
  }
  get(sellerId: string, sellerSku: string): SimSku | undefined {
    const sku = this.skus.get(`${sellerId}/${sellerSku}`);
    return sku;
  }
  adjust(sellerId: string, sellerSku: string, change: Partial<SimSku['qty']>, now: Date): SimSku {
    const sku = this.get(sellerId, sellerSku);
    if (!sku) throw new Error(`no SKU ${sellerSku}`);
    for (const [key, delta] of Object.entries(change) as [keyof SimSku['qty'], number][]) sku.qty[key] = Math.max(0, sku.qty[key] + delta);
    sku.lastUpdated = now;
    return sku;
  }
  put(sku: SimSku): void {
    this.skus.set(`${sku.sellerId}/${sku.sellerSku}`, sku);
  }
  remove(sellerId: string, sellerSku: string): boolean {
    return this.skus.delete(`${sellerId}/${sellerSku}`);
  }
}

export function makeSku(sellerSku: string, fulfillable: number, extra: Partial<SimSku> = {}): SimSku {
  return {
    sellerId: SELLER,
    marketplaceIds: [US, 'A2EUQ1WTGCTBG2', 'A1AM78C64UM0Y8'],
    sellerSku,
    asin: `B0${sellerSku
      .replace(/[^A-Z0-9]/g, '')
      .padEnd(8, 'X')
      .slice(0, 8)}`,
    fnsku: `X00${sellerSku
      .replace(/[^A-Z0-9]/g, '')
      .padEnd(7, 'Y')
      .slice(0, 7)}`,
    title: `Test item ${sellerSku}`,
    condition: 'NewItem',
    price: { currencyCode: 'USD', amount: 19.99 },
    weightLb: 1,
    dimensionsIn: { length: 6, width: 4, height: 2 },
    features: { BLANK_BOX: true, BLOCK_AMZL: false },
    qty: {
      fulfillable,
      inboundWorking: 0,
      inboundShipped: 0,
      inboundReceiving: 0,
      reservedCustomerOrders: 0,
      reservedTransfers: 0,
      reservedProcessing: 0,
      researching: 0,
      unfulfillable: 0,
    },
    lastUpdated: new Date('2025-01-01T00:00:00Z'),
    ...extra,
  };
}

export class ManualClock implements SimClock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export interface CallParts {
  body?: unknown;
  path?: Record<string, string>;
  query?: Record<string, string | string[]>;
  sellerId?: string;
}

export function caller(module: OutboundModule, clock: SimClock) {
  const request = (operationId: string, parts: CallParts = {}): SimRequest => ({
    operationId,
    piiRoles: true,
    sellerId: parts.sellerId ?? SELLER,
    path: parts.path ?? {},
    query: parts.query ?? {},
    body: parts.body,
    headers: {},
    clock,
    publicUrl: 'http://sim.test:4100',
  });
  return {
    /** Model JSON, loosely typed so tests can reach into it. */
    call(operationId: string, parts?: CallParts): any {
      const handler = module.handlers[operationId];
      if (!handler) throw new Error(`no handler ${operationId}`);
      return handler(request(operationId, parts));
    },
    fail(operationId: string, parts?: CallParts): SimError {
      const handler = module.handlers[operationId];
      if (!handler) throw new Error(`no handler ${operationId}`);
      try {
        handler(request(operationId, parts));
      } catch (error) {
        if (error instanceof SimError) return error;
        throw error;
      }
      throw new Error(`${operationId} did not fail`);
    },
  };
}

export const ADDRESS = { name: 'Jane Doe', addressLine1: '1 Main St', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98101', countryCode: 'US' };

export function orderBody(id: string, items: { sku: string; qty: number; itemId?: string }[], extra: Record<string, unknown> = {}) {
  return {
    sellerFulfillmentOrderId: id,
    displayableOrderId: id,
    displayableOrderDate: '2025-03-01T12:00:00Z',
    displayableOrderComment: 'Thanks!',
    shippingSpeedCategory: 'Standard',
    destinationAddress: ADDRESS,
    items: items.map((i, n) => ({ sellerSku: i.sku, sellerFulfillmentOrderItemId: i.itemId ?? `${id}-${n + 1}`, quantity: i.qty })),
    ...extra,
  };
}
