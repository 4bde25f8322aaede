import { describe, expect, it } from 'vitest';
import type { ShipmentRecord } from './records.js';
import { SELLER, US, createShipments, harness, type Harness } from './test-support.js';

async function status(h: Harness, shipmentId: string): Promise<string> {
  const result = await h.call('getShipments', { query: { QueryType: 'SHIPMENT', ShipmentIdList: [shipmentId], MarketplaceId: US } });
  return result.payload.ShipmentData[0].ShipmentStatus;
}

/**
 * What the seller does to a shipment outside the v0 API (Seller Central, or Send to Amazon's
 * tracking and cancel): the record changes and the store syncs the catalog, as a request would.
 */
function sellerDoes(h: Harness, shipmentId: string, change: (shipment: ShipmentRecord, now: Date) => void): void {
  const shipment = h.module.store.shipment(SELLER, shipmentId);
  change(shipment, h.clock.now());
  h.module.store.sync(shipment, h.clock.now());
}
const ship = (h: Harness, id: string) => sellerDoes(h, id, (s, now) => (s.sellerShippedAt = now));
const cancel = (h: Harness, id: string, status: 'CANCELLED' | 'DELETED') =>
  sellerDoes(h, id, (s, now) => {
    s.cancelledAt = now;
    s.cancelledStatus = status;
  });

const qty = (h: Harness, sku: string) => h.catalog.get(SELLER, sku)!.qty;

describe('shipment life cycle', () => {
  it('moves units working -> shipped -> receiving -> fulfillable as the clock advances', async () => {
    const h = harness();
    const [shipmentId] = await createShipments(h, [{ sku: 'MUG-RED', qty: 48 }]);
    const id = shipmentId!;
    expect(await status(h, id)).toBe('WORKING');
    expect(qty(h, 'MUG-RED')).toMatchObject({ inboundWorking: 48, inboundShipped: 0, fulfillable: 10 });

    sellerDoes(h, id, (shipment) => (shipment.items[0]!.quantityShipped = 40));
    expect(qty(h, 'MUG-RED').inboundWorking).toBe(40);

    ship(h, id);
    expect(await status(h, id)).toBe('SHIPPED');
    expect(qty(h, 'MUG-RED')).toMatchObject({ inboundWorking: 0, inboundShipped: 40 });

    const seen: string[] = [];
    const received: number[] = [];
    for (let hour = 0; hour <= 140; hour += 6) {
      const s = await status(h, id);
      if (seen.at(-1) !== s) seen.push(s);
      const items = (await h.call('getShipmentItemsByShipmentId', { path: { shipmentId: id }, query: { MarketplaceId: US } })).payload.ItemData;
      received.push(items[0].QuantityReceived);
      const q = qty(h, 'MUG-RED');
      expect(q.inboundShipped + q.inboundReceiving + (q.fulfillable - 10)).toBe(40);
      expect(q.fulfillable - 10).toBe(items[0].QuantityReceived);
      h.clock.advance(6 * 3600);
    }
    expect(seen).toEqual(['SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'CHECKED_IN', 'RECEIVING', 'CLOSED']);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(received.some((n) => n > 0 && n < 40)).toBe(true);
    expect(qty(h, 'MUG-RED')).toMatchObject({ inboundWorking: 0, inboundShipped: 0, inboundReceiving: 0, fulfillable: 50 });
  });

  it('releases the units of a deleted WORKING shipment and of a cancelled shipped one', async () => {
    const h = harness();
    const [a] = await createShipments(h, [{ sku: 'MUG-RED', qty: 12 }]);
    cancel(h, a!, 'DELETED');
    expect(await status(h, a!)).toBe('DELETED');
    expect(qty(h, 'MUG-RED').inboundWorking).toBe(0);

    const [b] = await createShipments(h, [{ sku: 'MUG-RED', qty: 12 }]);
    ship(h, b!);
    h.clock.advance(13 * 3600);
    expect(await status(h, b!)).toBe('IN_TRANSIT');
    cancel(h, b!, 'CANCELLED');
    expect(await status(h, b!)).toBe('CANCELLED');
    expect(qty(h, 'MUG-RED')).toMatchObject({ inboundShipped: 0, fulfillable: 10 });
    h.clock.advance(200 * 3600);
    expect(await status(h, b!)).toBe('CANCELLED');
  });

  it('lists shipments and items by date range with NextToken paging', async () => {
    const h = harness();
    const created: string[] = [];
    for (let i = 0; i < 55; i++) created.push(...(await createShipments(h, [{ sku: 'BAG-04', qty: 1 }])));
    const all = await h.call('getShipments', { query: { QueryType: 'SHIPMENT', ShipmentStatusList: ['WORKING'], MarketplaceId: US } });
    expect(all.payload.ShipmentData).toHaveLength(50);
    const next = await h.call('getShipments', { query: { QueryType: 'NEXT_TOKEN', NextToken: all.payload.NextToken, MarketplaceId: US } });
    expect(next.payload.ShipmentData).toHaveLength(5);
    expect(next.payload.NextToken).toBeUndefined();
    expect([...all.payload.ShipmentData, ...next.payload.ShipmentData].map((s: { ShipmentId: string }) => s.ShipmentId).sort()).toEqual([...created].sort());

    const now = h.clock.now();
    const range = { LastUpdatedAfter: new Date(now.getTime() - 60_000).toISOString(), LastUpdatedBefore: now.toISOString() };
    const items = await h.call('getShipmentItems', { query: { QueryType: 'DATE_RANGE', MarketplaceId: US, ...range } });
    expect(items.payload.ItemData).toHaveLength(55);
    const empty = await h.call('getShipments', {
      query: { QueryType: 'DATE_RANGE', MarketplaceId: US, LastUpdatedAfter: '2020-01-01T00:00:00Z', LastUpdatedBefore: '2020-02-01T00:00:00Z' },
    });
    expect(empty.payload.ShipmentData).toEqual([]);
    await expect(h.call('getShipments', { query: { QueryType: 'DATE_RANGE', MarketplaceId: US } })).rejects.toMatchObject({ status: 400 });
    await expect(h.call('getShipments', { query: { QueryType: 'SHIPMENT', MarketplaceId: US } })).rejects.toMatchObject({ status: 400 });
    await expect(h.call('getShipments', { query: { QueryType: 'NEXT_TOKEN', NextToken: 'garbage', MarketplaceId: US } })).rejects.toMatchObject({
      status: 400,
    });
  });
});
