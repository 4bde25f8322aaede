/**
 * The client's refusal of operations Amazon has retired (legacy-operations.ts), with a fake
 * fetch that records every request, Login with Amazon included.
 */
import { describe, expect, it } from 'vitest';
import { createSpApiClient } from './client';
import { RetiredOperationError } from './errors';
import { silentSpApiLogger } from './log';
import { LwaTokenManager } from './lwa';
import { InMemoryQuotaStore } from './quota';
import { LWA_TOKEN_ENDPOINT, type EndpointOverrides } from './regions';
import { EXAMPLE_RETIREMENT, EXAMPLE_RETIREMENT_MESSAGE } from '@/test/support/retired-operation';

const SIMULATOR: EndpointOverrides = { spApiEndpoint: 'http://127.0.0.1:4010', lwaEndpoint: 'http://127.0.0.1:4010/auth/o2/token' };

function recordingClient(clock: { now: number }, endpoints?: EndpointOverrides) {
  const requests: string[] = [];
  const fetch = async (input: string | URL, init?: RequestInit) => {
    const url = String(input);
    requests.push(`${init?.method ?? 'GET'} ${url}`);
    const body = url.endsWith('/auth/o2/token') ? { access_token: 'Atza|test.1', token_type: 'bearer', expires_in: 3600 } : { payload: {} };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const now = () => clock.now;
  const credentials = { clientId: 'amzn1.application-oa2-client.test', clientSecret: 'secret', refreshToken: 'Atzr|test.r1' };
  const client = createSpApiClient({
    credentials,
    sellingPartnerId: 'A1TESTSELLER',
    region: 'na',
    ...(endpoints ? { endpoints } : {}),
    fetch,
    now,
    sleep: async () => {},
    quotaStore: new InMemoryQuotaStore(),
    logger: silentSpApiLogger,
    legacyOperations: [EXAMPLE_RETIREMENT],
    // Its own token cache, so no other test's token hides a Login with Amazon request.
    lwa: new LwaTokenManager({
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      endpoint: endpoints?.lwaEndpoint ?? LWA_TOKEN_ENDPOINT,
      fetch,
      now,
    }),
  });
  return { client, requests };
}

describe('operations Amazon has retired', () => {
  it("are refused against Amazon's own host from the retirement day, before anything is sent, with a message for the seller", async () => {
    const { client, requests } = recordingClient({ now: Date.parse('2026-12-04T12:00:00Z') });
    const call = client.sellers.getMarketplaceParticipations();
    await expect(call).rejects.toThrow(RetiredOperationError);
    await expect(call).rejects.toThrow(EXAMPLE_RETIREMENT_MESSAGE);
    expect(requests).toEqual([]);
  });

  it('are sent the day before, and always to the simulator', async () => {
    const before = recordingClient({ now: Date.parse('2026-06-29T23:59:00Z') });
    await before.client.sellers.getMarketplaceParticipations();
    expect(before.requests).toEqual([`POST ${LWA_TOKEN_ENDPOINT}`, 'GET https://sellingpartnerapi-na.amazon.com/sellers/v1/marketplaceParticipations']);
    const simulated = recordingClient({ now: Date.parse('2026-12-04T12:00:00Z') }, SIMULATOR);
    await simulated.client.sellers.getMarketplaceParticipations();
    expect(simulated.requests).toEqual(['POST http://127.0.0.1:4010/auth/o2/token', 'GET http://127.0.0.1:4010/sellers/v1/marketplaceParticipations']);
  });
});
