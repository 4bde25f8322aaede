import { SHIP_BY_URGENCY_LABELS, shipByUrgency, type OrderStatus, type ShipByUrgency } from '@/lib/orders/types';

const urgencyLook: Record<ShipByUrgency, string> = { late: 'bg-red-50 text-red-900', 'due-today': 'bg-amber-50 text-amber-900' };

/** "Late" or "Due today" under an open order's ship-by date, in the marketplace's days; nothing otherwise. */
export function ShipByUrgencyMark({ order, now }: { order: { orderStatus: OrderStatus; latestShipDate: Date | null; marketplaceId: string }; now: Date }) {
  const urgency = shipByUrgency(order, now);
  return urgency ? <p className={`w-fit rounded px-1 text-xs font-medium ${urgencyLook[urgency]}`}>{SHIP_BY_URGENCY_LABELS[urgency]}</p> : null;
}
