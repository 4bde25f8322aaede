import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { fulfillmentOrders, inboundShipmentItems, inboundShipments, inventorySummaries, syncCheckpoints } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { runSync, type RunSyncOptions } from './runner';
import { NA_MARKETPLACES, seedDemoAccount, simulatorClient } from '@/test/support/demo-account';
import type { Tenant } from '@/lib/tenancy';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 5, orders: 300, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

describe.each(testDatabases)('inventory, outbound and inbound sync on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let client: SpApiClient;
  let options: RunSyncOptions;

  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    tenant = await seedDemoAccount(handle.db);
    client = simulatorClient(sim);
    options = { clientFor: async () => client, now: () => sim.runtime.clock.now(), settings: { initialLookbackDays: 365 }, intervalMinutes: 15 };
  });

  it('inventory: every SKU of every marketplace with its buckets', async () => {
    const outcome = await runSync(handle.db, { ...tenant, kind: 'inventory' }, options);
    expect(outcome.status).toBe('ok');
    let expected = 0;
    for (const { marketplaceId } of NA_MARKETPLACES) {
      let nextToken: string | undefined;
      do {
        const base = { details: true, granularityType: 'Marketplace' as const, granularityId: marketplaceId, marketplaceIds: [marketplaceId] };
        const response = await client.fbaInventory.getInventorySummaries(nextToken ? { ...base, nextToken } : base);
        expected += response.payload?.inventorySummaries.length ?? 0;
        nextToken = response.pagination?.nextToken;
      } while (nextToken);
    }
    const [stored] = await handle.db.select({ n: count() }).from(inventorySummaries).where(eq(inventorySummaries.accountId, tenant.accountId));
    expect(expected).toBeGreaterThan(50);
    expect(stored!.n).toBe(expected);
    expect(outcome).toEqual({ status: 'ok', synced: expected });
    const sample = await handle.db.select().from(inventorySummaries).where(eq(inventorySummaries.accountId, tenant.accountId)).limit(200);
    expect(sample.some((r) => r.fulfillable > 0)).toBe(true);
    expect(sample.every((r) => r.totalQuantity >= r.fulfillable)).toBe(true);

    // A SKU Amazon no longer lists (removed since the last sweep), and one of another account.
    const other = await seedDemoAccount(handle.db);
    const gone = { marketplaceId: NA_MARKETPLACES[0]!.marketplaceId, sellerSku: 'GONE-FROM-AMAZON', fulfillable: 9, totalQuantity: 9 };
    await handle.db.insert(inventorySummaries).values([
      { ...tenant, ...gone },
      { ...tenant, ...gone, sellerSku: 'GONE-LAST-YEAR', sweptAt: new Date('2025-11-01T00:00:00Z') },
      { ...other, ...gone },
    ]);

    // A second sweep rewrites the same rows and drops the SKU Amazon did not list, for this account only.
    expect((await runSync(handle.db, { ...tenant, kind: 'inventory' }, options)).status).toBe('ok');
    const [again] = await handle.db.select({ n: count() }).from(inventorySummaries).where(eq(inventorySummaries.accountId, tenant.accountId));
    expect(again!.n).toBe(expected);
    const left = await handle.db
      .select({ accountId: inventorySummaries.accountId })
      .from(inventorySummaries)
      .where(inArray(inventorySummaries.sellerSku, [gone.sellerSku, 'GONE-LAST-YEAR']));
    expect(left).toEqual([{ accountId: other.accountId }]);
  });

  it('inventory: a sweep resumed after a crash keeps the SKUs it listed before the crash', async () => {
    const crashed = await runSync(
      handle.db,
      { ...tenant, kind: 'inventory' },
      {
        ...options,
        hooks: {
          afterPageCommitted: (page) => {
            if (page === 1) throw new Error('killed');
          },
        },
      },
    );
    expect(crashed.status).toBe('error');
    const [before] = await handle.db.select({ n: count() }).from(inventorySummaries).where(eq(inventorySummaries.accountId, tenant.accountId));
    expect(before!.n).toBeGreaterThan(0);
    const resumed = await runSync(handle.db, { ...tenant, kind: 'inventory' }, options);
    expect(resumed.status).toBe('ok');
    // The first page's SKUs were written before the crash and not listed again: they must survive the sweep's end.
    const [after] = await handle.db.select({ n: count() }).from(inventorySummaries).where(eq(inventorySummaries.accountId, tenant.accountId));
    const clean = await seedDemoAccount(handle.db);
    expect((await runSync(handle.db, { ...clean, kind: 'inventory' }, options)).status).toBe('ok');
    const [expected] = await handle.db.select({ n: count() }).from(inventorySummaries).where(eq(inventorySummaries.accountId, clean.accountId));
    expect(after!.n).toBe(expected!.n);
  });

  it('fulfillment orders: the list with a PII-free detail', async () => {
    const outcome = await runSync(handle.db, { ...tenant, kind: 'fulfillment-orders' }, options);
    expect(outcome.status).toBe('ok');
    const listed = new Set<string>();
    let nextToken: string | undefined;
    const queryStartDate = new Date(sim.runtime.clock.nowMs() - 365 * 86_400_000).toISOString();
    do {
      const { payload } = await client.fulfillmentOutbound.listAllFulfillmentOrders(nextToken ? { nextToken } : { queryStartDate });
      for (const o of payload?.fulfillmentOrders ?? []) listed.add(o.sellerFulfillmentOrderId);
      nextToken = payload?.nextToken;
    } while (nextToken);
    const rows = await handle.db.select().from(fulfillmentOrders).where(eq(fulfillmentOrders.accountId, tenant.accountId));
    expect(listed.size).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.sellerFulfillmentOrderId))).toEqual(listed);
    for (const row of rows) {
      expect(row.detail).not.toBeNull();
      const text = JSON.stringify(row.detail);
      expect(text).not.toMatch(/addressLine1|"phone"|notificationEmails|lockerAccessCode/);
    }
  });

  it("fulfillment orders: a NUL byte in Amazon's text is cleaned out, not a sync stuck on it", async () => {
    // Amazon's answer may hold characters PostgreSQL text and jsonb cannot (NUL, a lone surrogate).
    const { payload } = await client.fbaInventory.getInventorySummaries({
      details: true,
      granularityType: 'Marketplace',
      granularityId: 'ATVPDKIKX0DER',
      marketplaceIds: ['ATVPDKIKX0DER'],
    });
    const sku = payload!.inventorySummaries.find((s) => (s.inventoryDetails?.fulfillableQuantity ?? 0) > 0)!.sellerSku!;
    const id = `NUL-${Date.now().toString(36)}`;
    await client.fulfillmentOutbound.createFulfillmentOrder({
      body: {
        sellerFulfillmentOrderId: id,
        displayableOrderId: 'WEB\u0000-1',
        displayableOrderDate: sim.runtime.clock.now().toISOString(),
        displayableOrderComment: 'Gift\u0000 note \ud800',
        shippingSpeedCategory: 'Standard',
        fulfillmentPolicy: 'FillAllAvailable',
        destinationAddress: { name: 'A B', addressLine1: '1 Main St', city: 'Aus\u0000tin', stateOrRegion: 'TX', postalCode: '73301', countryCode: 'US' },
        items: [{ sellerSku: sku, sellerFulfillmentOrderItemId: '1', quantity: 1 }],
      },
    });
    const outcome = await runSync(handle.db, { ...tenant, kind: 'fulfillment-orders' }, options);
    expect(outcome.status).toBe('ok');
    const [row] = await handle.db
      .select()
      .from(fulfillmentOrders)
      .where(and(eq(fulfillmentOrders.accountId, tenant.accountId), eq(fulfillmentOrders.sellerFulfillmentOrderId, id)));
    expect(row).toMatchObject({ displayableOrderId: 'WEB-1', destinationCity: 'Austin' });
    expect(row!.detail).toMatchObject({ displayableOrderComment: 'Gift note \uFFFD' });
  });

  it('fulfillment orders: one order the database refuses is skipped and reported; the rest of its page is stored', async () => {
    const { payload } = await client.fbaInventory.getInventorySummaries({
      details: true,
      granularityType: 'Marketplace',
      granularityId: 'ATVPDKIKX0DER',
      marketplaceIds: ['ATVPDKIKX0DER'],
    });
    const sku = payload!.inventorySummaries.find((s) => (s.inventoryDetails?.fulfillableQuantity ?? 0) > 0)!.sellerSku!;
    const bad = `BAD-${Date.now().toString(36)}`;
    await client.fulfillmentOutbound.createFulfillmentOrder({
      body: {
        sellerFulfillmentOrderId: bad,
        displayableOrderId: 'WEB-2',
        displayableOrderDate: sim.runtime.clock.now().toISOString(),
        displayableOrderComment: 'Thanks',
        shippingSpeedCategory: 'Standard',
        fulfillmentPolicy: 'FillAllAvailable',
        destinationAddress: { name: 'A B', addressLine1: '1 Main St', city: 'Austin', stateOrRegion: 'TX', postalCode: '73301', countryCode: 'US' },
        items: [{ sellerSku: sku, sellerFulfillmentOrderItemId: '1', quantity: 1 }],
      },
    });
    // A row the database refuses, whatever the reason: here a constraint made for this test
    // (not valid: rows stored by other tests are not checked).
    await handle.db.execute(
      sql.raw(`alter table fulfillment_orders add constraint refuse_one_order check (seller_fulfillment_order_id <> '${bad}') not valid`),
    );
    let outcome;
    try {
      outcome = await runSync(handle.db, { ...tenant, kind: 'fulfillment-orders' }, options);
    } finally {
      await handle.db.execute(sql.raw('alter table fulfillment_orders drop constraint refuse_one_order'));
    }
    expect(outcome.status).toBe('ok');
    const listed = new Set<string>();
    let nextToken: string | undefined;
    const queryStartDate = new Date(sim.runtime.clock.nowMs() - 365 * 86_400_000).toISOString();
    do {
      const page = await client.fulfillmentOutbound.listAllFulfillmentOrders(nextToken ? { nextToken } : { queryStartDate });
      for (const o of page.payload?.fulfillmentOrders ?? []) listed.add(o.sellerFulfillmentOrderId);
      nextToken = page.payload?.nextToken;
    } while (nextToken);
    listed.delete(bad);
    const rows = await handle.db
      .select({ id: fulfillmentOrders.sellerFulfillmentOrderId })
      .from(fulfillmentOrders)
      .where(eq(fulfillmentOrders.accountId, tenant.accountId));
    expect(new Set(rows.map((r) => r.id))).toEqual(listed);
    const [control] = await handle.db
      .select()
      .from(syncCheckpoints)
      .where(and(eq(syncCheckpoints.accountId, tenant.accountId), eq(syncCheckpoints.kind, 'fulfillment-orders'), eq(syncCheckpoints.marketplaceId, '')));
    expect(control!.status).toBe('idle');
    expect(control!.lastError).toMatch(new RegExp(`1 fulfillment order could not be saved and was skipped: ${bad}\\.`));
    // The next run, with the record fixed, stores it and clears the warning.
    expect((await runSync(handle.db, { ...tenant, kind: 'fulfillment-orders' }, options)).status).toBe('ok');
    const [after] = await handle.db
      .select()
      .from(syncCheckpoints)
      .where(and(eq(syncCheckpoints.accountId, tenant.accountId), eq(syncCheckpoints.kind, 'fulfillment-orders'), eq(syncCheckpoints.marketplaceId, '')));
    expect(after!.lastError).toBeNull();
    expect((await handle.db.select().from(fulfillmentOrders).where(eq(fulfillmentOrders.sellerFulfillmentOrderId, bad))).length).toBe(1);
  });

  it('inbound shipments with their items', async () => {
    const outcome = await runSync(handle.db, { ...tenant, kind: 'inbound-shipments' }, options);
    expect(outcome.status).toBe('ok');
    const shipments = await handle.db.select().from(inboundShipments).where(eq(inboundShipments.accountId, tenant.accountId));
    expect(shipments.length).toBeGreaterThan(0);
    // Plus the demo seller's plan made in Seller Central, imported and read (Send to Amazon).
    expect(outcome).toEqual({ status: 'ok', synced: shipments.length + 2 });
    for (const shipment of shipments) {
      const { payload } = await client.fulfillmentInboundV0.getShipmentItemsByShipmentId({
        shipmentId: shipment.shipmentId,
        MarketplaceId: shipment.marketplaceId,
      });
      const [n] = await handle.db
        .select({ n: count() })
        .from(inboundShipmentItems)
        .where(and(eq(inboundShipmentItems.accountId, tenant.accountId), eq(inboundShipmentItems.shipmentId, shipment.shipmentId)));
      expect(n!.n).toBe(payload?.ItemData?.length ?? 0);
      expect(shipment.shipFromAddress?.city).toBeTruthy();
    }
    const cps = await handle.db
      .select()
      .from(syncCheckpoints)
      .where(and(eq(syncCheckpoints.accountId, tenant.accountId), eq(syncCheckpoints.kind, 'inbound-shipments')));
    // The control row plus one cursor per marketplace.
    expect(cps.map((c) => c.marketplaceId).sort()).toEqual(['', ...NA_MARKETPLACES.map((m) => m.marketplaceId)].sort());
    expect(cps.filter((c) => c.marketplaceId).every((c) => c.cursor !== null && c.pageToken === null)).toBe(true);
  });
});
