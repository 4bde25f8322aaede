/**
 * Which next steps an order offers. An AFN order is Amazon's to ship; a seller-fulfilled
 * (MFN) order that still has units to ship can be sent from FBA stock (Multi-Channel
 * Fulfillment) and its shipment confirmed on Amazon.
 */
export interface OrderActions {
  amazonShips: boolean;
  canFulfillWithFba: boolean;
  canConfirmShipment: boolean;
}

const OPEN = new Set(['Unshipped', 'PartiallyShipped']);
/** confirmShipment while units are open; updateShipmentStatus also after they shipped. */
const SHIPPABLE = new Set(['Unshipped', 'PartiallyShipped', 'Shipped']);

export function orderActions(order: { fulfillmentChannel: 'AFN' | 'MFN' | null; orderStatus: string }): OrderActions {
  const mfn = order.fulfillmentChannel === 'MFN';
  return {
    amazonShips: order.fulfillmentChannel === 'AFN',
    canFulfillWithFba: mfn && OPEN.has(order.orderStatus),
    canConfirmShipment: mfn && SHIPPABLE.has(order.orderStatus),
  };
}
