/**
 * The outbound service against the simulator, on PGlite (and PostgreSQL when
 * TEST_DATABASE_URL is set): create with one order per submit, refusals that create nothing,
 * the life cycle seen through the refresh, tracking, cancel rules, returns and features.
 */
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { fulfillmentOrders, inventorySummaries, outboundSubmissions } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import { runSync, type RunSyncOptions } from '@/lib/sync/runner';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import { UserFacingError } from '@/lib/user-facing-error';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { addressInput, createInput, type CreateInput } from './order-input';
import { getOutboundOrderView } from './queries';
import { refreshFulfillmentOrder } from './refresh';
import { refreshFeatures } from './features';
import { cancelOutboundOrder, createOutboundOrder, createOutboundReturn, listReturnReasons, previewOutboundOrder, updateOutboundOrder } from './service';

const US = 'ATVPDKIKX0DER';
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 11, orders: 200, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

const advance = (seconds: number) => simControl(sim, 'POST', '/_sim/clock', { advanceSeconds: seconds });

describe.each(testDatabases)('outbound service on $name', (database) => {
  let handle: DbHandle;
  let tenant: { workspaceId: string; accountId: string; userId: null };
  let client: SpApiClient;
  let skus: { sellerSku: string; fulfillable: number }[];

  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    tenant = { ...(await seedDemoAccount(handle.db)), userId: null };
    client = simulatorClient(sim);
    const options: RunSyncOptions = {
      clientFor: async () => client,
      now: () => sim.runtime.clock.now(),
      settings: { initialLookbackDays: 365 },
      intervalMinutes: 15,
    };
    expect((await runSync(handle.db, { ...tenant, kind: 'inventory' }, options)).status).toBe('ok');
    skus = await handle.db
      .select({ sellerSku: inventorySummaries.sellerSku, fulfillable: inventorySummaries.fulfillable })
      .from(inventorySummaries)
      .where(and(eq(inventorySummaries.accountId, tenant.accountId), eq(inventorySummaries.marketplaceId, US)));
    skus = skus.filter((s) => s.fulfillable >= 20).sort((a, b) => a.sellerSku.localeCompare(b.sellerSku));
  });

  const form = (overrides: Record<string, string> = {}): CreateInput =>
    createInput.parse({
      accountId: tenant.accountId,
      marketplaceId: US,
      sellerFulfillmentOrderId: `T-${Math.random().toString(36).slice(2, 10)}`,
      displayableOrderId: 'WEB-1001',
      displayableOrderDate: '2026-11-20',
      displayableOrderComment: 'Thank you for your order.',
      shippingSpeedCategory: 'Standard',
      fulfillmentPolicy: 'FillOrKill',
      name: 'Jane Doe',
      addressLine1: '1 Main St',
      city: 'Seattle',
      stateOrRegion: 'WA',
      postalCode: '98101',
      countryCode: 'US',
      items: JSON.stringify([{ sellerSku: skus[0]!.sellerSku, quantity: 2 }]),
      ...overrides,
    });

  const storedCount = async () =>
    (await handle.db.select({ n: count() }).from(fulfillmentOrders).where(eq(fulfillmentOrders.accountId, tenant.accountId)))[0]!.n;

  it('previews every speed with fees', async () => {
    const options = await previewOutboundOrder(handle.db, client, tenant, form());
    expect(options.map((o) => o.speed).sort()).toEqual(['Expedited', 'Priority', 'Standard']);
    const standard = options.find((o) => o.speed === 'Standard')!;
    expect(standard.isFulfillable).toBe(true);
    expect(Number(standard.totalFee?.amount)).toBeGreaterThan(6);
    expect(standard.totalFee?.currency).toBe('USD');
  });

  it('creates once per submit, stores it, and follows it to the doorstep', async () => {
    const input = form();
    const first = await createOutboundOrder(handle.db, client, tenant, input);
    expect(first.created).toBe(true);
    expect(first.requestId).toMatch(/[0-9a-f-]{36}/);
    // A double submit (same reference, same content) finds the order instead of creating another.
    const second = await createOutboundOrder(handle.db, client, tenant, input);
    expect(second.created).toBe(false);
    const listed = await client.fulfillmentOutbound.listAllFulfillmentOrders({ queryStartDate: new Date(sim.runtime.clock.nowMs() - 60_000).toISOString() });
    expect(listed.payload?.fulfillmentOrders?.filter((o) => o.sellerFulfillmentOrderId === input.sellerFulfillmentOrderId)).toHaveLength(1);
    // The same reference with other content is refused before Amazon is asked.
    await expect(createOutboundOrder(handle.db, client, tenant, { ...input, displayableOrderId: 'OTHER' })).rejects.toThrow(/already used/);

    let view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.status).toBe('Received');
    expect(view.canCancel).toBe(true);
    expect(view.moving).toBe(true);
    expect(view.detail?.items[0]?.quantity).toBe(2);

    await advance(5 * 3600);
    expect(await refreshFulfillmentOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId, { minIntervalSeconds: 0 })).toBe('refreshed');
    // Asked again at once: the stored copy is recent enough.
    expect(await refreshFulfillmentOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId, { minIntervalSeconds: 60 })).toBe('recent');
    view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.status).toBe('Complete');
    expect(view.history.map((h) => h.status)).toEqual(['Received', 'Complete']);
    expect(view.canCancel).toBe(false);
    expect(view.canReturn).toBe(true);
    const pkg = view.detail!.shipments[0]!.fulfillmentShipmentPackage![0]!;
    expect(pkg.trackingNumber).toBeTruthy();
    expect(view.tracking).toHaveLength(1);
    expect(view.tracking[0]!.trackingEvents!.length).toBeGreaterThan(0);
    expect(view.moving).toBe(true);

    // Cancel is refused for a shipped order, before Amazon is asked.
    await expect(cancelOutboundOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId)).rejects.toThrow(/no longer accepts a cancellation/);

    await advance(4 * 86_400);
    await refreshFulfillmentOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId, { minIntervalSeconds: 0 });
    view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.tracking[0]!.currentStatus).toBe('DELIVERED');
    expect(view.moving).toBe(false);

    // A return with a reason code from Amazon's list.
    const item = view.detail!.items[0]!;
    const reasons = await listReturnReasons(client, { sellerSku: item.sellerSku, marketplaceId: US, sellerFulfillmentOrderId: input.sellerFulfillmentOrderId });
    expect(reasons.length).toBeGreaterThan(0);
    const outcome = await createOutboundReturn(
      handle.db,
      client,
      tenant,
      {
        accountId: tenant.accountId,
        sellerFulfillmentOrderId: input.sellerFulfillmentOrderId,
        sellerFulfillmentOrderItemId: item.sellerFulfillmentOrderItemId,
        amazonShipmentId: view.detail!.shipments[0]!.amazonShipmentId,
        returnReasonCode: reasons[0]!.returnReasonCode,
        quantity: 1,
        returnComment: undefined,
      },
      'r1',
    );
    expect(outcome.accepted).toBe(1);
    expect(outcome.rmaIds).toHaveLength(1);
    view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.detail!.returnItems).toHaveLength(1);
  });

  it('cancels and updates while the status allows', async () => {
    const input = form();
    await createOutboundOrder(handle.db, client, tenant, input);
    await updateOutboundOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId, {
      shippingSpeedCategory: 'Priority',
      displayableOrderComment: 'Rush',
      release: false,
      quantities: [{ sellerFulfillmentOrderItemId: '1', quantity: 3 }],
    });
    let view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.shippingSpeedCategory).toBe('Priority');
    expect(view.detail?.displayableOrderComment).toBe('Rush');
    expect(view.detail?.items[0]?.quantity).toBe(3);
    await expect(
      updateOutboundOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId, {
        shippingSpeedCategory: 'Priority',
        displayableOrderComment: 'Rush',
        release: false,
        quantities: [{ sellerFulfillmentOrderItemId: '9', quantity: 1 }],
      }),
    ).rejects.toThrow(/own items/);
    await updateOutboundOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId, {
      shippingSpeedCategory: 'Priority',
      displayableOrderComment: 'Rush',
      release: false,
      destinationAddress: addressInput.parse({
        name: 'Jane Doe',
        addressLine1: '9 Pine Rd',
        city: 'Portland',
        stateOrRegion: 'OR',
        postalCode: '97201',
        countryCode: 'US',
      }),
    });
    view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.destination).toEqual({ country: 'US', state: 'OR', city: 'Portland' });
    const cancelled = await cancelOutboundOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId);
    expect(cancelled.requestId).toBeTruthy();
    view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.status).toBe('Cancelled');
    expect(view.moving).toBe(false);
  });

  it('a held order waits until it is released', async () => {
    const input = form({ hold: 'on' });
    await createOutboundOrder(handle.db, client, tenant, input);
    await advance(3600);
    expect(await refreshFulfillmentOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId, { minIntervalSeconds: 0 })).toBe('refreshed');
    let view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.status).toBe('Received');
    expect(view.detail?.fulfillmentAction).toBe('Hold');
    await updateOutboundOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId, {
      shippingSpeedCategory: 'Standard',
      displayableOrderComment: 'Go',
      release: true,
    });
    await advance(5 * 3600);
    await refreshFulfillmentOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId, { minIntervalSeconds: 0 });
    view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.detail?.fulfillmentAction).toBe('Ship');
    expect(view.status).toBe('Complete');
  });

  it('shows Amazon’s reason when it refuses a cancel our copy still allowed', async () => {
    const input = form();
    await createOutboundOrder(handle.db, client, tenant, input);
    await advance(3600); // Processing at Amazon; our copy still says Received.
    await expect(cancelOutboundOrder(handle.db, client, tenant, input.sellerFulfillmentOrderId)).rejects.toThrow(
      /Amazon refused to cancel this order: .*Processing/,
    );
    const view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.status).toBe('Processing');
  });

  it('bad input creates nothing', async () => {
    const before = await storedCount();
    const unknown = createOutboundOrder(handle.db, client, tenant, form({ items: JSON.stringify([{ sellerSku: 'NO-SUCH-SKU', quantity: 1 }]) }));
    await expect(unknown).rejects.toBeInstanceOf(UserFacingError);
    await expect(unknown).rejects.toMatchObject({ fieldErrors: { 'items.0.sellerSku': [expect.stringMatching(/not a SKU/)] } });
    const small = skus.find((s) => s.fulfillable < 200)!;
    const tooMany = createOutboundOrder(
      handle.db,
      client,
      tenant,
      form({ items: JSON.stringify([{ sellerSku: small.sellerSku, quantity: small.fulfillable + 1 }]) }),
    );
    await expect(tooMany).rejects.toMatchObject({
      fieldErrors: {
        'items.0.quantity': [`Only ${small.fulfillable} of ${small.sellerSku} can be shipped; with "fill or kill" the whole order would be refused.`],
      },
    });
    expect(createInput.safeParse({ ...form(), countryCode: 'USA', postalCode: '' }).success).toBe(false);
    expect(await storedCount()).toBe(before);
    const [claims] = await handle.db.select({ n: count() }).from(outboundSubmissions).where(eq(outboundSubmissions.accountId, tenant.accountId));
    expect(claims!.n).toBe(await storedCount());
  });

  it('a FillOrKill shortfall that only Amazon sees is refused with its message and frees the reference', async () => {
    const sku = skus.find((s) => s.fulfillable < 200)!;
    // Our stored stock says there is enough; Amazon has less by now.
    await handle.db
      .update(inventorySummaries)
      .set({ fulfillable: 240 })
      .where(and(eq(inventorySummaries.accountId, tenant.accountId), eq(inventorySummaries.sellerSku, sku.sellerSku)));
    const input = form({ items: JSON.stringify([{ sellerSku: sku.sellerSku, quantity: sku.fulfillable + 1 }]) });
    await expect(createOutboundOrder(handle.db, client, tenant, input)).rejects.toThrow(
      /Amazon refused to create the fulfillment order: Insufficient inventory/,
    );
    const [claims] = await handle.db
      .select({ n: count() })
      .from(outboundSubmissions)
      .where(eq(outboundSubmissions.sellerFulfillmentOrderId, input.sellerFulfillmentOrderId));
    expect(claims!.n).toBe(0);
  });

  it('features: which SKUs may use blank box or block Amazon Logistics', async () => {
    const features = await refreshFeatures(handle.db, client, tenant, US);
    expect(features.map((f) => f.featureName).sort()).toEqual(['BLANK_BOX', 'BLOCK_AMZL']);
    const blankBox = features.find((f) => f.featureName === 'BLANK_BOX')!;
    const ineligible = skus.find((s) => !blankBox.eligibleSkus.includes(s.sellerSku));
    const eligible = skus.find((s) => blankBox.eligibleSkus.includes(s.sellerSku));
    expect(ineligible && eligible).toBeTruthy();
    const before = await storedCount();
    await expect(
      createOutboundOrder(handle.db, client, tenant, form({ blankBox: 'on', items: JSON.stringify([{ sellerSku: ineligible!.sellerSku, quantity: 1 }]) })),
    ).rejects.toMatchObject({
      fieldErrors: { 'items.0.sellerSku': [expect.stringMatching(/may not use blank box/)] },
    });
    expect(await storedCount()).toBe(before);
    const allowed = await createOutboundOrder(
      handle.db,
      client,
      tenant,
      form({ blankBox: 'on', items: JSON.stringify([{ sellerSku: eligible!.sellerSku, quantity: 1 }]) }),
    );
    expect(allowed.created).toBe(true);
  });

  it('a double submit at the same moment makes one order', async () => {
    const input = form();
    const outcomes = await Promise.allSettled([createOutboundOrder(handle.db, client, tenant, input), createOutboundOrder(handle.db, client, tenant, input)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value.created)).toHaveLength(1);
    const listed = await client.fulfillmentOutbound.listAllFulfillmentOrders({ queryStartDate: new Date(sim.runtime.clock.nowMs() - 60_000).toISOString() });
    expect(listed.payload?.fulfillmentOrders?.filter((o) => o.sellerFulfillmentOrderId === input.sellerFulfillmentOrderId)).toHaveLength(1);
  });

  it('a retry after a lost answer finds the order Amazon already made', async () => {
    const input = form();
    // The first attempt claimed the reference and reached Amazon, but its answer never came back.
    const { buildCreateRequest } = await import('./requests');
    const { requestFingerprint } = await import('@/lib/crypto/request-fingerprint');
    const request = buildCreateRequest(input);
    await handle.db.insert(outboundSubmissions).values({
      accountId: tenant.accountId,
      workspaceId: tenant.workspaceId,
      sellerFulfillmentOrderId: input.sellerFulfillmentOrderId,
      fingerprint: requestFingerprint(request),
    });
    await client.fulfillmentOutbound.createFulfillmentOrder({ body: request });
    const retry = await createOutboundOrder(handle.db, client, tenant, input);
    expect(retry.created).toBe(false);
    expect(await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId)).not.toBeNull();
  });

  it('an order Amazon accepted is reported as created even when reading it back fails', async () => {
    const input = form();
    await simControl(sim, 'POST', '/_sim/faults', { rate500: 1, operations: ['getFulfillmentOrder'] });
    try {
      const outcome = await createOutboundOrder(handle.db, client, tenant, input);
      expect(outcome).toMatchObject({ created: true, stored: false });
    } finally {
      await simControl(sim, 'DELETE', '/_sim/faults');
    }
    // The reference is taken: a retry of the same form finds the order instead of making another.
    const retry = await createOutboundOrder(handle.db, client, tenant, input);
    expect(retry).toMatchObject({ created: false, stored: true });
  });

  it('the sync stores each status it sees, so the timeline grows between visits', async () => {
    const input = form();
    await createOutboundOrder(handle.db, client, tenant, input);
    const options: RunSyncOptions = {
      clientFor: async () => client,
      now: () => sim.runtime.clock.now(),
      settings: { initialLookbackDays: 365 },
      intervalMinutes: 15,
    };
    await advance(45 * 60); // Processing
    expect((await runSync(handle.db, { ...tenant, kind: 'fulfillment-orders' }, options)).status).toBe('ok');
    await advance(4 * 3600); // Complete
    expect((await runSync(handle.db, { ...tenant, kind: 'fulfillment-orders' }, options)).status).toBe('ok');
    const view = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))!;
    expect(view.history.map((h) => h.status)).toEqual(['Received', 'Processing', 'Complete']);
    expect(view.history.every((h, i, all) => i === 0 || Date.parse(all[i - 1]!.at) <= Date.parse(h.at))).toBe(true);
    // Seeded orders synced for the first time start at Received too.
    const others = await handle.db
      .select({ id: fulfillmentOrders.sellerFulfillmentOrderId })
      .from(fulfillmentOrders)
      .where(eq(fulfillmentOrders.accountId, tenant.accountId));
    const seededId = others.find((o) => o.id !== input.sellerFulfillmentOrderId && !o.id.startsWith('T-'))!.id;
    const seeded = (await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, seededId))!;
    expect(seeded.history[0]!.status).toBe('Received');
  });

  it('after an attempt that never reached Amazon, a corrected submit may reuse the reference', async () => {
    const input = form();
    await handle.db.insert(outboundSubmissions).values({
      accountId: tenant.accountId,
      workspaceId: tenant.workspaceId,
      sellerFulfillmentOrderId: input.sellerFulfillmentOrderId,
      fingerprint: 'an earlier, different form',
    });
    const outcome = await createOutboundOrder(handle.db, client, tenant, input);
    expect(outcome.created).toBe(true);
    expect((await getOutboundOrderView(handle.db, tenant.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId))?.status).toBe('Received');
    // Now that Amazon has it, other content under the same reference is refused.
    await expect(createOutboundOrder(handle.db, client, tenant, { ...input, displayableOrderId: 'CHANGED' })).rejects.toThrow(/already used/);
  });

  it('one workspace never sees another’s orders', async () => {
    const input = form();
    await createOutboundOrder(handle.db, client, tenant, input);
    const other = await seedDemoAccount(handle.db);
    expect(await getOutboundOrderView(handle.db, other.workspaceId, tenant.accountId, input.sellerFulfillmentOrderId)).toBeNull();
    await expect(
      cancelOutboundOrder(handle.db, client, { workspaceId: other.workspaceId, accountId: tenant.accountId }, input.sellerFulfillmentOrderId),
    ).rejects.toThrow(/not found/);
  });
});
