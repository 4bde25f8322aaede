import { describe, expect, it } from 'vitest';
import { orderActions } from './order-actions';
import type { OrderStatus } from '@/db/schema/order-vocabulary';

const mfn = (orderStatus: OrderStatus, isIspu = false) => orderActions({ fulfilledBy: 'MERCHANT', orderStatus, isIspu });

describe('orderActions', () => {
  it('offers Fulfill with FBA and confirm shipment on open seller-fulfilled orders only', () => {
    expect(mfn('UNSHIPPED')).toEqual({
      amazonShips: false,
      storePickup: false,
      canFulfillWithFba: true,
      canConfirmShipment: true,
      canUpdatePickupStatus: false,
    });
    expect(mfn('PARTIALLY_SHIPPED').canFulfillWithFba).toBe(true);
    expect(mfn('SHIPPED')).toMatchObject({ canFulfillWithFba: false, canConfirmShipment: true });
    expect(mfn('CANCELLED')).toMatchObject({ canFulfillWithFba: false, canConfirmShipment: false, canUpdatePickupStatus: false });
    expect(mfn('PENDING')).toMatchObject({ canFulfillWithFba: false, canConfirmShipment: false });
  });

  it('offers only pick-up states on an order the buyer collects in store', () => {
    expect(mfn('UNSHIPPED', true)).toEqual({
      amazonShips: false,
      storePickup: true,
      canFulfillWithFba: false,
      canConfirmShipment: false,
      canUpdatePickupStatus: true,
    });
    expect(mfn('SHIPPED', true).canUpdatePickupStatus).toBe(true);
    expect(mfn('CANCELLED', true).canUpdatePickupStatus).toBe(false);
    expect(mfn('PENDING', true).canUpdatePickupStatus).toBe(false);
  });

  it('says Amazon ships the orders it fulfills', () => {
    expect(orderActions({ fulfilledBy: 'AMAZON', orderStatus: 'UNSHIPPED', isIspu: false })).toEqual({
      amazonShips: true,
      storePickup: false,
      canFulfillWithFba: false,
      canConfirmShipment: false,
      canUpdatePickupStatus: false,
    });
  });
});
