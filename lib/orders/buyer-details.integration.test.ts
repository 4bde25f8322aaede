import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { NA_MARKETPLACES, seedDemoAccount, simulatorClient } from '@/test/support/demo-account';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { fetchBuyerDetails } from './buyer-details';
import { getOrderDetail } from './detail';
import { refreshOrderItems } from './refresh-items';
import { reshapeOrder } from './reshape';
import type { Tenant } from '@/lib/tenancy';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 21, orders: 200, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

describe.each(testDatabases)('buyer details and item refresh through the simulator on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let client: SpApiClient;
  let orderId: string;

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedDemoAccount(handle.db);
    client = simulatorClient(sim);
    const { payload } = await client.ordersV0.getOrders({
      MarketplaceIds: NA_MARKETPLACES.map((m) => m.marketplaceId),
      CreatedAfter: new Date(sim.runtime.clock.nowMs() - 30 * 86_400_000).toISOString(),
      MaxResultsPerPage: 5,
    });
    const order = payload!.Orders[0]!;
    orderId = order.AmazonOrderId;
    // As the listing phase leaves it: the order without its items.
    await handle.db.insert(orders).values(reshapeOrder(order, tenant));
  });
  afterAll(() => handle.close());

  it('reads one order’s items on demand and marks them current', async () => {
    expect((await getOrderDetail(handle.db, tenant.workspaceId, orderId))?.itemsSynced).toBe(false);
    const stored = await refreshOrderItems(handle.db, tenant.workspaceId, orderId, async () => client);
    const expected = (await client.ordersV0.getOrderItems({ orderId })).payload!.OrderItems.length;
    expect(stored).toBe(expected);
    const detail = await getOrderDetail(handle.db, tenant.workspaceId, orderId);
    expect(detail?.itemsSynced).toBe(true);
    expect(detail?.items).toHaveLength(expected);
    // Again: replaced, not duplicated.
    await refreshOrderItems(handle.db, tenant.workspaceId, orderId, async () => client);
    expect(await handle.db.select().from(orderItems).where(eq(orderItems.amazonOrderId, orderId))).toHaveLength(expected);
  });

  it('fetches the buyer and address with an RDT and stores none of it', async () => {
    const before = JSON.stringify(await handle.db.select().from(orders).where(eq(orders.amazonOrderId, orderId)));
    const details = await fetchBuyerDetails(handle.db, tenant.workspaceId, orderId, async () => client);
    expect(details?.address?.name).toBeTruthy();
    expect(details?.address?.lines.length).toBeGreaterThan(0);
    expect(details?.buyerName).toBeTruthy();
    expect(client.auth.rdt.tokenRequests).toBeGreaterThan(0);
    const after = JSON.stringify(await handle.db.select().from(orders).where(eq(orders.amazonOrderId, orderId)));
    expect(after).toBe(before);
    expect(after).not.toContain(details!.address!.name!);
  });

  it('refuses orders of another workspace without calling Amazon', async () => {
    const stranger = await seedDemoAccount(handle.db);
    let called = false;
    const spy = async () => {
      called = true;
      return client;
    };
    expect(await fetchBuyerDetails(handle.db, stranger.workspaceId, orderId, spy)).toBeNull();
    expect(await refreshOrderItems(handle.db, stranger.workspaceId, orderId, spy)).toBeNull();
    expect(called).toBe(false);
  });
});
