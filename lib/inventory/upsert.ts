/** Writes synced FBA stock, keyed by (account, marketplace, SKU). */
import type { Db } from '@/db/client';
import { inventorySummaries } from '@/db/schema';
import { takeIncoming } from '@/lib/sync/upsert-set';
import type { InventorySummaryRow } from './reshape';

const set = takeIncoming(inventorySummaries, ['accountId', 'marketplaceId', 'sellerSku', 'workspaceId']);

export async function upsertInventorySummaries(db: Db, rows: InventorySummaryRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(inventorySummaries)
    .values(rows)
    .onConflictDoUpdate({ target: [inventorySummaries.accountId, inventorySummaries.marketplaceId, inventorySummaries.sellerSku], set });
}
