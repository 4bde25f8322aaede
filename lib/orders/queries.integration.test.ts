import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { fulfillmentOrders, orderItems, orders } from '@/db/schema';
import { addAccount, seedInventory, seedOrders, seedWorkspaceWithAccount, skuOf, US } from '@/test/support/seed-orders';
import { testDatabases } from '@/test/support/databases';
import { getOrderDetail } from './detail';
import type { RawSearchParams } from '@/lib/validation/search-params';
import { applyAccountView, parseOrderFilters } from './read-list-filters';
import { countOrdersByStatus, listOrders, loadOrderList, orderBatchesForExport, type OrderScope } from './queries';

const NOW = new Date('2026-06-30T12:00:00Z');

describe.each(testDatabases)('orders queries on $name', (database) => {
  let handle: DbHandle;
  let scope: OrderScope;
  let other: OrderScope;
  let second: string;

  /** Every status unless the test names one (the list itself opens on the work queue). */
  const view = (raw: RawSearchParams, s: OrderScope = scope) =>
    applyAccountView(parseOrderFilters({ status: 'all', ...raw }), { accountId: null, marketplaceId: null }, s.accountIds).filters;
  const rawCount = async (where: ReturnType<typeof sql>) => {
    const [row] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(orders)
      .where(where);
    return Number(row?.n ?? 0);
  };

  beforeAll(async () => {
    handle = await database.open();
    const a = await seedWorkspaceWithAccount(handle.db, 'Workspace A', 'AWSA1');
    second = await addAccount(handle.db, a.workspaceId, 'AWSA2', 'Second A');
    const b = await seedWorkspaceWithAccount(handle.db, 'Workspace B', 'AWSB1');
    await seedOrders(handle.db, a, { count: 300, seed: 1, idPrefix: '111', now: NOW, days: 30, skuCount: 40 });
    await seedOrders(handle.db, { workspaceId: a.workspaceId, accountId: second }, { count: 100, seed: 2, idPrefix: '702', now: NOW, days: 30, skuCount: 40 });
    // Same id shapes and SKUs in another workspace: none of them may ever show in A.
    await seedOrders(handle.db, b, { count: 80, seed: 3, idPrefix: '111', now: NOW, days: 30, skuCount: 40 });
    await seedInventory(handle.db, a, 40);
    scope = { workspaceId: a.workspaceId, accountIds: [a.accountId, second] };
    other = { workspaceId: b.workspaceId, accountIds: [b.accountId] };
  });
  afterAll(() => handle.close());

  it('opens on the work queue: unshipped and partially shipped, the earliest ship-by first, with what was bought', async () => {
    const f = applyAccountView(parseOrderFilters({}), { accountId: null, marketplaceId: null }, scope.accountIds).filters;
    const page = await loadOrderList(handle.db, scope, { ...f, pageSize: 100 });
    expect(page.total).toBe(await rawCount(sql`workspace_id = ${scope.workspaceId} and order_status in ('UNSHIPPED', 'PARTIALLY_SHIPPED')`));
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBe(page.statusCounts!.UNSHIPPED + page.statusCounts!.PARTIALLY_SHIPPED);
    expect(page.rows.every((r) => r.orderStatus === 'UNSHIPPED' || r.orderStatus === 'PARTIALLY_SHIPPED')).toBe(true);
    const shipBy = page.rows.map((r) => r.latestShipDate!.getTime());
    expect([...shipBy].sort((x, y) => x - y)).toEqual(shipBy);

    // Each row carries its first item (by item id) and how many more there are.
    for (const row of page.rows.slice(0, 20)) {
      const items = await handle.db
        .select()
        .from(orderItems)
        .where(and(eq(orderItems.accountId, row.accountId), eq(orderItems.amazonOrderId, row.amazonOrderId)))
        .orderBy(orderItems.orderItemId);
      expect(row.items).toEqual({
        sellerSku: items[0]!.sellerSku,
        asin: items[0]!.asin,
        title: items[0]!.title,
        quantityOrdered: items[0]!.quantityOrdered,
        otherItems: items.length - 1,
      });
    }
    expect(page.rows.some((r) => (r.items?.otherItems ?? 0) > 0)).toBe(true);
  });

  it('sorts totals within a currency, never across currencies', async () => {
    const rows = await listOrders(handle.db, scope, { ...view({ sort: 'orderTotal', dir: 'desc' }), pageSize: 100 }, 1);
    const all = [...rows, ...(await listOrders(handle.db, scope, { ...view({ sort: 'orderTotal', dir: 'desc' }), pageSize: 100 }, 4))];
    const currencies = all.map((r) => r.orderTotalCurrency!);
    // Each currency is one run: once the list leaves a currency it never comes back to it.
    const runs = currencies.filter((c, i) => i === 0 || c !== currencies[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    for (const currency of new Set(currencies)) {
      const amounts = all.filter((r) => r.orderTotalCurrency === currency).map((r) => Number(r.orderTotalAmount));
      expect([...amounts].sort((x, y) => y - x)).toEqual(amounts);
    }
    expect(new Set(currencies).size).toBeGreaterThan(1);
  });

  it('every status: newest first, one page, total and status counts of the workspace only', async () => {
    const page = await loadOrderList(handle.db, scope, view({}));
    expect(page.total).toBe(400);
    expect(page.rows).toHaveLength(50);
    expect(page.pageCount).toBe(8);
    const dates = page.rows.map((r) => r.purchaseDate.getTime());
    expect([...dates].sort((x, y) => y - x)).toEqual(dates);
    expect(Object.values(page.statusCounts!).reduce((x, y) => x + y, 0)).toBe(400);
    expect(page.statusCounts!.SHIPPED).toBe(await rawCount(sql`workspace_id = ${scope.workspaceId} and order_status = 'SHIPPED'`));
    expect((await loadOrderList(handle.db, other, view({}, other))).total).toBe(80);
  });

  it('filters by status, channel, marketplace and account', async () => {
    const f = view({ status: 'UNSHIPPED', channel: 'MERCHANT' });
    const page = await loadOrderList(handle.db, scope, { ...f, pageSize: 100 });
    expect(page.total).toBe(await rawCount(sql`workspace_id = ${scope.workspaceId} and order_status = 'UNSHIPPED' and fulfilled_by = 'MERCHANT'`));
    expect(page.total).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.orderStatus === 'UNSHIPPED' && r.fulfilledBy === 'MERCHANT')).toBe(true);

    const us = await loadOrderList(handle.db, scope, { ...view({ marketplace: US }), pageSize: 100 });
    expect(us.total).toBe(await rawCount(sql`workspace_id = ${scope.workspaceId} and marketplace_id = ${US}`));
    expect(us.rows.every((r) => r.marketplaceId === US)).toBe(true);

    const acc = await loadOrderList(handle.db, scope, view({ account: second }));
    expect(acc.total).toBe(100);
    expect(acc.rows.every((r) => r.accountId === second)).toBe(true);
  });

  it('counts the same from the trigger-kept table and from the orders themselves', async () => {
    for (const raw of [{}, { channel: 'AMAZON' }, { marketplace: US }, { account: second, channel: 'MERCHANT' }]) {
      const fromSummary = await countOrdersByStatus(handle.db, scope, view(raw));
      // A date range that holds everything forces counting the orders.
      const fromOrders = await countOrdersByStatus(handle.db, scope, view({ ...raw, purchasedFrom: '2000-01-01' }));
      expect(fromSummary).toEqual(fromOrders);
    }
  });

  it('keeps the counts right when the sync changes or removes orders', async () => {
    const [order] = await handle.db
      .select()
      .from(orders)
      .where(and(eq(orders.workspaceId, scope.workspaceId), eq(orders.orderStatus, 'UNSHIPPED')))
      .limit(1);
    const before = await countOrdersByStatus(handle.db, scope, view({}));
    await handle.db
      .update(orders)
      .set({ orderStatus: 'SHIPPED' })
      .where(and(eq(orders.accountId, order!.accountId), eq(orders.amazonOrderId, order!.amazonOrderId)));
    const after = await countOrdersByStatus(handle.db, scope, view({}));
    expect(after!.UNSHIPPED).toBe(before!.UNSHIPPED - 1);
    expect(after!.SHIPPED).toBe(before!.SHIPPED + 1);
    // An upsert that rewrites the same values moves nothing.
    await handle.db
      .update(orders)
      .set({ orderStatus: 'SHIPPED' })
      .where(and(eq(orders.accountId, order!.accountId), eq(orders.amazonOrderId, order!.amazonOrderId)));
    expect(await countOrdersByStatus(handle.db, scope, view({}))).toEqual(after);
    await handle.db
      .update(orders)
      .set({ orderStatus: 'UNSHIPPED' })
      .where(and(eq(orders.accountId, order!.accountId), eq(orders.amazonOrderId, order!.amazonOrderId)));
    expect(await countOrdersByStatus(handle.db, scope, view({}))).toEqual(before);
  });

  it('filters by purchase and last-update date, whole days in UTC', async () => {
    const page = await loadOrderList(handle.db, scope, { ...view({ purchasedFrom: '2026-06-20', purchasedTo: '2026-06-25' }), pageSize: 100 });
    expect(page.total).toBe(
      await rawCount(sql`workspace_id = ${scope.workspaceId} and purchase_date >= '2026-06-20T00:00:00Z' and purchase_date < '2026-06-26T00:00:00Z'`),
    );
    expect(page.rows.every((r) => r.purchaseDate >= new Date('2026-06-20T00:00:00Z') && r.purchaseDate < new Date('2026-06-26T00:00:00Z'))).toBe(true);
    const updated = await loadOrderList(handle.db, scope, view({ updatedFrom: '2026-06-29' }));
    expect(updated.total).toBe(await rawCount(sql`workspace_id = ${scope.workspaceId} and last_update_date >= '2026-06-29T00:00:00Z'`));
  });

  it('searches by order id prefix, SKU and ASIN, within the workspace only', async () => {
    const byId = await loadOrderList(handle.db, scope, view({ q: '111-000001' }));
    expect(byId.total).toBe(10); // 111-0000010 .. 111-0000019 of workspace A; B has the same ids
    expect(byId.rows.every((r) => r.amazonOrderId.startsWith('111-000001') && scope.accountIds.includes(r.accountId))).toBe(true);

    const sku = skuOf(7);
    const bySku = await loadOrderList(handle.db, scope, { ...view({ q: sku }), pageSize: 100 });
    const withSku = await handle.db
      .selectDistinct({ id: orderItems.amazonOrderId })
      .from(orderItems)
      .where(and(eq(orderItems.workspaceId, scope.workspaceId), eq(orderItems.sellerSku, sku)));
    expect(bySku.total).toBe(withSku.length);
    expect(new Set(bySku.rows.map((r) => r.amazonOrderId))).toEqual(new Set(withSku.map((r) => r.id)));

    const byAsin = await loadOrderList(handle.db, scope, { ...view({ q: 'b000000007' }), pageSize: 100 });
    expect(byAsin.total).toBe(withSku.length);

    // Too many matches to fetch by id: the semi-join finds the same orders.
    const f = { ...view({ q: '111-00001' }), pageSize: 100 };
    const byIds = await listOrders(handle.db, scope, f);
    const bySemiJoin = await listOrders(handle.db, scope, { ...f, searchMatches: null });
    expect(byIds.length).toBe(100);
    expect(bySemiJoin.map((r) => r.amazonOrderId)).toEqual(byIds.map((r) => r.amazonOrderId));
    expect(await countOrdersByStatus(handle.db, scope, { ...f, searchMatches: null })).toEqual(await countOrdersByStatus(handle.db, scope, f));

    // LIKE wildcards in a search are literal.
    expect((await loadOrderList(handle.db, scope, view({ q: '111-%' }))).total).toBe(0);
  });

  it('sorts and pages without overlap; a page past the end shows the last one', async () => {
    const f = { ...view({ sort: 'orderTotal', dir: 'asc' }), pageSize: 25 };
    const first = await listOrders(handle.db, scope, f, 1);
    const secondPage = await listOrders(handle.db, scope, f, 2);
    const totals = [...first, ...secondPage].map((r) => `${r.orderTotalCurrency} ${r.orderTotalAmount!.padStart(10, '0')}`);
    expect([...totals].sort()).toEqual(totals);
    expect(new Set([...first, ...secondPage].map((r) => r.amazonOrderId)).size).toBe(50);

    const late = await loadOrderList(handle.db, scope, view({ page: '999' }));
    expect(late.page).toBe(8);
    expect(late.rows).toHaveLength(400 - 7 * 50);

    const byStatus = await listOrders(handle.db, scope, { ...view({ sort: 'status', dir: 'asc' }), pageSize: 100 });
    const statuses = byStatus.map((r) => r.orderStatus);
    expect([...statuses].sort()).toEqual(statuses);
  });

  it('never shows another workspace’s orders, even with its account ids', async () => {
    const forged = { workspaceId: scope.workspaceId, accountIds: other.accountIds };
    expect((await loadOrderList(handle.db, forged, view({}, forged))).total).toBe(0);
    expect(await listOrders(handle.db, forged, view({}, forged))).toEqual([]);
    const bPage = await loadOrderList(handle.db, other, { ...view({ q: '111' }, other), pageSize: 100 });
    expect(bPage.total).toBe(80);
    expect(bPage.rows.every((r) => other.accountIds.includes(r.accountId))).toBe(true);
  });

  it('exports the whole view in batches', async () => {
    const f = view({ channel: 'AMAZON' });
    const seen: string[] = [];
    for await (const batch of orderBatchesForExport(handle.db, scope, f, { batchSize: 70 })) seen.push(...batch.map((r) => r.amazonOrderId));
    expect(seen.length).toBe(await rawCount(sql`workspace_id = ${scope.workspaceId} and fulfilled_by = 'AMAZON'`));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('order detail: items with FBA stock, linked fulfillment orders, 404 for other workspaces', async () => {
    const [row] = await handle.db.select().from(orders).where(eq(orders.accountId, scope.accountIds[0]!)).limit(1);
    const id = row!.amazonOrderId;
    await handle.db.insert(fulfillmentOrders).values(
      [
        { sellerFulfillmentOrderId: `${id}-1`, displayableOrderId: 'something else' },
        { sellerFulfillmentOrderId: 'MCF-XYZ', displayableOrderId: id },
        { sellerFulfillmentOrderId: 'MCF-OTHER', displayableOrderId: 'unrelated' },
      ].map((fo, i) => ({
        ...fo,
        accountId: scope.accountIds[0]!,
        workspaceId: scope.workspaceId,
        marketplaceId: US,
        displayableOrderDate: NOW,
        status: 'Processing',
        statusUpdatedAt: new Date(NOW.getTime() + i),
        receivedAt: new Date(NOW.getTime() + i),
        shippingSpeedCategory: 'Standard',
        destinationCountry: 'US',
      })),
    );
    const detail = await getOrderDetail(handle.db, scope.workspaceId, id);
    expect(detail?.order.amazonOrderId).toBe(id);
    expect(detail?.items.length).toBeGreaterThan(0);
    for (const item of detail!.items) {
      expect(item.fulfillable).not.toBeNull();
      expect(item.canFulfill).toBe((item.fulfillable ?? 0) >= item.quantityOpen);
    }
    expect(detail?.fulfillmentOrders.map((f) => f.sellerFulfillmentOrderId).sort()).toEqual([`${id}-1`, 'MCF-XYZ'].sort());

    expect(await getOrderDetail(handle.db, other.workspaceId, id)).toBeNull();
    expect(await getOrderDetail(handle.db, scope.workspaceId, '000-0000000-0000000')).toBeNull();
  });
});
