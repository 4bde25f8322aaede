/**
 * `npm run bench:sync`: how close the orders sync gets to what Amazon's usage plans allow.
 * Starts a simulator in-process with BENCH_ORDERS orders (default 20,000) on an accelerated
 * clock WITH quotas enforced, and syncs both demo sellers' orders (searchOrders, items inline)
 * through the real client, whose quota waits and backoff run on the simulated clock. Prints
 * orders per simulated second, the usage-plan ceiling, their ratio and the 429s received, what
 * a first sync of 20,000 orders costs at Amazon's pace on this API and on the Orders v0 path
 * it replaced (getOrders pages plus one getOrderItems per order), and ends with
 * `sync: ratio=<r> 429s=<n> orders=<n>`. Before it, the same first sync driven by the
 * `amazon-sp-api` npm package on a simulator of its own (bench/peer-sync.ts), measured the same
 * way: `peer: ratio=<r> 429s=<n> orders=<n>` (BENCH_PEER=0 skips it).
 */
import { setTimeout as delay } from 'node:timers/promises';
import { openDatabase } from '@/db/client';
import { createSpApiClient } from '@/lib/sp-api/client';
import { silentSpApiLogger } from '@/lib/sp-api/log';
import { InMemoryQuotaStore } from '@/lib/sp-api/quota';
import { REGION_PLACEHOLDER } from '@/lib/sp-api/regions';
import { operations as ordersOperations } from '@/lib/sp-api/generated/orders-2026-01-01';
import { DEFAULT_SYNC_SETTINGS } from '@/lib/sync/context';
import { runSync } from '@/lib/sync/runner';
import { seedDemoAccount } from '@/test/support/demo-account';
import { findOperation } from '@/simulator/core/models';
import { startSimulator } from '@/simulator/core/server';
import { parseUsagePlan } from './generate-sp-api';
import { PEER_CLIENT, runPeerSync } from './bench/peer-sync';
import { ORDER_DATASETS } from '@/lib/orders';
import { DEMO_LWA_CLIENT_ID, DEMO_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 20_000);
/**
 * searchOrders restores one request every 180 s: 3 s real at 60x. A page's round trip and its
 * write of 100 orders cost about 150 ms real here, 9 simulated seconds, small beside that; at
 * 600x they would cost 90 and the bench would measure this machine (ratio 0.41 against 0.91).
 */
const SCALE = Number(process.env.BENCH_CLOCK_SCALE ?? 60);
const PAGE_SIZE = DEFAULT_SYNC_SETTINGS.ordersPageSize;
/**
 * The client adds this margin to every quota wait so a call that travels slower than the one
 * before it still finds its token. It must cover the jitter of a round trip, which the
 * accelerated clock multiplies: 5 ms of real jitter is 750 simulated ms at 150x. (Waits are
 * reserved ahead, so the margin delays a call without lowering the rate.)
 */
const MARGIN_MS = Number(process.env.BENCH_MARGIN_REAL_MS ?? 5) * SCALE;

const SEED = 3;
// Everything the simulator generated (90 days) plus a margin.
const LOOKBACK_DAYS = 91;
const peer =
  process.env.BENCH_PEER === '0'
    ? null
    : await runPeerSync({
        orders: ORDERS,
        seed: SEED,
        clockScale: SCALE,
        lookbackDays: LOOKBACK_DAYS,
        pageSize: PAGE_SIZE,
        includedData: ORDER_DATASETS,
        regions: ['na', 'eu'],
      });

const sim = await startSimulator({ port: 0, seed: SEED, orders: ORDERS, clockScale: SCALE, enforceQuotas: true });
const clock = sim.runtime.clock;
const handle = await openDatabase({ pgliteDir: null });

/** Sleeps until the simulated clock has moved `ms`, whatever the timer granularity. */
async function simSleep(ms: number): Promise<void> {
  const target = clock.nowMs() + ms;
  while (clock.nowMs() < target) await delay(Math.max(1, Math.ceil((target - clock.nowMs()) / SCALE)));
}

let throttled = 0;
const throttledPaths = new Map<string, number>();
const countingFetch = async (input: string | URL, init?: RequestInit) => {
  const response = await fetch(input, init);
  if (response.status === 429) {
    throttled += 1;
    const path = new URL(String(input)).pathname.replace(/\/[0-9A-Z-]{10,}(?=\/|$)/g, '/{id}');
    throttledPaths.set(path, (throttledPaths.get(path) ?? 0) + 1);
  }
  return response;
};

const accounts = await Promise.all((['na', 'eu'] as const).map(async (region) => ({ region, tenant: await seedDemoAccount(handle.db, region) })));
const quotaStore = new InMemoryQuotaStore();
const clients = new Map(
  accounts.map(({ region, tenant }) => [
    tenant.accountId,
    createSpApiClient({
      credentials: { clientId: DEMO_LWA_CLIENT_ID, clientSecret: DEMO_LWA_CLIENT_SECRET, refreshToken: DEMO_REFRESH_TOKENS[region] },
      sellingPartnerId: region === 'na' ? 'A1DEMOSELLERNA' : 'A1DEMOSELLEREU',
      region,
      endpoints: { spApiEndpoint: `${sim.url}/${REGION_PLACEHOLDER}`, lwaEndpoint: `${sim.url}/auth/o2/token` },
      now: () => clock.nowMs(),
      sleep: simSleep,
      fetch: countingFetch,
      quotaStore,
      quotaMarginMs: MARGIN_MS,
      logger: silentSpApiLogger,
    }),
  ]),
);

const startedAt = clock.nowMs();
const outcomes = await Promise.all(
  accounts.map(({ tenant }) =>
    runSync(
      handle.db,
      { ...tenant, kind: 'orders' },
      {
        clientFor: async () => clients.get(tenant.accountId)!,
        now: () => clock.now(),
        settings: { initialLookbackDays: LOOKBACK_DAYS, ordersPageSize: PAGE_SIZE },
        intervalMinutes: 15,
      },
    ),
  ),
);
const elapsedSeconds = (clock.nowMs() - startedAt) / 1000;

const perAccount = outcomes.map((outcome, i) => {
  if (outcome.status !== 'ok') throw new Error(`The ${accounts[i]!.region} sync did not finish: ${JSON.stringify(outcome)}`);
  return outcome.synced;
});
const synced = perAccount.reduce((a, b) => a + b, 0);

/**
 * The fastest the usage plans allow for n orders with their items, per seller (each has its
 * own buckets, and the two sellers run side by side): searchOrders pages after its burst.
 */
function minimumSeconds(orders: number): number {
  const list = ordersOperations.searchOrders;
  return Math.max(0, Math.ceil(orders / PAGE_SIZE) - list.burst) / list.rate;
}

/** The usage plan of an Orders v0 read, from the model (the client no longer offers these). */
const v0Plan = (operationId: string) => parseUsagePlan(findOperation('ordersV0.json', operationId).description)!;

/** The same on the Orders v0 path: getOrders pages and one getOrderItems per order; the slower bounds it. */
function minimumSecondsV0(orders: number): number {
  const list = v0Plan('getOrders');
  const items = v0Plan('getOrderItems');
  const pages = Math.ceil(orders / PAGE_SIZE);
  return Math.max(Math.max(0, pages - list.burst) / list.rate, Math.max(0, orders - items.burst) / items.rate);
}
/** Orders per simulated second against what the usage plans allow for these sellers' orders. */
function measure(perSeller: number[], seconds: number) {
  const total = perSeller.reduce((a, b) => a + b, 0);
  const floor = Math.max(...perSeller.map(minimumSeconds));
  const achieved = total / seconds;
  const ceiling = floor > 0 ? total / floor : Infinity;
  return { achieved, ceiling, ratio: Number.isFinite(ceiling) ? achieved / ceiling : 1 };
}
const { achieved, ceiling, ratio } = measure(perAccount, elapsedSeconds);

console.info(`simulated time:   ${elapsedSeconds.toFixed(0)} s (clock ${SCALE}x)`);
console.info(`orders synced:    ${synced} (${perAccount.join(' + ')}) with their items`);
console.info(`achieved:         ${achieved.toFixed(4)} orders per simulated second`);
console.info(
  `usage-plan limit: ${ceiling.toFixed(4)} orders per simulated second (searchOrders ${ordersOperations.searchOrders.rate} rps burst ${ordersOperations.searchOrders.burst}, per seller)`,
);
const FIRST_SYNC = 20_000;
console.info(
  `first sync of ${FIRST_SYNC} orders at Amazon's pace: ${(minimumSeconds(FIRST_SYNC) / 60).toFixed(0)} min on searchOrders, ` +
    `${(minimumSecondsV0(FIRST_SYNC) / 60).toFixed(0)} min on Orders v0 (getOrders + getOrderItems); at this run's ratio ${(minimumSeconds(FIRST_SYNC) / ratio / 60 || 0).toFixed(0)} min`,
);
if (throttled) console.info(`429s by path:     ${[...throttledPaths].map(([p, n]) => `${p} ${n}`).join(', ')}`);
if (peer) {
  const peerOrders = peer.perAccount.reduce((a, b) => a + b, 0);
  console.info(`peer (${PEER_CLIENT}):   ${peerOrders} orders listed in ${peer.elapsedSeconds.toFixed(0)} simulated s, without storing them`);
  console.info(`peer: ratio=${measure(peer.perAccount, peer.elapsedSeconds).ratio.toFixed(2)} 429s=${peer.throttled} orders=${peerOrders}`);
}
console.info(`sync: ratio=${ratio.toFixed(2)} 429s=${throttled} orders=${synced}`);

await handle.close();
await sim.close();
process.exit(0);
