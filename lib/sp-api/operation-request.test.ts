import { describe, expect, it } from 'vitest';
import * as generated from './generated';
import { operationSpec } from './models';
import { buildOperationRequest, InvalidParamsError } from './operation-request';

describe('buildOperationRequest', () => {
  it('serialises csv arrays comma-joined and skips absent or empty values', () => {
    const request = buildOperationRequest(operationSpec('ordersV0', 'getOrders'), {
      MarketplaceIds: ['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2'],
      CreatedAfter: '2026-01-01T00:00:00Z',
      OrderStatuses: [],
      BuyerEmail: undefined,
      MaxResultsPerPage: 50,
      IsISPU: false,
    });
    expect(request.method).toBe('GET');
    const url = new URL(request.pathAndQuery, 'https://x');
    expect(url.pathname).toBe('/orders/v0/orders');
    expect(url.searchParams.get('MarketplaceIds')).toBe('ATVPDKIKX0DER,A2EUQ1WTGCTBG2');
    expect(url.searchParams.get('CreatedAfter')).toBe('2026-01-01T00:00:00Z');
    expect(url.searchParams.get('MaxResultsPerPage')).toBe('50');
    expect(url.searchParams.get('IsISPU')).toBe('false');
    expect(url.searchParams.has('OrderStatuses')).toBe(false);
    expect(url.searchParams.has('BuyerEmail')).toBe(false);
    expect(request.body).toBeUndefined();
  });

  it('encodes path parameters and ignores unknown params', () => {
    const request = buildOperationRequest(operationSpec('fulfillmentOutbound', 'getFulfillmentOrder'), { sellerFulfillmentOrderId: 'a/b c?', extra: 'x' });
    expect(request.pathAndQuery).toBe('/fba/outbound/2020-07-01/fulfillmentOrders/a%2Fb%20c%3F');
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
    expect(() => buildOperationRequest(operationSpec('ordersV0', 'getOrder'), {})).toThrow(InvalidParamsError);
  });

  it('knows the same operation id in two models apart', () => {
    expect(operationSpec('ordersV0', 'getOrder').path).toBe('/orders/v0/orders/{orderId}');
    expect(operationSpec('orders20260101', 'getOrder').path).toBe('/orders/2026-01-01/orders/{orderId}');
    expect(buildOperationRequest(operationSpec('orders20260101', 'getOrder'), { orderId: '1', includedData: ['BUYER', 'RECIPIENT'] }).pathAndQuery).toBe(
      '/orders/2026-01-01/orders/1?includedData=BUYER%2CRECIPIENT',
    );
    expect(() => operationSpec('ordersV0', 'searchOrders')).toThrow(/no operation/);
    expect(Object.keys(generated.ordersV0.operations)).toContain('getOrder');
  });
});
