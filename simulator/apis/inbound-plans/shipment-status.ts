/**
 * A 2024-03-20 shipment's status: UNCONFIRMED until its placement option is confirmed, WORKING
 * until its transportation is confirmed, READY_TO_SHIP until it leaves; from then on the v0
 * life cycle (SHIPPED -> IN_TRANSIT -> ... -> CLOSED) that the v0 getShipments also reports.
 */
import { shipmentStatusAt } from '../inbound/lifecycle.js';
import type { InboundPlansContext } from './context.js';
import type { InboundPlanRecord, PlanShipmentRecord } from './records.js';

export function shipmentStatus(ctx: InboundPlansContext, plan: InboundPlanRecord, shipment: PlanShipmentRecord, now: Date): string {
  const v0 = shipment.confirmationId ? ctx.plans.v0.shipments.get(shipment.confirmationId) : undefined;
  if (!v0) return plan.status === 'VOIDED' ? 'CANCELLED' : 'UNCONFIRMED';
  const status = shipmentStatusAt(v0, now);
  if (status === 'WORKING') return shipment.selectedTransportationOptionId ? 'READY_TO_SHIP' : 'WORKING';
  return status === 'ERROR' ? 'ABANDONED' : status;
}
