/** Writes synced FBA stock, keyed by (account, marketplace, SKU). */
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inventorySummaries } from '@/db/schema';
import { takeIncoming } from '@/db/upsert-set';
import type { InventorySummaryRow } from './reshape';

const set = takeIncoming(inventorySummaries, ['accountId', 'marketplaceId', 'sellerSku', 'workspaceId']);

export async function upsertInventorySummaries(db: Db, rows: InventorySummaryRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(inventorySummaries)
    .values(rows)
    .onConflictDoUpdate({ target: [inventorySummaries.accountId, inventorySummaries.marketplaceId, inventorySummaries.sellerSku], set });
}

/** After a complete sweep of one marketplace: the SKUs it did not list are gone from Amazon. */
export async function removeUnlistedSkus(db: Db, scope: { accountId: string; marketplaceId: string }, sweepStartedAt: Date): Promise<void> {
  await db
    .delete(inventorySummaries)
    .where(
      and(
        eq(inventorySummaries.accountId, scope.accountId),
        eq(inventorySummaries.marketplaceId, scope.marketplaceId),
        or(isNull(inventorySummaries.sweptAt), lt(inventorySummaries.sweptAt, sweepStartedAt)),
      ),
    );
}
