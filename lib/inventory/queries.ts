/**
 * FBA inventory per SKU: the units of every marketplace (and account) of the workspace added
 * up, the units sold in the last 7, 30 and 90 days from the stored orders, and the plan that
 * follows (planning.ts: days of cover, reorder point, status). Sorting, the views and the page
 * are done in SQL, so the planning rules that sort and filter are written here once more
 * (planningSql); queries.integration.test.ts checks each row against planning.ts.
 */
import { and, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { DEFAULT_THRESHOLD_SKU, inventorySummaries, lowStockThresholds, orderItems, orders } from '@/db/schema';
import { likePrefix } from '@/db/like-pattern';
import type { InventoryFilters } from './list-filters';
import { INVENTORY_PAGE_SIZE } from './list-filters';
import { BUILT_IN_LOW_STOCK_THRESHOLD, isLowStock } from './low-stock';
import { PLANNING_DEFAULTS, planSku, type PlanningSettings, type SkuPlan } from './planning';

export interface InventoryScope {
  workspaceId: string;
  accountIds: readonly string[];
  accountId?: string | null;
  marketplaceId?: string | null;
}

/** One account and marketplace's units of a SKU (the row Amazon reports). */
export interface MarketplaceStock {
  accountId: string;
  marketplaceId: string;
  fulfillable: number;
  inbound: number;
  reserved: number;
  unfulfillable: number;
}

export interface InventoryRow extends SkuPlan {
  sellerSku: string;
  productName: string | null;
  asin: string | null;
  fnsku: string | null;
  /** Fulfillable units, every marketplace added up. */
  fulfillable: number;
  /** Inbound working, shipped and receiving. */
  inbound: number;
  reserved: number;
  unfulfillable: number;
  researching: number;
  total: number;
  sold7: number;
  sold30: number;
  sold90: number;
  /** The threshold that applies to this SKU. */
  threshold: number;
  /** The SKU's own threshold, null when it uses the default. */
  skuThreshold: number | null;
  lowStock: boolean;
  marketplaces: MarketplaceStock[];
}

/** Orders that took stock: canceled and unfulfillable ones did not. */
const COUNTED_ORDER = sql`${orders.orderStatus} not in ('CANCELLED', 'UNFULFILLABLE')`;
const DAY_MS = 86_400_000;

function stockConditions(scope: InventoryScope, f: Pick<InventoryFilters, 'accountId' | 'marketplaceId'>): SQL[] {
  const where: SQL[] = [eq(inventorySummaries.workspaceId, scope.workspaceId), inArray(inventorySummaries.accountId, [...scope.accountIds])];
  const accountId = f.accountId ?? scope.accountId;
  const marketplaceId = f.marketplaceId ?? scope.marketplaceId;
  if (accountId) where.push(eq(inventorySummaries.accountId, accountId));
  if (marketplaceId) where.push(eq(inventorySummaries.marketplaceId, marketplaceId));
  return where;
}

function searchCondition(q: string): SQL {
  const contains = `%${likePrefix(q).slice(0, -1)}%`;
  return or(
    ilike(inventorySummaries.sellerSku, contains),
    eq(inventorySummaries.asin, q.toUpperCase()),
    eq(inventorySummaries.fnsku, q.toUpperCase()),
    ilike(inventorySummaries.productName, contains),
  )!;
}

/** Units sold per SKU in the last 7, 30 and 90 days, in the same accounts and marketplace as the stock. One pass over 90 days of orders (orders_workspace_purchase_status). */
function salesBySku(scope: InventoryScope, f: Pick<InventoryFilters, 'accountId' | 'marketplaceId'>, now: Date): SQL {
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const where: SQL[] = [
    eq(orders.workspaceId, scope.workspaceId),
    inArray(orders.accountId, [...scope.accountIds]),
    sql`${orders.purchaseDate} >= ${since(90)}`,
    sql`${orders.purchaseDate} <= ${now.toISOString()}`,
    COUNTED_ORDER,
    sql`${orderItems.sellerSku} is not null`,
  ];
  const accountId = f.accountId ?? scope.accountId;
  const marketplaceId = f.marketplaceId ?? scope.marketplaceId;
  if (accountId) where.push(eq(orders.accountId, accountId));
  if (marketplaceId) where.push(eq(orders.marketplaceId, marketplaceId));
  const sold = (days: number) => sql`coalesce(sum(${orderItems.quantityOrdered}) filter (where ${orders.purchaseDate} >= ${since(days)}), 0)::int`;
  return sql`select ${orderItems.sellerSku} as seller_sku, ${sold(7)} as sold7, ${sold(30)} as sold30, ${sold(90)} as sold90
    from ${orders} join ${orderItems} on ${orderItems.accountId} = ${orders.accountId} and ${orderItems.amazonOrderId} = ${orders.amazonOrderId}
    where ${and(...where)}
    group by ${orderItems.sellerSku}`;
}

/** planning.ts in SQL, over the columns of plannedSkus: velocity, cover, reorder point and status. */
function planningSql(s: PlanningSettings) {
  const velocity = sql`(case when p.sold30 > 0 then p.sold30 / 30.0 else p.sold90 / 90.0 end)`;
  const reorderPoint = sql`ceil(${velocity} * ${s.leadTimeDays + s.safetyDays})`;
  return {
    cover: sql`(greatest(p.fulfillable, 0) / nullif(${velocity}, 0))`,
    reorder: sql`(${velocity} > 0 and p.fulfillable + p.inbound <= ${reorderPoint})`,
  };
}

/** Every SKU of the scope with its units added up, its sales and its threshold: columns of `p`. */
function plannedSkus(scope: InventoryScope, f: InventoryFilters, now: Date): SQL {
  const i = inventorySummaries;
  const inboundOf = sql`(${i.inboundWorking} + ${i.inboundShipped} + ${i.inboundReceiving})`;
  const searched = f.q ? sql`having bool_or(${searchCondition(f.q)})` : sql``;
  return sql`select s.*, coalesce(sales.sold7, 0) as sold7, coalesce(sales.sold30, 0) as sold30, coalesce(sales.sold90, 0) as sold90,
      t.threshold as sku_threshold,
      coalesce(t.threshold, (select d.threshold from ${lowStockThresholds} d where d.workspace_id = ${scope.workspaceId} and d.seller_sku = ${DEFAULT_THRESHOLD_SKU}), ${BUILT_IN_LOW_STOCK_THRESHOLD}) as threshold
    from (
      select ${i.sellerSku} as seller_sku, max(${i.productName}) as product_name, max(${i.asin}) as asin, max(${i.fnsku}) as fnsku,
        sum(${i.fulfillable})::int as fulfillable, sum(${inboundOf})::int as inbound, sum(${i.reservedTotal})::int as reserved,
        sum(${i.unfulfillableTotal})::int as unfulfillable, sum(${i.researchingTotal})::int as researching, sum(${i.totalQuantity})::int as total,
        jsonb_agg(jsonb_build_object('accountId', ${i.accountId}, 'marketplaceId', ${i.marketplaceId}, 'fulfillable', ${i.fulfillable},
          'inbound', ${inboundOf}, 'reserved', ${i.reservedTotal}, 'unfulfillable', ${i.unfulfillableTotal}) order by ${i.marketplaceId}, ${i.accountId}) as marketplaces
      from ${i}
      where ${and(...stockConditions(scope, f))}
      group by ${i.sellerSku}
      ${searched}
    ) s
    left join (${salesBySku(scope, f, now)}) sales on sales.seller_sku = s.seller_sku
    left join ${lowStockThresholds} t on t.workspace_id = ${scope.workspaceId} and t.seller_sku = s.seller_sku`;
}

function viewCondition(f: InventoryFilters, settings: PlanningSettings): SQL {
  const plan = planningSql(settings);
  switch (f.view) {
    case 'reorder':
      return plan.reorder;
    case 'low':
      return sql`p.fulfillable < p.threshold`;
    case 'out':
      return sql`p.fulfillable <= 0`;
    case 'inbound':
      return sql`p.inbound > 0`;
    case 'unfulfillable':
      return sql`p.unfulfillable > 0`;
    case 'all':
      return sql`true`;
  }
}

function orderBy(f: InventoryFilters, settings: PlanningSettings): SQL {
  const dir = sql.raw(f.dir === 'desc' ? 'desc' : 'asc');
  const column = {
    sku: sql`p.seller_sku`,
    fulfillable: sql`p.fulfillable`,
    inbound: sql`p.inbound`,
    reserved: sql`p.reserved`,
    unfulfillable: sql`p.unfulfillable`,
    sold30: sql`p.sold30`,
    // No sales is endless cover: last going up, first going down (PostgreSQL's default for nulls).
    cover: planningSql(settings).cover,
  }[f.sort];
  return sql`${column} ${dir}, p.seller_sku asc`;
}

function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

interface RawRow {
  seller_sku: string;
  product_name: string | null;
  asin: string | null;
  fnsku: string | null;
  fulfillable: number;
  inbound: number;
  reserved: number;
  unfulfillable: number;
  researching: number;
  total: number;
  sold7: number;
  sold30: number;
  sold90: number;
  threshold: number;
  sku_threshold: number | null;
  marketplaces: MarketplaceStock[] | string;
}

function toRow(r: RawRow, settings: PlanningSettings): InventoryRow {
  const n = (v: unknown) => Number(v ?? 0);
  const stock = { available: n(r.fulfillable), inbound: n(r.inbound), threshold: n(r.threshold), sold7: n(r.sold7), sold30: n(r.sold30), sold90: n(r.sold90) };
  return {
    sellerSku: r.seller_sku,
    productName: r.product_name,
    asin: r.asin,
    fnsku: r.fnsku,
    fulfillable: stock.available,
    inbound: stock.inbound,
    reserved: n(r.reserved),
    unfulfillable: n(r.unfulfillable),
    researching: n(r.researching),
    total: n(r.total),
    sold7: stock.sold7,
    sold30: stock.sold30,
    sold90: stock.sold90,
    threshold: stock.threshold,
    skuThreshold: r.sku_threshold === null ? null : n(r.sku_threshold),
    lowStock: isLowStock(stock.available, stock.threshold),
    marketplaces: typeof r.marketplaces === 'string' ? (JSON.parse(r.marketplaces) as MarketplaceStock[]) : r.marketplaces,
    ...planSku(stock, settings),
  };
}

export interface InventoryPage {
  rows: InventoryRow[];
  total: number;
  page: number;
  pageCount: number;
}

export async function listInventory(
  db: Db,
  scope: InventoryScope,
  f: InventoryFilters,
  options: { now?: Date; settings?: PlanningSettings } = {},
): Promise<InventoryPage> {
  if (!scope.accountIds.length) return { rows: [], total: 0, page: 1, pageCount: 1 };
  const settings = options.settings ?? PLANNING_DEFAULTS;
  const planned = plannedSkus(scope, f, options.now ?? new Date());
  const where = viewCondition(f, settings);
  const [counted] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from (${planned}) p where ${where}`));
  const total = Number(counted?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / INVENTORY_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const rows = rowsOf<RawRow>(
    await db.execute(
      sql`select p.* from (${planned}) p where ${where} order by ${orderBy(f, settings)} limit ${INVENTORY_PAGE_SIZE} offset ${(page - 1) * INVENTORY_PAGE_SIZE}`,
    ),
  );
  return { rows: rows.map((r) => toRow(r, settings)), total, page, pageCount };
}

/** The sidebar badge: SKUs whose fulfillable units, every marketplace in view added up, are below their threshold. */
export async function countLowStock(db: Db, scope: InventoryScope): Promise<number> {
  if (!scope.accountIds.length) return 0;
  const i = inventorySummaries;
  const threshold = sql`coalesce(t.threshold, (select d.threshold from ${lowStockThresholds} d where d.workspace_id = ${scope.workspaceId} and d.seller_sku = ${DEFAULT_THRESHOLD_SKU}), ${BUILT_IN_LOW_STOCK_THRESHOLD})`;
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from (
      select ${i.sellerSku} as seller_sku, sum(${i.fulfillable}) as fulfillable from ${i} where ${and(...stockConditions(scope, { accountId: null, marketplaceId: null }))} group by ${i.sellerSku}
    ) s left join ${lowStockThresholds} t on t.workspace_id = ${scope.workspaceId} and t.seller_sku = s.seller_sku
    where s.fulfillable < ${threshold}`),
  );
  return Number(row?.n ?? 0);
}
