/**
 * A first orders sync reads the lookback's history newest first, so the orders a seller works on
 * today are in the dashboard within the first calls, not after a year of history at searchOrders'
 * pace (one call every three minutes after a burst of 20). The history is read in windows of
 * last-update time going back from the first run's start: the last day, the week before it, then
 * each window seven times as long as all read so far (days 0-1, 1-8, 8-64, 64-365). Each window
 * ends on a part-filled page, half a call lost on average: four windows cost about two calls
 * more than one long window, which matters at this pace, so the windows grow fast.
 *
 * The cursor is set to the first run's start at once, so the incremental window (sync-orders.ts)
 * reads everything changed since, at the end and, during a long history, once an hour of Amazon
 * time; an order updated while the history is read moves into that
 * window and is read there. Each page and the history's resume point (the window's end, the
 * page token) are written in one transaction: a crash resumes the window in progress, and a
 * token Amazon no longer accepts starts that same window again.
 */
import { orderDatasets, reshapeOrder, writeOrders } from '@/lib/orders';
import { SpApiError } from '@/lib/sp-api';
import { readCheckpoint, saveHistoryCheckpoint, type Checkpoint } from './checkpoints';
import type { SyncContext } from './context';
import type { ListingTally } from './page-loop';
import { writeSkippingBadRecords } from './record-writer';

const DAY = 86_400_000;
const GROWTH = 7;

/** The window before `before`: seven times what has been read (the first, a day), not past `from`. */
export function historyWindow(history: { start: Date; from: Date; before: Date }): { after: Date; before: Date } {
  const read = history.start.getTime() - history.before.getTime();
  const after = Math.max(history.from.getTime(), history.before.getTime() - Math.max(DAY, GROWTH * read));
  return { after: new Date(after), before: history.before };
}

const DONE = { historyStart: null, historyFrom: null, historyBefore: null, historyPageToken: null };

/** On a first run (no cursor, nothing under way): the history to read, and the cursor at the run's start. */
export async function startOrderHistory(ctx: SyncContext, checkpoint: Checkpoint): Promise<Checkpoint> {
  if (checkpoint.cursor || checkpoint.pendingCursor || checkpoint.pageToken || checkpoint.historyBefore) return checkpoint;
  // lastUpdatedBefore must be at least two minutes before the request (the model): the history ends
  // three minutes back, and the incremental window reads the rest.
  const now = ctx.now().getTime();
  const start = new Date(now - 3 * 60_000);
  const history = {
    historyStart: start,
    historyFrom: new Date(now - ctx.settings.initialLookbackDays * DAY),
    historyBefore: start,
    historyPageToken: null,
  };
  await saveHistoryCheckpoint(ctx.db, ctx.lease, { ...history, cursor: start });
  return { ...checkpoint, ...history, cursor: start };
}

/** Reads the history's windows, newest first, until the lookback's start. */
export async function readOrderHistory(ctx: SyncContext, tally: ListingTally, changes?: { every: number; readChanges: () => Promise<void> }): Promise<void> {
  let checkpoint = await readCheckpoint(ctx.db, ctx.lease);
  let changesReadAt = ctx.now().getTime();
  while (checkpoint.historyStart && checkpoint.historyFrom && checkpoint.historyBefore) {
    const state = { start: checkpoint.historyStart, from: checkpoint.historyFrom };
    const window = historyWindow({ ...state, before: checkpoint.historyBefore });
    let pageToken = checkpoint.historyPageToken;
    let restarted = false;
    for (;;) {
      let answer;
      try {
        answer = await ctx.client.orders20260101.searchOrders(
          pageToken
            ? { paginationToken: pageToken, maxResultsPerPage: ctx.settings.ordersPageSize, includedData: orderDatasets(ctx.buyerNames) }
            : {
                marketplaceIds: ctx.marketplaceIds,
                lastUpdatedAfter: window.after.toISOString(),
                lastUpdatedBefore: window.before.toISOString(),
                maxResultsPerPage: ctx.settings.ordersPageSize,
                includedData: orderDatasets(ctx.buyerNames),
              },
        );
      } catch (error) {
        // An expired token: the same window again, once (rows are keyed by their ids, replays are harmless).
        if (pageToken && !restarted && error instanceof SpApiError && error.kind === 'InvalidInput') {
          pageToken = null;
          restarted = true;
          continue;
        }
        throw error;
      }
      const records = answer.orders.map((order) => reshapeOrder(order, ctx.tenant, ctx.buyerNames));
      const nextToken = answer.pagination?.nextToken ?? null;
      const finished = !nextToken && window.after.getTime() <= state.from.getTime();
      const next = finished
        ? DONE
        : { historyStart: state.start, historyFrom: state.from, historyBefore: nextToken ? window.before : window.after, historyPageToken: nextToken };
      const refused = await ctx.db.transaction(async (tx) => {
        const refused = await writeSkippingBadRecords(tx, records, (r) => ({ what: 'order', id: r.order.amazonOrderId }), writeOrders);
        const synced = records.length - refused.length;
        await saveHistoryCheckpoint(tx, ctx.lease, next, { synced, progressDone: tally.listed + synced });
        return refused;
      });
      tally.skipped.push(...refused);
      tally.listed += records.length - refused.length;
      tally.pages = (tally.pages ?? 0) + 1;
      await ctx.hooks.afterPageCommitted?.(tally.pages);
      if (changes && !finished && ctx.now().getTime() - changesReadAt >= changes.every) {
        await changes.readChanges();
        changesReadAt = ctx.now().getTime();
      }
      if (!nextToken) break;
      pageToken = nextToken;
    }
    checkpoint = await readCheckpoint(ctx.db, ctx.lease);
  }
}
