import { describe, expect, it } from 'vitest';
import { orderActions } from './order-actions';

describe('orderActions', () => {
  it('offers Fulfill with FBA and confirm shipment on open MFN orders only', () => {
    expect(orderActions({ fulfillmentChannel: 'MFN', orderStatus: 'Unshipped' })).toEqual({ amazonShips: false, canFulfillWithFba: true, canConfirmShipment: true });
    expect(orderActions({ fulfillmentChannel: 'MFN', orderStatus: 'PartiallyShipped' }).canFulfillWithFba).toBe(true);
    expect(orderActions({ fulfillmentChannel: 'MFN', orderStatus: 'Shipped' })).toEqual({ amazonShips: false, canFulfillWithFba: false, canConfirmShipment: true });
    expect(orderActions({ fulfillmentChannel: 'MFN', orderStatus: 'Canceled' })).toEqual({ amazonShips: false, canFulfillWithFba: false, canConfirmShipment: false });
  });

  it('says Amazon ships AFN orders', () => {
    expect(orderActions({ fulfillmentChannel: 'AFN', orderStatus: 'Unshipped' })).toEqual({ amazonShips: true, canFulfillWithFba: false, canConfirmShipment: false });
  });
});
