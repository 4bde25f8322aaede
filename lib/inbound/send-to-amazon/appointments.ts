/**
 * Self-ship appointments: where Amazon books the seller's own drop-off at the warehouse (Mexico,
 * Brazil, Egypt, Saudi Arabia, the UAE and India), a shipment going by its own carrier needs a
 * slot. Slots are asked for (asynchronous, under the plan's claim), one is booked (Amazon answers
 * at once) and a booking can be cancelled with a reason (asynchronous).
 */
import 'server-only';
import type { Db } from '@/db/client';
import { askAmazon, type SpApiClient } from '@/lib/sp-api';
import type { ReasonComment } from '@/lib/sp-api/generated/fulfillment-inbound-2024-03-20';
import { UserFacingError } from '@/lib/user-facing-error';
import { planShipment, refreshPlan, send, type SendToAmazonPlan } from './service';

/** MX, BR, EG, SA, AE, IN: the marketplaces the model names for self-ship appointments. */
const SELF_SHIP_MARKETPLACES = new Set(['A1AM78C64UM0Y8', 'A2Q3Y263D00KWC', 'ARBP9OOSHTCHU', 'A17E79C6D8DWNP', 'A2VIGQ35RCS4UG', 'A21TJRUUN4KGV']);

export const needsSelfShipAppointment = (marketplaceId: string) => SELF_SHIP_MARKETPLACES.has(marketplaceId);

/** A shipment that takes an appointment: in such a marketplace, booked with the seller's own carrier, not gone yet. */
function appointmentShipment(plan: SendToAmazonPlan, shipmentId: string) {
  const shipment = planShipment(plan, shipmentId);
  const option = shipment.transportationOptions.find((o) => o.transportationOptionId === shipment.selectedTransportationOptionId);
  if (!needsSelfShipAppointment(plan.marketplaceId) || option?.shippingSolution !== 'USE_YOUR_OWN_CARRIER' || shipment.status !== 'READY_TO_SHIP')
    throw new UserFacingError(
      'Drop-off appointments are for shipments going by your own carrier in Mexico, Brazil, Egypt, Saudi Arabia, the UAE or India, before they leave.',
    );
  return shipment;
}

/** generateSelfShipAppointmentSlots, from the day the seller wants (Amazon starts no earlier than tomorrow). */
export async function requestAppointmentSlots(db: Db, client: SpApiClient, plan: SendToAmazonPlan, shipmentId: string, from?: string): Promise<void> {
  appointmentShipment(plan, shipmentId);
  await send(db, plan, 'generateSelfShipAppointmentSlots', () =>
    client.fulfillmentInbound20240320.generateSelfShipAppointmentSlots({
      inboundPlanId: plan.inboundPlanId,
      shipmentId,
      body: from ? { desiredStartDate: `${from}T00:00:00.000Z` } : {},
    }),
  );
}

/** scheduleSelfShipAppointment: books (or moves the booking to) one of the slots Amazon offered; the plan is read again. */
export async function scheduleAppointment(db: Db, client: SpApiClient, plan: SendToAmazonPlan, shipmentId: string, slotId: string): Promise<SendToAmazonPlan> {
  const shipment = appointmentShipment(plan, shipmentId);
  if (!shipment.appointmentSlots?.slots.some((s) => s.slotId === slotId)) throw new UserFacingError('That slot is no longer offered; ask for slots again.');
  // Booking answers at once, outside the plan's claim: not while Amazon works on a slot request or a cancellation.
  if (plan.pendingOperation) throw new UserFacingError('Amazon is still working on the last step of this plan. Wait for it to finish, then try again.');
  const rescheduling = shipment.appointment?.status === 'ARRIVAL_SCHEDULED';
  await askAmazon(() =>
    client.fulfillmentInbound20240320.scheduleSelfShipAppointment({
      inboundPlanId: plan.inboundPlanId,
      shipmentId,
      slotId,
      body: rescheduling ? { reasonComment: 'SLOT_NOT_SUITABLE' } : {},
    }),
  );
  return refreshPlan(db, client, plan);
}

export async function cancelAppointment(db: Db, client: SpApiClient, plan: SendToAmazonPlan, shipmentId: string, reason: ReasonComment): Promise<void> {
  const shipment = appointmentShipment(plan, shipmentId);
  if (shipment.appointment?.status !== 'ARRIVAL_SCHEDULED') throw new UserFacingError('This shipment has no drop-off appointment to cancel.');
  await send(db, plan, 'cancelSelfShipAppointment', () =>
    client.fulfillmentInbound20240320.cancelSelfShipAppointment({ inboundPlanId: plan.inboundPlanId, shipmentId, body: { reasonComment: reason } }),
  );
}
