/** The statuses of an inbound shipment, their words, and the steps shown as its timeline. */
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

/** Carrier booking statuses after which the booking's labels are void (v0 TransportStatus). */
const VOIDED_TRANSPORT = new Set(['VOIDING', 'VOIDED']);

/**
 * Why no labels print for a shipment, in the seller's words, or null when they may: not once the
 * shipment is closed or gone, nor for a carrier booking that was voided (its labels would send
 * boxes on a booking that no longer exists). The page hides the form and the route handlers
 * refuse with this same rule.
 */
export function whyNoLabels(status: string | null | undefined, transportStatus?: string | null): string | null {
  if (transportStatus && VOIDED_TRANSPORT.has(transportStatus)) return 'The carrier booking of this shipment was voided; its labels would be void too.';
  if (status === 'CANCELLED' || status === 'DELETED' || status === 'CLOSED') return 'This shipment is cancelled or closed; there is nothing to print.';
  return null;
}

export function canPrintLabels(status: string | null | undefined, transportStatus?: string | null): boolean {
  return whyNoLabels(status, transportStatus) === null;
}

export type TimelineStep = { status: (typeof TIMELINE)[number]; state: 'done' | 'current' | 'upcoming' };

export function timelineOf(status: string | null | undefined): TimelineStep[] {
  const index = TIMELINE.indexOf((status ?? '') as (typeof TIMELINE)[number]);
  return TIMELINE.map((s, i) => ({
    status: s,
    state: index < 0 ? 'upcoming' : i < index ? 'done' : i === index ? (s === 'CLOSED' ? 'done' : 'current') : 'upcoming',
  }));
}

/**
 * How the units Amazon received compare with the units shipped, for one SKU. A shortfall is a
 * discrepancy only once Amazon closed the shipment: until then it is still receiving.
 */
export interface Receipt {
  state: 'not-received' | 'receiving' | 'matched' | 'short' | 'over';
  /** Received minus shipped. */
  difference: number;
}

export function receiptOf(status: string | null | undefined, shipped: number, received: number): Receipt {
  const difference = received - shipped;
  if (difference > 0) return { state: 'over', difference };
  if (difference === 0) return { state: 'matched', difference };
  if (status === 'CLOSED') return { state: 'short', difference };
  if (status === 'RECEIVING' || received > 0) return { state: 'receiving', difference };
  return { state: 'not-received', difference };
}

export const isDiscrepancy = (receipt: Receipt) => receipt.state === 'short' || receipt.state === 'over';

/** A whole shipment's receipt: its status, units shipped and received, and how many SKUs differ. */
export interface ShipmentReceipt {
  status: string | null;
  shipped: number;
  received: number;
  /** SKUs received differently from what was shipped (receiptOf decides when a shortfall counts). */
  discrepancies: number;
}
