/** Reading and changing low-stock thresholds; callers check the role (operators and above). */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { DEFAULT_THRESHOLD_SKU, inventorySummaries, lowStockThresholds } from '@/db/schema';
import { UserFacingError } from '@/lib/user-facing-error';

export async function readDefaultThreshold(db: Db, workspaceId: string): Promise<number | null> {
  const [row] = await db
    .select({ threshold: lowStockThresholds.threshold })
    .from(lowStockThresholds)
    .where(and(eq(lowStockThresholds.workspaceId, workspaceId), eq(lowStockThresholds.sellerSku, DEFAULT_THRESHOLD_SKU)));
  return row?.threshold ?? null;
}

async function upsertThreshold(db: Db, workspaceId: string, userId: string | null, sellerSku: string, threshold: number): Promise<void> {
  await db
    .insert(lowStockThresholds)
    .values({ workspaceId, sellerSku, threshold, updatedBy: userId })
    .onConflictDoUpdate({
      target: [lowStockThresholds.workspaceId, lowStockThresholds.sellerSku],
      set: { threshold, updatedBy: userId, updatedAt: new Date() },
    });
}

export async function setDefaultThreshold(db: Db, workspaceId: string, userId: string | null, threshold: number): Promise<void> {
  await upsertThreshold(db, workspaceId, userId, DEFAULT_THRESHOLD_SKU, threshold);
}

/** null clears the SKU's own threshold, so the default applies again. Only SKUs in the workspace's FBA inventory. */
export async function setSkuThreshold(db: Db, workspaceId: string, userId: string | null, sellerSku: string, threshold: number | null): Promise<void> {
  const [known] = await db
    .select({ sku: inventorySummaries.sellerSku })
    .from(inventorySummaries)
    .where(and(eq(inventorySummaries.workspaceId, workspaceId), eq(inventorySummaries.sellerSku, sellerSku)))
    .limit(1);
  if (!known) throw new UserFacingError('That SKU is not in your FBA inventory.', { sellerSku: ['That SKU is not in your FBA inventory.'] });
  if (threshold === null) {
    await db.delete(lowStockThresholds).where(and(eq(lowStockThresholds.workspaceId, workspaceId), eq(lowStockThresholds.sellerSku, sellerSku)));
    return;
  }
  await upsertThreshold(db, workspaceId, userId, sellerSku, threshold);
}
