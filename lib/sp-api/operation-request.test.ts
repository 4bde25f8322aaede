import { describe, expect, it } from 'vitest';
import * as generated from './generated';
import { operationSpec } from './models';
import { buildOperationRequest, InvalidParamsError } from './operation-request';

describe('buildOperationRequest', () => {
  it('serialises csv arrays comma-joined and skips absent or empty values', () => {
    const request = buildOperationRequest(operationSpec('orders20260101', 'searchOrders'), {
      marketplaceIds: ['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2'],
      createdAfter: '2026-01-01T00:00:00Z',
      fulfillmentStatuses: [],
      paginationToken: undefined,
      maxResultsPerPage: 50,
      includedData: ['FULFILLMENT'],
    });
    expect(request.method).toBe('GET');
    const url = new URL(request.pathAndQuery, 'https://x');
    expect(url.pathname).toBe('/orders/2026-01-01/orders');
    expect(url.searchParams.get('marketplaceIds')).toBe('ATVPDKIKX0DER,A2EUQ1WTGCTBG2');
    expect(url.searchParams.get('createdAfter')).toBe('2026-01-01T00:00:00Z');
    expect(url.searchParams.get('maxResultsPerPage')).toBe('50');
    expect(url.searchParams.get('includedData')).toBe('FULFILLMENT');
    expect(url.searchParams.has('fulfillmentStatuses')).toBe(false);
    expect(url.searchParams.has('paginationToken')).toBe(false);
    expect(request.body).toBeUndefined();
  });

  it('encodes path parameters and ignores unknown params', () => {
    const request = buildOperationRequest(operationSpec('fulfillmentOutbound', 'getFulfillmentOrder'), { sellerFulfillmentOrderId: 'a/b c?', extra: 'x' });
    expect(request.pathAndQuery).toBe('/fba/outbound/2020-07-01/fulfillmentOrders/a%2Fb%20c%3F');
  });

  it("keeps a greedy path parameter's slashes and refuses segments that would leave the path", () => {
    const spec = operationSpec('uploads', 'createUploadDestinationForResource');
    const request = buildOperationRequest(spec, {
      resource: '/messaging/v1/orders/112-1 2/messages/invoice',
      marketplaceIds: ['ATVPDKIKX0DER'],
      contentMD5: 'XUFAKrxLKna5cZ2REBfFkg==',
    });
    expect(request.pathAndQuery).toBe(
      '/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/112-1%202/messages/invoice?marketplaceIds=ATVPDKIKX0DER&contentMD5=XUFAKrxLKna5cZ2REBfFkg%3D%3D',
    );
    for (const resource of ['messaging/../tokens', 'messaging//v1', 'messaging/./v1']) {
      expect(() => buildOperationRequest(spec, { resource, marketplaceIds: ['ATVPDKIKX0DER'], contentMD5: 'x' })).toThrow(InvalidParamsError);
    }
  });

  it('sends the body as JSON and header params as headers', () => {
    const request = buildOperationRequest(operationSpec('fbaInventory', 'addInventory'), { 'x-amzn-idempotency-token': 'tok-1', body: { inventoryItems: [] } });
    expect(request).toMatchObject({
      method: 'POST',
      body: '{"inventoryItems":[]}',
      headers: { 'x-amzn-idempotency-token': 'tok-1', 'content-type': 'application/json' },
    });
  });

  it('refuses a missing path parameter instead of calling a wrong URL', () => {
    expect(() => buildOperationRequest(operationSpec('orders20260101', 'getOrder'), {})).toThrow(InvalidParamsError);
  });

  it('knows the same operation id in two models apart', () => {
    expect(operationSpec('ordersV0', 'confirmShipment').path).toBe('/orders/v0/orders/{orderId}/shipmentConfirmation');
    expect(operationSpec('orders20260101', 'getOrder').path).toBe('/orders/2026-01-01/orders/{orderId}');
    expect(buildOperationRequest(operationSpec('orders20260101', 'getOrder'), { orderId: '1', includedData: ['BUYER', 'RECIPIENT'] }).pathAndQuery).toBe(
      '/orders/2026-01-01/orders/1?includedData=BUYER%2CRECIPIENT',
    );
    expect(() => operationSpec('ordersV0', 'searchOrders')).toThrow(/no operation/);
    // Orders v0 getOrder is deprecated and left out of the client; Orders 2026-01-01 has its own.
    expect(() => operationSpec('ordersV0', 'getOrder')).toThrow(/no operation/);
    expect(Object.keys(generated.orders20260101.operations)).toContain('getOrder');
  });
});
