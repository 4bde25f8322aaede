import { describe, expect, it } from 'vitest';
import type { FulfillmentStatus, Order } from '@/lib/sp-api/generated/orders-2026-01-01';
import { ORDER_STATUSES } from '@/db/schema/order-vocabulary';
import { reshapeOrder } from './reshape';

const tenant = { workspaceId: '0b7d0d3c-5c1e-4b0a-8f5e-1a2b3c4d5e6f', accountId: '6f1c1f7e-2f7b-4a8e-9d59-3f7c6f1e2a11' };

const order = (fulfillment: Order['fulfillment']): Order => ({
  orderId: '111-0000001-0000001',
  createdTime: '2026-03-01T10:00:00Z',
  lastUpdatedTime: '2026-03-02T10:00:00Z',
  programs: ['PRIME'],
  salesChannel: { channelName: 'AMAZON', marketplaceId: 'ATVPDKIKX0DER', marketplaceName: 'Amazon.com' },
  ...(fulfillment ? { fulfillment } : {}),
  orderItems: [
    {
      orderItemId: '44001',
      quantityOrdered: 2,
      product: { asin: 'B000000001', sellerSku: 'SKU-1', price: { unitPrice: { amount: '4.50', currencyCode: 'USD' } } },
      fulfillment: { quantityFulfilled: 1, quantityUnfulfilled: 1 },
    },
  ],
});

describe('reshapeOrder', () => {
  it("stores the order's status exactly as Amazon's fulfillmentStatus, for every status the model has", () => {
    const amazon: FulfillmentStatus[] = ['PENDING_AVAILABILITY', 'PENDING', 'UNSHIPPED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'CANCELLED', 'UNFULFILLABLE'];
    expect([...amazon].sort()).toEqual([...ORDER_STATUSES].sort());
    for (const fulfillmentStatus of amazon) {
      expect(reshapeOrder(order({ fulfillmentStatus, fulfilledBy: 'MERCHANT' }), tenant).order.orderStatus).toBe(fulfillmentStatus);
    }
  });

  it('stores who fulfills it as Amazon says (AMAZON, MERCHANT), and nothing for a word the model does not list', () => {
    expect(reshapeOrder(order({ fulfillmentStatus: 'SHIPPED', fulfilledBy: 'AMAZON' }), tenant).order.fulfilledBy).toBe('AMAZON');
    expect(reshapeOrder(order({ fulfillmentStatus: 'UNSHIPPED', fulfilledBy: 'MERCHANT' }), tenant).order.fulfilledBy).toBe('MERCHANT');
    expect(reshapeOrder(order({ fulfillmentStatus: 'UNSHIPPED', fulfilledBy: 'AFN' }), tenant).order.fulfilledBy).toBeNull();
    expect(reshapeOrder(order({ fulfillmentStatus: 'UNSHIPPED' }), tenant).order.fulfilledBy).toBeNull();
  });

  it('stores an order without the FULFILLMENT dataset as PENDING, fulfilled by nobody known', () => {
    const { order: row, items } = reshapeOrder(order(undefined), tenant);
    expect(row).toMatchObject({ orderStatus: 'PENDING', fulfilledBy: null, isPrime: true, itemsShipped: 1, itemsUnshipped: 1 });
    expect(items).toEqual([expect.objectContaining({ orderItemId: '44001', quantityShipped: 1, itemPriceAmount: '9.00' })]);
  });
});
