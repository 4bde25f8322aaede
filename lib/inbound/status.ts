/** What a seller may do with an inbound shipment in each status, and the steps shown as its timeline. */
export const SHIPMENT_STATUSES = [
  'WORKING',
  'SHIPPED',
  'IN_TRANSIT',
  'DELIVERED',
  'CHECKED_IN',
  'RECEIVING',
  'CLOSED',
  'CANCELLED',
  'DELETED',
  'ERROR',
] as const;

export const TIMELINE = ['WORKING', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'CHECKED_IN', 'RECEIVING', 'CLOSED'] as const;

export const STATUS_LABELS: Record<string, string> = {
  UNCONFIRMED: 'Not confirmed',
  WORKING: 'Working',
  READY_TO_SHIP: 'Ready to ship',
  SHIPPED: 'Shipped',
  IN_TRANSIT: 'In transit',
  DELIVERED: 'Delivered',
  CHECKED_IN: 'Checked in',
  RECEIVING: 'Receiving',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
  DELETED: 'Deleted',
  ERROR: 'Error',
  ABANDONED: 'Abandoned',
};

export function statusLabel(status: string | null | undefined): string {
  return status ? (STATUS_LABELS[status] ?? status) : 'Unknown';
}

/** Items, name and transport change only while Amazon still calls the shipment WORKING. */
export function canEditShipment(status: string | null | undefined): boolean {
  return status === 'WORKING';
}

/** Amazon accepts a cancel while WORKING (it becomes DELETED) and after shipping until delivery. */
export function canCancelShipment(status: string | null | undefined): boolean {
  return status === 'WORKING' || status === 'SHIPPED' || status === 'IN_TRANSIT';
}

/** Labels make sense until the shipment is closed or gone. */
export function canPrintLabels(status: string | null | undefined): boolean {
  return status !== 'CANCELLED' && status !== 'DELETED' && status !== 'CLOSED';
}

export type TimelineStep = { status: (typeof TIMELINE)[number]; state: 'done' | 'current' | 'upcoming' };

export function timelineOf(status: string | null | undefined): TimelineStep[] {
  const index = TIMELINE.indexOf((status ?? '') as (typeof TIMELINE)[number]);
  return TIMELINE.map((s, i) => ({
    status: s,
    state: index < 0 ? 'upcoming' : i < index ? 'done' : i === index ? (s === 'CLOSED' ? 'done' : 'current') : 'upcoming',
  }));
}

/** Transport states in which Amazon is still working and the page should keep asking. */
export function isTransportSettling(status: string | null | undefined): boolean {
  return status === 'ESTIMATING' || status === 'CONFIRMING' || status === 'VOIDING';
}

/** While Amazon holds a booking (estimating, confirmed, ...) its details cannot be replaced: void it first. */
export function canChangeTransport(status: string | null | undefined): boolean {
  return !status || !['ESTIMATING', 'CONFIRMING', 'CONFIRMED', 'VOIDING'].includes(status);
}

/** estimateTransport is accepted for a partnered booking with details sent, a failed estimate, or a voided booking. */
export function canEstimate(status: string | null | undefined): boolean {
  return status === 'WORKING' || status === 'ERROR_ON_ESTIMATING' || status === 'VOIDED';
}

/** Only an estimate can be confirmed. */
export function canConfirm(status: string | null | undefined): boolean {
  return status === 'ESTIMATED';
}
