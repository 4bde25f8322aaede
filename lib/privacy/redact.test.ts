/** Amazon's error messages lose the buyer PII our request carried, before any log or audit entry sees them. */
import { describe, expect, it } from 'vitest';
import { createSpApiClient } from '@/lib/sp-api/client';
import { SpApiError } from '@/lib/sp-api/errors';
import type { CreateFulfillmentOrderRequest } from '@/lib/sp-api/generated/fulfillment-outbound';
import { silentSpApiLogger } from '@/lib/sp-api/log';
import { LwaTokenManager } from '@/lib/sp-api/lwa';
import { InMemoryQuotaStore } from '@/lib/sp-api/quota';
import { redactValues, requestPii } from './redact';

const ORDER: CreateFulfillmentOrderRequest = {
  sellerFulfillmentOrderId: 'WEB-1001',
  displayableOrderId: 'WEB-1001',
  displayableOrderDate: '2026-12-01T10:00:00Z',
  displayableOrderComment: 'Thank you for your order',
  shippingSpeedCategory: 'Standard',
  destinationAddress: {
    name: 'Maya Rivera',
    addressLine1: '742 Evergreen Terrace',
    city: 'Springfield',
    stateOrRegion: 'OR',
    postalCode: '97477',
    countryCode: 'US',
    phone: '+1 541 555 0100',
  },
  notificationEmails: ['maya@example.com'],
  items: [{ sellerSku: 'SKU-1', sellerFulfillmentOrderItemId: '1', quantity: 1 }],
};

describe('buyer PII in a request', () => {
  it("is read from the models' PII fields only", () => {
    expect(requestPii('fulfillmentOutbound.createFulfillmentOrder', ORDER)).toEqual([
      'Maya Rivera',
      '742 Evergreen Terrace',
      '+1 541 555 0100',
      'maya@example.com',
    ]);
    expect(requestPii('fulfillmentOutbound.getFulfillmentPreview', { address: { name: 'Maya Rivera', city: 'Springfield' } })).toEqual(['Maya Rivera']);
    expect(requestPii('messaging.createConfirmOrderDetails', { text: 'Dear Maya, it ships today.' })).toEqual(['Dear Maya, it ships today.']);
    expect(requestPii('fulfillmentInbound.createInboundPlan', { name: 'Plan A', text: 'not a message' })).toEqual([]);
  });

  it('is replaced in any letter case and JSON-escaped, the rest of the message kept', () => {
    expect(redactValues('Address "742 EVERGREEN TERRACE, Springfield" is not deliverable for Maya Rivera.', ['Maya Rivera', '742 Evergreen Terrace'])).toBe(
      'Address "[redacted], Springfield" is not deliverable for [redacted].',
    );
    expect(redactValues('{"name":"Jos\u00e9 \\"Pepe\\" Ruiz"}', ['José "Pepe" Ruiz'])).toBe('{"name":"[redacted]"}');
  });
});

describe("the SP-API client's errors", () => {
  it("carry Amazon's message without the address the request sent", async () => {
    const fetch = async (input: string | URL) => {
      if (String(input).endsWith('/auth/o2/token')) return Response.json({ access_token: 'Atza|test.1', token_type: 'bearer', expires_in: 3600 });
      const errors = [
        {
          code: 'InvalidInput',
          message: 'Invalid destination address: 742 Evergreen Terrace for Maya Rivera.',
          details: 'Phone +1 541 555 0100 is not valid; postal code 97477.',
        },
      ];
      return Response.json({ errors }, { status: 400, headers: { 'x-amzn-RequestId': 'req-1' } });
    };
    const credentials = { clientId: 'amzn1.application-oa2-client.test', clientSecret: 'secret', refreshToken: 'Atzr|test.r1' };
    const client = createSpApiClient({
      credentials,
      sellingPartnerId: 'A1TESTSELLER',
      region: 'na',
      endpoints: { spApiEndpoint: 'http://127.0.0.1:4010', lwaEndpoint: 'http://127.0.0.1:4010/auth/o2/token' },
      fetch,
      sleep: async () => {},
      quotaStore: new InMemoryQuotaStore(),
      logger: silentSpApiLogger,
      lwa: new LwaTokenManager({
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        endpoint: 'http://127.0.0.1:4010/auth/o2/token',
        fetch,
      }),
    });
    const error = await client.fulfillmentOutbound.createFulfillmentOrder({ body: ORDER }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpApiError);
    expect(error).toMatchObject({
      kind: 'InvalidInput',
      code: 'InvalidInput',
      message: 'Invalid destination address: [redacted] for [redacted].',
      details: 'Phone [redacted] is not valid; postal code 97477.',
      requestId: 'req-1',
      operation: 'fulfillmentOutbound.createFulfillmentOrder',
    });
  });
});
