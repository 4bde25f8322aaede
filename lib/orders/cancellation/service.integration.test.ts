import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { orderCancellations } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { paginate } from '@/lib/sp-api/pagination';
import type { Order } from '@/lib/sp-api/generated/orders-2026-01-01';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import type { Tenant } from '@/lib/tenancy';
import { findOrder, itemsOf } from '../order-context';
import { refreshOrder } from '../refresh-order';
import { reshapeOrder } from '../reshape';
import { writeOrders } from '../upsert';
import { acknowledgementFeed, FEED_CONTENT_TYPE, ORDER_ACKNOWLEDGEMENT_FEED } from './acknowledgement-feed';
import { cancellationsOf, checkCancellations, requestCancellation, resendCancellation } from './service';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 23, orders: 3000, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

/** Merchant-fulfilled orders in a status, store pick-up left out; handed out once per test. */
async function ordersIn(client: SpApiClient, status: 'UNSHIPPED' | 'SHIPPED'): Promise<Order[]> {
  const orders: Order[] = [];
  for await (const page of paginate(client.orders20260101.searchOrders, {
    createdAfter: new Date(sim.runtime.clock.nowMs() - 90 * 86_400_000).toISOString(),
    fulfilledBy: ['MERCHANT'],
    fulfillmentStatuses: [status],
    includedData: ['FULFILLMENT'],
  }))
    orders.push(...page.orders.filter((o) => !o.programs?.includes('IN_STORE_PICK_UP')));
  return orders;
}
const used = new Set<string>();
const take = (orders: Order[], where: (o: Order) => boolean = () => true) => {
  const order = orders.find((o) => !used.has(o.orderId) && where(o));
  if (!order) throw new Error('no suitable order in the simulated world');
  used.add(order.orderId);
  return order;
};

describe.each(testDatabases)('cancelling on Amazon with the order acknowledgement feed, on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let client: SpApiClient;

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedDemoAccount(handle.db);
    client = simulatorClient(sim);
  });
  afterAll(() => handle.close());
  afterEach(async () => {
    await simControl(sim, 'DELETE', '/_sim/faults');
  });

  async function stored(order: Order) {
    await handle.db.transaction((tx) => writeOrders(tx, [reshapeOrder(order, tenant)]));
    return (await findOrder(handle.db, tenant.workspaceId, order.orderId))!;
  }

  it('sends the feed, follows it through IN_QUEUE and IN_PROGRESS to DONE, and the item is canceled when the order is read again', async () => {
    const amazon = take(await ordersIn(client, 'UNSHIPPED'), (o) => o.orderItems.length > 1);
    const order = await stored(amazon);
    const [canceled, kept] = amazon.orderItems;

    const sent = await requestCancellation(handle.db, client, order, [canceled!.orderItemId], null);
    expect(sent).toMatchObject({ status: 'IN_QUEUE', outcome: 'Sent to Amazon: cancel 1 item. Amazon processes it within minutes.' });
    expect(sent.feedId).toMatch(/^\d+$/);

    sim.runtime.clock.advance(45);
    expect(await checkCancellations(handle.db, client, tenant)).toBe(0);
    expect((await cancellationsOf(handle.db, order))[0]?.status).toBe('IN_PROGRESS');

    sim.runtime.clock.advance(60);
    expect(await checkCancellations(handle.db, client, tenant)).toBe(1);
    const [done] = await cancellationsOf(handle.db, order);
    expect(done).toMatchObject({ status: 'DONE', outcome: 'Amazon canceled 1 item. The buyer is refunded and told by Amazon.', errors: [] });
    expect(done!.finishedAt).not.toBeNull();
    // Nothing left to follow.
    expect(await checkCancellations(handle.db, client, tenant)).toBe(0);

    await refreshOrder(handle.db, tenant.workspaceId, order.amazonOrderId, async () => client);
    const items = await itemsOf(handle.db, order);
    expect(items.find((i) => i.orderItemId === canceled!.orderItemId)?.quantityOrdered).toBe(0);
    expect(items.find((i) => i.orderItemId === kept!.orderItemId)?.quantityOrdered).toBe(kept!.quantityOrdered);
    expect((await findOrder(handle.db, tenant.workspaceId, order.amazonOrderId))?.orderStatus).toBe('UNSHIPPED');
  });

  it("shows Amazon's refusal from the processing report: a shipped order cannot be canceled", async () => {
    const order = await stored(take(await ordersIn(client, 'SHIPPED')));
    await requestCancellation(handle.db, client, order, null, null);
    sim.runtime.clock.advance(120);
    await checkCancellations(handle.db, client, tenant, order.amazonOrderId);
    const [refused] = await cancellationsOf(handle.db, order);
    expect(refused?.status).toBe('DONE');
    expect(refused?.outcome).toMatch(
      /^Amazon refused the cancellation of the order: Order \d{3}-\d{7}-\d{7} is Shipped; only an order with nothing shipped can be canceled\.$/,
    );
    expect(refused?.errors).toEqual([{ code: '18028', description: expect.stringContaining('is Shipped') }]);
  });

  it('keeps a cancellation that could not be sent, says why, and sends it again', async () => {
    const order = await stored(take(await ordersIn(client, 'UNSHIPPED')));
    const once = simulatorClient(sim, 'na', { retry: { maxAttempts: 1 } });
    await simControl(sim, 'POST', '/_sim/faults', { rate500: 1, operations: ['createFeed'] });
    const failed = await requestCancellation(handle.db, once, order, null, null);
    expect(failed.status).toBe('NOT_SENT');
    expect(failed.outcome).toMatch(/^Not sent to Amazon: Amazon had a temporary problem/);

    await simControl(sim, 'DELETE', '/_sim/faults');
    const again = await resendCancellation(handle.db, once, order, failed.id);
    expect(again).toMatchObject({ id: failed.id, status: 'IN_QUEUE' });
    await expect(resendCancellation(handle.db, once, order, failed.id)).rejects.toThrow('That cancellation has reached Amazon already, or is being sent now.');
    sim.runtime.clock.advance(120);
    await checkCancellations(handle.db, client, tenant);
    expect((await cancellationsOf(handle.db, order))[0]?.outcome).toBe('Amazon canceled the order. The buyer is refunded and told by Amazon.');
    await refreshOrder(handle.db, tenant.workspaceId, order.amazonOrderId, async () => client);
    expect((await findOrder(handle.db, tenant.workspaceId, order.amazonOrderId))?.orderStatus).toBe('CANCELLED');
  });

  it('sends again a cancellation whose sender stopped mid-send (still SENDING minutes later), not one being sent now', async () => {
    const order = await stored(take(await ordersIn(client, 'UNSHIPPED')));
    const insert = (requestedAt: Date) =>
      handle.db
        .insert(orderCancellations)
        .values({ ...tenant, amazonOrderId: order.amazonOrderId, orderItemIds: null, status: 'SENDING', requestedAt })
        .returning();
    const [fresh] = await insert(new Date());
    await expect(resendCancellation(handle.db, client, order, fresh!.id)).rejects.toThrow(/being sent now/);
    const [stuck] = await insert(new Date(Date.now() - 10 * 60_000));
    expect((await cancellationsOf(handle.db, order)).find((c) => c.id === stuck!.id)?.canSendAgain).toBe(true);
    expect(await resendCancellation(handle.db, client, order, stuck!.id)).toMatchObject({ status: 'IN_QUEUE' });
  });

  it('a cancellation whose first sending reached Amazon unrecorded is not sent twice: it waits for Amazon, then finds it done', async () => {
    const amazon = take(await ordersIn(client, 'UNSHIPPED'));
    const order = await stored(amazon);
    // As a process killed right after createFeed answered leaves it: the feed at Amazon, the row still SENDING.
    const [row] = await handle.db
      .insert(orderCancellations)
      .values({ ...tenant, amazonOrderId: order.amazonOrderId, orderItemIds: null, status: 'SENDING', requestedAt: new Date(Date.now() - 10 * 60_000) })
      .returning();
    const document = await client.feeds.createFeedDocument({ body: { contentType: FEED_CONTENT_TYPE } });
    await client.documents.upload(
      document.url,
      acknowledgementFeed(client.sellingPartnerId, [{ amazonOrderId: order.amazonOrderId, orderItemIds: null }]),
      FEED_CONTENT_TYPE,
    );
    await client.feeds.createFeed({
      body: { feedType: ORDER_ACKNOWLEDGEMENT_FEED, marketplaceIds: [order.marketplaceId], inputFeedDocumentId: document.feedDocumentId },
    });
    const feedsAtAmazon = async () => ((await simControl(sim, 'GET', '/_sim/state/feeds_2021-06-30')) as { feeds: unknown[] }).feeds.length;
    const before = await feedsAtAmazon();

    await expect(resendCancellation(handle.db, client, order, row!.id)).rejects.toThrow(/Amazon is still processing a cancellation/);
    sim.runtime.clock.advance(120);
    const settled = await resendCancellation(handle.db, client, order, row!.id);
    expect(settled).toMatchObject({ status: 'DONE', outcome: 'Amazon had canceled the order already: the first sending reached Amazon.' });
    expect(await feedsAtAmazon()).toBe(before);
  });

  it("another workspace's check leaves this workspace's cancellations alone", async () => {
    const order = await stored(take(await ordersIn(client, 'UNSHIPPED')));
    await requestCancellation(handle.db, client, order, null, null);
    const stranger = await seedDemoAccount(handle.db);
    sim.runtime.clock.advance(120);
    expect(await checkCancellations(handle.db, client, { workspaceId: stranger.workspaceId, accountId: tenant.accountId })).toBe(0);
    expect((await cancellationsOf(handle.db, order))[0]?.status).toBe('IN_QUEUE');
  });
});
