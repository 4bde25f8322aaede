import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { orderBuyerNameTokens, orderItems, orders, syncCheckpoints } from '@/db/schema';
import { randomBytes } from 'node:crypto';
import { BuyerNameIndex, reshapeOrder } from '@/lib/orders';
import { applyAccountView, parseOrderFilters } from '@/lib/orders/read-list-filters';
import { loadOrderList } from '@/lib/orders/queries';
import { databaseText } from '@/test/pii/database-text';
import { buyerPii, createPiiScanner, describeHits, type PiiHit } from '@/test/pii/scanner';
import type { SpApiClient } from '@/lib/sp-api/client';
import type { Order } from '@/lib/sp-api/generated/orders-2026-01-01';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { testDatabases } from '@/test/support/databases';
import { runSync, type RunSyncOptions } from './runner';
import { listSyncStatus } from './status';
import { NA_MARKETPLACES, seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import type { Tenant } from '@/lib/tenancy';

const LOOKBACK_DAYS = 90;
let sim: RunningSimulator;

beforeAll(async () => {
  // Frozen clock (scale 0): time moves only when a test advances it, so expectations are exact.
  sim = await startSimulator({ port: 0, seed: 11, orders: 300, clockScale: 0, enforceQuotas: false });
});
afterAll(() => sim.close());

/** What Amazon has: every order updated in the window, with its items, read straight from searchOrders. */
async function ordersOnAmazon(client: SpApiClient, after: Date): Promise<{ orders: Map<string, Order>; items: number }> {
  const all = new Map<string, Order>();
  let paginationToken: string | undefined;
  const marketplaceIds = NA_MARKETPLACES.map((m) => m.marketplaceId);
  do {
    const answer = await client.orders20260101.searchOrders(
      paginationToken ? { paginationToken } : { marketplaceIds, lastUpdatedAfter: after.toISOString(), includedData: ['FULFILLMENT'] },
    );
    for (const order of answer.orders) all.set(order.orderId, order);
    paginationToken = answer.pagination?.nextToken;
  } while (paginationToken);
  const items = [...all.values()].reduce((n, order) => n + order.orderItems.length, 0);
  return { orders: all, items };
}

describe.each(testDatabases)('orders sync on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let client: SpApiClient;
  let options: RunSyncOptions;
  let windowStart: Date;

  // One database per engine (opening PGlite costs seconds); each test seeds its own account.
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());

  beforeEach(async () => {
    tenant = await seedDemoAccount(handle.db);
    client = simulatorClient(sim);
    options = {
      clientFor: async () => client,
      now: () => sim.runtime.clock.now(),
      settings: { initialLookbackDays: LOOKBACK_DAYS, ordersPageSize: 20 },
      intervalMinutes: 15,
    };
    windowStart = new Date(sim.runtime.clock.nowMs() - LOOKBACK_DAYS * 86_400_000);
  });
  afterEach(async () => {
    await simControl(sim, 'DELETE', '/_sim/faults');
  });

  const stored = async () => {
    const rows = await handle.db.select().from(orders).where(eq(orders.accountId, tenant.accountId));
    const [items] = await handle.db.select({ n: count() }).from(orderItems).where(eq(orderItems.accountId, tenant.accountId));
    return { rows, items: items!.n };
  };
  /** The run options with a crash (as a kill would leave it) right after page `n` is committed. */
  const crashingAfterPage = (n: number): RunSyncOptions => ({
    ...options,
    hooks: {
      afterPageCommitted: (page) => {
        if (page === n) throw new Error(`simulated kill after page ${n}`);
      },
    },
  });
  const checkpoint = async () => {
    const [row] = await handle.db
      .select()
      .from(syncCheckpoints)
      .where(and(eq(syncCheckpoints.accountId, tenant.accountId), eq(syncCheckpoints.kind, 'orders'), eq(syncCheckpoints.marketplaceId, '')));
    return row!;
  };
  const expectSameAsAmazon = async () => {
    const amazon = await ordersOnAmazon(client, windowStart);
    const db = await stored();
    expect(db.rows.length).toBe(amazon.orders.size);
    expect(db.items).toBe(amazon.items);
    for (const row of db.rows) {
      const order = amazon.orders.get(row.amazonOrderId);
      expect(order, row.amazonOrderId).toBeDefined();
      expect(row.orderStatus).toBe(reshapeOrder(order!, tenant).order.orderStatus);
      expect(row.lastUpdateDate.toISOString()).toBe(new Date(order!.lastUpdatedTime).toISOString());
    }
    return amazon;
  };

  it('first sync loads every order of the window with its items from searchOrders alone, without buyer PII', async () => {
    // Items come inline: the sync makes no Orders v0 call (they would all fail here).
    await simControl(sim, 'POST', '/_sim/faults', { rate500: 1, operations: ['getOrders', 'getOrderItems', 'getOrder', 'getOrderAddress'] });
    const outcome = await runSync(handle.db, { ...tenant, kind: 'orders' }, options);
    await simControl(sim, 'DELETE', '/_sim/faults');
    expect(outcome.status).toBe('ok');
    const amazon = await expectSameAsAmazon();
    expect(amazon.orders.size).toBeGreaterThan(60); // several pages of 20
    expect(outcome).toEqual({ status: 'ok', synced: amazon.orders.size });

    const cp = await checkpoint();
    expect(cp).toMatchObject({ status: 'idle', leaseOwner: null, pageToken: null, pendingCursor: null, itemsSynced: amazon.orders.size, lastError: null });
    expect(cp.cursor).not.toBeNull();
    expect(cp.lastSuccessAt).not.toBeNull();
    expect(cp.nextRunAt!.getTime() - cp.lastSuccessAt!.getTime()).toBeGreaterThan(14 * 60_000);

    const { rows } = await stored();
    expect(rows.filter((r) => r.fulfilledBy === null || r.earliestShipDate === null)).toEqual([]);
    expect(rows.some((r) => r.shipCity && r.shipCountry)).toBe(true);
    expect(rows.some((r) => r.isIspu)).toBe(true);
    // The datasets asked for carry no buyer PII (without the buyer-name index the sync does not ask for BUYER; it keeps only
    // the city, state and country of RECIPIENT).
    const names = (await simControl(sim, 'GET', '/_sim/state/buyers')) as { buyers?: Array<{ name: string; email: string; addressLine1?: string }> };
    const text = JSON.stringify(rows);
    for (const buyer of names.buyers?.slice(0, 50) ?? []) {
      expect(text).not.toContain(buyer.name);
      expect(text).not.toContain(buyer.email);
    }
    expect(text).not.toMatch(/addressLine|buyerName|@/);
  });

  it('with the buyer-name index it asks for BUYER: the orders are found by their buyer names, which are stored nowhere', async () => {
    const buyerNames = new BuyerNameIndex(randomBytes(32));
    expect((await runSync(handle.db, { ...tenant, kind: 'orders' }, { ...options, buyerNames })).status).toBe('ok');
    const { rows } = await stored();
    // Amazon names the buyers of unshipped and shipped orders; the tokens of orders delivered
    // more than 30 days ago went with the run's purge (lib/privacy/purge.ts).
    const recent = sim.runtime.clock.nowMs() - 25 * 86_400_000;
    const withName = (r: (typeof rows)[number]) => r.orderStatus === 'SHIPPED' || r.orderStatus === 'UNSHIPPED';
    const delivered = (r: (typeof rows)[number]) => Math.max(r.latestDeliveryDate?.getTime() ?? 0, r.lastUpdateDate.getTime());
    const shipped = rows.filter((r) => withName(r) && delivered(r) > recent).slice(0, 3);
    const purged = rows.find((r) => withName(r) && delivered(r) < recent - 10 * 86_400_000);
    expect(shipped.length).toBeGreaterThan(0);
    const scope = { workspaceId: tenant.workspaceId, accountIds: [tenant.accountId], buyerNames };
    for (const row of shipped) {
      const { order } = await client.orders20260101.getOrder({ orderId: row.amazonOrderId, includedData: ['BUYER'] });
      const name = order.buyer?.buyerName;
      expect(name, row.amazonOrderId).toBeTruthy();
      const filters = {
        ...applyAccountView(parseOrderFilters({ status: 'all', q: name!.toUpperCase() }), { accountId: null, marketplaceId: null }, scope.accountIds).filters,
        pageSize: 100,
      };
      const found = await loadOrderList(handle.db, scope, filters);
      expect(found.rows.map((r) => r.amazonOrderId)).toContain(row.amazonOrderId);
    }
    expect(purged).toBeDefined();
    const tokensOf = (id: string) => handle.db.select({ n: count() }).from(orderBuyerNameTokens).where(eq(orderBuyerNameTokens.amazonOrderId, id));
    expect((await tokensOf(purged!.amazonOrderId))[0]!.n).toBe(0);
    expect((await tokensOf(shipped[0]!.amazonOrderId))[0]!.n).toBeGreaterThan(0);

    const { buyers } = (await simControl(sim, 'GET', '/_sim/state/buyers')) as { buyers: Array<Parameters<typeof buyerPii>[0]> };
    const scanner = createPiiScanner(buyers.flatMap(buyerPii));
    const hits: PiiHit[] = [];
    for await (const source of databaseText(handle.db)) hits.push(...scanner.scan(source));
    expect(describeHits(hits)).toEqual(describeHits([]));
  });

  it('an order the database refuses is skipped and reported, with its items; the others are all stored', async () => {
    const amazon = await ordersOnAmazon(client, windowStart);
    const [badOrder, badItems] = [...amazon.orders.keys()];
    // Rows the database refuses, whatever the reason: here constraints made for this test
    // (not valid: rows stored by other tests are not checked). An order and its items are one
    // record, so a refused item list skips its order too.
    const constraints = [
      ['orders', 'refuse_one_order', badOrder],
      ['order_items', 'refuse_one_item_list', badItems],
    ] as const;
    for (const [table, name, id] of constraints)
      await handle.db.execute(sql.raw(`alter table ${table} add constraint ${name} check (amazon_order_id <> '${id}') not valid`));
    let outcome;
    try {
      outcome = await runSync(handle.db, { ...tenant, kind: 'orders' }, options);
    } finally {
      for (const [table, name] of constraints) await handle.db.execute(sql.raw(`alter table ${table} drop constraint ${name}`));
    }
    expect(outcome).toMatchObject({ status: 'ok', synced: amazon.orders.size - 2 });
    const db = await stored();
    expect(db.rows.map((r) => r.amazonOrderId).sort()).toEqual([...amazon.orders.keys()].filter((id) => id !== badOrder && id !== badItems).sort());
    expect(db.items).toBe(amazon.items - amazon.orders.get(badOrder!)!.orderItems.length - amazon.orders.get(badItems!)!.orderItems.length);
    const cp = await checkpoint();
    expect(cp.status).toBe('idle');
    expect(cp.lastError).toBe(
      `2 orders could not be saved and were skipped: ${[badOrder, badItems].join(', ')}. The rest of the sync completed; Amazon is asked again when they change.`,
    );
  });

  it('a pagination token that expired (after 24 hours) restarts the same window: nothing lost, nothing twice', async () => {
    // Killed after the first page that leaves a window of the history half read.
    const crashed = await runSync(
      handle.db,
      { ...tenant, kind: 'orders' },
      {
        ...options,
        hooks: {
          afterPageCommitted: async () => {
            if ((await checkpoint()).historyPageToken) throw new Error('simulated kill mid-window');
          },
        },
      },
    );
    expect(crashed.status).toBe('error');
    const saved = await checkpoint();
    expect(saved.historyPageToken).not.toBeNull();

    // A day later the token is refused; the window restarts from its start and keeps its end.
    await simControl(sim, 'POST', '/_sim/clock', { advanceSeconds: 25 * 3600 });
    const api = client.orders20260101;
    const refusedTokens: string[] = [];
    const watched: SpApiClient = Object.defineProperty(Object.create(client) as SpApiClient, 'orders20260101', {
      value: {
        ...api,
        searchOrders: async (params: Parameters<typeof api.searchOrders>[0]) => {
          try {
            return await api.searchOrders(params);
          } catch (error) {
            if (params?.paginationToken) refusedTokens.push(params.paginationToken);
            throw error;
          }
        },
      },
    });
    const resumed = await runSync(handle.db, { ...tenant, kind: 'orders' }, { ...options, clientFor: async () => watched });
    expect(resumed.status).toBe('ok');
    expect(refusedTokens).toEqual([saved.historyPageToken]);
    expect(await checkpoint()).toMatchObject({ historyBefore: null, historyPageToken: null, pageToken: null });
    // The next run brings what changed since; then the database is Amazon's window exactly.
    expect((await runSync(handle.db, { ...tenant, kind: 'orders' }, options)).status).toBe('ok');
    const amazon = await ordersOnAmazon(client, windowStart);
    const db = await stored();
    const keys = db.rows.map((r) => r.amazonOrderId);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual([...amazon.orders.keys()].sort());
    for (const row of db.rows)
      expect(row.lastUpdateDate.toISOString(), row.amazonOrderId).toBe(new Date(amazon.orders.get(row.amazonOrderId)!.lastUpdatedTime).toISOString());
  });

  it('an incremental sync after time passes picks up changed and new orders, with no duplicates', async () => {
    expect((await runSync(handle.db, { ...tenant, kind: 'orders' }, options)).status).toBe('ok');
    const before = await stored();
    const cursorBefore = (await checkpoint()).cursor!;

    await simControl(sim, 'POST', '/_sim/clock', { advanceSeconds: 3 * 86_400 });
    const outcome = await runSync(handle.db, { ...tenant, kind: 'orders' }, options);
    expect(outcome.status).toBe('ok');
    // Incremental: far fewer than the whole window.
    expect(outcome.status === 'ok' && outcome.synced).toBeLessThan(before.rows.length);

    const amazon = await expectSameAsAmazon();
    const after = await stored();
    expect(after.rows.length).toBeGreaterThan(before.rows.length); // new orders arrived
    const changed = after.rows.filter((r) => {
      const old = before.rows.find((o) => o.amazonOrderId === r.amazonOrderId);
      return old && old.orderStatus !== r.orderStatus;
    });
    expect(changed.length).toBeGreaterThan(0);
    expect(amazon.orders.size).toBe(after.rows.length);
    expect((await checkpoint()).cursor!.getTime()).toBeGreaterThan(cursorBefore.getTime());
  });

  it('reads the history newest first and resumes after a crash between pages: the final rows equal a clean run', async () => {
    const crashed = await runSync(handle.db, { ...tenant, kind: 'orders' }, crashingAfterPage(2));
    expect(crashed.status).toBe('error');
    let cp = await checkpoint();
    expect(cp.status).toBe('error');
    expect(cp.leaseOwner).toBeNull();
    expect(cp.historyBefore).not.toBeNull(); // the history is not read to its end yet
    // The sync page says how far back it has read.
    const board = (await listSyncStatus(handle.db, tenant.workspaceId)).find((a) => a.accountId === tenant.accountId)!;
    expect(board.kinds.find((k) => k.kind === 'orders')!.history).toEqual({ readBackTo: cp.historyBefore!.toISOString(), from: cp.historyFrom!.toISOString() });
    const beforeCrash = (await stored()).rows;
    expect(beforeCrash.length).toBeGreaterThan(0);
    // Newest first: every order stored so far was updated after every order still to read.
    const amazonNow = await ordersOnAmazon(client, windowStart);
    const storedIds = new Set(beforeCrash.map((r) => r.amazonOrderId));
    const oldestStored = Math.min(...beforeCrash.map((r) => r.lastUpdateDate.getTime()));
    const unread = [...amazonNow.orders.values()].filter((o) => !storedIds.has(o.orderId));
    expect(unread.every((o) => Date.parse(o.lastUpdatedTime) <= oldestStored)).toBe(true);

    const resumed = await runSync(handle.db, { ...tenant, kind: 'orders' }, options);
    expect(resumed.status).toBe('ok');
    const amazon = await expectSameAsAmazon();
    // The resumed run read the windows after the crash (and the few minutes since the first run began).
    expect(resumed.status === 'ok' && resumed.synced).toBeGreaterThanOrEqual(amazon.orders.size - beforeCrash.length);
    expect(resumed.status === 'ok' && resumed.synced).toBeLessThan(amazon.orders.size);
    cp = await checkpoint();
    expect(cp).toMatchObject({ status: 'idle', pageToken: null, historyBefore: null, historyPageToken: null, lastError: null });
    expect(cp.cursor).not.toBeNull();
  });

  it('a 500 on searchOrders mid-run records a clean "retrying" note, and every stored order has its items', async () => {
    const outcome = await runSync(
      handle.db,
      { ...tenant, kind: 'orders' },
      {
        ...options,
        hooks: {
          afterPageCommitted: async (page) => {
            if (page === 1) await simControl(sim, 'POST', '/_sim/faults', { rate500: 1, operations: ['searchOrders'] });
          },
        },
      },
    );
    // A 500 passes: the sync waits and retries on its own (failure-retry.ts), it has not failed.
    expect(outcome).toEqual({
      status: 'waiting',
      message: expect.stringMatching(/^Amazon had a temporary problem: it answered with a server error/),
      retryInMs: expect.any(Number),
    });
    const cp = await checkpoint();
    expect(cp.status).toBe('waiting');
    expect(cp.lastError).toBe(outcome.status === 'waiting' ? outcome.message : '');
    expect(cp.lastError).not.toMatch(/at |Error:|\n/);
    expect(cp.lastErrorAt).not.toBeNull();
    // Nothing half: the first page's orders (the newest), each with its items.
    const rows = (await stored()).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [n] = await handle.db
        .select({ n: count() })
        .from(orderItems)
        .where(and(eq(orderItems.accountId, tenant.accountId), eq(orderItems.amazonOrderId, row.amazonOrderId)));
      expect(n!.n, row.amazonOrderId).toBeGreaterThan(0);
    }

    await simControl(sim, 'DELETE', '/_sim/faults');
    expect((await runSync(handle.db, { ...tenant, kind: 'orders' }, options)).status).toBe('ok');
    await expectSameAsAmazon();
    expect((await checkpoint()).lastError).toBeNull();
  });

  it('a hung response times out with a clean message and leaves no rows', async () => {
    client = simulatorClient(sim, 'na', { timeoutMs: 300 });
    await simControl(sim, 'POST', '/_sim/faults', { hangProbability: 1, operations: ['searchOrders'] });
    const outcome = await runSync(handle.db, { ...tenant, kind: 'orders' }, options);
    expect(outcome).toEqual({
      status: 'waiting',
      message: expect.stringMatching(/^Amazon had a temporary problem: it took too long to answer/),
      retryInMs: expect.any(Number),
    });
    expect((await stored()).rows.length).toBe(0);
    expect((await checkpoint()).status).toBe('waiting');
  });

  it('two concurrent runs of the same account and kind: one runs, the other is busy', async () => {
    const outcomes = await Promise.all([
      runSync(handle.db, { ...tenant, kind: 'orders' }, options),
      runSync(handle.db, { ...tenant, kind: 'orders' }, options),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['busy', 'ok']);
    await expectSameAsAmazon();
    // Once the first is done, the lease is free again.
    expect((await runSync(handle.db, { ...tenant, kind: 'orders' }, options)).status).toBe('ok');
  });

  it('refuses an account of another workspace', async () => {
    const other = await seedDemoAccount(handle.db);
    const outcome = await runSync(handle.db, { workspaceId: other.workspaceId, accountId: tenant.accountId, kind: 'orders' }, options);
    expect(outcome).toEqual({ status: 'error', message: 'That Amazon account is not connected.' });
  });
});
