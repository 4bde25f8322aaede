/**
 * `npm run bench:pages`: the orders page's server time at 100,000 orders, over HTTP.
 * Seeds BENCH_PAGE_ORDERS orders (default 100,000) with their items into a throw-away PGlite
 * database in a temporary folder, or into new workspaces of the PostgreSQL database at
 * DATABASE_URL (removed afterwards), starts the production server (`next start`, building
 * `.next` first when it is stale, background sync off), signs in as the workspace's owner and
 * requests /orders for the default view and several filters, searches, sorts and deep pages.
 * Each request is timed from sending it until the whole HTML has been read, so the session
 * check, the queries, rendering and serialisation all count. Prints p50 and p95 per view and
 * overall, and ends with `pages: p95_ms=<n> orders=<n>`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openDatabase, type DbConfig } from '@/db/client';
import { parseEnv } from '@/lib/env';
import { asinOf, skuOf } from '@/test/support/seed-orders';
import { startNextServer, type RunningNextServer } from './bench/next-server';
import { removeBenchWorkspaces, seedBenchWorkspace, type BenchWorkspace } from './bench/seed-bench-workspace';
import { signIn, type SignedInClient } from './bench/signed-in-client';
import { buildIfStale } from './production-build.mjs';

const ORDERS = Number(process.env.BENCH_PAGE_ORDERS ?? 100_000);
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 15);
/** Passes over every view before timing: a running server has compiled and cached its paths. */
const WARMUP_PASSES = Number(process.env.BENCH_PAGE_WARMUP ?? 2);
const databaseUrl = process.env.DATABASE_URL || undefined;
// The server refuses PostgreSQL without ENCRYPTION_KEY and AUTH_SECRET: say so before seeding.
if (databaseUrl) parseEnv(process.env);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The server's DATA_DIR: its generated secrets and, on the embedded default, the database.
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-pages-'));
const dbConfig: DbConfig = databaseUrl ? { databaseUrl } : { pgliteDir: path.join(dataDir, 'pglite') };
const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // The server is killed by its own exit hook (next-server.ts).
  process.once(signal, () => {
    removeDataDir();
    process.exit(130);
  });
}

/** The shown rows' table; without it the bench would be timing a sign-in page or an error. */
const ORDERS_TABLE = '<caption class="sr-only">Orders</caption>';

function viewsOf(seeded: BenchWorkspace): Array<[string, Record<string, string>]> {
  const day = (daysAgo: number) => new Date(seeded.seededAt.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  // Every view but the first two shows every status, as the list did before it opened on the work queue.
  const all = { status: 'all' };
  return [
    ['default (to ship)', {}],
    ['to ship, page 20', { page: '20' }],
    ['every status', all],
    ['status UNSHIPPED', { status: 'UNSHIPPED' }],
    ['MERCHANT UNSHIPPED', { status: 'UNSHIPPED', channel: 'MERCHANT' }],
    ['channel MERCHANT', { ...all, channel: 'MERCHANT' }],
    ['marketplace CA', { ...all, marketplace: 'A2EUQ1WTGCTBG2' }],
    ['one account', { ...all, account: seeded.secondAccountId }],
    ['purchased last 7 days', { ...all, purchasedFrom: day(7), purchasedTo: day(0) }],
    ['updated last 2 days', { ...all, updatedFrom: day(2) }],
    ['search order id prefix', { ...all, q: '111-0012' }],
    ['search full order id', { ...all, q: '702-0000042' }],
    ['search SKU', { ...all, q: skuOf(123) }],
    ['search SKU lower case', { ...all, q: skuOf(123).toLowerCase() }],
    ['search title words', { ...all, q: 'product 123' }],
    ['search tracking number', { ...all, q: seeded.trackingNumber.toLowerCase() }],
    ['search ASIN', { ...all, q: asinOf(321) }],
    // A word in every item title (like a brand name): too many to count, listed by walking the list.
    ['search a word in every title', { ...all, q: 'PRODUCT' }],
    ['sort total desc', { ...all, sort: 'orderTotal' }],
    ['sort last update asc', { ...all, sort: 'lastUpdateDate', dir: 'asc' }],
    ['sort status', { ...all, sort: 'status' }],
    ['page 40', { ...all, page: '40' }],
    ['100 per page, page 200', { ...all, pageSize: '100', page: '200' }],
  ];
}

/** Requests one view and checks it is the orders page with rows; returns the time, the match count and the page's size. */
async function requestOrdersPage(client: SignedInClient, name: string, query: Record<string, string>) {
  const search = new URLSearchParams(query).toString();
  const page = await client.get(`/orders${search ? `?${search}` : ''}`);
  if (page.status !== 200) throw new Error(`${name}: HTTP ${page.status} instead of the orders page`);
  if (!page.html.includes(ORDERS_TABLE)) {
    const why = page.html.includes('No orders match') ? 'no orders match (too few seeded orders?)' : `no orders table:\n${page.html.slice(0, 500)}`;
    throw new Error(`${name}: ${why}`);
  }
  // React separates adjacent text with <!-- -->: "12,345<!-- --> <!-- -->orders<!-- --> match."
  const total = /([\d,]+)\s*orders? match/.exec(page.html.replaceAll('<!-- -->', ''))?.[1]?.replaceAll(',', '');
  if (process.env.BENCH_PAGE_DUMP && name === 'default (to ship)') writeFileSync(process.env.BENCH_PAGE_DUMP, page.html);
  return { ms: page.ms, total: Number(total ?? NaN), kb: Buffer.byteLength(page.html) / 1024 };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

let server: RunningNextServer | undefined;
let seeded: BenchWorkspace | undefined;
try {
  // Built before seeding, so a failed build costs no seeding time.
  if (!buildIfStale(root, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' })) throw new Error('next build failed');

  const seedStarted = performance.now();
  // PGlite allows one process per data folder: the seed's connection closes before the server opens it.
  const handle = await openDatabase(dbConfig);
  console.log(`bench:pages on ${handle.kind}${databaseUrl ? '' : ` (${dataDir})`}, over HTTP against next start`);
  try {
    seeded = await seedBenchWorkspace(handle.db, ORDERS);
  } finally {
    await handle.close();
  }
  console.log(`seeded ${ORDERS} orders with items in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  server = await startNextServer(root, {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? '',
    BACKGROUND_SYNC: 'off',
  });
  const client = await signIn(server.baseUrl, seeded.owner);
  const views = viewsOf(seeded);

  for (let pass = 0; pass < WARMUP_PASSES; pass++) for (const [name, query] of views) await requestOrdersPage(client, name, query);
  const all: number[] = [];
  for (const [name, query] of views) {
    const times: number[] = [];
    let total = NaN;
    let kb = NaN;
    for (let i = 0; i < RUNS; i++) {
      const result = await requestOrdersPage(client, name, query);
      times.push(result.ms);
      ({ total, kb } = result);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(
      `${name.padEnd(28)} total=${String(total).padStart(6)}  p50=${percentile(times, 50).toFixed(1)} ms  p95=${percentile(times, 95).toFixed(1)} ms  html=${Math.round(kb)} kB`,
    );
  }
  all.sort((a, b) => a - b);
  console.log(`all views: p50=${percentile(all, 50).toFixed(1)} ms p95=${percentile(all, 95).toFixed(1)} ms (${all.length} requests)`);
  console.log(`pages: p95_ms=${Math.round(percentile(all, 95))} orders=${ORDERS}`);
} catch (error) {
  if (server) console.error(`[next start, last lines]\n${server.recentOutput()}`);
  throw error;
} finally {
  await server?.stop();
  if (databaseUrl && seeded) {
    const handle = await openDatabase(dbConfig);
    await removeBenchWorkspaces(handle.db, seeded.workspaceIds).finally(() => handle.close());
  }
  removeDataDir();
}
