/**
 * Bulk Fulfill with FBA against the simulator, on PGlite and PostgreSQL: the list says which
 * selected orders cannot go and why (read from the database), a batch creates the others
 * through the one-order service, a failing order is its own line while the rest go through,
 * and running the batch again creates nothing twice. Before sending, Amazon's preview of each
 * ready order at the chosen speed: its reason for one that cannot go, fees and dates for the rest.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { DbHandle } from '@/db/client';
import { fulfillmentOrders, inventorySummaries, orders } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { sellerFulfillmentOrderIdFor } from '@/lib/outbound/from-order';
import type { Tenant } from '@/lib/tenancy';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { simFulfillableStock, simUnshippedMfnOrders, type SimOrderSummary } from '@/test/support/sim-state';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import { seedOrders, seedWorkspaceWithAccount } from '@/test/support/seed-orders';
import { bulkFulfillCandidates, fulfillBatchWithFba, previewBatchWithFba } from './bulk-fulfill';
import { ordersToSend, sendingFeeTotals, type BulkPreviewResult } from './bulk-fulfill-rules';
import { reshapeOrder } from './reshape';
import { writeOrders } from './upsert';

const SYSTEM = null as unknown as string;

let sim: RunningSimulator;
let unshipped: SimOrderSummary[] = [];
let stock = new Map<string, number>();
/** Orders a test has taken (or the first test's pool holds): never taken twice. */
const taken = new Set<string>();
let simOrders: SimOrderSummary[] = [];
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 23, orders: 3000, clockScale: 0, enforceQuotas: false });
  simOrders = await simUnshippedMfnOrders(sim, 80);
  stock = await simFulfillableStock(sim);
  // Well stocked, no SKU shared with another picked order (a test turns one SKU's stock to 0).
  const used = new Set<string>();
  unshipped = simOrders.filter((o) => {
    if (!o.items.every((i) => (stock.get(i.sellerSku) ?? 0) >= i.quantityOrdered + 5 && !used.has(i.sellerSku))) return false;
    for (const i of o.items) used.add(i.sellerSku);
    return true;
  });
  for (const o of unshipped) taken.add(o.amazonOrderId);
});
afterAll(() => sim.close());

/** Units each SKU of a later test's order holds, on Amazon and in the synced stock. */
const STOCKED = 100;

/**
 * An unshipped order not taken yet, none of whose SKUs is one of `avoid`'s, stocked on Amazon
 * (STOCKED units of each SKU): the simulated world has too few well-stocked orders for every test.
 */
async function takeStocked(avoid: readonly SimOrderSummary[] = []): Promise<SimOrderSummary> {
  const avoided = new Set(avoid.flatMap((o) => o.items.map((i) => i.sellerSku)));
  const order = simOrders.find((o) => !taken.has(o.amazonOrderId) && o.items.every((i) => i.quantityOrdered < STOCKED && !avoided.has(i.sellerSku)));
  if (!order) throw new Error('The simulated world has no unshipped order left for this test.');
  taken.add(order.amazonOrderId);
  for (const i of order.items) await simControl(sim, 'POST', '/_sim/inventory', { sellerId: 'A1DEMOSELLERNA', sellerSku: i.sellerSku, fulfillable: STOCKED });
  return order;
}

describe.each(testDatabases)('bulk Fulfill with FBA on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let client: SpApiClient;
  let picked: SimOrderSummary[];

  /** Stores the order with its items and the synced FBA stock of its SKUs (as the sync would have). */
  async function storeSynced(o: SimOrderSummary, fulfillable?: number) {
    const { order } = await client.orders20260101.getOrder({ orderId: o.amazonOrderId, includedData: ['FULFILLMENT', 'PROCEEDS'] });
    const reshaped = reshapeOrder(order, tenant);
    await writeOrders(handle.db, [reshaped]);
    for (const item of o.items)
      await handle.db
        .insert(inventorySummaries)
        .values({
          ...tenant,
          marketplaceId: reshaped.order.marketplaceId,
          sellerSku: item.sellerSku,
          condition: 'NewItem',
          fulfillable: fulfillable ?? stock.get(item.sellerSku)!,
          totalQuantity: fulfillable ?? stock.get(item.sellerSku)!,
        })
        .onConflictDoNothing();
  }

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedDemoAccount(handle.db);
    client = simulatorClient(sim);
    await client.sellers.getMarketplaceParticipations().catch(() => client.sellers.getMarketplaceParticipations());
    // Each database run takes its own orders from the simulated world.
    picked = unshipped.splice(0, 4);
    expect(picked).toHaveLength(4);
  });
  afterAll(() => handle.close());

  it('lists each selected order with what stops it, then sends the ready ones once, a failure on its own line', async () => {
    const [a, b, short, gone] = picked as [SimOrderSummary, SimOrderSummary, SimOrderSummary, SimOrderSummary];
    await storeSynced(a);
    await storeSynced(b);
    await storeSynced(short, 0);
    await storeSynced(gone);
    // Another workspace's order, named by id, is never read.
    const other = await seedWorkspaceWithAccount(handle.db, 'Other', 'AOTHER1');
    await seedOrders(handle.db, other, { count: 1, seed: 5, idPrefix: '119', skuCount: 2 });
    const [foreign] = await handle.db.select({ id: orders.amazonOrderId }).from(orders).where(eq(orders.workspaceId, other.workspaceId));

    const ids = [a.amazonOrderId, b.amazonOrderId, short.amazonOrderId, foreign!.id];
    const listed = await bulkFulfillCandidates(handle.db, tenant.workspaceId, ids);
    expect(listed.map((c) => c.amazonOrderId)).toEqual(ids);
    expect(listed[0]).toMatchObject({ problem: null, existingFulfillmentOrderId: null });
    expect(listed[0]!.lines.map((l) => l.sellerSku).sort()).toEqual(a.items.map((i) => i.sellerSku).sort());
    expect(listed[1]!.problem).toBeNull();
    expect(listed[2]!.problem).toMatch(new RegExp(`^Not enough FBA stock: ${short.items[0]!.sellerSku} needs \\d+, 0 available`));
    expect(listed[3]).toMatchObject({ problem: 'This order is not in your workspace.', lines: [] });

    // The fourth order's SKU runs out on Amazon after the list was read: Amazon's answer fails it alone.
    await simControl(sim, 'POST', '/_sim/inventory', { sellerId: 'A1DEMOSELLERNA', sellerSku: gone.items[0]!.sellerSku, fulfillable: 0 });
    const batch = [a.amazonOrderId, gone.amazonOrderId, b.amazonOrderId, foreign!.id];
    const first = await fulfillBatchWithFba(handle.db, tenant.workspaceId, SYSTEM, batch, 'Expedited', async () => client);
    expect(first.map((r) => [r.amazonOrderId, r.outcome])).toEqual([
      [a.amazonOrderId, 'created'],
      [gone.amazonOrderId, 'failed'],
      [b.amazonOrderId, 'created'],
      [foreign!.id, 'failed'],
    ]);
    expect(first[1]!.message).not.toBe('');
    expect(first[3]!.message).toBe('That order was not found.');
    expect(first[0]!.sellerFulfillmentOrderId).toBe(sellerFulfillmentOrderIdFor(a.amazonOrderId));

    // Run again: nothing is created twice, and the list now says they are fulfilled.
    const again = await fulfillBatchWithFba(handle.db, tenant.workspaceId, SYSTEM, [a.amazonOrderId, b.amazonOrderId], 'Expedited', async () => client);
    expect(again.map((r) => r.outcome)).toEqual(['already', 'already']);
    for (const o of [a, b]) {
      const stored = await handle.db.select().from(fulfillmentOrders).where(eq(fulfillmentOrders.displayableOrderId, o.amazonOrderId));
      expect(stored).toHaveLength(1);
      expect(stored[0]!.shippingSpeedCategory).toBe('Expedited');
    }
    const queryStartDate = new Date(sim.runtime.clock.nowMs() - 3_600_000).toISOString();
    const onAmazon = (await client.fulfillmentOutbound.listAllFulfillmentOrders({ queryStartDate })).payload?.fulfillmentOrders ?? [];
    expect(onAmazon.filter((o) => o.displayableOrderId === a.amazonOrderId || o.displayableOrderId === b.amazonOrderId)).toHaveLength(2);
    expect(onAmazon.some((o) => o.displayableOrderId === gone.amazonOrderId)).toBe(false);
    const relisted = await bulkFulfillCandidates(handle.db, tenant.workspaceId, [a.amazonOrderId]);
    expect(relisted[0]).toMatchObject({
      existingFulfillmentOrderId: sellerFulfillmentOrderIdFor(a.amazonOrderId),
      problem: `Already fulfilled with FBA (fulfillment order ${sellerFulfillmentOrderIdFor(a.amazonOrderId)}).`,
    });
  });

  it("previews every order at the chosen speed: Amazon's reason for one that cannot go, fees and dates for the others; only those are sent", async () => {
    const gone = await takeStocked();
    const a = await takeStocked([gone]);
    const b = await takeStocked([gone]);
    for (const o of [a, b, gone]) await storeSynced(o, STOCKED);
    const other = await seedWorkspaceWithAccount(handle.db, 'Other preview', 'AOTHER2');
    await seedOrders(handle.db, other, { count: 1, seed: 6, idPrefix: '118', skuCount: 2 });
    const [foreign] = await handle.db.select({ id: orders.amazonOrderId }).from(orders).where(eq(orders.workspaceId, other.workspaceId));
    // The database still says the stock is there; Amazon knows better. Put back at the end, for the next database's run.
    const goneSku = gone.items[0]!.sellerSku;
    await simControl(sim, 'POST', '/_sim/inventory', { sellerId: 'A1DEMOSELLERNA', sellerSku: goneSku, fulfillable: 0 });
    onTestFinished(() =>
      simControl(sim, 'POST', '/_sim/inventory', { sellerId: 'A1DEMOSELLERNA', sellerSku: goneSku, fulfillable: STOCKED }).then(() => undefined),
    );

    const batch = [a.amazonOrderId, gone.amazonOrderId, b.amazonOrderId, foreign!.id];
    const previews = await previewBatchWithFba(handle.db, tenant.workspaceId, batch, 'Priority', async () => client);
    expect(previews.map((p) => [p.amazonOrderId, p.fulfillable])).toEqual([
      [a.amazonOrderId, true],
      [gone.amazonOrderId, false],
      [b.amazonOrderId, true],
      [foreign!.id, false],
    ]);
    const [pa, pgone, pb, pforeign] = previews as [BulkPreviewResult, BulkPreviewResult, BulkPreviewResult, BulkPreviewResult];
    expect(pgone.problems).toContainEqual({ text: `${gone.items[0]!.sellerSku}: Not enough fulfillable stock at FBA`, codes: ['InventoryUnavailable'] });
    expect(pforeign).toMatchObject({ fees: [], problems: [{ text: 'That order was not found.', codes: [] }] });
    for (const p of [pa, pb]) {
      expect(p.problems).toEqual([]);
      expect(p.fees.map((f) => f.name).sort()).toEqual(['FBAPerOrderFulfillmentFee', 'FBAPerUnitFulfillmentFee']);
      // The order's marketplace's currency (the simulated world sells in the US, Canada and Mexico).
      expect(p.feeTotals).toHaveLength(1);
      expect(p.feeTotals[0]!.currency).toMatch(/^(USD|CAD|MXN)$/);
      expect(Number(p.feeTotals[0]!.amount)).toBeGreaterThan(0);
      expect(Date.parse(p.earliestShipDate!)).toBeLessThanOrEqual(Date.parse(p.latestArrivalDate!));
      expect(p.earliestArrivalDate).not.toBeNull();
    }
    // The batch's total: one per currency, never two currencies added together.
    const cents = (amount: string) => Math.round(Number(amount) * 100);
    const [ta, tb] = [pa.feeTotals[0]!, pb.feeTotals[0]!];
    expect(sendingFeeTotals(previews)).toEqual(
      ta.currency === tb.currency
        ? [{ amount: ((cents(ta.amount) + cents(tb.amount)) / 100).toFixed(2), currency: ta.currency }]
        : [ta, tb].sort((x, y) => x.currency.localeCompare(y.currency)),
    );

    // Only what Amazon said it can fulfill is sent; nothing reaches Amazon for the others.
    const toSend = ordersToSend(batch, previews);
    expect(toSend).toEqual([a.amazonOrderId, b.amazonOrderId]);
    const sent = await fulfillBatchWithFba(handle.db, tenant.workspaceId, SYSTEM, toSend, 'Priority', async () => client);
    expect(sent.map((r) => r.outcome)).toEqual(['created', 'created']);
    const queryStartDate = new Date(sim.runtime.clock.nowMs() - 3_600_000).toISOString();
    const onAmazon = (await client.fulfillmentOutbound.listAllFulfillmentOrders({ queryStartDate })).payload?.fulfillmentOrders ?? [];
    expect(onAmazon.filter((o) => o.displayableOrderId === a.amazonOrderId)[0]?.shippingSpeedCategory).toBe('Priority');
    expect(onAmazon.some((o) => o.displayableOrderId === gone.amazonOrderId)).toBe(false);

    // Previewed again, a sent order is left out with the list's reason, and Amazon is not asked.
    const again = await previewBatchWithFba(handle.db, tenant.workspaceId, [a.amazonOrderId], 'Priority', async () => {
      throw new Error('Amazon must not be asked about an order already sent.');
    });
    expect(again[0]).toMatchObject({
      fulfillable: false,
      problems: [{ text: `Already fulfilled with FBA (fulfillment order ${sellerFulfillmentOrderIdFor(a.amazonOrderId)}).`, codes: [] }],
    });
  });
});
