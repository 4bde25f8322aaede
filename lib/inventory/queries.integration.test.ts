import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { inventorySummaries, lowStockThresholds } from '@/db/schema';
import { seedInventory, seedWorkspaceWithAccount, skuOf, US } from '@/test/support/seed-orders';
import { testDatabases } from '@/test/support/databases';
import { UserFacingError } from '@/lib/user-facing-error';
import { parseInventoryFilters } from './list-filters';
import { BUILT_IN_LOW_STOCK_THRESHOLD } from './low-stock';
import { countLowStock, listInventory, type InventoryScope } from './queries';
import { readDefaultThreshold, setDefaultThreshold, setSkuThreshold } from './thresholds';

describe.each(testDatabases)('inventory queries and thresholds on $name', (database) => {
  let handle: DbHandle;
  let scope: InventoryScope;
  let other: InventoryScope;
  const noView = { accountId: null, marketplaceId: null };
  const filters = (raw: Record<string, string>, s: InventoryScope = scope) => parseInventoryFilters(raw, noView, s.accountIds).filters;
  const rawBelow = async (workspaceId: string, threshold: number) => {
    const [row] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(inventorySummaries)
      .where(and(eq(inventorySummaries.workspaceId, workspaceId), sql`${inventorySummaries.fulfillable} < ${threshold}`));
    return Number(row?.n ?? 0);
  };

  beforeAll(async () => {
    handle = await database.open();
    const a = await seedWorkspaceWithAccount(handle.db, 'Inventory A', 'AINVA');
    const b = await seedWorkspaceWithAccount(handle.db, 'Inventory B', 'AINVB');
    await seedInventory(handle.db, a, 60, 5);
    await seedInventory(handle.db, b, 30, 6);
    scope = { workspaceId: a.workspaceId, accountIds: [a.accountId] };
    other = { workspaceId: b.workspaceId, accountIds: [b.accountId] };
  });
  afterAll(() => handle.close());

  it('lists every SKU and marketplace of the workspace with its buckets, paged', async () => {
    const page = await listInventory(handle.db, scope, filters({}));
    expect(page.total).toBe(180);
    expect(page.rows).toHaveLength(50);
    expect(page.rows[0]).toMatchObject({ sellerSku: skuOf(0), inboundWorking: 0, reservedCustomerOrders: 0, totalQuantity: expect.any(Number) });
    const skus = page.rows.map((r) => r.sellerSku);
    expect([...skus].sort()).toEqual(skus);
    expect((await listInventory(handle.db, other, filters({}, other))).total).toBe(90);
    // Another workspace's account ids find nothing.
    expect((await listInventory(handle.db, { workspaceId: scope.workspaceId, accountIds: other.accountIds }, filters({}))).total).toBe(0);
  });

  it('searches, filters by marketplace and sorts by a bucket', async () => {
    const found = await listInventory(handle.db, scope, filters({ q: 'sku-00012' }));
    expect(found.rows.map((r) => r.sellerSku)).toEqual([skuOf(12), skuOf(12), skuOf(12)]);
    expect((await listInventory(handle.db, scope, filters({ q: 'B000000012' }))).total).toBe(3);
    const us = await listInventory(handle.db, scope, filters({ marketplace: US }));
    expect(us.total).toBe(60);
    const byStock = await listInventory(handle.db, scope, filters({ sort: 'fulfillable', dir: 'desc' }));
    const stock = byStock.rows.map((r) => r.fulfillable);
    expect([...stock].sort((x, y) => y - x)).toEqual(stock);
  });

  it('low stock: built-in default, workspace default, per-SKU thresholds, and the badge count', async () => {
    expect(await readDefaultThreshold(handle.db, scope.workspaceId)).toBeNull();
    const builtIn = await rawBelow(scope.workspaceId, BUILT_IN_LOW_STOCK_THRESHOLD);
    expect(builtIn).toBeGreaterThan(0);
    expect(await countLowStock(handle.db, scope)).toBe(builtIn);
    const low = await listInventory(handle.db, scope, filters({ view: 'low' }));
    expect(low.total).toBe(builtIn);
    expect(low.rows.every((r) => r.lowStock && r.fulfillable < r.threshold)).toBe(true);

    await setDefaultThreshold(handle.db, scope.workspaceId, null, 100);
    expect(await readDefaultThreshold(handle.db, scope.workspaceId)).toBe(100);
    const at100 = await rawBelow(scope.workspaceId, 100);
    expect(await countLowStock(handle.db, scope)).toBe(at100);

    // A SKU's own threshold beats the default in every marketplace; 0 turns it off.
    const lowRow = (await listInventory(handle.db, scope, filters({ view: 'low' }))).rows[0]!;
    const rowsOfSku = (await listInventory(handle.db, scope, filters({ q: lowRow.sellerSku }))).rows;
    const lowOfSku = rowsOfSku.filter((r) => r.fulfillable < 100).length;
    await setSkuThreshold(handle.db, scope.workspaceId, null, lowRow.sellerSku, 0);
    expect(await countLowStock(handle.db, scope)).toBe(at100 - lowOfSku);
    const after = (await listInventory(handle.db, scope, filters({ q: lowRow.sellerSku }))).rows;
    expect(after.every((r) => r.skuThreshold === 0 && r.threshold === 0 && !r.lowStock)).toBe(true);
    // Cleared: the default applies again.
    await setSkuThreshold(handle.db, scope.workspaceId, null, lowRow.sellerSku, null);
    expect(await countLowStock(handle.db, scope)).toBe(at100);

    // The other workspace still uses the built-in default.
    expect(await countLowStock(handle.db, other)).toBe(await rawBelow(other.workspaceId, BUILT_IN_LOW_STOCK_THRESHOLD));
  });

  it('refuses a threshold for a SKU the workspace does not stock', async () => {
    await expect(setSkuThreshold(handle.db, other.workspaceId, null, skuOf(45), 5)).rejects.toBeInstanceOf(UserFacingError);
    const rows = await handle.db.select().from(lowStockThresholds).where(eq(lowStockThresholds.workspaceId, other.workspaceId));
    expect(rows).toEqual([]);
  });
});
