import { describe, expect, it } from 'vitest';
import { orderActions } from './order-actions';

const mfn = (orderStatus: string, isIspu = false) => orderActions({ fulfillmentChannel: 'MFN', orderStatus, isIspu });

describe('orderActions', () => {
  it('offers Fulfill with FBA and confirm shipment on open MFN orders only', () => {
    expect(mfn('Unshipped')).toEqual({
      amazonShips: false,
      storePickup: false,
      canFulfillWithFba: true,
      canConfirmShipment: true,
      canUpdatePickupStatus: false,
    });
    expect(mfn('PartiallyShipped').canFulfillWithFba).toBe(true);
    expect(mfn('Shipped')).toMatchObject({ canFulfillWithFba: false, canConfirmShipment: true });
    expect(mfn('Canceled')).toMatchObject({ canFulfillWithFba: false, canConfirmShipment: false, canUpdatePickupStatus: false });
    expect(mfn('Pending')).toMatchObject({ canFulfillWithFba: false, canConfirmShipment: false });
  });

  it('offers only pick-up states on an order the buyer collects in store', () => {
    expect(mfn('Unshipped', true)).toEqual({
      amazonShips: false,
      storePickup: true,
      canFulfillWithFba: false,
      canConfirmShipment: false,
      canUpdatePickupStatus: true,
    });
    expect(mfn('Shipped', true).canUpdatePickupStatus).toBe(true);
    expect(mfn('Canceled', true).canUpdatePickupStatus).toBe(false);
    expect(mfn('Pending', true).canUpdatePickupStatus).toBe(false);
  });

  it('says Amazon ships AFN orders', () => {
    expect(orderActions({ fulfillmentChannel: 'AFN', orderStatus: 'Unshipped', isIspu: false })).toEqual({
      amazonShips: true,
      storePickup: false,
      canFulfillWithFba: false,
      canConfirmShipment: false,
      canUpdatePickupStatus: false,
    });
  });
});
