/**
 * Runs one sync (account x kind) under a lease, so it never runs twice at once, even across
 * app instances: claim the lease or answer 'busy', renew it while working, record progress,
 * counts, the outcome and the next run (soon, with backoff, after a failure that passes:
 * failure-retry.ts). The scheduler, the pg-boss worker and "Sync now" all
 * come through here.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sellerAccountMarketplaces, sellerAccounts, type SyncKind } from '@/db/schema';
import { purgeExpiredBuyerData } from '@/lib/privacy/purge';
import type { SpApiClient } from '@/lib/sp-api/types';
import type { BuyerNameIndex } from '@/lib/orders';
import { UserFacingError } from '@/lib/user-facing-error';
import { claimLease, releaseLease, renewLease, type Lease, type RunEnd } from './checkpoints';
import { DEFAULT_SYNC_SETTINGS, type SyncContext, type SyncHooks, type SyncResult, type SyncSettings } from './context';
import { nextStepAfterFailure } from './failure-retry';
import { skippedRecordsWarning } from './record-writer';
import { syncFulfillmentOrders } from './sync-fulfillment-orders';
import { syncInboundShipments } from './sync-inbound-shipments';
import { syncInventory } from './sync-inventory';
import { syncOrders } from './sync-orders';
import type { SyncTarget } from './due';

export type ClientForAccount = (db: Db, workspaceId: string, accountId: string) => Promise<SpApiClient>;

export interface RunSyncOptions {
  /** The SP-API client for the account; lib/accounts/sp-api-for-account.ts by default. */
  clientFor?: ClientForAccount;
  now?: () => Date;
  settings?: Partial<SyncSettings>;
  hooks?: SyncHooks;
  leaseTtlMs?: number;
  /** Minutes until the next scheduled run; SYNC_INTERVAL_MINUTES by default. */
  intervalMinutes?: number;
  /** Identifies this runner in lease_owner (instance id + a random part). */
  owner?: string;
  /**
   * The buyer-name search's index for the orders sync. By default derived from the data key,
   * which the default client has just established to read the account's refresh token; with
   * an injected client (tests, benches) none unless given.
   */
  buyerNames?: BuyerNameIndex | null;
}

/**
 * `warning`: the run completed but skipped records the database refused (their ids, in plain words).
 * 'waiting': a passing failure (throttled, 5xx, timeout); the sync retries on its own in `retryInMs`.
 */
export type RunSyncOutcome =
  | { status: 'ok'; synced: number; warning?: string }
  | { status: 'busy' }
  | { status: 'waiting'; message: string; retryInMs: number }
  | { status: 'error'; message: string };

const SYNCS: Record<SyncKind, (ctx: SyncContext) => Promise<SyncResult>> = {
  orders: syncOrders,
  inventory: syncInventory,
  'fulfillment-orders': syncFulfillmentOrders,
  'inbound-shipments': syncInboundShipments,
};

/** Short, so the syncs of a killed process (kill -9, a scaled-in container) resume within a minute; renewed every third of it. */
const DEFAULT_LEASE_TTL_MS = 60_000;

async function defaultClientFor(db: Db, workspaceId: string, accountId: string): Promise<SpApiClient> {
  const { spApiForAccount } = await import('@/lib/accounts');
  return spApiForAccount(db, workspaceId, accountId);
}

async function defaultBuyerNames(db: Db, target: SyncTarget, options: RunSyncOptions): Promise<BuyerNameIndex | null> {
  if (options.buyerNames !== undefined) return options.buyerNames;
  if (options.clientFor || target.kind !== 'orders') return null;
  const { buyerNameIndexFor } = await import('@/lib/orders');
  return buyerNameIndexFor(db);
}

async function defaultIntervalMinutes(): Promise<number> {
  const { env } = await import('@/lib/env');
  return env().SYNC_INTERVAL_MINUTES;
}

async function marketplacesOf(db: Db, workspaceId: string, accountId: string): Promise<string[] | undefined> {
  const [account] = await db
    .select({ id: sellerAccounts.id })
    .from(sellerAccounts)
    .where(and(eq(sellerAccounts.id, accountId), eq(sellerAccounts.workspaceId, workspaceId), isNull(sellerAccounts.disconnectedAt)));
  if (!account) return undefined;
  const rows = await db
    .select({ marketplaceId: sellerAccountMarketplaces.marketplaceId })
    .from(sellerAccountMarketplaces)
    .where(and(eq(sellerAccountMarketplaces.accountId, accountId), eq(sellerAccountMarketplaces.participating, true)));
  return rows.map((r) => r.marketplaceId).sort();
}

/** Every lease this process takes starts with this: its pid and a boot id (pids are reused). */
export const LEASE_OWNER_PREFIX = `${process.pid}.${randomUUID().slice(0, 8)}:`;

export async function runSync(db: Db, target: SyncTarget, options: RunSyncOptions = {}): Promise<RunSyncOutcome> {
  const marketplaceIds = await marketplacesOf(db, target.workspaceId, target.accountId);
  if (!marketplaceIds) return { status: 'error', message: 'That Amazon account is not connected.' };

  const lease: Lease = { ...target, owner: options.owner ?? `${LEASE_OWNER_PREFIX}${randomUUID()}`, ttlMs: options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS };
  const claimed = await claimLease(db, lease);
  if (!claimed) return { status: 'busy' };

  const intervalMs = (options.intervalMinutes ?? (await defaultIntervalMinutes())) * 60_000;
  // Quota waits can be long (getOrderItems: 2 s each); keep the lease alive between pages.
  const renewal = setInterval(
    () => {
      renewLease(db, lease).catch((error: unknown) => console.error('[sync] lease renewal failed', error));
    },
    Math.max(1000, lease.ttlMs / 3),
  );
  renewal.unref();

  try {
    const client = await (options.clientFor ?? defaultClientFor)(db, target.workspaceId, target.accountId);
    const result = await SYNCS[target.kind]({
      db,
      client,
      lease,
      tenant: { workspaceId: target.workspaceId, accountId: target.accountId },
      marketplaceIds,
      now: options.now ?? (() => new Date()),
      settings: { ...DEFAULT_SYNC_SETTINGS, ...options.settings },
      hooks: options.hooks ?? {},
      buyerNames: await defaultBuyerNames(db, target, options),
    });
    if (target.kind === 'fulfillment-orders') {
      // Fresh fulfillment orders may have shipped: confirm them on the Amazon orders if the
      // workspace chose that. A failure here is logged, not the sync's failure.
      const { confirmShippedFbaOrders } = await import('@/lib/orders');
      await confirmShippedFbaOrders(db, target.workspaceId, target.accountId, { clientFor: async () => client }).catch((error: unknown) =>
        console.error('[sync] confirming FBA shipments failed', error instanceof Error ? error.message : error),
      );
    }
    if (target.kind === 'orders') {
      // With the orders' dates fresh, buyer data past its 30 days goes (lib/privacy/purge.ts); a failure is logged and tried next run.
      await purgeExpiredBuyerData(db, target.accountId, (options.now ?? (() => new Date()))()).catch((error: unknown) =>
        console.error('[sync] purging expired buyer data failed', error instanceof Error ? error.message : error),
      );
    }
    if (target.kind === 'inventory' || target.kind === 'orders') {
      // Fresh stock, or fresh order lines: held backorders the stock now covers go to FBA
      // (lib/orders/backorder/recheck.ts). Each hold records its own failure; none fails the sync.
      const { recheckHeldBackorders } = await import('@/lib/orders');
      await recheckHeldBackorders(db, target.workspaceId, target.accountId, {
        clientFor: async () => client,
        now: (options.now ?? (() => new Date()))(),
      }).catch((error: unknown) => console.error('[sync] re-checking held backorders failed', error instanceof Error ? error.message : error));
    }
    clearInterval(renewal);
    for (const skipped of result.skipped ?? [])
      console.error(`[sync ${target.kind} ${target.accountId}] skipped ${skipped.what} ${skipped.id}: ${skipped.reason}`);
    const warning = skippedRecordsWarning(result.skipped ?? []);
    await releaseLease(db, lease, { status: 'idle', warning }, intervalMs);
    return { status: 'ok', synced: result.synced, ...(warning ? { warning } : {}) };
  } catch (error) {
    clearInterval(renewal);
    const failuresInARow = claimed.transientFailures + 1;
    const next = nextStepAfterFailure(error, failuresInARow, intervalMs);
    if (!(error instanceof UserFacingError))
      console.error(`[sync ${target.kind} ${target.accountId}]`, error instanceof Error ? `${error.name}: ${error.message}` : error);
    const end: RunEnd = next.kind === 'waiting' ? { status: 'waiting', message: next.message, failuresInARow } : { status: 'error', message: next.message };
    await releaseLease(db, lease, end, next.retryInMs).catch((releaseError: unknown) => console.error('[sync] release failed', releaseError));
    return next.kind === 'waiting' ? { status: 'waiting', message: next.message, retryInMs: next.retryInMs } : { status: 'error', message: next.message };
  }
}
