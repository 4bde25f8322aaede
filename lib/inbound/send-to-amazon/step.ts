/**
 * Where a Send to Amazon plan stands, in the seller's words: what Amazon is doing, or what is
 * waiting on the seller. The list and the plan page both show it.
 */
import type { PendingOperation, PlanSnapshot } from '@/db/schema';

export type PlanStepKey = 'working' | 'failed' | 'cancelled' | 'pack' | 'boxes' | 'place' | 'transport' | 'ship' | 'shipped';

export interface PlanStep {
  key: PlanStepKey;
  /** Short, for the list's column. */
  label: string;
  /** Whether the seller is the one who must act. */
  waitingOnSeller: boolean;
}

const WORKING_ON: Record<string, string> = {
  createInboundPlan: 'Amazon is checking the SKUs',
  generatePackingOptions: 'Amazon is working out how to pack',
  confirmPackingOption: 'Amazon is confirming the packing',
  setPackingInformation: 'Amazon is checking the boxes',
  generatePlacementOptions: 'Amazon is working out where to send the boxes',
  confirmPlacementOption: 'Amazon is confirming the destinations',
  generateTransportationOptions: 'Amazon is getting carrier quotes',
  generateDeliveryWindowOptions: 'Amazon is finding delivery windows',
  confirmDeliveryWindowOptions: 'Amazon is confirming the delivery window',
  confirmTransportationOptions: 'Amazon is booking the carriers',
  updateShipmentTrackingDetails: 'Amazon is saving the tracking numbers',
  generateShipmentContentUpdatePreviews: 'Amazon is pricing the changed contents',
  confirmShipmentContentUpdatePreview: 'Amazon is changing the shipment’s contents',
  generateSelfShipAppointmentSlots: 'Amazon is finding drop-off slots',
  cancelSelfShipAppointment: 'Amazon is cancelling the drop-off',
  cancelInboundPlan: 'Amazon is cancelling the plan',
};

export function workingOn(operation: string): string {
  return WORKING_ON[operation] ?? 'Amazon is working on the plan';
}

/** Cancelled, or Amazon is cancelling it: nothing is booked or printed for it any more (its labels would be void). */
export function planCancelled(plan: { status: string; pendingOperation: PendingOperation | null }): boolean {
  return plan.status === 'VOIDED' || plan.pendingOperation?.operation === 'cancelInboundPlan';
}

const SHIPPED = new Set(['SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'CHECKED_IN', 'RECEIVING', 'CLOSED']);

export function planStep(plan: { status: string; pendingOperation: PendingOperation | null; snapshot: PlanSnapshot | null }): PlanStep {
  if (plan.pendingOperation) return { key: 'working', label: `${workingOn(plan.pendingOperation.operation)}…`, waitingOnSeller: false };
  if (plan.status === 'ERRORED') return { key: 'failed', label: 'Amazon refused the plan', waitingOnSeller: true };
  if (plan.status === 'VOIDED') return { key: 'cancelled', label: 'Cancelled', waitingOnSeller: false };
  const s = plan.snapshot;
  const shipments = s?.shipments.filter((sh) => sh.confirmationId) ?? [];
  if (plan.status === 'SHIPPED' || (shipments.length && shipments.every((sh) => SHIPPED.has(sh.status)))) {
    return { key: 'shipped', label: 'Shipped', waitingOnSeller: false };
  }
  const packing = s?.packingOptions.find((o) => o.status === 'ACCEPTED');
  if (!packing) return { key: 'pack', label: 'Choose how to pack', waitingOnSeller: true };
  // Once placed, boxes belong to shipments (a content update may regroup them).
  const placed = s!.placementOptions.some((o) => o.status === 'ACCEPTED');
  if (!placed && packing.groups.some((g) => !s!.boxes.some((b) => b.packingGroupId === g.packingGroupId))) {
    return { key: 'boxes', label: 'Enter the box contents', waitingOnSeller: true };
  }
  if (!placed) return { key: 'place', label: 'Choose where the boxes go', waitingOnSeller: true };
  if (shipments.some((sh) => !sh.selectedTransportationOptionId)) return { key: 'transport', label: 'Book the transport', waitingOnSeller: true };
  return { key: 'ship', label: 'Print labels and ship', waitingOnSeller: true };
}
