/** Carrier tracking per package: getPackageTrackingDetails as stored for the detail page. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentPackageTracking } from '@/db/schema';
import type { PackageTrackingDetails } from '@/lib/sp-api/generated/fulfillment-outbound';

/** What the page shows: everything but who signed for the package (a person's name). */
export type PackageTracking = Omit<PackageTrackingDetails, 'signedForBy'>;

export function reshapePackageTracking(details: PackageTrackingDetails): PackageTracking {
  const { signedForBy: _signedBy, ...rest } = details;
  return rest;
}

export async function upsertPackageTracking(
  db: Db,
  tenant: { accountId: string; workspaceId: string },
  sellerFulfillmentOrderId: string,
  tracking: PackageTracking,
): Promise<void> {
  const row = {
    ...tenant,
    sellerFulfillmentOrderId,
    packageNumber: tracking.packageNumber,
    currentStatus: tracking.currentStatus ?? null,
    detail: tracking as unknown as Record<string, unknown>,
    fetchedAt: new Date(),
  };
  await db
    .insert(fulfillmentPackageTracking)
    .values(row)
    .onConflictDoUpdate({
      target: [fulfillmentPackageTracking.accountId, fulfillmentPackageTracking.packageNumber],
      set: { currentStatus: sql`excluded.current_status`, detail: sql`excluded.detail`, fetchedAt: sql`excluded.fetched_at` },
    });
}

export async function storedPackageTracking(
  db: Db,
  workspaceId: string,
  accountId: string,
  sellerFulfillmentOrderId: string,
): Promise<Map<number, PackageTracking>> {
  const rows = await db
    .select({ packageNumber: fulfillmentPackageTracking.packageNumber, detail: fulfillmentPackageTracking.detail })
    .from(fulfillmentPackageTracking)
    .where(
      and(
        eq(fulfillmentPackageTracking.workspaceId, workspaceId),
        eq(fulfillmentPackageTracking.accountId, accountId),
        eq(fulfillmentPackageTracking.sellerFulfillmentOrderId, sellerFulfillmentOrderId),
      ),
    );
  return new Map(rows.map((r) => [r.packageNumber, r.detail as unknown as PackageTracking]));
}
