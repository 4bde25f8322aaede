import { describe, expect, it } from 'vitest';
import { validateResponse } from './model-validator.js';

const order = { AmazonOrderId: '111-1234567-1234567', PurchaseDate: '2026-01-01T00:00:00Z', LastUpdateDate: '2026-01-01T00:00:00Z', OrderStatus: 'Shipped' };

describe('validateResponse', () => {
  it('accepts a body that follows the model', () => {
    expect(validateResponse('ordersV0.json', 'getOrder', 200, { payload: order })).toEqual([]);
  });

  it('rejects invented or misspelled fields, even nested ones', () => {
    expect(validateResponse('ordersV0.json', 'getOrder', 200, { payload: { ...order, OrderStatuss: 'x' } }).join()).toContain("'OrderStatuss'");
    expect(
      validateResponse('ordersV0.json', 'getOrder', 200, { payload: { ...order, OrderTotal: { CurrencyCode: 'USD', Amount: '1.00', Cents: 100 } } }).join(),
    ).toContain("'Cents'");
  });

  it('rejects wrong enums, types and missing required fields', () => {
    expect(validateResponse('ordersV0.json', 'getOrder', 200, { payload: { ...order, OrderStatus: 'Lost' } })).not.toEqual([]);
    expect(validateResponse('ordersV0.json', 'getOrder', 200, { payload: { ...order, NumberOfItemsShipped: '1' } })).not.toEqual([]);
    const { AmazonOrderId: _omitted, ...withoutId } = order;
    expect(validateResponse('ordersV0.json', 'getOrder', 200, { payload: withoutId })).not.toEqual([]);
  });

  it('requires an empty body for bodiless statuses', () => {
    expect(validateResponse('ordersV0.json', 'confirmShipment', 204, undefined)).toEqual([]);
    expect(validateResponse('ordersV0.json', 'confirmShipment', 204, { a: 1 })).not.toEqual([]);
  });
});
