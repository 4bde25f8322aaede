/**
 * Refreshes one fulfillment order from Amazon for its detail page: getFulfillmentOrder, then
 * getPackageTrackingDetails for each shipped package that has not come to rest. A page that
 * polls asks often; this goes to Amazon at most once per `minIntervalSeconds` per order, and
 * the claim is one conditional UPDATE, so several tabs or instances share one refresh.
 */
import 'server-only';
import type { Tenant } from '@/lib/tenancy';
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentOrders } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { SpApiError } from '@/lib/sp-api';
import type { GetFulfillmentOrderResult } from '@/lib/sp-api/generated/fulfillment-outbound';
import { reshapeFulfillmentOrder, reshapeFulfillmentOrderDetail } from './reshape';
import { isMoving } from './status-rules';
import { reshapePackageTracking, storedPackageTracking, upsertPackageTracking } from './tracking';
import { upsertFulfillmentOrders } from './upsert';

export const DEFAULT_REFRESH_SECONDS = 10;

/** Stores a getFulfillmentOrder answer (after a write, or a refresh). */
export async function storeFulfillmentOrder(db: Db, tenant: Tenant, result: GetFulfillmentOrderResult): Promise<void> {
  const row = reshapeFulfillmentOrder(result.fulfillmentOrder, tenant);
  await upsertFulfillmentOrders(db, [{ ...row, detail: { ...reshapeFulfillmentOrderDetail(result) } }]);
}

/** Fetches and stores the order; returns the answer, or null when Amazon does not know it. */
export async function fetchAndStoreFulfillmentOrder(db: Db, client: SpApiClient, tenant: Tenant, id: string): Promise<GetFulfillmentOrderResult | null> {
  try {
    const { payload } = await client.fulfillmentOutbound.getFulfillmentOrder({ sellerFulfillmentOrderId: id });
    if (!payload) return null;
    await storeFulfillmentOrder(db, tenant, payload);
    return payload;
  } catch (error) {
    if (error instanceof SpApiError && error.kind === 'NotFound') return null;
    throw error;
  }
}

async function claimRefresh(db: Db, tenant: Tenant, id: string, minIntervalSeconds: number): Promise<boolean> {
  const now = new Date();
  const claimed = await db
    .update(fulfillmentOrders)
    .set({ syncedAt: now })
    .where(
      and(
        eq(fulfillmentOrders.workspaceId, tenant.workspaceId),
        eq(fulfillmentOrders.accountId, tenant.accountId),
        eq(fulfillmentOrders.sellerFulfillmentOrderId, id),
        lt(fulfillmentOrders.syncedAt, new Date(now.getTime() - minIntervalSeconds * 1000)),
      ),
    )
    .returning({ id: fulfillmentOrders.sellerFulfillmentOrderId });
  return claimed.length > 0;
}

export type RefreshOutcome = 'refreshed' | 'recent' | 'not-found';

export async function refreshFulfillmentOrder(
  db: Db,
  client: SpApiClient,
  tenant: Tenant,
  id: string,
  options: { minIntervalSeconds?: number } = {},
): Promise<RefreshOutcome> {
  if (!(await claimRefresh(db, tenant, id, options.minIntervalSeconds ?? DEFAULT_REFRESH_SECONDS))) return 'recent';
  const result = await fetchAndStoreFulfillmentOrder(db, client, tenant, id);
  if (!result) return 'not-found';
  await refreshPackageTracking(db, client, tenant, result);
  return 'refreshed';
}

/** Tracking for shipped packages still on their way (or never fetched). */
export async function refreshPackageTracking(db: Db, client: SpApiClient, tenant: Tenant, result: GetFulfillmentOrderResult): Promise<number> {
  const id = result.fulfillmentOrder.sellerFulfillmentOrderId;
  const stored = await storedPackageTracking(db, tenant.workspaceId, tenant.accountId, id);
  const packages = (result.fulfillmentShipments ?? [])
    .filter((s) => s.fulfillmentShipmentStatus === 'SHIPPED')
    .flatMap((s) => s.fulfillmentShipmentPackage ?? [])
    .filter((p) => isMoving('Complete', [stored.get(p.packageNumber)?.currentStatus]));
  let fetched = 0;
  for (const pkg of packages) {
    try {
      const { payload } = await client.fulfillmentOutbound.getPackageTrackingDetails({ packageNumber: pkg.packageNumber });
      if (!payload) continue;
      await upsertPackageTracking(db, tenant, id, reshapePackageTracking(payload));
      fetched += 1;
    } catch (error) {
      // The carrier may not have scanned it yet: Amazon answers 404 until then.
      if (error instanceof SpApiError && error.kind === 'NotFound') continue;
      throw error;
    }
  }
  return fetched;
}
