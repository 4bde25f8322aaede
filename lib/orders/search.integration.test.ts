import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { fulfillmentOrders, fulfillmentPackageTracking, orderBuyerNameTokens, orderItems, orders, shipmentConfirmations } from '@/db/schema';
import type { Order } from '@/lib/sp-api/generated/orders-2026-01-01';
import { purgeExpiredBuyerData } from '@/lib/privacy/purge';
import { databaseText } from '@/test/pii/database-text';
import { createPiiScanner } from '@/test/pii/scanner';
import { testDatabases } from '@/test/support/databases';
import { bulkSeedOrders, seedOrders, seedWorkspaceWithAccount, skuOf, US } from '@/test/support/seed-orders';
import { BuyerNameIndex } from './buyer-name-index';
import { applyAccountView, parseOrderFilters } from './read-list-filters';
import { countOrdersByStatus, listOrders, loadOrderList, MANY_MATCHES_LISTED, type OrderScope } from './queries';
import { reshapeOrder } from './reshape';
import { findSearchMatches, SEARCH_ID_LIMIT, searchMatchesQuery } from './search';
import { writeOrders } from './upsert';
import type { RawSearchParams } from '@/lib/validation/search-params';

const NOW = new Date('2026-06-30T12:00:00Z');
const BUYER = 'José Álvarez-Núñez';

describe.each(testDatabases)('orders search on $name', (database) => {
  let handle: DbHandle;
  let scope: OrderScope;
  let other: OrderScope;
  const buyerNames = new BuyerNameIndex(randomBytes(32));

  const view = (raw: RawSearchParams, s: OrderScope = scope) => ({
    ...applyAccountView(parseOrderFilters({ status: 'all', ...raw }), { accountId: null, marketplaceId: null }, s.accountIds).filters,
    pageSize: 100,
  });
  const found = async (q: string, s: OrderScope = scope) => (await loadOrderList(handle.db, s, view({ q }, s))).rows.map((r) => r.amazonOrderId).sort();
  // As found, for a search matching many orders (SearchMatches 'many'): asked of each order of the list.
  const foundWalking = async (q: string, s: OrderScope = scope) =>
    (await loadOrderList(handle.db, s, { ...view({ q }, s), searchMatches: 'many' })).rows.map((r) => r.amazonOrderId).sort();
  const anOrder = async (accountId: string, n: number) => {
    const rows = await handle.db
      .select({ id: orders.amazonOrderId })
      .from(orders)
      .where(eq(orders.accountId, accountId))
      .orderBy(orders.amazonOrderId)
      .limit(1)
      .offset(n);
    return rows[0]!.id;
  };
  const amazonOrder = (orderId: string, buyer: Order['buyer']): Order => ({
    orderId,
    createdTime: '2026-06-20T10:00:00Z',
    lastUpdatedTime: '2026-06-25T10:00:00Z',
    salesChannel: { channelName: 'AMAZON', marketplaceId: US },
    fulfillment: {
      fulfillmentStatus: 'SHIPPED',
      fulfilledBy: 'MERCHANT',
      deliverByWindow: { earliestDateTime: '2026-06-26T00:00:00Z', latestDateTime: '2026-06-28T00:00:00Z' },
    },
    ...(buyer ? { buyer } : {}),
    orderItems: [{ orderItemId: `${orderId}-1`, quantityOrdered: 1, product: { asin: 'B0BUYER001', sellerSku: 'Buyer-Test-Sku', title: 'Plain Box' } }],
  });

  beforeAll(async () => {
    handle = await database.open();
    const a = await seedWorkspaceWithAccount(handle.db, 'Workspace A', 'AWSS1');
    const b = await seedWorkspaceWithAccount(handle.db, 'Workspace B', 'AWSS2');
    await seedOrders(handle.db, a, { count: 120, seed: 5, idPrefix: '111', now: NOW, days: 30, skuCount: 30 });
    await seedOrders(handle.db, b, { count: 40, seed: 6, idPrefix: '111', now: NOW, days: 30, skuCount: 30 });
    scope = { workspaceId: a.workspaceId, accountIds: [a.accountId], buyerNames };
    other = { workspaceId: b.workspaceId, accountIds: [b.accountId], buyerNames };
  });
  afterAll(() => handle.close());

  it('finds a SKU by its start in any letter case, as an index range on the lower-cased SKU', async () => {
    const sku = skuOf(7);
    const withSku = await handle.db
      .selectDistinct({ id: orderItems.amazonOrderId })
      .from(orderItems)
      .where(and(eq(orderItems.workspaceId, scope.workspaceId), eq(orderItems.sellerSku, sku)));
    const expected = withSku.map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await found(sku)).toEqual(expected);
    expect(await found(sku.toLowerCase())).toEqual(expected);
    expect(await found('Sku-0000')).toEqual(await found('SKU-0000'));
    expect((await found('sku-0000')).length).toBeGreaterThan(0);
    // The ASIN in lower case too.
    expect(await found('b000000007')).toEqual(expected);
  });

  it('finds the words of an item title, in any order and case, each word or its start', async () => {
    const id = await anOrder(scope.accountIds[0]!, 3);
    await handle.db.update(orderItems).set({ title: 'Ceramic Blue Coffee Mug, 12 oz' }).where(eq(orderItems.amazonOrderId, id));
    expect(await found('blue mug')).toEqual([id]);
    expect(await found('MUG ceramic')).toEqual([id]);
    expect(await found('coff')).toEqual([id]);
    expect(await found('blue cup')).toEqual([]);
    expect(await found('blue mug', other)).toEqual([]);

    // A word in every title: too many to fetch by id; the semi-join finds the same orders.
    const all = view({ q: 'product' });
    const byIds = await listOrders(handle.db, scope, { ...all, searchMatches: undefined });
    const bySemiJoin = await listOrders(handle.db, scope, { ...all, searchMatches: null });
    expect(bySemiJoin.map((r) => r.amazonOrderId)).toEqual(byIds.map((r) => r.amazonOrderId));
    expect(await countOrdersByStatus(handle.db, scope, { ...view({ q: 'blue mug' }), searchMatches: null })).toEqual(
      await countOrdersByStatus(handle.db, scope, view({ q: 'blue mug' })),
    );
  });

  it('more matching items than it reads, even of few orders: the semi-join finds and counts them all', async () => {
    // 100 items with a "GADGET-" SKU on 7 orders, and an id limit of 10 (30 rows a kind): the
    // SKU lookup is cut off after 7 orders, so its ids are not the whole answer.
    const ids = await Promise.all([20, 21, 22, 23, 24, 25, 26].map((n) => anOrder(scope.accountIds[0]!, n)));
    await handle.db.execute(sql`
      insert into order_items (account_id, workspace_id, amazon_order_id, order_item_id, seller_sku, asin, title, quantity_ordered)
      select ${scope.accountIds[0]!}::uuid, ${scope.workspaceId}::uuid, (${sql.raw(`array[${ids.map((id) => `'${id}'`).join(',')}]`)})[1 + g % 7], 'gadget-' || g, 'GADGET-' || g, 'B0GADGET', null, 1
      from generate_series(1, 100) g`);
    expect(await findSearchMatches(handle.db, scope.workspaceId, 'gadget', null, 10)).toBeNull();
    const bySemiJoin = await loadOrderList(handle.db, scope, { ...view({ q: 'gadget' }), searchMatches: null });
    expect(bySemiJoin.total).toBe(7);
    expect(bySemiJoin.rows.map((r) => r.amazonOrderId).sort()).toEqual([...ids].sort());
    expect(await found('gadget')).toEqual([...ids].sort());
  });

  it('a search matching many orders is found by walking the list: the first MANY_MATCHES_LISTED listed and counted, the tabs not', async () => {
    // "product" is in every title: more orders than an id limit of 50.
    expect(await findSearchMatches(handle.db, scope.workspaceId, 'product', null, 50)).toBe('many');
    expect(await findSearchMatches(handle.db, scope.workspaceId, 'product', null, SEARCH_ID_LIMIT)).toEqual(expect.any(Array));
    // Walking finds what the ids find, for each kind of match.
    for (const q of ['product', 'product 7', 'sku-0000', skuOf(3), 'b000000007', '111-', 'nothing-like-this'])
      expect(await foundWalking(q), q).toEqual(await found(q));
    expect(await foundWalking('product', other)).toEqual(await found('product', other));

    const walked = await loadOrderList(handle.db, scope, { ...view({ q: 'product' }), searchMatches: 'many' });
    expect(walked.statusCounts).toBeNull();
    expect(walked.moreThanTotal).toBe(false);
    expect(walked.total).toBe((await loadOrderList(handle.db, scope, view({ q: 'product' }))).total);
    expect(await countOrdersByStatus(handle.db, scope, { ...view({ q: 'product' }), searchMatches: 'many' })).toBeNull();

    // A workspace with more matching orders than are listed: the count stops there.
    const big = await seedWorkspaceWithAccount(handle.db, 'Workspace C', 'AWSS3');
    await bulkSeedOrders(handle.db, big, { count: MANY_MATCHES_LISTED + 50, seed: 7, idPrefix: '333', now: NOW, days: 30, skuCount: 30 });
    const bigScope = { workspaceId: big.workspaceId, accountIds: [big.accountId] };
    const many = await loadOrderList(handle.db, bigScope, { ...view({ q: 'product', pageSize: '100', page: '999' }, bigScope), searchMatches: 'many' });
    expect(many).toMatchObject({ total: MANY_MATCHES_LISTED, moreThanTotal: true, statusCounts: null, page: MANY_MATCHES_LISTED / 100 });
    expect(many.rows).toHaveLength(100);
  });

  it('finds a tracking number exactly, in any case: a confirmed shipment and an FBA/MCF package', async () => {
    const tenant = { accountId: scope.accountIds[0]!, workspaceId: scope.workspaceId };
    const confirmed = await anOrder(tenant.accountId, 10);
    await handle.db.insert(shipmentConfirmations).values({
      ...tenant,
      amazonOrderId: confirmed,
      packageReferenceId: '1',
      carrierCode: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      shipDate: NOW,
      items: [],
      source: 'manual',
    });
    const shippedByFba = await anOrder(tenant.accountId, 11);
    await handle.db.insert(fulfillmentOrders).values({
      ...tenant,
      sellerFulfillmentOrderId: `MCF-${shippedByFba}`,
      marketplaceId: US,
      displayableOrderId: shippedByFba,
      displayableOrderDate: NOW,
      status: 'Complete',
      statusUpdatedAt: NOW,
      receivedAt: NOW,
      shippingSpeedCategory: 'Standard',
      destinationCountry: 'US',
    });
    await handle.db.insert(fulfillmentPackageTracking).values({
      ...tenant,
      packageNumber: 1,
      sellerFulfillmentOrderId: `MCF-${shippedByFba}`,
      detail: { packageNumber: 1, trackingNumber: 'TBA301234567890', carrierCode: 'AMZN_US' },
    });

    expect(await found('1z999aa10123456784')).toEqual([confirmed]);
    expect(await found('1Z999AA10123456784')).toEqual([confirmed]);
    expect(await found('tba301234567890')).toEqual([shippedByFba]);
    expect(await foundWalking('1Z999AA10123456784')).toEqual([confirmed]);
    expect(await foundWalking('tba301234567890')).toEqual([shippedByFba]);
    // Exact, not a prefix; and never from another workspace.
    expect(await found('tba3012345678')).toEqual([]);
    expect(await found('tba301234567890', other)).toEqual([]);
  });

  it('looks order ids, SKUs, ASINs and title words up by their indexes, never by reading the table', async () => {
    // The planner's statistics, as autovacuum would have them at any real size.
    await handle.db.execute(sql`analyze`);
    const plan = await handle.db.transaction(async (tx) => {
      // With sequential scans priced out, a query that cannot use an index still shows a Seq Scan.
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await tx.execute<{ 'QUERY PLAN': string }>(sql`explain ${searchMatchesQuery(scope.workspaceId, 'sku-00 mug', buyerNames)}`);
      return (Array.isArray(rows) ? rows : (rows as unknown as { rows: Array<{ 'QUERY PLAN': string }> }).rows).map((r) => r['QUERY PLAN']).join('\n');
    });
    for (const index of [
      'orders_workspace_order_id',
      'order_items_workspace_sku_lower',
      'order_items_workspace_asin',
      'order_items_title_words',
      // The tracking and buyer-name tables hold a row or two here: too few for any plan to
      // say something; the bench (npm run bench:pages) times them at 100,000 orders.
    ])
      expect(plan, `${index} in\n${plan}`).toContain(index);
    expect(plan).not.toContain('Seq Scan');
  });

  it('finds a buyer by the words of the name through the blind index, and stores no name', async () => {
    const tenant = { accountId: scope.accountIds[0]!, workspaceId: scope.workspaceId };
    await writeOrders(handle.db, [
      reshapeOrder(amazonOrder('111-9000001-0000001', { buyerName: BUYER }), tenant, buyerNames),
      reshapeOrder(amazonOrder('111-9000002-0000002', { buyerName: 'Maria Álvarez' }), tenant, buyerNames),
    ]);
    // The other workspace has a buyer of the same name.
    await writeOrders(handle.db, [
      reshapeOrder(amazonOrder('111-9000003-0000003', { buyerName: BUYER }), { accountId: other.accountIds[0]!, workspaceId: other.workspaceId }, buyerNames),
    ]);

    expect(await found('jose')).toEqual(['111-9000001-0000001']);
    expect(await found('NÚÑEZ josé')).toEqual(['111-9000001-0000001']);
    expect(await found('alvarez')).toEqual(['111-9000001-0000001', '111-9000002-0000002']);
    expect(await foundWalking('NÚÑEZ josé')).toEqual(['111-9000001-0000001']);
    expect(await foundWalking('maria jose')).toEqual([]);
    expect(await found('maria jose')).toEqual([]);
    expect(await found('jose', other)).toEqual(['111-9000003-0000003']);
    // Someone who may not see buyer names finds nothing by them.
    expect(await found('jose', { ...scope, buyerNames: null })).toEqual([]);

    // No form of the name anywhere in the database: only keyed hashes.
    const scanner = createPiiScanner([
      { kind: 'name', value: BUYER },
      { kind: 'name', value: 'Álvarez' },
      { kind: 'name', value: 'Maria Álvarez' },
    ]);
    const hits = [];
    for await (const source of databaseText(handle.db)) hits.push(...scanner.scan(source));
    expect(hits).toEqual([]);

    // Read again without the BUYER dataset: the tokens stay; with it and the name withheld: they go.
    await writeOrders(handle.db, [reshapeOrder(amazonOrder('111-9000001-0000001', undefined), tenant)]);
    expect(await found('jose')).toEqual(['111-9000001-0000001']);
    await writeOrders(handle.db, [reshapeOrder(amazonOrder('111-9000001-0000001', {}), tenant, buyerNames)]);
    expect(await found('jose')).toEqual([]);

    // 30 days after delivery the tokens go with the rest of the buyer data.
    const tokens = () =>
      handle.db
        .select({ n: sql<number>`count(*)::int` })
        .from(orderBuyerNameTokens)
        .where(eq(orderBuyerNameTokens.accountId, tenant.accountId));
    expect(Number((await tokens())[0]!.n)).toBeGreaterThan(0);
    await purgeExpiredBuyerData(handle.db, tenant.accountId, new Date('2026-07-20T00:00:00Z'));
    expect(await found('maria')).toEqual(['111-9000002-0000002']);
    await purgeExpiredBuyerData(handle.db, tenant.accountId, new Date('2026-08-30T00:00:00Z'));
    expect(await found('maria')).toEqual([]);
    expect(Number((await tokens())[0]!.n)).toBe(0);
  });
});
