/**
 * Proven under faults: syncs and writes against a simulator that fails on purpose, and
 * processes killed with SIGKILL, end with nothing lost and nothing written twice, counted
 * against the simulator's own state (test/support/simulator-truth.ts), on PGlite and on PostgreSQL
 * (when TEST_DATABASE_URL is set).
 *
 * - A run is one sync of every kind (orders with their items, FBA inventory, Multi-Channel
 *   Fulfillment orders with their detail, inbound shipments with their items) of a new account
 *   of the NA demo seller, to completion. The kinds run side by side, as the scheduler runs
 *   them, and a kind whose run fails runs again, as the scheduler would, resuming from its
 *   checkpoint. Fault mixes: 429s, 500/503s, hangs (the client's timeout fires) with slow
 *   answers, malformed bodies and truncated answers, all of them together, and 500s without
 *   the client's retries (each fails its run), each over its own world seed (the fault rolls
 *   follow the seed too).
 * - kill -9 mid-sync (one run per database): a sync process (test/support/sync-crash-child.ts) runs the
 *   four kinds side by side and is killed once each has stopped part-way, an answer in and its
 *   page not yet written; a second process resumes all four and is killed the same way further
 *   on; this process completes them. On PGlite each process reopens the folder the killed one
 *   had open.
 * - kill -9 mid-write (not runs; their figures count): a process (test/support/write-crash-child.ts)
 *   sending createFulfillmentOrder, confirmPlacementOption (Send to Amazon) and an order
 *   cancellation (the order acknowledgement feed) is killed once Amazon's answers to all three
 *   have arrived and before any was stored; the same submits again from another process (this
 *   one, which on PGlite reopens the killed one's folder) must leave one order (one reservation
 *   of stock) at the simulator and one row in the database, one placement confirmation at Amazon
 *   and the plan stored as Amazon has it, and one cancellation feed at Amazon with the order
 *   canceled and recorded as done.
 *
 * Lost: a record of the simulator the database lacks or holds stale. Duplicated: a row the
 * simulator has no record of, a key stored twice, or a write Amazon carried out twice. The file
 * ends by printing `faults: runs=N lost=L duplicated=D` and fails if L or D is not 0.
 *
 * The simulator's clock is frozen (scale 0) and quotas are off, so nothing waits for time: the
 * client retries at once (its backoff would only spread the rolls of a random fault), a hang
 * costs the client's timeout, and every check compares states, never timings.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db, type DbHandle } from '@/db/client';
import {
  fulfillmentOrders,
  inventorySummaries,
  orderCancellations,
  outboundSubmissions,
  SYNC_KINDS,
  syncCheckpoints,
  type SyncKind,
  sendToAmazonPlans,
} from '@/db/schema';
import {
  confirmPacking,
  confirmPlacement,
  followPlan,
  loadPlan,
  refreshPlan,
  setBoxes,
  startPlan,
  type SendToAmazonPlan,
} from '@/lib/inbound/send-to-amazon/service';
import { createInput } from '@/lib/outbound/order-input';
import { createOutboundOrder } from '@/lib/outbound/service';
import { reshapeOrder, writeOrders } from '@/lib/orders';
import { cancellationsOf, resendCancellation } from '@/lib/orders/cancellation/service';
import { findOrder } from '@/lib/orders/order-context';
import { orderBook } from '@/simulator/state/orders';
import type { SpApiClient } from '@/lib/sp-api/client';
import type { RetryPolicy } from '@/lib/sp-api/retry';
import { orderStateAt } from '@/simulator/apis/outbound/lifecycle';
import { OPERATION_DELAY_S } from '@/simulator/apis/inbound-plans';
import type { FaultConfig } from '@/simulator/core/faults';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { catalog } from '@/simulator/state/catalog';
import { MISSED_PREFIX, STALLED_LINE, type CrashWrite, type StallPoint } from '@/test/support/crash-child-support';
import { testDatabases, type TestDatabase, type TestDbHandle } from '@/test/support/databases';
import { SOURCE_ADDRESS, skusByPrepCategory } from '@/test/support/send-to-amazon';
import { compareRecords, compareWithSimulator, countDiscrepancies, inboundPlanStore, outboundStore, type SyncComparison } from '@/test/support/simulator-truth';
import { freeLeasesOfOtherProcesses } from './checkpoints';
import { LEASE_OWNER_PREFIX, runSync, type RunSyncOptions, type RunSyncOutcome } from './runner';
import { NA_MARKETPLACES, seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import type { Tenant } from '@/lib/tenancy';

const SELLER = 'A1DEMOSELLERNA';
const US = 'ATVPDKIKX0DER';
const MARKETPLACE_IDS = NA_MARKETPLACES.map((m) => m.marketplaceId);
/** Orders over the last 90 days for both demo sellers: about 24 for the NA seller, 3 pages of 10. */
const ORDERS = 40;
/** Further back than the simulator's history, so every record it holds is due. */
const SYNC_SETTINGS = { initialLookbackDays: 365, ordersPageSize: 5 };
/** Runs of one kind before it is declared stuck; the mix without client retries needs the most. */
const MAX_RUNS_PER_KIND = 50;
/** The client's timeout: every hang costs this much real time. */
const TIMEOUT_MS = 300;

/** `retry` overrides the client's retry policy (the app's by default). */
const FAULT_MIXES: Array<{ name: string; seed: number; faults: FaultConfig; retry?: Partial<RetryPolicy> }> = [
  { name: '429 on a third of the calls', seed: 301, faults: { rate429: 0.33 } },
  { name: '500 and 503', seed: 302, faults: { rate500: 0.12, rate503: 0.12 } },
  { name: 'hangs and slow answers', seed: 303, faults: { hangProbability: 0.12, latencyMs: 10 } },
  { name: 'malformed bodies and truncated answers', seed: 304, faults: { malformedProbability: 0.1, truncatedProbability: 0.1 } },
  {
    name: 'everything at once',
    seed: 305,
    faults: { rate429: 0.1, rate500: 0.05, rate503: 0.05, hangProbability: 0.02, malformedProbability: 0.05, truncatedProbability: 0.05, latencyMs: 3 },
  },
  // Without the client's retries every fault fails its run, so the kinds finish only by resuming.
  { name: '500 with no client retries', seed: 306, faults: { rate500: 0.12 }, retry: { maxAttempts: 1 } },
];

const tally = { runs: 0, lost: 0, duplicated: 0 };

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 300, orders: ORDERS, clockScale: 0, enforceQuotas: false });
});
afterAll(async () => {
  await sim?.close();
  // One line for CI logs; the figures are the totals of every check below.
  console.log(`faults: runs=${tally.runs} lost=${tally.lost} duplicated=${tally.duplicated}`);
  if (tally.lost > 0 || tally.duplicated > 0) throw new Error(`Under faults, ${tally.lost} records were lost and ${tally.duplicated} duplicated.`);
});

const account = (tenant: Tenant) => ({ accountId: tenant.accountId, sellerId: SELLER, marketplaceIds: MARKETPLACE_IDS });

/** Counts a run's comparison and fails the test with the records that differ. */
function expectSameAsSimulator(comparison: Partial<SyncComparison>): void {
  const { lost, duplicated } = countDiscrepancies(comparison);
  tally.lost += lost;
  tally.duplicated += duplicated;
  tally.runs += 1;
  const kinds = Object.entries(comparison);
  // A kind the simulator holds nothing of would compare empty with empty.
  expect(kinds.filter(([, result]) => result.expected === 0).map(([kind]) => kind)).toEqual([]);
  expect(Object.fromEntries(kinds.map(([kind, result]) => [kind, { lost: result.lost, duplicated: result.duplicated }]))).toEqual(
    Object.fromEntries(kinds.map(([kind]) => [kind, { lost: [], duplicated: [] }])),
  );
}

/** Every kind side by side, each run again after a failure until it completes, as the scheduler does. */
async function syncEveryKind(db: Db, tenant: Tenant, options: RunSyncOptions): Promise<void> {
  await Promise.all(
    SYNC_KINDS.map(async (kind) => {
      for (let runs = 1; ; runs++) {
        const outcome = await runSync(db, { ...tenant, kind }, options);
        if (outcome.status === 'ok') return;
        // 'waiting' is a passing failure the scheduler retries on its own; 'busy' would mean a second runner.
        expect(['error', 'waiting'], `${kind}: nobody else runs it`).toContain(outcome.status);
        const lastError = outcome.status === 'error' || outcome.status === 'waiting' ? outcome.message : '';
        expect(runs, `${kind} never completed; last error: ${lastError}`).toBeLessThan(MAX_RUNS_PER_KIND);
      }
    }),
  );
}

/** A run that first waits out a killed process's lease (on PostgreSQL it runs out after leaseTtlMs). */
async function runOnceFree(db: Db, target: Tenant & { kind: SyncKind }, options: RunSyncOptions): Promise<RunSyncOutcome> {
  let outcome = await runSync(db, target, options);
  for (let polls = 0; outcome.status === 'busy' && polls < 100; polls++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    outcome = await runSync(db, target, options);
  }
  return outcome;
}

/**
 * A Send to Amazon plan of one SKU with no prep, packed in two boxes, with Amazon's placement
 * options offered: the services drive it as the pages do, the frozen clock moved on by hand.
 */
async function packedPlanWithPlacements(db: Db, client: SpApiClient, tenant: Tenant): Promise<{ planId: string; placementOptionId: string }> {
  const msku = (await skusByPrepCategory(client, db, tenant)).plain[0]!;
  const item = { msku, quantity: 12, labelOwner: 'SELLER' as const, prepOwner: 'NONE' as const };
  let plan: SendToAmazonPlan = await startPlan(
    db,
    client,
    { ...tenant, userId: null },
    { marketplaceId: US, name: 'Kill test', sourceAddress: SOURCE_ADDRESS, saveAddress: false, items: [item] },
  );
  const follow = async () => {
    sim.runtime.clock.advance(OPERATION_DELAY_S);
    plan = await followPlan(db, client, await loadPlan(db, tenant.workspaceId, plan.id));
  };
  await follow(); // created; packing options asked for
  await follow();
  const packing = plan.snapshot!.packingOptions[0]!;
  await confirmPacking(db, client, plan, packing.packingOptionId);
  await follow();
  const group = plan.snapshot!.packingOptions.find((o) => o.status === 'ACCEPTED')!.groups[0]!;
  const box = { count: 2, unit: 'IN' as const, length: 18, width: 14, height: 10, weightUnit: 'LB' as const, weight: 20, items: [{ msku, quantity: 6 }] };
  await setBoxes(db, client, plan, group.packingGroupId, [box]);
  await follow(); // boxes set; placement options asked for
  await follow();
  const offered = plan.snapshot!.placementOptions.find((o) => o.status === 'OFFERED');
  expect(offered, 'placement options offered').toBeDefined();
  return { planId: plan.id, placementOptionId: offered!.placementOptionId };
}

/** The client as the app configures it (retries, timeout), minus the waits: time is frozen. */
function appClient(onCall: (retries: number, failed: boolean) => void = () => {}, retry: Partial<RetryPolicy> = {}): SpApiClient {
  return simulatorClient(sim, 'na', {
    timeoutMs: TIMEOUT_MS,
    retry,
    sleep: async () => {},
    logger: { request: (entry) => onCall(entry.retries, entry.errorCode !== undefined) },
  });
}

const runOptions = (client: SpApiClient): RunSyncOptions => ({
  clientFor: async () => client,
  now: () => sim.runtime.clock.now(),
  settings: SYNC_SETTINGS,
  intervalMinutes: 15,
});

it('the comparison counts a missing, a stale, a foreign and a doubled row', () => {
  const amazon = new Map([
    ['A', 'SHIPPED'],
    ['B', 'UNSHIPPED'],
    ['C', 'PENDING'],
  ]);
  const stored: Array<[string, string]> = [
    ['A', 'SHIPPED'],
    ['B', 'PENDING'],
    ['X', 'SHIPPED'],
    ['A', 'SHIPPED'],
  ];
  expect(compareRecords(amazon, stored)).toEqual({
    expected: 3,
    stored: 4,
    lost: ['B: stored "PENDING", Amazon has "UNSHIPPED"', 'C: missing'],
    duplicated: ['X: not at Amazon', 'A: stored twice'],
  });
});

/**
 * The database under test, and how a second process opens it. PGlite lives in a folder rather
 * than in memory for that, and is closed while a child has it: one process owns it at a time.
 */
interface Engine {
  db(): Db;
  childEnv: Record<string, string>;
  handOver(): Promise<void>;
  takeBack(): Promise<void>;
  close(): Promise<void>;
}

async function openEngine(database: TestDatabase): Promise<Engine> {
  if (database.name === 'postgres') {
    const handle: TestDbHandle = await database.open();
    return {
      db: () => handle.db,
      childEnv: { CRASH_DATABASE_URL: handle.databaseUrl! },
      handOver: async () => {},
      takeBack: async () => {},
      close: () => handle.close(),
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'seller-ops-faults-'));
  let handle: DbHandle | undefined = await openDatabase({ pgliteDir: dir });
  return {
    db: () => {
      if (!handle) throw new Error('The PGlite folder is handed over to a child process.');
      return handle.db;
    },
    childEnv: { CRASH_PGLITE_DIR: dir },
    handOver: async () => {
      await handle?.close();
      handle = undefined;
    },
    takeBack: async () => {
      handle ??= await openDatabase({ pgliteDir: dir });
    },
    close: async () => {
      await handle?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const CHILD_ARGS = ['--import', 'tsx', '--conditions=react-server'];

/** Runs a child process until it stopped at every stall point, and kills it there without warning. */
async function killAtStall(script: string, env: Record<string, string>, stalls: StallPoint[]): Promise<void> {
  const child = spawn(process.execPath, [...CHILD_ARGS, path.join('test', 'support', script)], {
    env: { ...process.env, ...env, CRASH_STALL: JSON.stringify(stalls) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const cue = new Promise<string>((resolve) =>
    createInterface({ input: child.stdout }).on('line', (line) => (line === STALLED_LINE || line.startsWith(MISSED_PREFIX)) && resolve(line)),
  );
  const ended = await Promise.race([cue, exited]);
  child.kill('SIGKILL');
  if (typeof ended !== 'string') throw new Error(`${script} exited (code ${ended.code}) before its stall points`);
  if (ended !== STALLED_LINE) throw new Error(`${script}: ${ended.slice(MISSED_PREFIX.length)} ended before its stall point`);
  expect((await exited).signal).toBe('SIGKILL');
}

describe.each(testDatabases)('on $name', (database) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openEngine(database);
  });
  afterAll(() => engine?.close());

  const childEnv = (tenant: Tenant) => ({
    ...engine.childEnv,
    CRASH_SIM_URL: sim.url,
    CRASH_WORKSPACE_ID: tenant.workspaceId,
    CRASH_ACCOUNT_ID: tenant.accountId,
    CRASH_NOW: sim.runtime.clock.now().toISOString(),
  });

  it.each(FAULT_MIXES)(
    '$name: every kind ends complete, nothing lost or duplicated',
    async ({ seed, faults, retry }) => {
      await simControl(sim, 'POST', '/_sim/reset', { seed, orders: ORDERS });
      await simControl(sim, 'POST', '/_sim/faults', faults);
      const db = engine.db();
      const tenant = await seedDemoAccount(db);
      let faultsMet = 0;
      const client = appClient((retries, failed) => (faultsMet += retries + (failed ? 1 : 0)), retry);
      try {
        await syncEveryKind(db, tenant, runOptions(client));
      } finally {
        await simControl(sim, 'DELETE', '/_sim/faults');
      }
      expect(faultsMet, 'the client met the faults').toBeGreaterThan(0);
      expectSameAsSimulator(await compareWithSimulator(db, sim, account(tenant)));
    },
    60_000,
  );

  it('kill -9 with every kind half done, twice: the next process resumes them, nothing lost or duplicated', async () => {
    await simControl(sim, 'POST', '/_sim/reset', { seed: 310, orders: ORDERS });
    const tenant = await seedDemoAccount(engine.db());
    const env = {
      ...childEnv(tenant),
      CRASH_KINDS: SYNC_KINDS.join(','),
      CRASH_LOOKBACK_DAYS: String(SYNC_SETTINGS.initialLookbackDays),
      CRASH_PAGE_DELAY_MS: '0',
    };
    // The kinds run side by side as the scheduler runs them; each stops part-way, an answer in
    // and its page not yet written, and the process is killed once all four have stopped. The
    // second process resumes all four from what the first left and is killed the same way.
    const rounds: StallPoint[][] = [
      [
        { step: 'orders', nth: 3 }, // the third searchOrders page
        { step: 'inventory', nth: 5 }, // the first page of the second marketplace
        { step: 'fulfillment-orders', nth: 3 }, // the details of the first page
        { step: 'inbound-shipments', nth: 3 }, // a shipment's items
      ],
      [
        { step: 'orders', nth: 2 },
        { step: 'inventory', nth: 3 },
        { step: 'fulfillment-orders', nth: 5 },
        { step: 'inbound-shipments', nth: 4 },
      ],
    ];
    await engine.handOver();
    for (const stalls of rounds) {
      await killAtStall('sync-crash-child.ts', env, stalls);
      if (database.name === 'postgres') {
        // It died holding the lease of every kind.
        const controls = await engine
          .db()
          .select({ kind: syncCheckpoints.kind, owner: syncCheckpoints.leaseOwner })
          .from(syncCheckpoints)
          .where(and(eq(syncCheckpoints.accountId, tenant.accountId), eq(syncCheckpoints.marketplaceId, '')));
        expect(
          controls
            .filter((c) => c.owner !== null)
            .map((c) => c.kind)
            .sort(),
        ).toEqual([...SYNC_KINDS].sort());
      }
    }
    // The last process is this one: on PGlite it frees the dead runs' leases as the dashboard
    // does at start; on PostgreSQL it waits until they run out.
    await engine.takeBack();
    const db = engine.db();
    if (database.name === 'pglite') await freeLeasesOfOtherProcesses(db, LEASE_OWNER_PREFIX);
    const options = runOptions(appClient());
    const outcomes = await Promise.all(SYNC_KINDS.map(async (kind) => [kind, (await runOnceFree(db, { ...tenant, kind }, options)).status]));
    expect(Object.fromEntries(outcomes)).toEqual(Object.fromEntries(SYNC_KINDS.map((kind) => [kind, 'ok'])));
    expectSameAsSimulator(await compareWithSimulator(db, sim, account(tenant)));
  }, 120_000);

  describe('kill -9 once a write reached Amazon, before its answer was stored', () => {
    let tenant: Tenant;
    let mcf: { form: Record<string, string>; reference: string; sellerSku: string; fulfillableBefore: number };
    let placement: { planId: string; placementOptionId: string };
    let cancel: { amazonOrderId: string; feedsBefore: number };
    const feedsAtAmazon = async () => ((await simControl(sim, 'GET', '/_sim/state/feeds_2021-06-30')) as { feeds: unknown[] }).feeds.length;
    const placementConfirmsAtAmazon = () =>
      [...inboundPlanStore(sim).operations.values()].filter((o) => o.sellerId === SELLER && o.operation === 'confirmPlacementOption');

    // All three writes are killed here, in one child, so PGlite is handed over and reopened once.
    beforeAll(async () => {
      const db = engine.db();
      const client = appClient();
      tenant = await seedDemoAccount(db);
      // A world busy enough to hold unshipped orders of the seller's own; one is to be canceled,
      // stored as the sync would store it.
      await simControl(sim, 'POST', '/_sim/reset', { seed: 330, orders: 3000 });
      const toCancel = orderBook.recent(SELLER, sim.runtime.clock.nowMs(), { channel: 'MFN', status: 'Unshipped', limit: 50 }).find((o) => !o.isIspu);
      expect(toCancel, 'an unshipped MFN order in the simulated world').toBeDefined();
      const { order: amazonOrder } = await client.orders20260101.getOrder({ orderId: toCancel!.amazonOrderId, includedData: ['FULFILLMENT', 'PROCEEDS'] });
      await db.transaction((tx) => writeOrders(tx, [reshapeOrder(amazonOrder, tenant)]));
      cancel = { amazonOrderId: toCancel!.amazonOrderId, feedsBefore: await feedsAtAmazon() };
      // The create form checks the stored stock; the placement needs a packed plan.
      expect((await runSync(db, { ...tenant, kind: 'inventory' }, runOptions(client))).status).toBe('ok');
      const stocked = (
        await db
          .select({ sellerSku: inventorySummaries.sellerSku })
          .from(inventorySummaries)
          .where(and(eq(inventorySummaries.accountId, tenant.accountId), eq(inventorySummaries.marketplaceId, US)))
      )
        .map((r) => catalog.get(SELLER, r.sellerSku)!)
        .filter((sku) => sku.qty.fulfillable >= 10)
        .sort((a, b) => a.sellerSku.localeCompare(b.sellerSku));
      const sku = stocked[0]!;
      const reference = `KILL-${database.name}-${tenant.accountId.slice(0, 8)}`;
      mcf = {
        reference,
        sellerSku: sku.sellerSku,
        fulfillableBefore: 0,
        form: {
          accountId: tenant.accountId,
          marketplaceId: US,
          sellerFulfillmentOrderId: reference,
          displayableOrderId: reference,
          displayableOrderDate: sim.runtime.clock.now().toISOString().slice(0, 10),
          displayableOrderComment: 'Thank you for your order.',
          shippingSpeedCategory: 'Standard',
          fulfillmentPolicy: 'FillOrKill',
          name: 'Jane Doe',
          addressLine1: '1 Main St',
          city: 'Seattle',
          stateOrRegion: 'WA',
          postalCode: '98101',
          countryCode: 'US',
          items: JSON.stringify([{ sellerSku: sku.sellerSku, quantity: 2 }]),
        },
      };
      placement = await packedPlanWithPlacements(db, client, tenant);
      // Read after the clock moved (that call settled the stock), so only the create changes it.
      mcf.fulfillableBefore = catalog.get(SELLER, sku.sellerSku)!.qty.fulfillable;

      // One process sends all three; it is killed once their answers are in and none is stored.
      await engine.handOver();
      const writes: CrashWrite[] = [
        { write: 'create-fulfillment-order', form: mcf.form },
        { write: 'confirm-placement', ...placement },
        { write: 'cancel-order', amazonOrderId: cancel.amazonOrderId },
      ];
      await killAtStall('write-crash-child.ts', { ...childEnv(tenant), CRASH_WRITES: JSON.stringify(writes) }, [
        { step: 'create-fulfillment-order', method: 'POST', pathEndsWith: '/fba/outbound/2020-07-01/fulfillmentOrders', nth: 1 },
        { step: 'confirm-placement', method: 'POST', pathEndsWith: `/placementOptions/${placement.placementOptionId}/confirmation`, nth: 1 },
        { step: 'cancel-order', method: 'POST', pathEndsWith: '/feeds/2021-06-30/feeds', nth: 1 },
      ]);
      expect(await feedsAtAmazon(), 'the killed cancellation reached Amazon').toBe(cancel.feedsBefore + 1);
      expect(outboundStore(sim).get(SELLER, reference), 'the killed create reached Amazon').toBeDefined();
      expect(placementConfirmsAtAmazon(), 'the killed confirm reached Amazon').toHaveLength(1);
      // The seller submits again from this process, which on PGlite reopens the killed one's folder,
      // where no answer is: the claims still pending, the placement still offered.
      await engine.takeBack();
      const stored = engine.db();
      expect(
        await stored.select({ state: outboundSubmissions.state }).from(outboundSubmissions).where(eq(outboundSubmissions.accountId, tenant.accountId)),
      ).toEqual([{ state: 'pending' }]);
      expect(
        await stored
          .select()
          .from(fulfillmentOrders)
          .where(and(eq(fulfillmentOrders.accountId, tenant.accountId), eq(fulfillmentOrders.sellerFulfillmentOrderId, reference))),
      ).toEqual([]);
      const waiting = await loadPlan(stored, tenant.workspaceId, placement.planId);
      expect(waiting.pendingOperation).toMatchObject({ operation: 'confirmPlacementOption' });
      expect(waiting.pendingOperation?.operationId).toBeUndefined();
    }, 90_000);

    it('createFulfillmentOrder submitted again: one order and one reservation at Amazon, one row here', async () => {
      const again = await createOutboundOrder(engine.db(), appClient(), { ...tenant, userId: null }, createInput.parse(mcf.form));
      const atAmazon = outboundStore(sim)
        .list(SELLER)
        .filter((o) => o.displayableOrderId === mcf.reference);
      const reservedTimes = (mcf.fulfillableBefore - catalog.get(SELLER, mcf.sellerSku)!.qty.fulfillable) / 2;
      const rows = await engine
        .db()
        .select({ status: fulfillmentOrders.status })
        .from(fulfillmentOrders)
        .where(and(eq(fulfillmentOrders.accountId, tenant.accountId), eq(fulfillmentOrders.sellerFulfillmentOrderId, mcf.reference)));
      tally.duplicated += Math.max(0, atAmazon.length - 1) + Math.max(0, reservedTimes - 1) + Math.max(0, rows.length - 1);
      tally.lost += atAmazon.length === 0 || rows.length === 0 ? 1 : 0;
      expect(again.created, 'the submit again found the order').toBe(false);
      expect(atAmazon).toHaveLength(1);
      expect(reservedTimes).toBe(1);
      expect(rows).toEqual([{ status: orderStateAt(atAmazon[0]!, sim.runtime.clock.now()).status }]);
      const [claim] = await engine
        .db()
        .select({ state: outboundSubmissions.state })
        .from(outboundSubmissions)
        .where(eq(outboundSubmissions.accountId, tenant.accountId));
      expect(claim?.state).toBe('created');
    });

    it('confirmPlacementOption submitted again: confirmed once at Amazon, the plan stored as Amazon has it', async () => {
      const db = engine.db();
      const client = appClient();
      // At first the killed one's claim holds the plan: nothing is sent while it may still be under way.
      const plan = await loadPlan(db, tenant.workspaceId, placement.planId);
      await expect(confirmPlacement(db, client, plan, placement.placementOptionId)).rejects.toThrow(/still working on the last step/);
      // Later the claim counts as abandoned; Amazon refuses a second confirmation of the placement.
      await db
        .update(sendToAmazonPlans)
        .set({ pendingOperation: { ...plan.pendingOperation!, startedAt: new Date(Date.now() - 10 * 60_000).toISOString() } })
        .where(eq(sendToAmazonPlans.id, plan.id));
      await expect(confirmPlacement(db, client, await loadPlan(db, tenant.workspaceId, plan.id), placement.placementOptionId)).rejects.toThrow(
        /already confirmed/,
      );
      // The page then reads the plan again (Refresh): Amazon has confirmed the first one.
      sim.runtime.clock.advance(OPERATION_DELAY_S);
      const after = await refreshPlan(db, client, await loadPlan(db, tenant.workspaceId, plan.id));
      const accepted = after.snapshot!.placementOptions.filter((o) => o.status === 'ACCEPTED').map((o) => o.placementOptionId);
      tally.duplicated += Math.max(0, placementConfirmsAtAmazon().length - 1);
      tally.lost += accepted.length === 1 && accepted[0] === placement.placementOptionId ? 0 : 1;
      expect(placementConfirmsAtAmazon()).toHaveLength(1);
      expect(accepted).toEqual([placement.placementOptionId]);
      expect(after.pendingOperation).toBeNull();
    });

    it('the cancellation sent again: one feed at Amazon, the order canceled, the cancellation recorded as done', async () => {
      const db = engine.db();
      const order = (await findOrder(db, tenant.workspaceId, cancel.amazonOrderId))!;
      // The killed process left its row SENDING; the seller comes back to it ten minutes later.
      await db
        .update(orderCancellations)
        .set({ requestedAt: new Date(Date.now() - 10 * 60_000) })
        .where(eq(orderCancellations.amazonOrderId, cancel.amazonOrderId));
      const [row] = await cancellationsOf(db, order);
      expect(row).toMatchObject({ status: 'SENDING', canSendAgain: true });
      // Amazon still has the first one in its queue: nothing is sent meanwhile.
      await expect(resendCancellation(db, appClient(), order, row!.id)).rejects.toThrow(/Amazon is still processing a cancellation/);
      sim.runtime.clock.advance(120);
      const settled = await resendCancellation(db, appClient(), order, row!.id);
      const feeds = (await feedsAtAmazon()) - cancel.feedsBefore;
      const canceled = orderBook.get(SELLER, cancel.amazonOrderId, sim.runtime.clock.nowMs())?.status === 'Canceled';
      tally.duplicated += Math.max(0, feeds - 1);
      tally.lost += canceled && settled.status === 'DONE' ? 0 : 1;
      expect(feeds).toBe(1);
      expect(canceled).toBe(true);
      expect(settled).toMatchObject({ status: 'DONE', outcome: 'Amazon had canceled the order already: the first sending reached Amazon.' });
    });
  });
});
