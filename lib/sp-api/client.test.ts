/**
 * The client's refusal of operations Amazon has retired (legacy-operations.ts), with a fake
 * fetch that records every request, Login with Amazon included.
 */
import { describe, expect, it } from 'vitest';
import { createSpApiClient } from './client';
import { RetiredOperationError } from './errors';
import type { CreateInboundShipmentPlanRequest } from './generated/fulfillment-inbound-v0';
import { silentSpApiLogger } from './log';
import { LwaTokenManager } from './lwa';
import { InMemoryQuotaStore } from './quota';
import { LWA_TOKEN_ENDPOINT, type EndpointOverrides } from './regions';

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

const PLAN_BODY: CreateInboundShipmentPlanRequest = {
  ShipFromAddress: { Name: 'Northwind', AddressLine1: '1 Main St', City: 'Seattle', StateOrProvinceCode: 'WA', CountryCode: 'US', PostalCode: '98121' },
  LabelPrepPreference: 'SELLER_LABEL',
  InboundShipmentPlanRequestItems: [{ SellerSKU: 'SKU-1', ASIN: 'B000000001', Condition: 'NewItem', Quantity: 10 }],
};

describe('operations Amazon has retired', () => {
  it("are refused against Amazon's own host before anything is sent, with a message for the seller", async () => {
    const { client, requests } = recordingClient({ now: Date.parse('2026-12-04T12:00:00Z') });
    const call = client.fulfillmentInboundV0.createInboundShipmentPlan({ body: PLAN_BODY });
    await expect(call).rejects.toThrow(RetiredOperationError);
    await expect(call).rejects.toThrow(
      'Amazon retired the old way to plan an inbound shipment on Jan 21, 2025; Send to Amazon (Fulfillment Inbound API 2024-03-20) replaces it. ' +
        'Until Seller Ops moves inbound shipments to Send to Amazon, create and manage this shipment in Seller Central.',
    );
    expect(requests).toEqual([]);
  });

  it('are still sent to the simulator, which serves them until the product moves off them', async () => {
    const { client, requests } = recordingClient({ now: Date.parse('2026-12-04T12:00:00Z') }, SIMULATOR);
    await client.fulfillmentInboundV0.createInboundShipmentPlan({ body: PLAN_BODY });
    expect(requests).toEqual(['POST http://127.0.0.1:4010/auth/o2/token', 'POST http://127.0.0.1:4010/fba/inbound/v0/plans']);
  });
});
