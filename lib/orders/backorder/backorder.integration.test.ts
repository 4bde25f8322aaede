/**
 * A held backorder against the simulator, on PGlite and PostgreSQL: choosing Backorder holds
 * the order without calling Amazon; the inventory sync re-checks it (still short: held);
 * restocked at Amazon, the next sync sends it to FBA and releases the hold, and a re-check
 * that runs again (after a lost write, or twice at once) still leaves exactly one fulfillment
 * order. A hold that cannot be sent records why and does not stop the others.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, fulfillmentDecisions, type HeldOrderOptions } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { runSync } from '@/lib/sync/runner';
import type { Tenant } from '@/lib/tenancy';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import { testDatabases } from '@/test/support/databases';
import { simUnshippedMfnOrders, type SimOrderSummary } from '@/test/support/sim-state';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { createFulfillmentOrderFromOrder, previewFulfillment } from '../fulfill-with-fba';
import { createFulfillmentInput, fulfillmentOptionsInput } from '../fulfill-with-fba-input';
import { findOrder, type OrderRecord } from '../order-context';
import { parseOrderFilters } from '../read-list-filters';
import { loadOrderList } from '../queries';
import { reshapeOrder } from '../reshape';
import { writeOrders } from '../upsert';
import { shipByAtRisk } from './hold-rules';
import { cancelBackorderHold, heldBackorderOf } from './holds';
import { recheckHeldBackorders } from './recheck';

const SELLER = 'A1DEMOSELLERNA';
/** The sync fixtures seed no users; the tables allow a null author. */
const SYSTEM = null as unknown as string;

let sim: RunningSimulator;
let unshipped: SimOrderSummary[] = [];
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 23, orders: 3000, clockScale: 0, enforceQuotas: false });
  unshipped = await simUnshippedMfnOrders(sim, 200, SELLER);
});
afterAll(() => sim.close());

/** Orders are handed out once so the two database runs never share one (or one of its SKUs) on the simulator. */
const usedSkus = new Set<string>();
function takeOrder(): SimOrderSummary {
  const index = unshipped.findIndex((o) => o.items.every((i) => !usedSkus.has(i.sellerSku)));
  if (index < 0) throw new Error('no suitable MFN Unshipped order in the simulated world');
  const order = unshipped.splice(index, 1)[0]!;
  for (const item of order.items) usedSkus.add(item.sellerSku);
  return order;
}

/**
 * Two orders that share a SKU (none of their SKUs used yet), and the SKU: the same pair for both
 * database runs (the simulated world has few such pairs); the second run finds the first's
 * fulfillment order at Amazon and keeps it, as a retry would.
 */
let sharingPair: { first: SimOrderSummary; second: SimOrderSummary; sku: string } | undefined;
function takeOrdersSharingSku(): { first: SimOrderSummary; second: SimOrderSummary; sku: string } {
  return (sharingPair ??= findOrdersSharingSku());
}
function findOrdersSharingSku(): { first: SimOrderSummary; second: SimOrderSummary; sku: string } {
  const free = unshipped.filter((o) => o.items.every((i) => !usedSkus.has(i.sellerSku)));
  for (const first of free) {
    for (const second of free) {
      const shared = second !== first && first.items.find((i) => second.items.some((j) => j.sellerSku === i.sellerSku));
      if (!shared) continue;
      for (const order of [first, second]) {
        unshipped.splice(unshipped.indexOf(order), 1);
        for (const item of order.items) usedSkus.add(item.sellerSku);
      }
      return { first, second, sku: shared.sellerSku };
    }
  }
  throw new Error('no two MFN Unshipped orders sharing a SKU in the simulated world');
}

async function setStock(order: SimOrderSummary, extra: number | null) {
  for (const item of order.items)
    await simControl(sim, 'POST', '/_sim/inventory', {
      sellerId: SELLER,
      sellerSku: item.sellerSku,
      fulfillable: extra === null ? 0 : item.quantityOrdered + extra,
    });
}

async function fulfillmentOrdersAtAmazon(amazonOrderId: string) {
  const state = (await simControl(sim, 'GET', `/_sim/state/fulfillmentOutbound_2020-07-01?sellerId=${SELLER}&displayableOrderId=${amazonOrderId}`)) as {
    fulfillmentOrders: Array<{ sellerFulfillmentOrderId: string; fulfillmentPolicy: string; items: Array<{ sellerSku: string; quantity: number }> }>;
  };
  return state.fulfillmentOrders;
}

describe.each(testDatabases)('held backorders on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let client: SpApiClient;
  const clientFor = async () => client;
  const sync = (kind: 'inventory' | 'orders') =>
    runSync(
      handle.db,
      { ...tenant, kind },
      { clientFor, now: () => new Date(sim.runtime.clock.nowMs()), settings: { initialLookbackDays: 2 }, intervalMinutes: 15 },
    );

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedDemoAccount(handle.db);
    client = simulatorClient(sim);
    await client.sellers.getMarketplaceParticipations().catch(() => client.sellers.getMarketplaceParticipations());
  });
  afterAll(() => handle.close());

  async function storeOrder(amazonOrderId: string): Promise<OrderRecord> {
    const { order } = await client.orders20260101.getOrder({ orderId: amazonOrderId, includedData: ['FULFILLMENT', 'PROCEEDS'] });
    await writeOrders(handle.db, [{ order: reshapeOrder(order, tenant).order, items: [] }]);
    return (await findOrder(handle.db, tenant.workspaceId, amazonOrderId))!;
  }

  /** Out of stock at Amazon and in the synced stock, previewed, and held as the form would hold it. */
  async function holdShortOrder(picked = takeOrder()): Promise<{ picked: SimOrderSummary; order: OrderRecord }> {
    await setStock(picked, null);
    const order = await storeOrder(picked.amazonOrderId);
    const preview = await previewFulfillment(handle.db, client, order, fulfillmentOptionsInput.parse({ orderId: order.amazonOrderId }));
    expect(preview.assessment.short).toBe(true);
    const input = createFulfillmentInput.parse({
      orderId: order.amazonOrderId,
      shippingSpeed: 'Expedited',
      fulfillmentPolicy: 'FillOrKill',
      lowStockChoice: 'backorder',
      previewShortfall: JSON.stringify(preview.shortfall),
    });
    // A double submit holds it once (or finds it held); either of the two may win the race.
    const both = await Promise.all([0, 1].map(() => createFulfillmentOrderFromOrder(handle.db, client, order, SYSTEM, input).catch((error: unknown) => error)));
    expect(both).toContainEqual(expect.objectContaining({ sellerFulfillmentOrderId: null, created: false, decision: 'backorder' }));
    for (const outcome of both) expect(outcome instanceof Error ? outcome.message : (outcome as { decision: string }).decision).toMatch(/backorder/);
    return { picked, order };
  }

  const decisionsOf = (amazonOrderId: string) =>
    handle.db
      .select()
      .from(fulfillmentDecisions)
      .where(and(eq(fulfillmentDecisions.accountId, tenant.accountId), eq(fulfillmentDecisions.amazonOrderId, amazonOrderId)));

  it('holds the order, keeps it held while stock is short, and sends it once when the sync finds the stock', async () => {
    const { picked, order } = await holdShortOrder();
    const [held] = await decisionsOf(order.amazonOrderId);
    expect(held).toMatchObject({ choice: 'backorder', status: 'held', sellerFulfillmentOrderId: null, recheckedAt: null });
    expect(held!.heldAt).toBeInstanceOf(Date);
    expect(held!.orderOptions).toEqual({
      shippingSpeed: 'Expedited',
      fulfillmentPolicy: 'FillOrKill',
      blankBox: false,
      blockAmzl: false,
      notificationEmails: [],
    });
    expect(await decisionsOf(order.amazonOrderId)).toHaveLength(1);
    expect(await fulfillmentOrdersAtAmazon(order.amazonOrderId)).toHaveLength(0);
    // Holding again from the form is refused while it is held.
    await expect(
      createFulfillmentOrderFromOrder(
        handle.db,
        client,
        order,
        SYSTEM,
        createFulfillmentInput.parse({ orderId: order.amazonOrderId, shippingSpeed: 'Standard', previewShortfall: '{}' }),
      ),
    ).rejects.toThrow(/held as a backorder/);

    // The list marks it; the ship-by date is at risk once less than a day is left.
    const scope = { workspaceId: tenant.workspaceId, accountIds: [tenant.accountId] };
    const list = await loadOrderList(handle.db, scope, parseOrderFilters({ q: order.amazonOrderId }).filters);
    expect(list.rows.map((r) => [r.amazonOrderId, r.backorder])).toEqual([
      [order.amazonOrderId, { heldAt: held!.heldAt, shipByAtRisk: shipByAtRisk(order.latestShipDate, new Date()) }],
    ]);

    // Still short after the inventory sync: held, re-checked, saying what is missing.
    expect((await sync('inventory')).status).toBe('ok');
    const [still] = await decisionsOf(order.amazonOrderId);
    expect(still).toMatchObject({ status: 'held', recheckError: null });
    expect(still!.recheckedAt).toBeInstanceOf(Date);
    expect(still!.outcome).toMatch(/^Still short at FBA: /);
    expect(await fulfillmentOrdersAtAmazon(order.amazonOrderId)).toHaveLength(0);

    // Restocked at Amazon: the next inventory sync releases it with the form's choices.
    await setStock(picked, 5);
    expect((await sync('inventory')).status).toBe('ok');
    const [released] = await decisionsOf(order.amazonOrderId);
    expect(released).toMatchObject({ status: 'released', sellerFulfillmentOrderId: `MCF-${order.amazonOrderId}`, recheckError: null });
    expect(released!.outcome).toMatch(/was created/);
    expect(released!.lines.every((l) => l.shipNow === l.needed)).toBe(true);
    const sent = await fulfillmentOrdersAtAmazon(order.amazonOrderId);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.fulfillmentPolicy).toBe('FillOrKill');
    expect(await heldBackorderOf(handle.db, order)).toBeUndefined();
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, tenant.workspaceId), eq(auditLog.action, 'orders.backorder.release')));
    expect(audit.map((a) => [a.target, a.result])).toEqual([[order.amazonOrderId, 'ok']]);

    // The release's own write lost (a crash right after Amazon took the order): the re-check
    // runs again, twice at once, and the submission claim finds the order instead of a second.
    await handle.db.update(fulfillmentDecisions).set({ status: 'held', endedAt: null }).where(eq(fulfillmentDecisions.id, released!.id));
    const twice = await Promise.all([
      recheckHeldBackorders(handle.db, tenant.workspaceId, tenant.accountId, { clientFor }),
      recheckHeldBackorders(handle.db, tenant.workspaceId, tenant.accountId, { clientFor }),
    ]);
    expect(twice.map((s) => s.failed)).toEqual([0, 0]);
    expect((await sync('orders')).status).toBe('ok');
    expect(await fulfillmentOrdersAtAmazon(order.amazonOrderId)).toHaveLength(1);
    const [again] = await decisionsOf(order.amazonOrderId);
    expect(again).toMatchObject({ status: 'released', sellerFulfillmentOrderId: `MCF-${order.amazonOrderId}` });
    expect(again!.outcome).toMatch(/already existed/);
  });

  it('gives the stock to the hold held longest: two holds sharing a SKU and stock for one send one', async () => {
    const pair = takeOrdersSharingSku();
    const first = await holdShortOrder(pair.first);
    const second = await holdShortOrder(pair.second);
    const sku = pair.sku;
    // Enough of everything, but of the shared SKU only what the first needs.
    for (const item of [...pair.first.items, ...pair.second.items])
      await simControl(sim, 'POST', '/_sim/inventory', {
        sellerId: SELLER,
        sellerSku: item.sellerSku,
        fulfillable: item.sellerSku === sku ? pair.first.items.find((i) => i.sellerSku === sku)!.quantityOrdered : 100,
      });
    expect((await sync('inventory')).status).toBe('ok');
    const [sent] = await decisionsOf(first.order.amazonOrderId);
    expect(sent).toMatchObject({ status: 'released' });
    expect(await fulfillmentOrdersAtAmazon(first.order.amazonOrderId)).toHaveLength(1);
    // The synced stock still shows the units the first took: the second is not sent against them.
    const [waiting] = await decisionsOf(second.order.amazonOrderId);
    expect(waiting).toMatchObject({ status: 'held', recheckError: null });
    expect(waiting!.outcome).toMatch(new RegExp(sku));
    expect(await fulfillmentOrdersAtAmazon(second.order.amazonOrderId)).toHaveLength(0);
  });

  it('records a failed re-check on its hold and goes on with the others; a cancelled hold is never sent', async () => {
    const broken = await holdShortOrder();
    const good = await holdShortOrder();
    const cancelled = await holdShortOrder();
    // A hold whose shipping choices were lost cannot be sent.
    await handle.db
      .update(fulfillmentDecisions)
      .set({ orderOptions: { shippingSpeed: 'Teleport' } as unknown as HeldOrderOptions })
      .where(eq(fulfillmentDecisions.amazonOrderId, broken.order.amazonOrderId));
    expect(await cancelBackorderHold(handle.db, cancelled.order)).toBe(true);
    expect(await cancelBackorderHold(handle.db, cancelled.order)).toBe(false);

    for (const { picked } of [broken, good, cancelled]) await setStock(picked, 3);
    expect((await sync('inventory')).status).toBe('ok');

    const [failed] = await decisionsOf(broken.order.amazonOrderId);
    expect(failed).toMatchObject({ status: 'held', recheckError: expect.stringMatching(/no shipping choices/) });
    expect(await fulfillmentOrdersAtAmazon(broken.order.amazonOrderId)).toHaveLength(0);
    const [sent] = await decisionsOf(good.order.amazonOrderId);
    expect(sent).toMatchObject({ status: 'released' });
    expect(await fulfillmentOrdersAtAmazon(good.order.amazonOrderId)).toHaveLength(1);
    const [ended] = await decisionsOf(cancelled.order.amazonOrderId);
    expect(ended).toMatchObject({ status: 'hold-cancelled' });
    expect(await fulfillmentOrdersAtAmazon(cancelled.order.amazonOrderId)).toHaveLength(0);
  });
});
