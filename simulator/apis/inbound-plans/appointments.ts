/**
 * Self-ship appointments: in the marketplaces where Amazon books the seller's own drop-off at the
 * warehouse (MX, BR, EG, SA, AE, IN), a shipment going by its own carrier gets appointment slots
 * (generateSelfShipAppointmentSlots, asynchronous; two a working day for five working days from
 * the desired start, valid 24 hours), one of which is booked (scheduleSelfShipAppointment, which
 * also reschedules: the earlier appointment is cancelled) or cancelled (cancelSelfShipAppointment,
 * asynchronous). getShipment lists the appointments made.
 */
import { invalidInput, type SimRequest } from '../../core/contract.js';
import type {
  AppointmentSlot,
  GenerateSelfShipAppointmentSlotsRequest,
  ScheduleSelfShipAppointmentResponse,
} from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import type { InboundPlansContext } from './context.js';
import type { InboundPlanRecord, PlanShipmentRecord } from './records.js';
import { shipmentStatus } from './shipment-status.js';
import { iso, paginate } from './wire.js';

export const SELF_SHIP_APPOINTMENT_COUNTRIES = ['MX', 'BR', 'EG', 'SA', 'AE', 'IN'];
const SLOTS_VALID_H = 24;
const SLOTS_OFFERED = 10;
const DAY = 86_400_000;
/** Two drop-off windows a working day, UTC hours. */
const SLOT_HOURS: Array<[number, number]> = [
  [9, 11],
  [14, 16],
];

let nextAppointmentId = 700_000_001;

/** A shipment of a self-ship marketplace, booked with the seller's own carrier and not yet gone. */
function appointmentShipment(ctx: InboundPlansContext, req: SimRequest, plan: InboundPlanRecord): PlanShipmentRecord {
  if (!SELF_SHIP_APPOINTMENT_COUNTRIES.includes(plan.country)) {
    throw invalidInput(
      `Self-ship appointments are only available in ${SELF_SHIP_APPOINTMENT_COUNTRIES.join(', ')}; inbound plan ${plan.inboundPlanId} ships to ${plan.country}.`,
    );
  }
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  const option = shipment.transportationOptions.find((o) => o.transportationOptionId === shipment.selectedTransportationOptionId);
  if (!option) throw invalidInput(`Confirm the transportation of shipment ${shipment.shipmentId} first.`);
  if (option.shippingSolution !== 'USE_YOUR_OWN_CARRIER') throw invalidInput('Amazon-partnered carriers book their own deliveries.');
  const status = shipmentStatus(ctx, plan, shipment, req.clock.now());
  if (status !== 'READY_TO_SHIP') throw invalidInput(`Shipment ${shipment.shipmentId} is ${status}; its appointment can no longer change.`);
  return shipment;
}

function slotsFrom(start: number, end: number | undefined): AppointmentSlot[] {
  const slots: AppointmentSlot[] = [];
  for (let day = Math.floor(start / DAY) * DAY; slots.length < SLOTS_OFFERED; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (end !== undefined && day > end) break;
    for (const [from, to] of SLOT_HOURS) {
      const startTime = day + from * 3600_000;
      if (startTime < start || slots.length === SLOTS_OFFERED) continue;
      slots.push({
        slotId: `sl${String(startTime / 1000).padStart(36, '0')}`,
        slotTime: { startTime: iso(new Date(startTime)), endTime: iso(new Date(day + to * 3600_000)) },
      });
    }
  }
  return slots;
}

export function generateSelfShipAppointmentSlots(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = appointmentShipment(ctx, req, plan);
  const body = (req.body ?? {}) as GenerateSelfShipAppointmentSlotsRequest;
  const now = req.clock.now();
  const desiredStart = body.desiredStartDate ? Date.parse(body.desiredStartDate) : Number.NaN;
  const desiredEnd = body.desiredEndDate ? Date.parse(body.desiredEndDate) : undefined;
  if (desiredEnd !== undefined && Number.isFinite(desiredStart) && desiredEnd < desiredStart) throw invalidInput('desiredEndDate is before desiredStartDate.');
  return ctx.plans.start(req.sellerId, 'generateSelfShipAppointmentSlots', now, (at) => {
    // Slots start the next day at the earliest.
    const start = Math.max(at.getTime() + DAY, Number.isFinite(desiredStart) ? desiredStart : 0);
    shipment.appointmentSlots = { slots: slotsFrom(start, desiredEnd), expiresAt: new Date(at.getTime() + SLOTS_VALID_H * 3600_000) };
    return [];
  });
}

export function getSelfShipAppointmentSlots(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.plan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = ctx.plans.shipment(plan, req.path.shipmentId ?? '');
  const offered = shipment.appointmentSlots;
  const { page, pagination } = paginate(req, offered?.slots ?? [], 10);
  return {
    selfShipAppointmentSlotsAvailability: { ...(offered ? { expiresAt: iso(offered.expiresAt) } : {}), slots: page },
    ...(pagination ? { pagination } : {}),
  };
}

export function scheduleSelfShipAppointment(ctx: InboundPlansContext, req: SimRequest): ScheduleSelfShipAppointmentResponse {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = appointmentShipment(ctx, req, plan);
  const now = req.clock.now();
  const offered = shipment.appointmentSlots;
  const slot = offered?.slots.find((s) => s.slotId === req.path.slotId);
  if (!offered || !slot) throw invalidInput(`Slot ${req.path.slotId} is not offered for shipment ${shipment.shipmentId}; generate slots first.`);
  if (offered.expiresAt <= now) throw invalidInput(`The slots of shipment ${shipment.shipmentId} have expired; generate them again.`);
  const appointments = (shipment.appointments ??= []);
  for (const earlier of appointments) if (earlier.appointmentStatus === 'ARRIVAL_SCHEDULED') earlier.appointmentStatus = 'CANCELLED';
  const details = { appointmentId: nextAppointmentId++, appointmentSlotTime: slot.slotTime, appointmentStatus: 'ARRIVAL_SCHEDULED' };
  appointments.push(details);
  // A booked slot is no longer offered.
  offered.slots = offered.slots.filter((s) => s !== slot);
  plan.lastUpdatedAt = now;
  return { selfShipAppointmentDetails: details };
}

export function cancelSelfShipAppointment(ctx: InboundPlansContext, req: SimRequest) {
  const plan = ctx.plans.activePlan(req.sellerId, req.path.inboundPlanId ?? '');
  const shipment = appointmentShipment(ctx, req, plan);
  const booked = shipment.appointments?.find((a) => a.appointmentStatus === 'ARRIVAL_SCHEDULED');
  if (!booked) throw invalidInput(`Shipment ${shipment.shipmentId} has no scheduled appointment.`);
  return ctx.plans.start(req.sellerId, 'cancelSelfShipAppointment', req.clock.now(), (at) => {
    booked.appointmentStatus = 'CANCELLED';
    plan.lastUpdatedAt = at;
    return [];
  });
}
