/**
 * Orders sync on Orders API 2026-01-01 searchOrders. A first run reads the lookback's history
 * newest first (order-history.ts). Then every order updated since the cursor
 * (minus an overlap) in all the account's marketplaces, one call for all of them, page by page
 * (page-loop.ts: each page and its resume point in one transaction). The items come inline, so
 * a page is complete orders: no per-order item calls, and an order is never shown half-read.
 *
 * searchOrders allows one call every three minutes after a burst of 20, so pages are as large
 * as the model allows (100 orders) and carry only the datasets the pages show (ORDER_DATASETS).
 * Amazon names the window's end (`lastUpdatedBefore` in its answer, on its own clock); it waits
 * in `pending_cursor` until the last page is in, then becomes the cursor. A pagination token
 * Amazon refuses (they expire after 24 hours) starts that same window again, its end named this
 * time, and replays are harmless because rows are keyed by their ids. Cancellations sent to
 * Amazon (lib/orders/cancellation) are followed at the end of each run.
 */
import { checkCancellations, orderDatasets, reshapeOrder, writeOrders } from '@/lib/orders';
import { windowStart, type SyncContext, type SyncResult } from './context';
import { readCheckpoint } from './checkpoints';
import { readOrderHistory, startOrderHistory } from './order-history';
import { latest, listPages, type ListingTally } from './page-loop';

export async function syncOrders(ctx: SyncContext): Promise<SyncResult> {
  if (!ctx.marketplaceIds.length) return { synced: 0 };
  // A first run reads the lookback's history newest first; a later one finishes what is left of it.
  const tally: ListingTally = { listed: 0, skipped: [] };
  await startOrderHistory(ctx, await readCheckpoint(ctx.db, ctx.lease));
  const readChanges = () => readChangedOrders(ctx, tally);
  // A long history (hours at searchOrders' pace) stops now and then for what changed since, so
  // new orders do not wait for the end of it.
  await readOrderHistory(ctx, tally, { every: CHANGES_DURING_HISTORY_MS, readChanges });
  await readChanges();
  await followCancellations(ctx);
  return { synced: tally.listed, skipped: tally.skipped };
}

/** Amazon time between two reads of what changed while a history is read: about one call in twenty at searchOrders' pace. */
const CHANGES_DURING_HISTORY_MS = 60 * 60_000;

/** Every order updated since the cursor, as one window (resumed where a run left it). */
async function readChangedOrders(ctx: SyncContext, tally: ListingTally): Promise<void> {
  await listPages(
    ctx,
    {
      restartKeepsWindowEnd: true,
      ask: async ({ pageToken, pendingCursor, checkpoint }) => {
        // The page size and datasets go with every page: the token names the orders, not how to show them.
        if (pageToken)
          return ctx.client.orders20260101.searchOrders({
            paginationToken: pageToken,
            maxResultsPerPage: ctx.settings.ordersPageSize,
            includedData: orderDatasets(ctx.buyerNames),
          });
        const after = windowStart(ctx, checkpoint.cursor);
        return ctx.client.orders20260101.searchOrders({
          marketplaceIds: ctx.marketplaceIds,
          lastUpdatedAfter: (pendingCursor && pendingCursor < after ? pendingCursor : after).toISOString(),
          // A restarted window keeps the end Amazon gave it; a new one lets Amazon choose.
          ...(pendingCursor ? { lastUpdatedBefore: pendingCursor.toISOString() } : {}),
          maxResultsPerPage: ctx.settings.ordersPageSize,
          includedData: orderDatasets(ctx.buyerNames),
        });
      },
      read: (answer, { pendingCursor, checkpoint }) => {
        const seen = answer.orders.reduce<Date | null>((max, order) => latest(max, new Date(order.lastUpdatedTime)), null);
        // The window's end as Amazon reports it; without it, the newest update seen.
        const windowEnd = answer.lastUpdatedBefore ? new Date(answer.lastUpdatedBefore) : latest(pendingCursor, seen);
        return {
          records: answer.orders.map((order) => reshapeOrder(order, ctx.tenant, ctx.buyerNames)),
          nextToken: answer.pagination?.nextToken ?? null,
          windowEnd,
          cursor: latest(checkpoint.cursor, windowEnd),
        };
      },
      describe: (r) => ({ what: 'order', id: r.order.amazonOrderId }),
      write: writeOrders,
    },
    tally,
  );
}

/**
 * Cancellations Amazon is still processing (order acknowledgement feeds) are followed with each
 * orders sync. Their failure does not fail the orders, which are in: they are followed again next run.
 */
async function followCancellations(ctx: SyncContext): Promise<void> {
  try {
    await checkCancellations(ctx.db, ctx.client, ctx.tenant);
  } catch (error) {
    console.warn(`[sync orders] following cancellations failed; next run tries again: ${error instanceof Error ? error.message : String(error)}`);
  }
}
