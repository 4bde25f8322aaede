/**
 * Which next steps an order offers. An order fulfilled by Amazon is Amazon's to ship. A seller-fulfilled
 * (MERCHANT) order that still has units to ship can be sent from FBA stock (Multi-Channel Fulfillment) and
 * its shipment confirmed on Amazon, unless the buyer collects it in store: such an order only
 * has pick-up states (updateShipmentStatus).
 */
import type { FulfilledBy, OrderStatus } from '@/db/schema/order-vocabulary';

export interface OrderActions {
  amazonShips: boolean;
  storePickup: boolean;
  canFulfillWithFba: boolean;
  canConfirmShipment: boolean;
  canUpdatePickupStatus: boolean;
}

const OPEN = new Set<OrderStatus>(['UNSHIPPED', 'PARTIALLY_SHIPPED']);
/** confirmShipment while units are open or to add a package; pick-up states also after pick-up. */
const SHIPPABLE = new Set<OrderStatus>(['UNSHIPPED', 'PARTIALLY_SHIPPED', 'SHIPPED']);

export function orderActions(order: { fulfilledBy: FulfilledBy | null; orderStatus: OrderStatus; isIspu: boolean }): OrderActions {
  const mfn = order.fulfilledBy === 'MERCHANT';
  const shipsToBuyer = mfn && !order.isIspu;
  return {
    amazonShips: order.fulfilledBy === 'AMAZON',
    storePickup: mfn && order.isIspu,
    canFulfillWithFba: shipsToBuyer && OPEN.has(order.orderStatus),
    canConfirmShipment: shipsToBuyer && SHIPPABLE.has(order.orderStatus),
    canUpdatePickupStatus: mfn && order.isIspu && SHIPPABLE.has(order.orderStatus),
  };
}
