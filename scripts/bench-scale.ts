/**
 * `npm run bench:scale`: several app instances and sync workers on one PostgreSQL database,
 * against Amazon's usage plans, with a worker killed (SIGKILL) halfway.
 *
 * Starts the SP-API simulator in this process (real-time clock, quotas enforced), creates a
 * fresh database on the PostgreSQL server at BENCH_SCALE_DATABASE_URL (or DATABASE_URL), starts
 * BENCH_SCALE_APPS app instances (`scripts/serve.mjs`, background sync on) and
 * BENCH_SCALE_WORKERS `npm run worker` processes on it, connects BENCH_SCALE_SELLERS seller
 * accounts in one workspace (the two demo sellers, the rest authorized through the
 * simulator's consent page as new sellers) and queues a full sync of every account and kind,
 * as connecting an account does. When half of the syncs have finished it SIGKILLs the first
 * worker (its whole process group) and waits until every sync has finished. Amazon keeps moving
 * meanwhile (new orders reserve stock), so it then runs one more incremental sync of every pair,
 * as the schedule would, stops the simulator's clock and compares the database with the
 * simulator's own state (test/simulator-truth.ts).
 *
 * Prints `scale: ratio=<r> 429s=<n> lost=<n> duplicated=<n> processes=<n>` where
 * - ratio: records stored per wall-clock second, across all processes, from the first queued
 *   sync to the last finished one of the first pass (orders, order items, stock rows,
 *   fulfillment orders, shipments and their items; kill and recovery included);
 * - 429s: responses the simulator answered with 429, in both passes (the quota buckets are
 *   shared through the database, so no process may overdraw another's);
 * - lost / duplicated: records of the simulator missing or stale in the database, and rows
 *   the simulator has no record of or stored twice;
 * - processes: app instances plus workers.
 * Exits 1 unless 429s, lost and duplicated are all 0 and every sync finished.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, gt, isNotNull, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase } from '@/db/client';
import { SYNC_KINDS, syncCheckpoints, workspaces } from '@/db/schema';
import { connectSellerAccount, saveMarketplaces } from '@/lib/accounts/service';
import { secretBox } from '@/lib/accounts/secret-box';
import { DEFAULT_SYNC_SETTINGS } from '@/lib/sync/context';
import { markDueNow } from '@/lib/sync/due';
import { startSyncQueue } from '@/lib/sync/queue';
import { EU_MARKETPLACES, NA_MARKETPLACES } from '@/test/support/demo-account';
import { DEMO_APPLICATION_ID, DEMO_LWA_CLIENT_ID, DEMO_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';
import { DEMO_SELLERS } from '@/simulator/core/contract';
import { startSimulator } from '@/simulator/core/server';
import { orderBook } from '@/simulator/state/orders';
import { compareRecords, RECORD_KINDS, simulatorRecords, storedRecords, type RecordKind } from '@/test/support/simulator-truth';
import { buildIfStale } from './production-build.mjs';

const SELLERS = Number(process.env.BENCH_SCALE_SELLERS ?? 20);
const APPS = Number(process.env.BENCH_SCALE_APPS ?? 2);
const WORKERS = Number(process.env.BENCH_SCALE_WORKERS ?? 3);
/** Orders of the two demo sellers together over 90 days; each new seller has 150. */
const DEMO_ORDERS = Number(process.env.BENCH_SCALE_DEMO_ORDERS ?? 300);
const TIMEOUT_S = Number(process.env.BENCH_SCALE_TIMEOUT_S ?? 900);
const serverUrl = process.env.BENCH_SCALE_DATABASE_URL || process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('bench:scale needs a PostgreSQL server: set BENCH_SCALE_DATABASE_URL (or DATABASE_URL), e.g. $(bash scripts/local-postgres.sh).');
  process.exit(1);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A child in its own process group (npm and tsx start children of their own), with its last output kept. */
interface Proc {
  name: string;
  child: ChildProcess;
  output: string[];
}
const procs: Proc[] = [];
function startProc(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const proc: Proc = { name, child, output: [] };
  const keep = (chunk: Buffer) => {
    proc.output.push(...chunk.toString().split('\n').filter(Boolean));
    proc.output.splice(0, Math.max(0, proc.output.length - 60));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  procs.push(proc);
  return proc;
}
const killGroup = (proc: Proc, signal: NodeJS.Signals) => {
  try {
    process.kill(-proc.child.pid!, signal);
  } catch {
    // Already gone.
  }
};
process.on('exit', () => procs.forEach((p) => killGroup(p, 'SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

/** The pids of a process group, to tell which leases died with it. */
const groupPids = (proc: Proc): string[] =>
  execFileSync('ps', ['-o', 'pid=', '-g', String(proc.child.pid)], { encoding: 'utf8' })
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

// ---- The simulator, counting the 429s it serves.
const sim = await startSimulator({ port: 0, seed: 17, orders: DEMO_ORDERS, clockScale: 1, enforceQuotas: true });
let served429 = 0;
// Every 429 of a usage plan comes from an empty bucket (no faults are injected here).
const takeToken = sim.runtime.quotas.take.bind(sim.runtime.quotas);
sim.runtime.quotas.take = (...args) => {
  const granted = takeToken(...args);
  if (!granted) served429 += 1;
  return granted;
};

/** Authorizes one more seller on the simulator's consent page; returns its id and refresh token. */
async function authorizeNewSeller(): Promise<{ sellerId: string; refreshToken: string }> {
  const consent = await fetch(`${sim.url}/apps/authorize/consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ application_id: DEMO_APPLICATION_ID, state: 'bench', redirect_uri: 'http://127.0.0.1/callback', selling_partner_id: 'new' }),
    redirect: 'manual',
  });
  const target = new URL(consent.headers.get('location') ?? '');
  const token = await fetch(`${sim.url}/auth/o2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: target.searchParams.get('spapi_oauth_code') ?? '',
      client_id: DEMO_LWA_CLIENT_ID,
      client_secret: DEMO_LWA_CLIENT_SECRET,
    }),
  });
  const { refresh_token } = (await token.json()) as { refresh_token: string };
  return { sellerId: target.searchParams.get('selling_partner_id') ?? '', refreshToken: refresh_token };
}

// ---- A fresh database on the server.
const databaseName = `bench_scale_${Date.now().toString(36)}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${databaseName}`);
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${databaseName}`;
const DATABASE_URL = dbUrl.toString();
const appEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL,
  ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  AUTH_SECRET: randomBytes(32).toString('base64url'),
  BACKGROUND_SYNC: 'on',
  HOST: '127.0.0.1',
  SPAPI_ENDPOINT: `${sim.url}/{region}`,
  LWA_ENDPOINT: `${sim.url}/auth/o2/token`,
  LWA_CLIENT_ID: DEMO_LWA_CLIENT_ID,
  LWA_CLIENT_SECRET: DEMO_LWA_CLIENT_SECRET,
  SPAPI_APPLICATION_ID: DEMO_APPLICATION_ID,
};
process.env.ENCRYPTION_KEY = appEnv.ENCRYPTION_KEY;
process.env.AUTH_SECRET = appEnv.AUTH_SECRET;
process.env.DATABASE_URL = DATABASE_URL;

let exitCode = 1;
try {
  if (!buildIfStale(root, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' })) throw new Error('next build failed');
  // Migrates the new database before any process starts.
  const handle = await openDatabase({ databaseUrl: DATABASE_URL });
  const { db } = handle;

  // ---- The workspace and its sellers.
  const [workspace] = await db.insert(workspaces).values({ name: 'Bench scale' }).returning({ id: workspaces.id });
  const workspaceId = workspace!.id;
  const box = await secretBox(db);
  const sellers: Array<{ sellerId: string; region: 'na' | 'eu'; refreshToken: string }> = [
    { sellerId: DEMO_SELLERS.na.sellerId, region: 'na', refreshToken: DEMO_REFRESH_TOKENS.na },
    { sellerId: DEMO_SELLERS.eu.sellerId, region: 'eu', refreshToken: DEMO_REFRESH_TOKENS.eu },
  ].slice(0, SELLERS) as Array<{ sellerId: string; region: 'na' | 'eu'; refreshToken: string }>;
  while (sellers.length < SELLERS) sellers.push({ ...(await authorizeNewSeller()), region: 'na' });
  const accounts: Array<{ accountId: string; sellerId: string; marketplaceIds: string[] }> = [];
  for (const seller of sellers) {
    const accountId = await connectSellerAccount(db, box, {
      workspaceId,
      userId: null,
      sellingPartnerId: seller.sellerId,
      region: seller.region,
      name: seller.sellerId,
      refreshToken: seller.refreshToken,
    });
    const marketplaces = seller.region === 'na' ? NA_MARKETPLACES : EU_MARKETPLACES;
    await saveMarketplaces(
      db,
      accountId,
      marketplaces.map((m) => ({ ...m, participating: true })),
    );
    accounts.push({ accountId, sellerId: seller.sellerId, marketplaceIds: marketplaces.map((m) => m.marketplaceId) });
  }
  log(`${accounts.length} sellers connected in one workspace; database ${databaseName}`);

  // ---- The processes.
  const apps: Proc[] = [];
  for (let i = 0; i < APPS; i++) {
    const port = await freePort();
    apps.push(
      startProc(`app ${i + 1}`, process.execPath, ['scripts/serve.mjs'], {
        ...appEnv,
        PORT: String(port),
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        DATA_DIR: path.join(root, '.data', `bench-scale-app-${i + 1}`),
      }),
    );
    (apps[i] as Proc & { port?: number }).port = port;
  }
  const workers: Proc[] = [];
  for (let i = 0; i < WORKERS; i++) workers.push(startProc(`worker ${i + 1}`, 'npm', ['run', '--silent', 'worker'], appEnv));
  const deadline = Date.now() + 120_000;
  for (const app of apps) {
    const port = (app as Proc & { port?: number }).port;
    for (;;) {
      if (app.child.exitCode !== null) throw new Error(`${app.name} exited:\n${app.output.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`${app.name} did not answer:\n${app.output.join('\n')}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/auth/providers`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  log(`${APPS} app instances answer; ${WORKERS} workers started`);

  // ---- A full sync of every account and kind, queued as connecting an account queues it.
  const queue = await startSyncQueue(DATABASE_URL, db, { workers: 0 });
  const startedAt = Date.now();
  for (const account of accounts) for (const kind of SYNC_KINDS) await queue.enqueue({ workspaceId, accountId: account.accountId, kind });
  const pairs = accounts.length * SYNC_KINDS.length;
  /** Pairs whose last success came after `since`. */
  const finished = async (since = new Date(0)) => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(syncCheckpoints)
      .where(and(eq(syncCheckpoints.workspaceId, workspaceId), eq(syncCheckpoints.marketplaceId, ''), gt(syncCheckpoints.lastSuccessAt, since)));
    return Number(row?.n ?? 0);
  };
  let killed = false;
  let lastReport = 0;
  for (;;) {
    const done = await finished();
    if (done >= pairs) break;
    if (Date.now() - startedAt > TIMEOUT_S * 1000) throw new Error(`only ${done} of ${pairs} syncs finished within ${TIMEOUT_S} s`);
    for (const proc of [...apps, ...workers])
      if (proc.child.exitCode !== null && !(killed && proc === workers[0])) throw new Error(`${proc.name} exited:\n${proc.output.join('\n')}`);
    if (!killed && done >= pairs / 2 && workers[0]) {
      const pids = groupPids(workers[0]);
      const leases = await db
        .select({ owner: syncCheckpoints.leaseOwner, kind: syncCheckpoints.kind })
        .from(syncCheckpoints)
        .where(and(eq(syncCheckpoints.workspaceId, workspaceId), isNotNull(syncCheckpoints.leaseOwner)));
      const held = leases.filter((l) => pids.some((pid) => l.owner!.startsWith(`${pid}.`)));
      killGroup(workers[0], 'SIGKILL');
      killed = true;
      log(`${done}/${pairs} syncs done: SIGKILL to worker 1, which held ${held.length} sync lease(s) (${held.map((l) => l.kind).join(', ') || 'none'})`);
    }
    if (Date.now() - lastReport > 15_000) {
      lastReport = Date.now();
      log(`${done}/${pairs} syncs done, ${served429} 429s so far`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  const seconds = (Date.now() - startedAt) / 1000;
  log(`all ${pairs} syncs done in ${seconds.toFixed(0)} s`);

  // ---- Amazon kept moving meanwhile (new orders reserve stock): one more incremental sync of
  // every pair, as the schedule would run it, so the comparison sees one moment.
  const secondPass = new Date();
  for (const account of accounts) {
    for (const kind of SYNC_KINDS) {
      const target = { workspaceId, accountId: account.accountId, kind };
      await markDueNow(db, target);
      await queue.enqueue(target);
    }
  }
  while ((await finished(secondPass)) < pairs) {
    if (Date.now() - startedAt > TIMEOUT_S * 1000) throw new Error(`the second pass did not finish within ${TIMEOUT_S} s in all`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  await queue.stop();
  log(`second pass done in ${((Date.now() - secondPass.getTime()) / 1000).toFixed(0)} s`);

  // ---- The database against the simulator. A first sync reads the orders updated within
  // its lookback (30 days); older ones are not due, and storing one anyway is no duplicate.
  sim.runtime.clock.setScale(0);
  const totals = Object.fromEntries(RECORD_KINDS.map((k) => [k, { expected: 0, stored: 0, lost: 0, duplicated: 0 }])) as Record<
    RecordKind,
    { expected: number; stored: number; lost: number; duplicated: number }
  >;
  const examples: string[] = [];
  const windowStart = sim.runtime.clock.nowMs() - DEFAULT_SYNC_SETTINGS.initialLookbackDays * 86_400_000;
  for (const account of accounts) {
    const expected = simulatorRecords(sim, account);
    const old = new Set<string>();
    for (let i = 0; i < orderBook.countAt(account.sellerId, sim.runtime.clock.nowMs()); i++) {
      const order = orderBook.at(account.sellerId, i, sim.runtime.clock.nowMs());
      if (order && order.lastUpdateDate.getTime() < windowStart) old.add(order.amazonOrderId);
    }
    const isOld = (key: string) => old.has(key.split('/')[0]!);
    for (const kind of ['orders', 'order items'] as const) for (const key of [...expected[kind].keys()]) if (isOld(key)) expected[kind].delete(key);
    const stored = await storedRecords(db, account.accountId);
    stored.orders = stored.orders.filter(([key]) => !isOld(key));
    stored['order items'] = stored['order items'].filter(([key]) => !isOld(key));
    for (const kind of RECORD_KINDS) {
      const c = compareRecords(expected[kind], stored[kind]);
      totals[kind].expected += c.expected;
      totals[kind].stored += c.stored;
      totals[kind].lost += c.lost.length;
      totals[kind].duplicated += c.duplicated.length;
      examples.push(...[...c.lost, ...c.duplicated].slice(0, 2).map((e) => `${account.sellerId} ${kind} ${e}`));
    }
  }
  await handle.close();
  const records = RECORD_KINDS.reduce((n, k) => n + totals[k].stored, 0);
  const lost = RECORD_KINDS.reduce((n, k) => n + totals[k].lost, 0);
  const duplicated = RECORD_KINDS.reduce((n, k) => n + totals[k].duplicated, 0);
  for (const kind of RECORD_KINDS)
    console.log(
      `${kind.padEnd(24)} expected=${totals[kind].expected} stored=${totals[kind].stored} lost=${totals[kind].lost} duplicated=${totals[kind].duplicated}`,
    );
  for (const example of examples.slice(0, 10)) console.log(`  ${example}`);
  console.log(`${records} records in ${seconds.toFixed(1)} s across ${APPS} app instances and ${WORKERS} workers (one killed halfway)`);
  console.log(`scale: ratio=${(records / seconds).toFixed(1)} 429s=${served429} lost=${lost} duplicated=${duplicated} processes=${APPS + WORKERS}`);
  exitCode = served429 === 0 && lost === 0 && duplicated === 0 ? 0 : 1;
} catch (error) {
  for (const proc of procs) console.error(`[${proc.name}, last lines]\n${proc.output.slice(-15).join('\n')}`);
  console.error(error);
} finally {
  for (const proc of procs) killGroup(proc, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 2000));
  for (const proc of procs) killGroup(proc, 'SIGKILL');
  await sim.close();
  await admin.unsafe(`drop database if exists ${databaseName} with (force)`).catch(() => {});
  await admin.end();
}
process.exit(exitCode);
