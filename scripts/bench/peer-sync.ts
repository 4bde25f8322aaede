/**
 * The orders sync bench's yardstick: the same first sync driven by a widely used third-party
 * client, the `amazon-sp-api` npm package, the way its README shows (callAPI with an operation,
 * the 2026-01-01 version, auto token refresh and its own throttling retry), against a simulator
 * of its own, so the two never share a quota.
 *
 * The package always calls Amazon's hosts over HTTPS; its documented `https_proxy_agent` option
 * is how it is pointed elsewhere. The agent here hands it a plain connection to the simulator
 * instead, which answers a path without a regional prefix as the caller's own region. The
 * package sleeps on the real clock for the restore rate the x-amzn-RateLimit-Limit header gives,
 * so this simulator reports its rates per real second (realTimeRateHeader).
 *
 * It only lists orders: ours also reshapes and stores every page, so the comparison favours it.
 */
import { Agent, type AgentOptions } from 'node:https';
import { connect } from 'node:net';
import type { ClientRequest } from 'node:http';
import { createRequire } from 'node:module';
import { SellingPartner } from 'amazon-sp-api';
import { startSimulator } from '@/simulator/core/server';
import { DEMO_LWA_CLIENT_ID, DEMO_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';

/** The package and version measured, as printed beside the figures. */
export const PEER_CLIENT = `amazon-sp-api ${(createRequire(import.meta.url)('amazon-sp-api/package.json') as { version: string }).version}`;

export interface PeerRun {
  /** Orders listed per seller, in the order of `regions`. */
  perAccount: number[];
  elapsedSeconds: number;
  throttled: number;
}

interface PeerOptions {
  orders: number;
  seed: number;
  clockScale: number;
  lookbackDays: number;
  pageSize: number;
  includedData: readonly string[];
  regions: ReadonlyArray<'na' | 'eu'>;
}

/** Sends every HTTPS request the package makes to the simulator, in plain HTTP, and counts 429s. */
class SimulatorAgent extends Agent {
  throttled = 0;

  constructor(
    private readonly port: number,
    options?: AgentOptions,
  ) {
    super({ keepAlive: true, ...options });
  }

  override createConnection(): ReturnType<typeof connect> {
    return connect(this.port, '127.0.0.1');
  }

  addRequest(req: ClientRequest, options: unknown): void {
    req.once('response', (res) => {
      if (res.statusCode === 429) this.throttled += 1;
    });
    (Agent.prototype as unknown as { addRequest(req: ClientRequest, options: unknown): void }).addRequest.call(this, req, options);
  }
}

export async function runPeerSync(options: PeerOptions): Promise<PeerRun> {
  const sim = await startSimulator({
    port: 0,
    seed: options.seed,
    orders: options.orders,
    clockScale: options.clockScale,
    enforceQuotas: true,
    realTimeRateHeader: true,
  });
  const agent = new SimulatorAgent(sim.port);
  try {
    const clock = sim.runtime.clock;
    const lastUpdatedAfter = new Date(clock.nowMs() - options.lookbackDays * 86_400_000).toISOString();
    const startedAt = clock.nowMs();
    const perAccount = await Promise.all(
      options.regions.map(async (region) => {
        const client = new SellingPartner({
          region,
          refresh_token: DEMO_REFRESH_TOKENS[region],
          credentials: { SELLING_PARTNER_APP_CLIENT_ID: DEMO_LWA_CLIENT_ID, SELLING_PARTNER_APP_CLIENT_SECRET: DEMO_LWA_CLIENT_SECRET },
          options: { https_proxy_agent: agent, auto_request_tokens: true, auto_request_throttled: true },
        });
        const participations = (await client.callAPI({ operation: 'getMarketplaceParticipations', endpoint: 'sellers' })) as Array<{
          marketplace: { id: string };
        }>;
        const marketplaceIds = participations.map((p) => p.marketplace.id);
        let listed = 0;
        let paginationToken: string | undefined;
        do {
          const page = (await client.callAPI({
            operation: 'searchOrders',
            endpoint: 'orders',
            query: paginationToken
              ? { paginationToken, maxResultsPerPage: options.pageSize, includedData: [...options.includedData] }
              : { marketplaceIds, lastUpdatedAfter, maxResultsPerPage: options.pageSize, includedData: [...options.includedData] },
            options: { version: '2026-01-01' },
          })) as { orders: unknown[]; pagination?: { nextToken?: string } };
          listed += page.orders.length;
          paginationToken = page.pagination?.nextToken;
        } while (paginationToken);
        return listed;
      }),
    );
    return { perAccount, elapsedSeconds: (clock.nowMs() - startedAt) / 1000, throttled: agent.throttled };
  } finally {
    agent.destroy();
    await sim.close();
  }
}
