/**
 * The FBA fulfillment workflow against the simulator, on PGlite and PostgreSQL: preview,
 * create (twice, concurrently and again: one fulfillment order), low stock, confirm the
 * shipment on the Amazon order after FBA ships, and a buyer message sent and recorded.
 */
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, fulfillmentDecisions, fulfillmentOrders, orderItems, orderMessages, shipmentConfirmations } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import { UserFacingError } from '@/lib/user-facing-error';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { simFulfillableStock, simUnshippedMfnOrders, type SimOrderSummary } from '@/test/support/sim-state';
import { sellerFulfillmentOrderIdFor } from '@/lib/outbound/from-order';
import { fetchAndStoreFulfillmentOrder } from '@/lib/outbound/refresh';
import { featuresAreFresh } from '@/lib/outbound/features';
import { storedFeatures } from '@/lib/outbound/queries';
import { createFulfillmentOrderFromOrder, prepareFulfillment, previewFulfillment } from './fulfill-with-fba';
import { createFulfillmentInput, fulfillmentOptionsInput } from './fulfill-with-fba-input';
import { messagesOf, messagingActionsFor, sendBuyerMessage } from './messaging/service';
import { findOrder, type OrderRecord } from './order-context';
import { reshapeOrder } from './reshape';
import { confirmShippedFbaOrders, pendingFbaPackages, setConfirmShipmentMode } from './shipment/service';
import { writeOrders } from './upsert';
import type { Tenant } from '@/lib/tenancy';

/** The sync fixtures seed no users; the tables allow a null author (system actions). */
const SYSTEM = null as unknown as string;

let sim: RunningSimulator;
let unshipped: SimOrderSummary[] = [];
let stock = new Map<string, number>();
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 11, orders: 3000, clockScale: 0, enforceQuotas: false });
  stock = await simFulfillableStock(sim);
  unshipped = await simUnshippedMfnOrders(sim, 60);
});
afterAll(() => sim.close());

/** Orders are handed out once per test so the two database runs never share one on the simulator. */
function takeOrder(wellStocked: boolean): SimOrderSummary {
  const index = unshipped.findIndex((o) => o.items.every((i) => (stock.get(i.sellerSku) ?? 0) >= i.quantityOrdered + 5) === wellStocked);
  if (index < 0) throw new Error('no suitable MFN Unshipped order in the simulated world');
  return unshipped.splice(index, 1)[0]!;
}

async function storeOrder(handle: DbHandle, client: SpApiClient, tenant: Tenant, amazonOrderId: string): Promise<OrderRecord> {
  const { order } = await client.orders20260101.getOrder({ orderId: amazonOrderId, includedData: ['FULFILLMENT', 'PROCEEDS'] });
  // The order without its items, so the workflow reads them as it would for a fresh order.
  await writeOrders(handle.db, [{ order: reshapeOrder(order, tenant).order, items: [] }]);
  return (await findOrder(handle.db, tenant.workspaceId, amazonOrderId))!;
}

describe.each(testDatabases)('order fulfillment workflow on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let client: SpApiClient;

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedDemoAccount(handle.db);
    client = simulatorClient(sim);
    // Opening a database can outlast the simulator's keep-alive: a socket it just closed can
    // reset the first call, so take the LWA token once here, retrying that one reset.
    await client.sellers.getMarketplaceParticipations().catch(() => client.sellers.getMarketplaceParticipations());
  });
  afterAll(() => handle.close());

  it('previews, creates once however often it is asked, and confirms the shipment after FBA ships it', async () => {
    const picked = takeOrder(true);
    const order = await storeOrder(handle, client, tenant, picked.amazonOrderId);
    expect(order.fulfilledBy).toBe('MERCHANT');

    const options = fulfillmentOptionsInput.parse({ orderId: order.amazonOrderId, fulfillmentPolicy: 'FillOrKill' });
    const preview = await previewFulfillment(handle.db, client, order, options);
    expect(preview.options.map((o) => o.speed)).toEqual(['Standard', 'Expedited', 'Priority']);
    expect(preview.options.every((o) => o.isFulfillable && o.totalFee && o.earliestArrivalDate)).toBe(true);
    expect(preview.assessment.short).toBe(false);
    // The items were not synced yet: the preview read and stored them.
    const [items] = await handle.db.select({ n: count() }).from(orderItems).where(eq(orderItems.amazonOrderId, order.amazonOrderId));
    expect(items!.n).toBe(picked.items.length);

    const input = createFulfillmentInput.parse({
      orderId: order.amazonOrderId,
      shippingSpeed: 'Priority',
      fulfillmentPolicy: 'FillOrKill',
      previewShortfall: JSON.stringify(preview.shortfall),
    });
    // A double click (concurrent) and a retry later (sequential).
    const [first, second] = await Promise.all([
      createFulfillmentOrderFromOrder(handle.db, client, order, SYSTEM, input),
      createFulfillmentOrderFromOrder(handle.db, client, order, SYSTEM, input),
    ]);
    const third = await createFulfillmentOrderFromOrder(handle.db, client, order, SYSTEM, input);
    const id = sellerFulfillmentOrderIdFor(order.amazonOrderId);
    // The submission claim lets exactly one of the concurrent two create it.
    expect([first, second].filter((o) => o.created)).toHaveLength(1);
    const winner = first.created ? first : second;
    expect(winner).toMatchObject({ sellerFulfillmentOrderId: id, created: true });
    expect((first.created ? second : first).sellerFulfillmentOrderId).toBe(id);
    expect(third).toMatchObject({ sellerFulfillmentOrderId: id, created: false });
    expect(winner.requestId).toMatch(/[0-9a-f-]{36}/);

    const listed = await client.fulfillmentOutbound.listAllFulfillmentOrders({ queryStartDate: new Date(sim.runtime.clock.nowMs() - 3_600_000).toISOString() });
    expect((listed.payload?.fulfillmentOrders ?? []).filter((o) => o.displayableOrderId === order.amazonOrderId)).toHaveLength(1);
    const rows = await handle.db.select().from(fulfillmentOrders).where(eq(fulfillmentOrders.displayableOrderId, order.amazonOrderId));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]!.detail)).not.toMatch(/addressLine1|"phone"/);

    // Priority ships 2 hours after creation on the simulated clock.
    await simControl(sim, 'POST', '/_sim/clock', { advanceSeconds: 3 * 3600 });
    const shipped = await fetchAndStoreFulfillmentOrder(handle.db, client, tenant, id);
    expect(shipped?.fulfillmentOrder.fulfillmentOrderStatus).toBe('Complete');
    const fresh = (await findOrder(handle.db, tenant.workspaceId, order.amazonOrderId))!;
    const pending = await pendingFbaPackages(handle.db, fresh);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.trackingNumber).toBeTruthy();

    // On a click (the default), the sync hook confirms nothing.
    const clientFor = async () => client;
    expect(await confirmShippedFbaOrders(handle.db, tenant.workspaceId, tenant.accountId, { clientFor })).toMatchObject({
      mode: 'manual',
      pending: 1,
      confirmed: 0,
    });
    await setConfirmShipmentMode(handle.db, tenant.workspaceId, 'automatic', null);
    expect(await confirmShippedFbaOrders(handle.db, tenant.workspaceId, tenant.accountId, { clientFor })).toMatchObject({
      mode: 'automatic',
      pending: 1,
      confirmed: 1,
      failed: [],
    });
    expect(await confirmShippedFbaOrders(handle.db, tenant.workspaceId, tenant.accountId, { clientFor })).toMatchObject({ pending: 0, confirmed: 0 });

    const after = (await findOrder(handle.db, tenant.workspaceId, order.amazonOrderId))!;
    expect(after.orderStatus).toBe('SHIPPED');
    const onAmazon = await client.orders20260101.getOrder({ orderId: order.amazonOrderId, includedData: ['FULFILLMENT'] });
    expect(onAmazon.order.fulfillment?.fulfillmentStatus).toBe('SHIPPED');
    const [confirmation] = await handle.db.select().from(shipmentConfirmations).where(eq(shipmentConfirmations.amazonOrderId, order.amazonOrderId));
    expect(confirmation).toMatchObject({ source: 'fba', carrierCode: pending[0]!.carrierCode, trackingNumber: pending[0]!.trackingNumber });
    expect(confirmation!.requestId).toBeTruthy();
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, tenant.workspaceId), eq(auditLog.target, order.amazonOrderId)));
    expect(audit).toMatchObject({ action: 'orders.confirm-shipment.automatic', result: 'ok', requestId: confirmation!.requestId });
  });

  it('stores what the page shows before it renders the form: the items and the features', async () => {
    const order = await storeOrder(handle, client, tenant, takeOrder(true).amazonOrderId);
    expect(await storedFeatures(handle.db, tenant.workspaceId, tenant.accountId, order.marketplaceId)).toEqual([]);
    await prepareFulfillment(handle.db, client, order);
    const [items] = await handle.db.select({ n: count() }).from(orderItems).where(eq(orderItems.amazonOrderId, order.amazonOrderId));
    expect(items!.n).toBeGreaterThan(0);
    const features = await storedFeatures(handle.db, tenant.workspaceId, tenant.accountId, order.marketplaceId);
    expect(featuresAreFresh(features)).toBe(true);
  });

  it('asks what to do when stock is short, and records the answer', async () => {
    const picked = takeOrder(true);
    const sku = picked.items[0]!.sellerSku;
    await simControl(sim, 'POST', '/_sim/inventory', { sellerId: 'A1DEMOSELLERNA', sellerSku: sku, fulfillable: 0 });
    const order = await storeOrder(handle, client, tenant, picked.amazonOrderId);
    const options = fulfillmentOptionsInput.parse({ orderId: order.amazonOrderId });
    const preview = await previewFulfillment(handle.db, client, order, options);
    expect(preview.assessment.short).toBe(true);
    expect(preview.options[0]!.unfulfillableItems[0]).toMatchObject({ sellerSku: sku, reasons: ['InventoryUnavailable'] });

    const base = { orderId: order.amazonOrderId, shippingSpeed: 'Standard', previewShortfall: JSON.stringify(preview.shortfall) };
    const noChoice = await createFulfillmentOrderFromOrder(handle.db, client, order, SYSTEM, createFulfillmentInput.parse(base)).catch((e: unknown) => e);
    expect(noChoice).toBeInstanceOf(UserFacingError);
    expect((noChoice as UserFacingError).fieldErrors?.lowStockChoice).toBeDefined();

    const outcome = await createFulfillmentOrderFromOrder(
      handle.db,
      client,
      order,
      SYSTEM,
      createFulfillmentInput.parse({ ...base, lowStockChoice: 'notify-buyer', buyerMessage: 'One item is out of stock; it will ship within a week.' }),
    );
    expect(outcome).toMatchObject({ sellerFulfillmentOrderId: null, decision: 'notify-buyer' });
    const decisions = await handle.db.select().from(fulfillmentDecisions).where(eq(fulfillmentDecisions.amazonOrderId, order.amazonOrderId));
    expect(decisions).toHaveLength(1);
    // No inventory synced here: Amazon says the line is short, nothing says by how much.
    expect(decisions[0]!.lines.find((l) => l.sellerSku === sku)).toMatchObject({ available: null, shipNow: 0 });
    const sent = (await simControl(sim, 'GET', `/_sim/state/messages?orderId=${order.amazonOrderId}`)) as { messages: Array<{ action: string }> };
    expect(sent.messages.map((m) => m.action)).toEqual(['unexpectedProblem']);
    expect(await handle.db.select().from(fulfillmentOrders).where(eq(fulfillmentOrders.displayableOrderId, order.amazonOrderId))).toHaveLength(0);
  });

  it('sends a buyer message Amazon offers and records it, and records a refused one too', async () => {
    const picked = takeOrder(true);
    const order = await storeOrder(handle, client, tenant, picked.amazonOrderId);
    const actions = await messagingActionsFor(client, order);
    expect(actions).toEqual(expect.arrayContaining(['confirmOrderDetails', 'confirmDeliveryDetails', 'unexpectedProblem']));
    const ok = await sendBuyerMessage(handle.db, client, order, SYSTEM, 'confirmOrderDetails', { text: 'Please confirm the colour you ordered.' });
    expect(ok.requestId).toBeTruthy();
    // Once per order: Amazon refuses the second one, and the attempt is recorded with its reason.
    await expect(sendBuyerMessage(handle.db, client, order, SYSTEM, 'confirmOrderDetails', { text: 'Again?' })).rejects.toBeInstanceOf(UserFacingError);
    const recorded = await messagesOf(handle.db, order);
    expect(recorded.map((m) => [m.action, m.result])).toEqual(
      expect.arrayContaining([
        ['confirmOrderDetails', 'ok'],
        ['confirmOrderDetails', 'error'],
      ]),
    );
    expect(recorded.find((m) => m.result === 'ok')?.requestId).toBe(ok.requestId);
    const [stored] = await handle.db.select({ n: count() }).from(orderMessages).where(eq(orderMessages.amazonOrderId, order.amazonOrderId));
    expect(stored!.n).toBe(2);
    // Nothing leaks into another workspace.
    const other = await seedDemoAccount(handle.db);
    expect(await findOrder(handle.db, other.workspaceId, order.amazonOrderId)).toBeUndefined();
  });
});
