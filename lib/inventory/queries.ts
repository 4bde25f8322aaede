/**
 * FBA inventory per SKU and marketplace, with each row's low-stock threshold (its own, the
 * workspace default or the built-in one; the rule is in low-stock.ts). Scoped to a workspace
 * and its connected accounts.
 */
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { DEFAULT_THRESHOLD_SKU, inventorySummaries, lowStockThresholds } from '@/db/schema';
import { likePrefix } from '@/db/like-pattern';
import type { InventoryFilters } from './list-filters';
import { INVENTORY_PAGE_SIZE } from './list-filters';
import { BUILT_IN_LOW_STOCK_THRESHOLD } from './low-stock';

export interface InventoryScope {
  workspaceId: string;
  accountIds: readonly string[];
  accountId?: string | null;
  marketplaceId?: string | null;
}

export type InventoryRow = typeof inventorySummaries.$inferSelect & {
  /** The threshold that applies to this row. */
  threshold: number;
  /** The SKU's own threshold, null when it uses the default. */
  skuThreshold: number | null;
  lowStock: boolean;
};

/** The threshold that applies to each inventory row (the workspace default read once per query). */
function thresholdOf(workspaceId: string): SQL<number> {
  return sql<number>`coalesce(${lowStockThresholds.threshold}, (select d.threshold from ${lowStockThresholds} d where d.workspace_id = ${workspaceId} and d.seller_sku = ${DEFAULT_THRESHOLD_SKU}), ${BUILT_IN_LOW_STOCK_THRESHOLD})`;
}

const thresholdJoin = and(eq(lowStockThresholds.workspaceId, inventorySummaries.workspaceId), eq(lowStockThresholds.sellerSku, inventorySummaries.sellerSku));

function scopeConditions(scope: InventoryScope): SQL[] {
  const where: SQL[] = [eq(inventorySummaries.workspaceId, scope.workspaceId), inArray(inventorySummaries.accountId, [...scope.accountIds])];
  if (scope.accountId) where.push(eq(inventorySummaries.accountId, scope.accountId));
  if (scope.marketplaceId) where.push(eq(inventorySummaries.marketplaceId, scope.marketplaceId));
  return where;
}

const inbound = sql`(${inventorySummaries.inboundWorking} + ${inventorySummaries.inboundShipped} + ${inventorySummaries.inboundReceiving})`;

function viewConditions(scope: InventoryScope, f: InventoryFilters): SQL[] {
  const where = scopeConditions(scope);
  if (f.accountId) where.push(eq(inventorySummaries.accountId, f.accountId));
  if (f.marketplaceId) where.push(eq(inventorySummaries.marketplaceId, f.marketplaceId));
  if (f.q) {
    const contains = `%${likePrefix(f.q).slice(0, -1)}%`;
    where.push(
      or(
        ilike(inventorySummaries.sellerSku, contains),
        eq(inventorySummaries.asin, f.q.toUpperCase()),
        eq(inventorySummaries.fnsku, f.q.toUpperCase()),
        ilike(inventorySummaries.productName, contains),
      )!,
    );
  }
  if (f.view === 'low') where.push(sql`${inventorySummaries.fulfillable} < ${thresholdOf(scope.workspaceId)}`);
  if (f.view === 'out') where.push(eq(inventorySummaries.fulfillable, 0));
  if (f.view === 'inbound') where.push(sql`${inbound} > 0`);
  if (f.view === 'unfulfillable') where.push(sql`${inventorySummaries.unfulfillableTotal} > 0`);
  return where;
}

function orderBy(f: InventoryFilters): SQL[] {
  const dir = f.dir === 'desc' ? desc : asc;
  const column = {
    sku: inventorySummaries.sellerSku,
    fulfillable: inventorySummaries.fulfillable,
    inbound,
    reserved: inventorySummaries.reservedTotal,
    unfulfillable: inventorySummaries.unfulfillableTotal,
    total: inventorySummaries.totalQuantity,
  }[f.sort];
  return [dir(column), asc(inventorySummaries.sellerSku), asc(inventorySummaries.marketplaceId), asc(inventorySummaries.accountId)];
}

export interface InventoryPage {
  rows: InventoryRow[];
  total: number;
  page: number;
  pageCount: number;
}

export async function listInventory(db: Db, scope: InventoryScope, f: InventoryFilters): Promise<InventoryPage> {
  if (!scope.accountIds.length) return { rows: [], total: 0, page: 1, pageCount: 1 };
  const where = and(...viewConditions(scope, f));
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inventorySummaries)
    .leftJoin(lowStockThresholds, thresholdJoin)
    .where(where);
  const total = Number(counted?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / INVENTORY_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const threshold = thresholdOf(scope.workspaceId);
  const rows = await db
    .select({ row: inventorySummaries, threshold, skuThreshold: lowStockThresholds.threshold })
    .from(inventorySummaries)
    .leftJoin(lowStockThresholds, thresholdJoin)
    .where(where)
    .orderBy(...orderBy(f))
    .limit(INVENTORY_PAGE_SIZE)
    .offset((page - 1) * INVENTORY_PAGE_SIZE);
  return {
    rows: rows.map((r) => {
      const t = Number(r.threshold);
      return { ...r.row, threshold: t, skuThreshold: r.skuThreshold, lowStock: r.row.fulfillable < t };
    }),
    total,
    page,
    pageCount,
  };
}

/** The sidebar badge: SKU-marketplace rows below their threshold. One indexed count. */
export async function countLowStock(db: Db, scope: InventoryScope): Promise<number> {
  if (!scope.accountIds.length) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inventorySummaries)
    .leftJoin(lowStockThresholds, thresholdJoin)
    .where(and(...scopeConditions(scope), sql`${inventorySummaries.fulfillable} < ${thresholdOf(scope.workspaceId)}`));
  return Number(row?.n ?? 0);
}
