import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { inventorySummaries, lowStockThresholds, orderItems, orders } from '@/db/schema';
import type { Tenant } from '@/lib/tenancy';
import { CA, seedInventory, seedOrders, seedWorkspaceWithAccount, skuOf, US } from '@/test/support/seed-orders';
import { testDatabases } from '@/test/support/databases';
import { UserFacingError } from '@/lib/user-facing-error';
import { parseInventoryFilters } from './list-filters';
import { BUILT_IN_LOW_STOCK_THRESHOLD } from './low-stock';
import { planSku } from './planning';
import { countLowStock, listInventory, type InventoryScope } from './queries';
import { readDefaultThreshold, setDefaultThreshold, setSkuThreshold } from './thresholds';

const NOW = new Date('2026-11-30T12:00:00Z');
const DAY = 86_400_000;

describe.each(testDatabases)('inventory queries and thresholds on $name', (database) => {
  let handle: DbHandle;
  let a: Tenant;
  let scope: InventoryScope;
  let other: InventoryScope;
  const noView = { accountId: null, marketplaceId: null };
  const filters = (raw: Record<string, string>, s: InventoryScope = scope) => parseInventoryFilters(raw, noView, s.accountIds).filters;
  const list = (raw: Record<string, string>, s: InventoryScope = scope) => listInventory(handle.db, s, filters(raw, s), { now: NOW });
  /** SKUs whose fulfillable units, every marketplace added up, are below the threshold: counted straight from the rows. */
  const rawBelow = async (workspaceId: string, threshold: number) => {
    const sums = await handle.db
      .select({ sku: inventorySummaries.sellerSku, units: sql<number>`sum(${inventorySummaries.fulfillable})::int` })
      .from(inventorySummaries)
      .where(eq(inventorySummaries.workspaceId, workspaceId))
      .groupBy(inventorySummaries.sellerSku);
    return sums.filter((s) => Number(s.units) < threshold).length;
  };
  let orderNo = 0;
  /** One order of `quantity` units of a SKU, `daysAgo` days before NOW. */
  const sell = async (
    tenant: Tenant,
    sku: string,
    quantity: number,
    daysAgo: number,
    status: 'SHIPPED' | 'UNSHIPPED' | 'CANCELLED' = 'SHIPPED',
    marketplaceId = US,
  ) => {
    const amazonOrderId = `902-${String(++orderNo).padStart(7, '0')}-0000001`;
    const purchaseDate = new Date(NOW.getTime() - daysAgo * DAY);
    await handle.db.insert(orders).values({ ...tenant, amazonOrderId, marketplaceId, orderStatus: status, purchaseDate, lastUpdateDate: purchaseDate });
    await handle.db
      .insert(orderItems)
      .values({ ...tenant, amazonOrderId, orderItemId: `${orderNo}1`, sellerSku: sku, asin: 'B0PLAN0001', quantityOrdered: quantity });
  };
  const setStock = (tenant: Tenant, sku: string, marketplaceId: string, units: Partial<typeof inventorySummaries.$inferInsert>) =>
    handle.db
      .update(inventorySummaries)
      .set(units)
      .where(
        and(eq(inventorySummaries.accountId, tenant.accountId), eq(inventorySummaries.sellerSku, sku), eq(inventorySummaries.marketplaceId, marketplaceId)),
      );

  beforeAll(async () => {
    handle = await database.open();
    a = await seedWorkspaceWithAccount(handle.db, 'Inventory A', 'AINVA');
    const b = await seedWorkspaceWithAccount(handle.db, 'Inventory B', 'AINVB');
    await seedInventory(handle.db, a, 60, 5);
    await seedInventory(handle.db, b, 30, 6);
    scope = { workspaceId: a.workspaceId, accountIds: [a.accountId] };
    other = { workspaceId: b.workspaceId, accountIds: [b.accountId] };
  });
  afterAll(() => handle.close());

  it('lists every SKU of the workspace once, its marketplaces added up, paged', async () => {
    const page = await list({});
    expect(page.total).toBe(60);
    expect(page.rows).toHaveLength(50);
    const skus = page.rows.map((r) => r.sellerSku);
    expect([...skus].sort()).toEqual(skus);
    const [first] = page.rows;
    const stored = await handle.db
      .select()
      .from(inventorySummaries)
      .where(and(eq(inventorySummaries.accountId, a.accountId), eq(inventorySummaries.sellerSku, first!.sellerSku)));
    expect(stored).toHaveLength(3);
    expect(first!.fulfillable).toBe(stored.reduce((n, r) => n + r.fulfillable, 0));
    expect(first!.marketplaces.map((m) => m.marketplaceId).sort()).toEqual(stored.map((r) => r.marketplaceId).sort());
    expect(first!.marketplaces.reduce((n, m) => n + m.fulfillable, 0)).toBe(first!.fulfillable);
    expect((await list({}, other)).total).toBe(30);
    // Another workspace's account ids find nothing.
    expect((await listInventory(handle.db, { workspaceId: scope.workspaceId, accountIds: other.accountIds }, filters({}), { now: NOW })).total).toBe(0);
  });

  it('searches, filters by marketplace and sorts by a bucket', async () => {
    const found = await list({ q: 'sku-00012' });
    expect(found.rows.map((r) => r.sellerSku)).toEqual([skuOf(12)]);
    expect(found.rows[0]!.marketplaces).toHaveLength(3);
    expect((await list({ q: 'B000000012' })).total).toBe(1);
    const us = await list({ marketplace: US, q: 'sku-00012' });
    expect(us.rows[0]!.marketplaces.map((m) => m.marketplaceId)).toEqual([US]);
    const byStock = await list({ sort: 'fulfillable', dir: 'desc' });
    const stock = byStock.rows.map((r) => r.fulfillable);
    expect([...stock].sort((x, y) => y - x)).toEqual(stock);
  });

  it('counts units sold per SKU in 7, 30 and 90 days across marketplaces; canceled and older orders do not count', async () => {
    const sku = skuOf(3);
    await sell(a, sku, 2, 1);
    await sell(a, sku, 3, 5, 'UNSHIPPED', CA);
    await sell(a, sku, 10, 20);
    await sell(a, sku, 30, 60);
    await sell(a, sku, 99, 2, 'CANCELLED');
    await sell(a, sku, 50, 95);
    const [row] = (await list({ q: sku })).rows;
    expect(row).toMatchObject({ sold7: 5, sold30: 15, sold90: 45 });
    // The plan comes from planning.ts with those numbers: 15 units in 30 days is half a unit a day.
    expect(row).toMatchObject(planSku({ sold7: 5, sold30: 15, sold90: 45, available: row!.fulfillable, inbound: row!.inbound, threshold: row!.threshold }));
    expect(row!.velocity).toBe(0.5);
    // In one marketplace, only its own orders count.
    expect((await list({ q: sku, marketplace: CA })).rows[0]).toMatchObject({ sold7: 3, sold30: 3, sold90: 3 });
    // Another workspace's sales of the same SKU are not counted here.
    const b = { workspaceId: other.workspaceId, accountId: other.accountIds[0]! };
    await sell(b, sku, 7, 1);
    expect((await list({ q: sku })).rows[0]).toMatchObject({ sold7: 5 });
  });

  it('days of cover sorts the SKUs that run out first to the top; the reorder view and the plan agree with planning.ts', async () => {
    const fast = skuOf(40);
    const slow = skuOf(41);
    for (const m of [US, CA, 'A1AM78C64UM0Y8']) {
      await setStock(a, fast, m, { fulfillable: 10, inboundShipped: 0 });
      await setStock(a, slow, m, { fulfillable: 100, inboundShipped: m === US ? 20 : 0 });
    }
    await sell(a, fast, 60, 3); // 2 a day, 30 units: 15 days of cover
    await sell(a, slow, 9, 70); // 0.1 a day over 90 days, 300 units: 3000 days
    const byCover = await list({ sort: 'cover' });
    const covered = byCover.rows.filter((r) => r.daysOfCover !== null);
    expect(covered.map((r) => r.daysOfCover)).toEqual([...covered.map((r) => r.daysOfCover!)].sort((x, y) => x - y));
    expect(byCover.rows[0]!.sellerSku).toBe(fast);
    expect(byCover.rows[0]).toMatchObject({ fulfillable: 30, daysOfCover: 15, reorderPoint: 88, status: 'reorder', suggested: 150 });
    const slowRow = (await list({ q: slow })).rows[0]!;
    expect(slowRow).toMatchObject({ fulfillable: 300, inbound: 20, status: 'ok', suggested: 0 });
    expect(slowRow.daysOfCover).toBeCloseTo(3000);
    // No sales: no cover figure, last when sorted by cover.
    const last = await list({ sort: 'cover', page: '2' });
    expect(last.rows.at(-1)!.daysOfCover).toBeNull();

    const reorder = await list({ view: 'reorder' });
    expect(reorder.rows.map((r) => r.sellerSku)).toContain(fast);
    expect(reorder.rows.every((r) => r.status === 'reorder')).toBe(true);
    const all = [...(await list({})).rows, ...(await list({ page: '2' })).rows];
    expect(reorder.total).toBe(all.filter((r) => r.status === 'reorder').length);
  });

  it('low stock per SKU: built-in default, workspace default, per-SKU thresholds, and the badge count', async () => {
    expect(await readDefaultThreshold(handle.db, scope.workspaceId)).toBeNull();
    const builtIn = await rawBelow(scope.workspaceId, BUILT_IN_LOW_STOCK_THRESHOLD);
    expect(await countLowStock(handle.db, scope)).toBe(builtIn);
    const low = await list({ view: 'low' });
    expect(low.total).toBe(builtIn);
    expect(low.rows.every((r) => r.lowStock && r.fulfillable < r.threshold)).toBe(true);

    await setDefaultThreshold(handle.db, scope.workspaceId, null, 300);
    expect(await readDefaultThreshold(handle.db, scope.workspaceId)).toBe(300);
    const at300 = await rawBelow(scope.workspaceId, 300);
    expect(at300).toBeGreaterThan(0);
    expect(await countLowStock(handle.db, scope)).toBe(at300);

    // A SKU's own threshold beats the default; 0 turns it off.
    const lowRow = (await list({ view: 'low' })).rows[0]!;
    await setSkuThreshold(handle.db, scope.workspaceId, null, lowRow.sellerSku, 0);
    expect(await countLowStock(handle.db, scope)).toBe(at300 - 1);
    expect((await list({ q: lowRow.sellerSku })).rows[0]).toMatchObject({ skuThreshold: 0, threshold: 0, lowStock: false });
    // Cleared: the default applies again.
    await setSkuThreshold(handle.db, scope.workspaceId, null, lowRow.sellerSku, null);
    expect(await countLowStock(handle.db, scope)).toBe(at300);

    // The other workspace still uses the built-in default.
    expect(await countLowStock(handle.db, other)).toBe(await rawBelow(other.workspaceId, BUILT_IN_LOW_STOCK_THRESHOLD));
  });

  it('refuses a threshold for a SKU the workspace does not stock', async () => {
    await expect(setSkuThreshold(handle.db, other.workspaceId, null, skuOf(45), 5)).rejects.toBeInstanceOf(UserFacingError);
    const rows = await handle.db.select().from(lowStockThresholds).where(eq(lowStockThresholds.workspaceId, other.workspaceId));
    expect(rows).toEqual([]);
  });

  it('counts a thousand orders of 120 days in one pass', async () => {
    const c = await seedWorkspaceWithAccount(handle.db, 'Inventory C', 'AINVC');
    await seedInventory(handle.db, c, 50, 7);
    await seedOrders(handle.db, c, { count: 1_000, skuCount: 50, now: NOW, days: 120, idPrefix: '903' });
    const cScope = { workspaceId: c.workspaceId, accountIds: [c.accountId] };
    const page = await listInventory(handle.db, cScope, filters({}, cScope), { now: NOW });
    const [expected] = await handle.db
      .select({ n: sql<number>`coalesce(sum(${orderItems.quantityOrdered}), 0)::int` })
      .from(orderItems)
      .innerJoin(orders, and(eq(orders.accountId, orderItems.accountId), eq(orders.amazonOrderId, orderItems.amazonOrderId)))
      .where(
        and(
          eq(orders.workspaceId, c.workspaceId),
          sql`${orders.purchaseDate} >= ${new Date(NOW.getTime() - 90 * DAY).toISOString()}`,
          sql`${orders.orderStatus} not in ('CANCELLED', 'UNFULFILLABLE')`,
        ),
      );
    expect(page.rows.reduce((n, r) => n + r.sold90, 0)).toBe(Number(expected!.n));
    expect(page.rows.every((r) => r.sold7 <= r.sold30 && r.sold30 <= r.sold90)).toBe(true);
  });
});
