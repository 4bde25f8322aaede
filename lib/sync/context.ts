/** What every per-kind sync receives from the runner. */
import type { Db } from '@/db/client';
import type { SpApiClient } from '@/lib/sp-api/types';
import type { Lease } from './checkpoints';
import type { SkippedRecord } from './record-writer';
import type { Tenant } from '@/lib/tenancy';
import type { BuyerNameIndex } from '@/lib/orders';

export interface SyncSettings {
  /** How far back the first run looks (days): a year of orders, read newest first. */
  initialLookbackDays: number;
  /** Re-read this much before the cursor, for Amazon's eventual consistency and clock skew. */
  overlapMs: number;
  /**
   * Detail calls (a fulfillment order's detail, a shipment's items) in flight at once. One: the quota, not latency, sets the pace,
   * and two callers of one bucket can reach Amazon out of their reservation order and draw a 429.
   */
  detailConcurrency: number;
  /** searchOrders maxResultsPerPage (1-100); smaller in tests to get several pages. */
  ordersPageSize: number;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  initialLookbackDays: 365,
  overlapMs: 5 * 60_000,
  detailConcurrency: 1,
  ordersPageSize: 100,
};

export interface SyncHooks {
  /** Runs after each page is committed; tests throw here to simulate a crash after page k. */
  afterPageCommitted?: (page: number) => void | Promise<void>;
}

export interface SyncContext {
  db: Db;
  client: SpApiClient;
  lease: Lease;
  tenant: Tenant;
  marketplaceIds: string[];
  /** Amazon's "now" as far as we know it (the simulator's clock in tests). */
  now: () => Date;
  settings: SyncSettings;
  hooks: SyncHooks;
  /**
   * The buyer-name search's index (lib/orders/buyer-name-index.ts): with it the orders sync asks
   * for the BUYER dataset and stores the name's keyed hashes, never the name. Absent: neither.
   */
  buyerNames?: BuyerNameIndex | null;
}

export interface SyncResult {
  /** Rows written (orders, SKUs, fulfillment orders, shipments). */
  synced: number;
  /** Records the database refused and the run skipped (see record-writer.ts). */
  skipped?: SkippedRecord[];
}

/** The window start for an incremental query. */
export function windowStart(ctx: SyncContext, cursor: Date | null): Date {
  if (cursor) return new Date(cursor.getTime() - ctx.settings.overlapMs);
  return new Date(ctx.now().getTime() - ctx.settings.initialLookbackDays * 86_400_000);
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping the order of results. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    // After one failure the others stop taking work, so a failed page makes no further calls.
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
