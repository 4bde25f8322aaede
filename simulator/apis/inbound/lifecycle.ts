/**
 * A shipment's life after it leaves the seller, derived from when it shipped (handed to the
 * seller's own carrier, or picked up by the partnered one) and the simulated clock:
 *
 *   SHIPPED -12h-> IN_TRANSIT -60h-> DELIVERED -6h-> CHECKED_IN -6h-> RECEIVING -48h-> CLOSED
 *
 * Units follow: inboundWorking until shipped, inboundShipped until receiving starts, then
 * each received unit moves from inboundReceiving to fulfillable; QuantityReceived grows hour
 * by hour through RECEIVING. Cancelled shipments stop where they were and release their units.
 */
import type { ShipmentStatus } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { carrierPickupAt } from './carrier-bookings.js';
import type { AppliedInventory, ShipmentItemRecord, ShipmentRecord } from './records.js';

const HOUR = 3600_000;
/** Hours after shipping at which each status begins. */
export const STATUS_OFFSETS_H = {
  SHIPPED: 0,
  IN_TRANSIT: 12,
  DELIVERED: 72,
  CHECKED_IN: 78,
  RECEIVING: 84,
  CLOSED: 132,
} as const;
type MovingStatus = keyof typeof STATUS_OFFSETS_H;
const MOVING: MovingStatus[] = ['SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'CHECKED_IN', 'RECEIVING', 'CLOSED'];

/** When the shipment left: the earlier of the seller's own shipping and the partnered carrier's pickup (if that has happened). */
export function shippedAt(shipment: ShipmentRecord, now: Date): Date | undefined {
  const candidates: Date[] = [];
  if (shipment.sellerShippedAt) candidates.push(shipment.sellerShippedAt);
  const pickup = shipment.carrier && carrierPickupAt(shipment.carrier);
  if (pickup && !(shipment.cancelledAt && shipment.cancelledAt <= pickup)) candidates.push(pickup);
  const earliest = candidates.sort((a, b) => a.getTime() - b.getTime())[0];
  return earliest && earliest <= now ? earliest : undefined;
}

export function shipmentStatusAt(shipment: ShipmentRecord, now: Date): ShipmentStatus {
  if (shipment.cancelledStatus) return shipment.cancelledStatus;
  const shipped = shippedAt(shipment, now);
  if (!shipped) return 'WORKING';
  const hours = (now.getTime() - shipped.getTime()) / HOUR;
  let status: MovingStatus = 'SHIPPED';
  for (const candidate of MOVING) if (hours >= STATUS_OFFSETS_H[candidate]) status = candidate;
  return status;
}

/** The moment the current status began: the shipment's LastUpdated as Amazon reports it. */
export function lastUpdatedAt(shipment: ShipmentRecord, now: Date): Date {
  let latest = shipment.sellerUpdatedAt;
  const shipped = shippedAt(shipment, now);
  if (shipped && !shipment.cancelledStatus) {
    const status = shipmentStatusAt(shipment, now) as MovingStatus;
    let changed = new Date(shipped.getTime() + STATUS_OFFSETS_H[status] * HOUR);
    if (status === 'RECEIVING') changed = new Date(Math.floor(now.getTime() / HOUR) * HOUR);
    if (changed > latest) latest = changed;
  }
  if (shipment.cancelledAt && shipment.cancelledAt > latest) latest = shipment.cancelledAt;
  return latest;
}

export function quantityReceivedAt(shipment: ShipmentRecord, item: ShipmentItemRecord, now: Date): number {
  if (shipment.cancelledStatus) return 0;
  const shipped = shippedAt(shipment, now);
  if (!shipped) return 0;
  const hours = Math.floor((now.getTime() - shipped.getTime()) / HOUR);
  const start = STATUS_OFFSETS_H.RECEIVING;
  const end = STATUS_OFFSETS_H.CLOSED;
  if (hours < start) return 0;
  if (hours >= end) return item.quantityShipped;
  return Math.floor((item.quantityShipped * (hours - start)) / (end - start));
}

/** Where an item's units should sit in the catalog right now. */
export function inventoryTarget(shipment: ShipmentRecord, item: ShipmentItemRecord, now: Date): AppliedInventory {
  const none = { inboundWorking: 0, inboundShipped: 0, inboundReceiving: 0, fulfillable: 0 };
  const status = shipmentStatusAt(shipment, now);
  const qty = item.quantityShipped;
  switch (status) {
    case 'WORKING':
      return { ...none, inboundWorking: qty };
    case 'SHIPPED':
    case 'IN_TRANSIT':
    case 'DELIVERED':
    case 'CHECKED_IN':
      return { ...none, inboundShipped: qty };
    case 'RECEIVING':
    case 'CLOSED': {
      const received = quantityReceivedAt(shipment, item, now);
      return { ...none, inboundReceiving: qty - received, fulfillable: received };
    }
    default:
      // CANCELLED / DELETED / ERROR: units go back to the seller; anything received stays.
      return { ...none, fulfillable: item.applied.fulfillable };
  }
}
