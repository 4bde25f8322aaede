/**
 * Inventory sync: a full sweep of getInventorySummaries (details=true) per marketplace, 50
 * SKUs a page. A full sweep rather than startDateTime because Amazon's change detection
 * misses the inbound buckets. Each page commits with its nextToken; the token expires after
 * 30 seconds, so a resume that finds it refused starts that marketplace again. A finished
 * sweep removes the SKUs it did not list: Amazon no longer holds them, and stale fulfillable
 * counts would mislead the orders' FBA availability and the low-stock view.
 */
import { SpApiError } from '@/lib/sp-api/errors';
import { reshapeInventorySummary, type InventorySummaryRow } from '@/lib/inventory/reshape';
import { removeUnlistedSkus, upsertInventorySummaries } from '@/lib/inventory/upsert';
import { readCheckpoint, savePageCheckpoint } from './checkpoints';
import type { SyncContext, SyncResult } from './context';
import { writeSkippingBadRecords, type SkippedRecord } from './record-writer';

export async function syncInventory(ctx: SyncContext): Promise<SyncResult> {
  let synced = 0;
  let page = 0;
  const skipped: SkippedRecord[] = [];
  for (const marketplaceId of ctx.marketplaceIds) {
    const checkpoint = await readCheckpoint(ctx.db, ctx.lease, marketplaceId);
    let pageToken = checkpoint.pageToken;
    const sweepStartedAt = checkpoint.pendingCursor ?? ctx.now();
    for (;;) {
      const base = { details: true, granularityType: 'Marketplace' as const, granularityId: marketplaceId, marketplaceIds: [marketplaceId] };
      let response;
      try {
        response = await ctx.client.fbaInventory.getInventorySummaries(pageToken ? { ...base, nextToken: pageToken } : base);
      } catch (error) {
        if (pageToken && error instanceof SpApiError && error.kind === 'InvalidInput') {
          pageToken = null;
          continue;
        }
        throw error;
      }
      const rows = (response.payload?.inventorySummaries ?? [])
        .map((summary) => reshapeInventorySummary(summary, { ...ctx.tenant, marketplaceId }))
        .filter((row): row is InventorySummaryRow => row !== undefined)
        .map((row) => ({ ...row, sweptAt: sweepStartedAt }));
      const nextToken = response.pagination?.nextToken ?? null;
      page += 1;
      const refused = await ctx.db.transaction(async (tx) => {
        const refused = await writeSkippingBadRecords(tx, rows, (r) => ({ what: 'SKU', id: `${r.sellerSku} (${marketplaceId})` }), upsertInventorySummaries);
        // An answer without a payload says nothing about what Amazon holds: remove nothing on it.
        if (!nextToken && response.payload) await removeUnlistedSkus(tx, { ...ctx.tenant, marketplaceId }, sweepStartedAt);
        await savePageCheckpoint(tx, ctx.lease, {
          marketplaceId,
          pageToken: nextToken,
          pendingCursor: nextToken ? sweepStartedAt : null,
          // For inventory the cursor is when the last complete sweep started.
          ...(nextToken ? {} : { cursor: sweepStartedAt }),
          synced: rows.length - refused.length,
          progressDone: synced + rows.length - refused.length,
        });
        return refused;
      });
      skipped.push(...refused);
      synced += rows.length - refused.length;
      await ctx.hooks.afterPageCommitted?.(page);
      if (!nextToken) break;
      pageToken = nextToken;
    }
  }
  return { synced, skipped };
}
