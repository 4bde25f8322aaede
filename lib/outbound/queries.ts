/**
 * What the outbound pages read: the list with its filters and status counts, one order's
 * stored view (detail, status timeline, tracking), and the SKUs a new order may draw on.
 * Every query takes the user's workspace; the sidebar's account view narrows it further.
 */
import 'server-only';
import { and, asc, count, desc, eq, gt, gte, ilike, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentFeatures, fulfillmentOrders, fulfillmentOrderStatusEvents, inventorySummaries, sellerAccounts } from '@/db/schema';
import type { OutboundFilters } from './filters';
import type { FulfillmentOrderDetail } from './reshape';
import { canCancel, canReturn, canUpdate, isMoving } from './status-rules';
import { storedPackageTracking, type PackageTracking } from './tracking';

export const PAGE_SIZE = 50;

export interface AccountScope {
  workspaceId: string;
  accountId: string | null;
  marketplaceId: string | null;
}

export interface OutboundListRow {
  accountId: string;
  accountName: string;
  sellerFulfillmentOrderId: string;
  displayableOrderId: string;
  marketplaceId: string;
  status: string;
  statusUpdatedAt: Date;
  receivedAt: Date;
  shippingSpeedCategory: string;
  fulfillmentPolicy: string | null;
  destinationCountry: string;
  destinationCity: string | null;
}

function scopeConditions(scope: AccountScope): SQL[] {
  const where: SQL[] = [eq(fulfillmentOrders.workspaceId, scope.workspaceId)];
  if (scope.accountId) where.push(eq(fulfillmentOrders.accountId, scope.accountId));
  if (scope.marketplaceId) where.push(eq(fulfillmentOrders.marketplaceId, scope.marketplaceId));
  return where;
}

function filterConditions(filters: Omit<OutboundFilters, 'status' | 'page'>): SQL[] {
  const where: SQL[] = [];
  if (filters.speed) where.push(eq(fulfillmentOrders.shippingSpeedCategory, filters.speed));
  if (filters.country) where.push(eq(fulfillmentOrders.destinationCountry, filters.country));
  if (filters.from) where.push(gte(fulfillmentOrders.receivedAt, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) where.push(lt(fulfillmentOrders.receivedAt, new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000)));
  if (filters.q) {
    const like = `%${filters.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(fulfillmentOrders.sellerFulfillmentOrderId, like), ilike(fulfillmentOrders.displayableOrderId, like))!);
  }
  return where;
}

const listColumns = {
  accountId: fulfillmentOrders.accountId,
  accountName: sellerAccounts.name,
  sellerFulfillmentOrderId: fulfillmentOrders.sellerFulfillmentOrderId,
  displayableOrderId: fulfillmentOrders.displayableOrderId,
  marketplaceId: fulfillmentOrders.marketplaceId,
  status: fulfillmentOrders.status,
  statusUpdatedAt: fulfillmentOrders.statusUpdatedAt,
  receivedAt: fulfillmentOrders.receivedAt,
  shippingSpeedCategory: fulfillmentOrders.shippingSpeedCategory,
  fulfillmentPolicy: fulfillmentOrders.fulfillmentPolicy,
  destinationCountry: fulfillmentOrders.destinationCountry,
  destinationCity: fulfillmentOrders.destinationCity,
};

const listConditions = (scope: AccountScope, filters: OutboundFilters) =>
  and(...scopeConditions(scope), ...filterConditions(filters), ...(filters.status ? [eq(fulfillmentOrders.status, filters.status)] : []));

const selectRows = (db: Db, where: SQL | undefined, limit: number, offset: number) =>
  db
    .select(listColumns)
    .from(fulfillmentOrders)
    .innerJoin(sellerAccounts, eq(sellerAccounts.id, fulfillmentOrders.accountId))
    .where(where)
    .orderBy(desc(fulfillmentOrders.receivedAt), asc(fulfillmentOrders.sellerFulfillmentOrderId))
    .limit(limit)
    .offset(offset);

/** One page of the list; `page` is the page shown (a page past the end shows the last one). */
export async function listOutboundOrders(
  db: Db,
  scope: AccountScope,
  filters: OutboundFilters,
): Promise<{ rows: OutboundListRow[]; total: number; page: number }> {
  const where = listConditions(scope, filters);
  const [totals] = await db.select({ n: count() }).from(fulfillmentOrders).where(where);
  const total = totals?.n ?? 0;
  const page = Math.min(filters.page, Math.max(1, Math.ceil(total / PAGE_SIZE)));
  const rows = total ? await selectRows(db, where, PAGE_SIZE, (page - 1) * PAGE_SIZE) : [];
  return { rows, total, page };
}

/** Every row of the filtered list in batches, for the CSV export (memory stays flat whatever the size). */
export async function* outboundBatchesForExport(db: Db, scope: AccountScope, filters: OutboundFilters, batchSize = 2_000): AsyncGenerator<OutboundListRow[]> {
  const where = listConditions(scope, filters);
  for (let offset = 0; ; offset += batchSize) {
    const rows = await selectRows(db, where, batchSize, offset);
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
  }
}

/** Counts per status under the other filters, so each status link says what it would show. */
export async function outboundStatusCounts(db: Db, scope: AccountScope, filters: OutboundFilters): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: fulfillmentOrders.status, n: count() })
    .from(fulfillmentOrders)
    .where(and(...scopeConditions(scope), ...filterConditions(filters)))
    .groupBy(fulfillmentOrders.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export interface StatusEvent {
  status: string;
  at: string;
}

/** One order as the detail page and its polling route see it; dates as ISO strings (JSON). */
export interface OutboundOrderView {
  accountId: string;
  accountName: string;
  sellerFulfillmentOrderId: string;
  displayableOrderId: string;
  displayableOrderDate: string;
  marketplaceId: string;
  status: string;
  statusUpdatedAt: string;
  receivedAt: string;
  shippingSpeedCategory: string;
  fulfillmentPolicy: string | null;
  destination: { country: string; state: string | null; city: string | null };
  detail: FulfillmentOrderDetail | null;
  history: StatusEvent[];
  tracking: PackageTracking[];
  syncedAt: string;
  moving: boolean;
  canCancel: boolean;
  canUpdate: boolean;
  canReturn: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getOutboundOrderView(db: Db, workspaceId: string, accountId: string, id: string): Promise<OutboundOrderView | null> {
  // Ids come from URLs: a malformed one is simply not found.
  if (!UUID.test(accountId) || !id || id.length > 40) return null;
  const [row] = await db
    .select({ order: fulfillmentOrders, accountName: sellerAccounts.name })
    .from(fulfillmentOrders)
    .innerJoin(sellerAccounts, eq(sellerAccounts.id, fulfillmentOrders.accountId))
    .where(and(eq(fulfillmentOrders.workspaceId, workspaceId), eq(fulfillmentOrders.accountId, accountId), eq(fulfillmentOrders.sellerFulfillmentOrderId, id)));
  if (!row) return null;
  const { order } = row;
  const [events, tracking] = await Promise.all([
    db
      .select({ status: fulfillmentOrderStatusEvents.status, at: fulfillmentOrderStatusEvents.changedAt })
      .from(fulfillmentOrderStatusEvents)
      .where(
        and(
          eq(fulfillmentOrderStatusEvents.workspaceId, workspaceId),
          eq(fulfillmentOrderStatusEvents.accountId, accountId),
          eq(fulfillmentOrderStatusEvents.sellerFulfillmentOrderId, id),
        ),
      )
      .orderBy(asc(fulfillmentOrderStatusEvents.changedAt)),
    storedPackageTracking(db, workspaceId, accountId, id),
  ]);
  const detail = (order.detail as FulfillmentOrderDetail | null) ?? null;
  const packageNumbers = (detail?.shipments ?? [])
    .filter((s) => s.fulfillmentShipmentStatus === 'SHIPPED')
    .flatMap((s) => (s.fulfillmentShipmentPackage ?? []).map((p) => p.packageNumber));
  return {
    accountId,
    accountName: row.accountName,
    sellerFulfillmentOrderId: order.sellerFulfillmentOrderId,
    displayableOrderId: order.displayableOrderId,
    displayableOrderDate: order.displayableOrderDate.toISOString(),
    marketplaceId: order.marketplaceId,
    status: order.status,
    statusUpdatedAt: order.statusUpdatedAt.toISOString(),
    receivedAt: order.receivedAt.toISOString(),
    shippingSpeedCategory: order.shippingSpeedCategory,
    fulfillmentPolicy: order.fulfillmentPolicy,
    destination: { country: order.destinationCountry, state: order.destinationState, city: order.destinationCity },
    detail,
    history: events.map((e) => ({ status: e.status, at: e.at.toISOString() })),
    tracking: packageNumbers.map((n) => tracking.get(n)).filter((t): t is PackageTracking => Boolean(t)),
    syncedAt: order.syncedAt.toISOString(),
    // No detail yet (items, shipments): keep asking until Amazon's answer is stored.
    moving:
      detail === null ||
      isMoving(
        order.status,
        packageNumbers.map((n) => tracking.get(n)?.currentStatus),
      ),
    canCancel: canCancel(order.status),
    canUpdate: canUpdate(order.status),
    canReturn: canReturn(order.status) && (detail?.shipments ?? []).some((s) => s.fulfillmentShipmentStatus === 'SHIPPED'),
  };
}

export interface SkuOption {
  sellerSku: string;
  productName: string | null;
  fulfillable: number;
}

/** The SKUs of an account and marketplace with fulfillable stock, as last synced. */
export async function fulfillableSkus(db: Db, workspaceId: string, accountId: string, marketplaceId: string): Promise<SkuOption[]> {
  return db
    .select({ sellerSku: inventorySummaries.sellerSku, productName: inventorySummaries.productName, fulfillable: inventorySummaries.fulfillable })
    .from(inventorySummaries)
    .where(
      and(
        eq(inventorySummaries.workspaceId, workspaceId),
        eq(inventorySummaries.accountId, accountId),
        eq(inventorySummaries.marketplaceId, marketplaceId),
        gt(inventorySummaries.fulfillable, 0),
      ),
    )
    .orderBy(asc(inventorySummaries.sellerSku));
}

/** A SKU's stored stock, 0 when unknown: for the FillOrKill check before anything is sent. */
export async function storedFulfillable(db: Db, workspaceId: string, accountId: string, marketplaceId: string, skus: string[]): Promise<Map<string, number>> {
  if (!skus.length) return new Map();
  const rows = await db
    .select({ sellerSku: inventorySummaries.sellerSku, fulfillable: inventorySummaries.fulfillable })
    .from(inventorySummaries)
    .where(
      and(
        eq(inventorySummaries.workspaceId, workspaceId),
        eq(inventorySummaries.accountId, accountId),
        eq(inventorySummaries.marketplaceId, marketplaceId),
        inArray(inventorySummaries.sellerSku, skus),
      ),
    );
  return new Map(rows.map((r) => [r.sellerSku, r.fulfillable]));
}

export interface FeatureEligibility {
  featureName: string;
  description: string;
  sellerEligible: boolean;
  eligibleSkus: string[];
  fetchedAt: string;
}

/** A stored eligibility row as the forms see it. */
export function featureEligibility(
  r: Pick<typeof fulfillmentFeatures.$inferSelect, 'featureName' | 'description' | 'sellerEligible' | 'eligibleSkus' | 'fetchedAt'>,
): FeatureEligibility {
  return {
    featureName: r.featureName,
    description: r.description,
    sellerEligible: r.sellerEligible,
    eligibleSkus: r.eligibleSkus,
    fetchedAt: r.fetchedAt.toISOString(),
  };
}

export async function storedFeatures(db: Db, workspaceId: string, accountId: string, marketplaceId: string): Promise<FeatureEligibility[]> {
  const rows = await db
    .select()
    .from(fulfillmentFeatures)
    .where(
      and(eq(fulfillmentFeatures.workspaceId, workspaceId), eq(fulfillmentFeatures.accountId, accountId), eq(fulfillmentFeatures.marketplaceId, marketplaceId)),
    )
    .orderBy(asc(fulfillmentFeatures.featureName));
  return rows.map(featureEligibility);
}
