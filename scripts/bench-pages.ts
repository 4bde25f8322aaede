/**
 * `npm run bench:pages`: the orders page's server time at 100,000 orders. Seeds a workspace
 * (PGlite in a temporary folder, or the PostgreSQL database at DATABASE_URL) with
 * BENCH_PAGE_ORDERS orders (default 100,000) and their items, then loads the orders page as a
 * signed-in owner would, running what the dashboard layout and the page run on each request
 * (user, accounts, low-stock badge, list with status counts, last-synced line) for the
 * default view and several filters, searches, sorts and deep pages. Prints p50 and p95 per
 * view and overall, and ends with `pages: p95_ms=<n> orders=<n>`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { openDatabase, type Db } from '@/db/client';
import { users } from '@/db/schema';
import { listSellerAccounts } from '@/lib/accounts/service';
import { countLowStock } from '@/lib/inventory/queries';
import { lastSyncedFor } from '@/lib/orders/last-synced';
import { applyAccountView, parseOrderFilters, type RawSearchParams } from '@/lib/orders/list-filters';
import { loadOrderList } from '@/lib/orders/queries';
import { addAccount, asinOf, bulkSeedOrders, seedInventory, seedWorkspaceWithAccount, skuOf } from '@/test/seed-orders';

const ORDERS = Number(process.env.BENCH_PAGE_ORDERS ?? 100_000);
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 15);
const databaseUrl = process.env.DATABASE_URL;

const folder = databaseUrl ? null : mkdtempSync(path.join(tmpdir(), 'bench-pages-'));
const handle = await openDatabase(databaseUrl ? { databaseUrl } : { pgliteDir: path.join(folder!, 'pglite') });
const db: Db = handle.db;
console.log(`bench:pages on ${handle.kind}${folder ? ` (${folder})` : ''}`);

try {
  // Two accounts in the workspace (so account filters matter) and a neighbour workspace
  // whose orders must stay out of every view.
  const seededAt = performance.now();
  const main = await seedWorkspaceWithAccount(db, 'Bench workspace', `ABENCH${Date.now().toString(36).toUpperCase()}`);
  const second = await addAccount(db, main.workspaceId, `ABENCH2${Date.now().toString(36).toUpperCase()}`, 'Second seller');
  const [owner] = await db
    .insert(users)
    .values({ workspaceId: main.workspaceId, email: `bench-${Date.now()}@example.com`, name: 'Bench owner', role: 'owner', passwordHash: 'x' })
    .returning({ id: users.id });
  const now = new Date();
  const firstShare = Math.round(ORDERS * 0.7);
  await bulkSeedOrders(db, main, { count: firstShare, seed: 11, idPrefix: '111', now });
  await bulkSeedOrders(db, { workspaceId: main.workspaceId, accountId: second }, { count: ORDERS - firstShare, seed: 12, idPrefix: '702', now });
  await seedInventory(db, main, 500);
  const neighbour = await seedWorkspaceWithAccount(db, 'Neighbour', `ANEIGH${Date.now().toString(36).toUpperCase()}`);
  await bulkSeedOrders(db, neighbour, { count: 2_000, seed: 13, idPrefix: '999', now });
  await db.execute(sql`vacuum analyze`);
  console.log(`seeded ${ORDERS} orders with items in ${((performance.now() - seededAt) / 1000).toFixed(1)} s`);

  const [{ id: userId }] = [owner!];
  const week = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString().slice(0, 10);
  const views: Array<[string, RawSearchParams]> = [
    ['default', {}],
    ['status Unshipped', { status: 'Unshipped' }],
    ['MFN Unshipped', { status: 'Unshipped', channel: 'MFN' }],
    ['channel MFN', { channel: 'MFN' }],
    ['marketplace CA', { marketplace: 'A2EUQ1WTGCTBG2' }],
    ['one account', { account: second }],
    ['purchased last 7 days', { purchasedFrom: week(7), purchasedTo: week(0) }],
    ['updated last 2 days', { updatedFrom: week(2) }],
    ['search order id prefix', { q: '111-0012' }],
    ['search full order id', { q: '702-0000042' }],
    ['search SKU', { q: skuOf(123) }],
    ['search ASIN', { q: asinOf(321) }],
    ['sort total desc', { sort: 'orderTotal' }],
    ['sort last update asc', { sort: 'lastUpdateDate', dir: 'asc' }],
    ['sort status', { sort: 'status' }],
    ['page 40', { page: '40' }],
    ['100 per page, page 200', { pageSize: '100', page: '200' }],
  ];

  /** What one request of /orders runs: the layout's queries, then the page's. */
  async function loadOrdersPage(raw: RawSearchParams): Promise<number> {
    const [user] = await db
      .select({ id: users.id, workspaceId: users.workspaceId })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.disabledAt)));
    const accounts = await listSellerAccounts(db, user!.workspaceId);
    const accountIds = accounts.map((a) => a.id);
    const view = { accountId: null, marketplaceId: null };
    await countLowStock(db, { workspaceId: user!.workspaceId, accountIds, ...view });
    const { filters } = applyAccountView(parseOrderFilters(raw), view, accountIds);
    const [list] = await Promise.all([
      loadOrderList(db, { workspaceId: user!.workspaceId, accountIds }, filters),
      lastSyncedFor(db, user!.workspaceId, accountIds, 'orders'),
    ]);
    return list.total;
  }

  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  // A running server is warm: one pass over every view first (compiled code paths, plans, cache).
  for (const [, raw] of views) await loadOrdersPage(raw);
  const all: number[] = [];
  for (const [name, raw] of views) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      total = await loadOrdersPage(raw);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(`${name.padEnd(26)} total=${String(total).padStart(6)}  p50=${percentile(times, 50).toFixed(1)} ms  p95=${percentile(times, 95).toFixed(1)} ms`);
  }
  all.sort((a, b) => a - b);
  console.log(`all views: p50=${percentile(all, 50).toFixed(1)} ms p95=${percentile(all, 95).toFixed(1)} ms (${all.length} requests)`);
  console.log(`pages: p95_ms=${Math.round(percentile(all, 95))} orders=${ORDERS}`);
} finally {
  await handle.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
}
