/**
 * Orders sync, in two phases that run side by side:
 *
 * - Listing: every order updated since the cursor (minus an overlap) in all the account's
 *   marketplaces, one getOrders call for all of them, page by page (page-loop.ts: each page
 *   and its resume point in one transaction). getOrders sorts by purchase date, not by
 *   update, so the cursor moves only when the last page is in: until then the window's end
 *   waits in `pending_cursor`.
 * - Items: getOrderItems for each order whose items are missing or older than the order
 *   (`items_update_date`), newest first. getOrderItems allows one call every two seconds, so
 *   the orders show within seconds and their items follow. The backlog lives in the orders
 *   table itself, so a crash loses nothing: the next run reads what is still pending.
 */
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { orderItems, orders } from '@/db/schema';
import type { Db } from '@/db/client';
import type { Order, OrderItem } from '@/lib/sp-api/generated/orders-v0';
import { SpApiError } from '@/lib/sp-api';
import { reshapeOrder, reshapeOrderItem, upsertOrders } from '@/lib/orders';
import type { OrderItemRow } from '@/lib/orders/types';
import { confirmLease } from './checkpoints';
import { mapWithConcurrency, windowStart, type SyncContext, type SyncResult } from './context';
import { latest, listPages, type ListingTally } from './page-loop';
import { writeSkippingBadRecords, type SkippedRecord } from './record-writer';

/** Orders whose items are read and written together; small, so progress moves often. */
const ITEMS_BATCH = 10;

/** The listing's tally (orders listed; orders or their items the database refused), and the items phase's. */
interface Progress extends ListingTally {
  itemsRead: number;
  /** Orders whose items this run has read or still has to read. */
  itemsPending: number;
}

export async function syncOrders(ctx: SyncContext): Promise<SyncResult> {
  if (!ctx.marketplaceIds.length) return { synced: 0 };
  const progress: Progress = { listed: 0, itemsRead: 0, itemsPending: 0, skipped: [] };
  const signal = new ListingSignal();
  // Either phase failing stops the other before its next call or write; the run ends when both have.
  const results = await Promise.allSettled([
    listOrders(ctx, progress, signal).then(signal.finish, signal.fail),
    readPendingItems(ctx, progress, signal).catch(signal.fail),
  ]);
  const failure = results.find((r) => r.status === 'rejected');
  if (failure) throw failure.reason;
  return { synced: progress.listed, skipped: progress.skipped };
}

/** Lets the items phase wait for new pages and stop when the listing ends or fails. */
class ListingSignal {
  done = false;
  failed = false;
  /** Bumped at every committed page, so a waiter cannot miss one that landed while it looked. */
  pages = 0;
  private waiters: Array<() => void> = [];
  pageCommitted = () => {
    this.pages += 1;
    this.wake();
  };
  finish = () => {
    this.done = true;
    this.wake();
  };
  fail = (error: unknown): never => {
    this.failed = true;
    this.wake();
    throw error;
  };
  /** Resolves once something happened after `pagesSeen` pages. */
  next(pagesSeen: number): Promise<void> {
    if (this.done || this.failed || this.pages !== pagesSeen) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

function listOrders(ctx: SyncContext, progress: Progress, signal: ListingSignal) {
  return listPages(
    ctx,
    {
      ask: async ({ pageToken, checkpoint }) => {
        const response = pageToken
          ? await ctx.client.ordersV0.getOrders({ MarketplaceIds: ctx.marketplaceIds, NextToken: pageToken, MaxResultsPerPage: ctx.settings.ordersPageSize })
          : await ctx.client.ordersV0.getOrders({
              MarketplaceIds: ctx.marketplaceIds,
              LastUpdatedAfter: windowStart(ctx, checkpoint.cursor).toISOString(),
              MaxResultsPerPage: ctx.settings.ordersPageSize,
            });
        return response.payload;
      },
      read: (list, { pendingCursor, checkpoint }) => {
        const found: Order[] = list?.Orders ?? [];
        const seen = found.reduce<Date | null>((max, order) => latest(max, new Date(order.LastUpdateDate)), null);
        // The window's end as Amazon reports it; without it, the newest update seen.
        const windowEnd = list?.LastUpdatedBefore ? new Date(list.LastUpdatedBefore) : latest(pendingCursor, seen);
        return {
          records: found.map((order) => reshapeOrder(order, ctx.tenant)),
          nextToken: list?.NextToken ?? null,
          windowEnd,
          cursor: latest(checkpoint.cursor, windowEnd),
        };
      },
      describe: (r) => ({ what: 'order', id: r.amazonOrderId }),
      write: upsertOrders,
      stopped: () => signal.failed,
      otherProgress: () => progress.itemsRead,
      afterPage: signal.pageCommitted,
    },
    progress,
  );
}

async function readPendingItems(ctx: SyncContext, progress: Progress, signal: ListingSignal): Promise<void> {
  const pending = and(eq(orders.accountId, ctx.tenant.accountId), sql`${orders.itemsUpdateDate} is distinct from ${orders.lastUpdateDate}`);
  // Writes trail the fetches (the quota, not the database, should set the pace): orders
  // fetched but not yet committed are skipped when choosing the next batch, and so are orders
  // whose items the database refused this run (they stay pending for the next run).
  const inFlight = new Set<string>();
  const refused = new Set<string>();
  let writes: Promise<void> = Promise.resolve();
  let writeError: unknown;
  let countedAtPage = -1;

  for (;;) {
    if (writeError) throw writeError;
    if (signal.failed) return;
    const listingDone = signal.done;
    const pagesSeen = signal.pages;
    const candidates = await ctx.db
      .select({ amazonOrderId: orders.amazonOrderId, lastUpdateDate: orders.lastUpdateDate })
      .from(orders)
      .where(pending)
      .orderBy(desc(orders.purchaseDate))
      .limit(ITEMS_BATCH + inFlight.size + refused.size);
    const batch = candidates.filter((o) => !inFlight.has(o.amazonOrderId) && !refused.has(o.amazonOrderId)).slice(0, ITEMS_BATCH);
    if (!batch.length) {
      if (inFlight.size) {
        await writes;
        continue;
      }
      // Nothing pending: done if the listing was already over when we looked, else wait for a page.
      if (listingDone) break;
      await signal.next(pagesSeen);
      continue;
    }
    if (countedAtPage !== pagesSeen) {
      // The backlog grows only when a page lands: count it again then, for the progress bar.
      const [row] = await ctx.db.select({ n: count() }).from(orders).where(pending);
      progress.itemsPending = progress.itemsRead + (row?.n ?? 0);
      countedAtPage = pagesSeen;
    }

    for (const order of batch) inFlight.add(order.amazonOrderId);
    const items = await mapWithConcurrency(batch, ctx.settings.detailConcurrency, async (order) =>
      signal.failed ? [] : fetchOrderItems(ctx, order.amazonOrderId),
    );
    if (signal.failed) return;
    writes = writes
      .then(async () => {
        for (const skipped of await writeItems(ctx, progress, batch, items)) refused.add(skipped.id);
      })
      .catch((error: unknown) => {
        writeError ??= error;
      })
      .finally(() => {
        for (const order of batch) inFlight.delete(order.amazonOrderId);
      });
  }
  await writes;
  if (writeError) throw writeError;
}

interface OrderItemsRecord {
  order: { amazonOrderId: string; lastUpdateDate: Date };
  items: OrderItemRow[];
}

/**
 * One batch's items, replacing what was stored, and the orders marked read: one transaction of
 * a few set-wise statements (not three per order), since the item writes pace the whole sync.
 * Returns the orders whose items the database refused (they stay pending).
 */
async function writeItems(
  ctx: SyncContext,
  progress: Progress,
  batch: Array<{ amazonOrderId: string; lastUpdateDate: Date }>,
  items: OrderItem[][],
): Promise<SkippedRecord[]> {
  const records: OrderItemsRecord[] = batch.map((order, i) => ({
    order,
    items: (items[i] ?? []).map((item) => reshapeOrderItem(item, order.amazonOrderId, ctx.tenant)),
  }));
  const refused = await ctx.db.transaction(async (tx) => {
    const refused = await writeSkippingBadRecords(
      tx,
      records,
      (r) => ({ what: 'item list', id: r.order.amazonOrderId }),
      (db, some) => replaceItems(db, ctx.tenant.accountId, some),
    );
    await confirmLease(tx, ctx.lease, {
      synced: 0,
      progressDone: progress.listed + progress.itemsRead + batch.length,
      progressTotal: progress.listed + progress.itemsPending,
    });
    return refused;
  });
  progress.itemsRead += batch.length;
  progress.skipped.push(...refused);
  return refused;
}

async function replaceItems(db: Db, accountId: string, records: OrderItemsRecord[]): Promise<void> {
  // Replace, not merge: the orders' items are exactly what Amazon has now.
  await db.delete(orderItems).where(
    and(
      eq(orderItems.accountId, accountId),
      inArray(
        orderItems.amazonOrderId,
        records.map((r) => r.order.amazonOrderId),
      ),
    ),
  );
  const rows = records.flatMap((r) => r.items);
  if (rows.length) await db.insert(orderItems).values(rows);
  // Only the orders that did not change meanwhile are marked read; the others stay pending.
  const versions = sql.join(
    records.map(({ order }) => sql`(${order.amazonOrderId}, ${order.lastUpdateDate.toISOString()}::timestamptz)`),
    sql`, `,
  );
  await db.execute(
    sql`update ${orders} set ${sql.identifier(orders.itemsUpdateDate.name)} = v.last_update from (values ${versions}) as v(amazon_order_id, last_update)
        where ${orders.accountId} = ${accountId} and ${orders.amazonOrderId} = v.amazon_order_id and ${orders.lastUpdateDate} = v.last_update`,
  );
}

async function fetchOrderItems(ctx: SyncContext, amazonOrderId: string): Promise<OrderItem[]> {
  const items: OrderItem[] = [];
  let nextToken: string | undefined;
  try {
    do {
      const response = await ctx.client.ordersV0.getOrderItems({ orderId: amazonOrderId, ...(nextToken ? { NextToken: nextToken } : {}) });
      items.push(...(response.payload?.OrderItems ?? []));
      nextToken = response.payload?.NextToken;
    } while (nextToken);
  } catch (error) {
    // An order Amazon no longer knows has no items to show; anything else fails the run.
    if (error instanceof SpApiError && error.kind === 'NotFound') return [];
    throw error;
  }
  return items;
}
