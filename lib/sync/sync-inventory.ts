/**
 * Inventory sync: a full sweep of getInventorySummaries (details=true) per marketplace, 50
 * SKUs a page. A full sweep rather than startDateTime because Amazon's change detection
 * misses the inbound buckets. Each page commits with its nextToken; the token expires after
 * 30 seconds, so a resume that finds it refused starts that marketplace again. A finished
 * sweep removes the SKUs it did not list: Amazon no longer holds them, and stale fulfillable
 * counts would mislead the orders' FBA availability and the low-stock view.
 */
import { reshapeInventorySummary, removeUnlistedSkus, upsertInventorySummaries } from '@/lib/inventory';
import type { InventorySummaryRow } from '@/lib/inventory/types';
import type { SyncContext, SyncResult } from './context';
import { listPages } from './page-loop';

export async function syncInventory(ctx: SyncContext): Promise<SyncResult> {
  const { listed, skipped } = await listPages(ctx, {
    marketplaceIds: ctx.marketplaceIds,
    // The window's end is when the sweep started: every SKU it lists is stamped with it. A
    // sweep restarted for a refused token is the same sweep.
    windowEndSetAtStart: true,
    restartKeepsWindowEnd: true,
    ask: ({ marketplaceId, pageToken }) => {
      const base = { details: true, granularityType: 'Marketplace' as const, granularityId: marketplaceId!, marketplaceIds: [marketplaceId!] };
      return ctx.client.fbaInventory.getInventorySummaries(pageToken ? { ...base, nextToken: pageToken } : base);
    },
    read: (response, { marketplaceId, pendingCursor }) => {
      const sweepStartedAt = pendingCursor!;
      const tenant = { ...ctx.tenant, marketplaceId: marketplaceId! };
      const nextToken = response.pagination?.nextToken ?? null;
      return {
        records: (response.payload?.inventorySummaries ?? [])
          .map((summary) => reshapeInventorySummary(summary, tenant))
          .filter((row): row is InventorySummaryRow => row !== undefined)
          .map((row) => ({ ...row, sweptAt: sweepStartedAt })),
        nextToken,
        windowEnd: sweepStartedAt,
        // For inventory the cursor is when the last complete sweep started.
        cursor: sweepStartedAt,
        // An answer without a payload says nothing about what Amazon holds: remove nothing on it.
        ...(!nextToken && response.payload ? { alsoWrite: (tx) => removeUnlistedSkus(tx, tenant, sweepStartedAt) } : {}),
      };
    },
    describe: (r) => ({ what: 'SKU', id: `${r.sellerSku} (${r.marketplaceId})` }),
    write: upsertInventorySummaries,
  });
  return { synced: listed, skipped };
}
