/**
 * Test support for the inbound module: an in-memory catalog, a hand-driven clock and a
 * caller that invokes handlers the way the core does (already validated input).
 */
import type { SimCatalog, SimClock, SimRequest, SimSku } from '../../core/contract.js';
import { createInboundModule, type InboundModule } from './index.js';
import type { ShipmentRecord } from './records.js';
import { splitIntoShipments } from './shipment-split.js';

export const SELLER = 'A1DEMOSELLERNA';
export const US = 'ATVPDKIKX0DER';

export class FakeClock implements SimClock {
  constructor(private current = new Date('2026-03-02T15:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

export class FakeCatalog implements SimCatalog {
  readonly skus = new Map<string, SimSku>();
  list(sellerId: string): SimSku[] {
    return [...this.skus.values()].filter((sku) => sku.sellerId === sellerId);
  }
  get(sellerId: string, sellerSku: string): SimSku | undefined {
    const sku = this.skus.get(`${sellerId}|${sellerSku}`);
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
    this.skus.set(`${sku.sellerId}|${sku.sellerSku}`, sku);
  }
  remove(sellerId: string, sellerSku: string): boolean {
    return this.skus.delete(`${sellerId}|${sellerSku}`);
  }
}

export function makeSku(sellerSku: string, overrides: Partial<SimSku> = {}): SimSku {
  return {
    sellerId: SELLER,
    marketplaceIds: [US, 'A2EUQ1WTGCTBG2'],
    sellerSku,
    asin: `B0${sellerSku
      .replace(/[^A-Z0-9]/g, '')
      .padEnd(8, '0')
      .slice(0, 8)}`,
    fnsku: `X00${sellerSku
      .replace(/[^A-Z0-9]/g, '')
      .padEnd(7, '0')
      .slice(0, 7)}`,
    title: `Test item ${sellerSku}`,
    condition: 'NewItem',
    price: { currencyCode: 'USD', amount: 20 },
    weightLb: 1,
    dimensionsIn: { length: 10, width: 6, height: 3 },
    features: { BLANK_BOX: false, BLOCK_AMZL: false },
    qty: {
      fulfillable: 10,
      inboundWorking: 0,
      inboundShipped: 0,
      inboundReceiving: 0,
      reservedCustomerOrders: 0,
      reservedTransfers: 0,
      reservedProcessing: 0,
      researching: 0,
      unfulfillable: 0,
    },
    lastUpdated: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

export const SHIP_FROM = { Name: 'Test Seller', AddressLine1: '1 Main St', City: 'Seattle', StateOrProvinceCode: 'WA', CountryCode: 'US', PostalCode: '98101' };

export interface Harness {
  module: InboundModule;
  catalog: FakeCatalog;
  clock: FakeClock;
  /** Handler result; `any` keeps assertions on deep payloads short (responses are schema-checked in contract.test.ts). */
  call(
    operationId: string,
    input?: { path?: Record<string, string>; query?: Record<string, string | string[]>; body?: unknown; sellerId?: string },
  ): Promise<any>;
}

/** A module over `skus`; without demo shipments unless asked (the demo sellers need their SKUs then). */
export function harness(skus: SimSku[] = defaultSkus(), options: { seedDemoShipments?: boolean } = {}): Harness {
  const catalog = new FakeCatalog();
  for (const sku of skus) catalog.put(sku);
  const clock = new FakeClock();
  const module = createInboundModule(catalog, { seedDemoShipments: options.seedDemoShipments ?? false });
  module.reset?.({ seed: 7, clock, options: {} });
  return {
    module,
    catalog,
    clock,
    async call(operationId, input = {}) {
      const handler = module.handlers[operationId];
      if (!handler) throw new Error(`no handler ${operationId}`);
      const req: SimRequest = {
        operationId,
        piiRoles: true,
        sellerId: input.sellerId ?? SELLER,
        path: input.path ?? {},
        query: input.query ?? {},
        body: input.body,
        headers: {},
        clock,
        publicUrl: 'http://sim.test:4100',
      };
      return handler(req);
    },
  };
}

export function defaultSkus(): SimSku[] {
  return ['MUG-RED', 'MUG-BLUE', 'LAMP-01', 'MAT-02', 'BOTTLE-03', 'BAG-04', 'PAN-05', 'BOARD-06'].map((sku) => makeSku(sku));
}

/** WORKING shipments of the given SKUs in the US, split as Amazon splits them; returns their ids. */
export function createShipments(h: Harness, items: { sku: string; qty: number }[]): string[] {
  const quantities = new Map(items.map(({ sku, qty }) => [sku, qty]));
  const now = h.clock.now();
  const skus = items.map(({ sku }) => h.catalog.get(SELLER, sku)!);
  return splitIntoShipments(skus, 'US').map((group) => {
    const shipment: ShipmentRecord = {
      sellerId: SELLER,
      shipmentId: h.module.store.nextShipmentId(),
      marketplaceId: US,
      country: 'US',
      shipmentName: 'Test shipment',
      shipFromAddress: SHIP_FROM,
      destinationFulfillmentCenterId: group.center.id,
      labelPrepType: group.labelPrepType,
      boxContentsSource: 'FEED',
      items: group.items.map(({ sku, prepDetails }) => ({
        sellerSku: sku.sellerSku,
        fnsku: sku.fnsku,
        quantityShipped: quantities.get(sku.sellerSku) ?? 0,
        prepDetails,
        applied: { inboundWorking: 0, inboundShipped: 0, inboundReceiving: 0, fulfillable: 0 },
      })),
      createdAt: now,
      sellerUpdatedAt: now,
    };
    h.module.store.shipments.set(shipment.shipmentId, shipment);
    h.module.store.sync(shipment, now);
    return shipment.shipmentId;
  });
}
