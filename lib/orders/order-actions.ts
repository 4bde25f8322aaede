/**
 * Which next steps an order offers. An AFN order is Amazon's to ship. A seller-fulfilled (MFN)
 * order that still has units to ship can be sent from FBA stock (Multi-Channel Fulfillment) and
 * its shipment confirmed on Amazon, unless the buyer collects it in store: such an order only
 * has pick-up states (updateShipmentStatus).
 */
export interface OrderActions {
  amazonShips: boolean;
  storePickup: boolean;
  canFulfillWithFba: boolean;
  canConfirmShipment: boolean;
  canUpdatePickupStatus: boolean;
}

const OPEN = new Set(['Unshipped', 'PartiallyShipped']);
/** confirmShipment while units are open or to add a package; pick-up states also after pick-up. */
const SHIPPABLE = new Set(['Unshipped', 'PartiallyShipped', 'Shipped']);

export function orderActions(order: { fulfillmentChannel: 'AFN' | 'MFN' | null; orderStatus: string; isIspu: boolean }): OrderActions {
  const mfn = order.fulfillmentChannel === 'MFN';
  const shipsToBuyer = mfn && !order.isIspu;
  return {
    amazonShips: order.fulfillmentChannel === 'AFN',
    storePickup: mfn && order.isIspu,
    canFulfillWithFba: shipsToBuyer && OPEN.has(order.orderStatus),
    canConfirmShipment: shipsToBuyer && SHIPPABLE.has(order.orderStatus),
    canUpdatePickupStatus: mfn && order.isIspu && SHIPPABLE.has(order.orderStatus),
  };
}
