/**
 * The orders list and its counts, read from the synced tables. Every query is scoped to a
 * workspace and to its connected accounts (a disconnected account's data stays in the
 * database but leaves the lists). Built for 1,000,000 orders per workspace: the default view
 * and each common filter walk an index in the sort order and stop after one page, and the
 * total comes from the same grouped count as the per-status tabs (except for a search matching
 * too many orders to count, see MANY_MATCHES_LISTED).
 */
import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderItems, orders, orderStatusCounts } from '@/db/schema';
import { heldBackordersAmong, orderKey, type BackorderMark } from './backorder/holds';
import type { BuyerNameIndex } from './buyer-name-index';
import { findSearchMatches, searchCondition, type SearchMatches } from './search';
import { countInView, ORDER_STATUSES, TO_SHIP, TO_SHIP_STATUSES, type FulfilledBy, type OrderListFilters, type OrderStatus } from './list-filters';

export interface OrderScope {
  workspaceId: string;
  /** The workspace's connected accounts; orders of any other account never show. */
  accountIds: readonly string[];
  /** Search buyer names too: only for those who may see them (buyer-name-key.ts, buyerNameSearchFor). */
  buyerNames?: BuyerNameIndex | null;
}

export interface OrderListRow {
  accountId: string;
  amazonOrderId: string;
  marketplaceId: string;
  orderStatus: OrderStatus;
  fulfilledBy: FulfilledBy | null;
  purchaseDate: Date;
  lastUpdateDate: Date;
  orderTotalAmount: string | null;
  orderTotalCurrency: string | null;
  itemsShipped: number | null;
  itemsUnshipped: number | null;
  shipServiceLevel: string | null;
  isPrime: boolean;
  /** The buyer collects the order in store (Amazon's in-store pick-up): nothing to pack or ship. */
  isIspu: boolean;
  shipCountry: string | null;
  latestShipDate: Date | null;
  latestDeliveryDate: Date | null;
}

export type StatusCounts = Record<OrderStatus, number>;

const listColumns = {
  accountId: orders.accountId,
  amazonOrderId: orders.amazonOrderId,
  marketplaceId: orders.marketplaceId,
  orderStatus: orders.orderStatus,
  fulfilledBy: orders.fulfilledBy,
  purchaseDate: orders.purchaseDate,
  lastUpdateDate: orders.lastUpdateDate,
  orderTotalAmount: orders.orderTotalAmount,
  orderTotalCurrency: orders.orderTotalCurrency,
  itemsShipped: orders.itemsShipped,
  itemsUnshipped: orders.itemsUnshipped,
  shipServiceLevel: orders.shipServiceLevel,
  isPrime: orders.isPrime,
  isIspu: orders.isIspu,
  shipCountry: orders.shipCountry,
  latestShipDate: orders.latestShipDate,
  latestDeliveryDate: orders.latestDeliveryDate,
};

/**
 * The work queue's statuses written into the query, not bound as parameters: only then can
 * the planner prove that the partial index orders_to_ship_by_ship_date covers the query.
 */
const toShip = sql.raw(`(${TO_SHIP_STATUSES.map((s) => `'${s}'`).join(', ')})`);

const DAY_MS = 86_400_000;
const startOfDay = (date: string) => new Date(`${date}T00:00:00Z`);
const dayAfter = (date: string) => new Date(startOfDay(date).getTime() + DAY_MS);

/** Filters with the search resolved (see findSearchMatches); the list and the counts share it. */
export interface ResolvedFilters extends OrderListFilters {
  searchMatches?: SearchMatches;
}

/**
 * A search matching `'many'` orders (SearchMatches) lists and counts the first this many of the
 * view, in its order: walking the list, a page is found after a few probes, where counting
 * every match of a word on most of a million orders takes seconds.
 */
export const MANY_MATCHES_LISTED = 1_000;

async function resolveSearch(db: Db, scope: OrderScope, f: ResolvedFilters): Promise<ResolvedFilters> {
  if (!f.q || f.searchMatches !== undefined) return f;
  return { ...f, searchMatches: await findSearchMatches(db, scope.workspaceId, f.q, scope.buyerNames) };
}

/** Every condition of the view except the status (the status tabs count across statuses). */
function viewConditions(scope: OrderScope, f: ResolvedFilters): SQL[] {
  const where: SQL[] = [eq(orders.workspaceId, scope.workspaceId), inArray(orders.accountId, [...scope.accountIds])];
  if (f.accountId) where.push(eq(orders.accountId, f.accountId));
  if (f.marketplaceId) where.push(eq(orders.marketplaceId, f.marketplaceId));
  if (f.fulfilledBy) where.push(eq(orders.fulfilledBy, f.fulfilledBy));
  if (f.purchasedFrom) where.push(gte(orders.purchaseDate, startOfDay(f.purchasedFrom)));
  if (f.purchasedTo) where.push(lt(orders.purchaseDate, dayAfter(f.purchasedTo)));
  if (f.updatedFrom) where.push(gte(orders.lastUpdateDate, startOfDay(f.updatedFrom)));
  if (f.updatedTo) where.push(lt(orders.lastUpdateDate, dayAfter(f.updatedTo)));
  if (f.q) where.push(searchCondition(scope.workspaceId, f.q, f.searchMatches ?? null, scope.buyerNames));
  return where;
}

/** NULLS placement matches the indexes (purchase_date DESC NULLS LAST), so they serve the sort. */
function orderBy(f: OrderListFilters): SQL[] {
  const desc = f.dir === 'desc';
  const newestFirst = desc ? sql`${orders.purchaseDate} desc nulls last` : sql`${orders.purchaseDate} asc nulls first`;
  const tiebreak = desc ? sql`${orders.amazonOrderId} desc` : sql`${orders.amazonOrderId} asc`;
  switch (f.sort) {
    case 'lastUpdateDate':
      return [desc ? sql`${orders.lastUpdateDate} desc nulls first` : sql`${orders.lastUpdateDate} asc nulls last`, tiebreak];
    case 'shipBy':
      return [desc ? sql`${orders.latestShipDate} desc nulls first` : sql`${orders.latestShipDate} asc nulls last`, tiebreak];
    case 'orderTotal':
      // Amounts are compared within a currency only: the currencies in turn (A to Z), each
      // sorted by amount, so 100 JPY never sits between 20 and 30 EUR.
      return [
        sql`${orders.orderTotalCurrency} asc nulls last`,
        desc ? sql`${orders.orderTotalAmount} desc nulls last` : sql`${orders.orderTotalAmount} asc nulls first`,
        tiebreak,
      ];
    case 'status':
      // Within a status, newest first; reversed as a whole for descending, so one index
      // (workspace, status, purchase date) serves both directions.
      return desc
        ? [sql`${orders.orderStatus} desc`, sql`${orders.purchaseDate} asc nulls first`, sql`${orders.amazonOrderId} asc`]
        : [sql`${orders.orderStatus} asc`, sql`${orders.purchaseDate} desc nulls last`, sql`${orders.amazonOrderId} desc`];
    default:
      return [newestFirst, tiebreak];
  }
}

function listConditions(scope: OrderScope, f: ResolvedFilters): SQL | undefined {
  const where = viewConditions(scope, f);
  if (f.status === TO_SHIP) where.push(sql`${orders.orderStatus} in ${toShip}`);
  else if (f.status) where.push(eq(orders.orderStatus, f.status));
  return and(...where);
}

export async function listOrders(db: Db, scope: OrderScope, filters: ResolvedFilters, page = filters.page): Promise<OrderListRow[]> {
  if (!scope.accountIds.length) return [];
  const f = await resolveSearch(db, scope, filters);
  // Deferred join: the page's keys come from the sort index alone (no table rows read for
  // the orders skipped over), then only the page's rows are read.
  const keys = db
    .select({ accountId: orders.accountId, amazonOrderId: orders.amazonOrderId })
    .from(orders)
    .where(listConditions(scope, f))
    .orderBy(...orderBy(f))
    .limit(f.pageSize)
    .offset((page - 1) * f.pageSize)
    .as('page_keys');
  return db
    .select(listColumns)
    .from(orders)
    .innerJoin(keys, and(eq(orders.accountId, keys.accountId), eq(orders.amazonOrderId, keys.amazonOrderId)))
    .orderBy(...orderBy(f));
}

/** Whether the trigger-kept counts can answer for this view (they know no dates or searches). */
function countsFromSummary(f: OrderListFilters): boolean {
  return !f.q && !f.purchasedFrom && !f.purchasedTo && !f.updatedFrom && !f.updatedTo;
}

/** Orders per status for the view without its status filter: the tabs, and the total. null: a search matching too many to count (MANY_MATCHES_LISTED). */
export async function countOrdersByStatus(db: Db, scope: OrderScope, filters: ResolvedFilters): Promise<StatusCounts | null> {
  const counts = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as StatusCounts;
  if (!scope.accountIds.length) return counts;
  const f = await resolveSearch(db, scope, filters);
  if (f.searchMatches === 'many') return null;
  const rows = countsFromSummary(f)
    ? await db
        .select({ status: orderStatusCounts.orderStatus, n: sql<number>`sum(${orderStatusCounts.orderCount})::int` })
        .from(orderStatusCounts)
        .where(
          and(
            eq(orderStatusCounts.workspaceId, scope.workspaceId),
            inArray(orderStatusCounts.accountId, [...scope.accountIds]),
            f.accountId ? eq(orderStatusCounts.accountId, f.accountId) : undefined,
            f.marketplaceId ? eq(orderStatusCounts.marketplaceId, f.marketplaceId) : undefined,
            f.fulfilledBy ? eq(orderStatusCounts.fulfilledBy, f.fulfilledBy) : undefined,
          ),
        )
        .groupBy(orderStatusCounts.orderStatus)
    : await db
        .select({ status: orders.orderStatus, n: sql<number>`count(*)::int` })
        .from(orders)
        .where(and(...viewConditions(scope, f)))
        .groupBy(orders.orderStatus);
  for (const row of rows) if (row.status in counts) counts[row.status as OrderStatus] = Number(row.n);
  return counts;
}

/** What was bought, as a list row shows it: the first item and how many other items the order has. */
export interface ItemSummary {
  sellerSku: string | null;
  asin: string;
  title: string | null;
  quantityOrdered: number;
  otherItems: number;
}

/** The first item (by Amazon's item id) of each order on a page, and the count of the rest: one query for the page. */
export async function itemSummariesOf(
  db: Db,
  workspaceId: string,
  rows: ReadonlyArray<{ accountId: string; amazonOrderId: string }>,
): Promise<Map<string, ItemSummary>> {
  if (!rows.length) return new Map();
  const items = await db
    .select({
      accountId: orderItems.accountId,
      amazonOrderId: orderItems.amazonOrderId,
      sellerSku: orderItems.sellerSku,
      asin: orderItems.asin,
      title: orderItems.title,
      quantityOrdered: orderItems.quantityOrdered,
    })
    .from(orderItems)
    .where(
      and(
        eq(orderItems.workspaceId, workspaceId),
        inArray(orderItems.accountId, [...new Set(rows.map((r) => r.accountId))]),
        inArray(orderItems.amazonOrderId, [...new Set(rows.map((r) => r.amazonOrderId))]),
      ),
    )
    .orderBy(orderItems.orderItemId);
  const summaries = new Map<string, ItemSummary>();
  for (const { accountId, amazonOrderId, ...item } of items) {
    const key = orderKey({ accountId, amazonOrderId });
    const seen = summaries.get(key);
    if (seen) seen.otherItems += 1;
    else summaries.set(key, { ...item, otherItems: 0 });
  }
  return summaries;
}

/** A list row with what was bought and its backorder hold, if it is held (the row shows "Ship-by at risk" from it). */
export type OrderListPageRow = OrderListRow & { backorder: BackorderMark | null; items: ItemSummary | null };

export interface OrderListPage {
  rows: OrderListPageRow[];
  /** The orders in the view; with `moreThanTotal`, the first MANY_MATCHES_LISTED of more, which are all that is listed. */
  total: number;
  moreThanTotal: boolean;
  /** Per status, for the tabs; null when a search matched too many orders to count. */
  statusCounts: StatusCounts | null;
  /** The page shown: a page past the end shows the last one. */
  page: number;
  pageCount: number;
}

/** Everything the orders page shows, in as few queries as possible (the benchmark times this). */
export async function loadOrderList(db: Db, scope: OrderScope, filters: ResolvedFilters): Promise<OrderListPage> {
  const f = await resolveSearch(db, scope, filters);
  const statusCounts = await countOrdersByStatus(db, scope, f);
  const counted = statusCounts ? countInView(statusCounts, f.status) : await countListedUpTo(db, scope, f, MANY_MATCHES_LISTED + 1);
  const total = statusCounts ? counted : Math.min(counted, MANY_MATCHES_LISTED);
  const pageCount = Math.max(1, Math.ceil(total / f.pageSize));
  const page = Math.min(f.page, pageCount);
  const rows = total ? await listOrders(db, scope, f, page) : [];
  const [held, items] = await Promise.all([heldBackordersAmong(db, scope.workspaceId, rows), itemSummariesOf(db, scope.workspaceId, rows)]);
  return {
    rows: rows.map((row) => ({ ...row, backorder: held.get(orderKey(row)) ?? null, items: items.get(orderKey(row)) ?? null })),
    total,
    moreThanTotal: counted > total,
    statusCounts,
    page,
    pageCount,
  };
}

/** The orders of the view, counted up to `limit` (walking the list, see MANY_MATCHES_LISTED). */
async function countListedUpTo(db: Db, scope: OrderScope, f: ResolvedFilters, limit: number): Promise<number> {
  const listed = db
    .select({ one: sql`1` })
    .from(orders)
    .where(listConditions(scope, f))
    .limit(limit)
    .as('listed');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(listed);
  return Number(row?.n ?? 0);
}

/**
 * The whole view in batches, for the CSV export: the caller streams each batch out before
 * the next is read, so memory stays flat whatever the size. Offsets keep the view's own sort.
 * `only` exports just the orders the seller selected (their ids, in the view's sort): the
 * view's filters then do not apply, since the seller chose those orders one by one, but the
 * workspace and its connected accounts still do, so an id of another workspace finds nothing.
 */
export async function* orderBatchesForExport(
  db: Db,
  scope: OrderScope,
  filters: OrderListFilters,
  { only = null, batchSize = 2_000 }: { only?: readonly string[] | null; batchSize?: number } = {},
): AsyncGenerator<OrderListRow[]> {
  if (!scope.accountIds.length || only?.length === 0) return;
  const f = only ? filters : await resolveSearch(db, scope, filters);
  const where = only
    ? and(eq(orders.workspaceId, scope.workspaceId), inArray(orders.accountId, [...scope.accountIds]), inArray(orders.amazonOrderId, [...only]))
    : listConditions(scope, f);
  for (let offset = 0; ; offset += batchSize) {
    const rows = await db
      .select(listColumns)
      .from(orders)
      .where(where)
      .orderBy(...orderBy(f))
      .limit(batchSize)
      .offset(offset);
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
  }
}
