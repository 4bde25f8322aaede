import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { BASIC_LWA_CLIENT_ID, BASIC_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';
import { seedDemoAccount, simulatorClient } from '@/test/support/demo-account';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { BUYER_DATA_NOT_FOR_THIS_STATUS, BUYER_DATA_ROLES_MISSING } from './buyer-data-access';
import { fetchBuyerDetails } from './buyer-details';
import { getOrderDetail } from './detail';
import { refreshOrder } from './refresh-order';
import { reshapeOrder } from './reshape';
import { writeOrders } from './upsert';
import type { Tenant } from '@/lib/tenancy';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 21, orders: 200, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

describe.each(testDatabases)('buyer details and order refresh through the simulator (Orders 2026-01-01) on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let client: SpApiClient;
  /** An unshipped merchant-fulfilled order, and a canceled one. */
  let orderId: string;
  let canceledId: string;

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedDemoAccount(handle.db);
    client = simulatorClient(sim);
    const search = async (status: 'UNSHIPPED' | 'CANCELLED') =>
      (
        await client.orders20260101.searchOrders({
          createdAfter: new Date(sim.runtime.clock.nowMs() - 90 * 86_400_000).toISOString(),
          fulfilledBy: ['MERCHANT'],
          fulfillmentStatuses: [status],
          includedData: ['FULFILLMENT'],
        })
      ).orders;
    const unshipped = (await search('UNSHIPPED')).find((o) => !o.programs?.includes('IN_STORE_PICK_UP'))!;
    const canceled = (await search('CANCELLED'))[0]!;
    orderId = unshipped.orderId;
    canceledId = canceled.orderId;
    // Stored as an older copy without its items, so the refresh has something to replace.
    const stale = reshapeOrder(unshipped, tenant);
    await handle.db.transaction((tx) => writeOrders(tx, [{ order: { ...stale.order, orderStatus: 'PENDING' }, items: [] }, reshapeOrder(canceled, tenant)]));
  });
  afterAll(() => handle.close());

  it('reads one order again with getOrder: the order as Amazon has it, with exactly its items', async () => {
    const stored = await refreshOrder(handle.db, tenant.workspaceId, orderId, async () => client);
    const amazon = (await client.orders20260101.getOrder({ orderId })).order;
    expect(stored).toBe(amazon.orderItems.length);
    const detail = await getOrderDetail(handle.db, tenant.workspaceId, orderId);
    expect(detail?.order.orderStatus).toBe('UNSHIPPED');
    expect(detail?.items.map((i) => i.orderItemId).sort()).toEqual(amazon.orderItems.map((i) => i.orderItemId).sort());
    // Again: replaced, not duplicated.
    await refreshOrder(handle.db, tenant.workspaceId, orderId, async () => client);
    const rows = await handle.db
      .select()
      .from(orderItems)
      .where(and(eq(orderItems.accountId, tenant.accountId), eq(orderItems.amazonOrderId, orderId)));
    expect(rows).toHaveLength(amazon.orderItems.length);
  });

  it('fetches the buyer and delivery address without a Restricted Data Token, and stores none of it', async () => {
    const before = JSON.stringify(await handle.db.select().from(orders).where(eq(orders.amazonOrderId, orderId)));
    const details = await fetchBuyerDetails(handle.db, tenant.workspaceId, orderId, async () => client);
    expect(details?.withheld).toBeNull();
    expect(details?.address?.name).toBeTruthy();
    expect(details?.address?.lines.length).toBeGreaterThan(0);
    expect(details?.address?.postalCode).toBeTruthy();
    expect(details?.buyerName).toBeTruthy();
    expect(details?.buyerEmail).toMatch(/@/);
    const after = JSON.stringify(await handle.db.select().from(orders).where(eq(orders.amazonOrderId, orderId)));
    expect(after).toBe(before);
    expect(after).not.toContain(details!.address!.name!);
    expect(after).not.toContain(details!.address!.postalCode!);
  });

  it("explains, instead of blanks, when the account's app lacks Amazon's roles for buyer data", async () => {
    const basic = simulatorClient(sim, 'na', {
      credentials: { clientId: BASIC_LWA_CLIENT_ID, clientSecret: BASIC_LWA_CLIENT_SECRET, refreshToken: DEMO_REFRESH_TOKENS.na },
    });
    const details = await fetchBuyerDetails(handle.db, tenant.workspaceId, orderId, async () => basic);
    expect(details?.withheld).toBe(BUYER_DATA_ROLES_MISSING);
    expect(details?.buyerName).toBeNull();
    expect(details?.address?.lines).toEqual([]);
    expect(details?.address?.postalCode).toBeNull();
    // What is not PII still comes.
    expect(details?.address?.city).toBeTruthy();
  });

  it('says that Amazon shares no buyer data for a canceled order', async () => {
    const details = await fetchBuyerDetails(handle.db, tenant.workspaceId, canceledId, async () => client);
    expect(details?.withheld).toBe(BUYER_DATA_NOT_FOR_THIS_STATUS);
  });

  it('refuses orders of another workspace without calling Amazon', async () => {
    const stranger = await seedDemoAccount(handle.db);
    let called = false;
    const spy = async () => {
      called = true;
      return client;
    };
    expect(await fetchBuyerDetails(handle.db, stranger.workspaceId, orderId, spy)).toBeNull();
    expect(await refreshOrder(handle.db, stranger.workspaceId, orderId, spy)).toBeNull();
    expect(called).toBe(false);
  });
});
