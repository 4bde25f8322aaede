/**
 * Carrier scans for a shipped package, laid out between the ship and delivery times and
 * revealed as the simulated clock passes them.
 */
import { carrierByCode, customerTrackingLink, iso, sortCenterFor } from './reference.js';
import type {
  Address,
  CurrentStatus,
  EventCode,
  PackageTrackingDetails,
  TrackingAddress,
  TrackingEvent,
} from '../../../lib/sp-api/generated/fulfillment-outbound.js';

const HOUR = 3_600_000;

/** Descriptions from the model's EventCode and CurrentStatus enum tables, for the codes the simulator emits. */
const EVENT_DESCRIPTIONS = {
  EVENT_101: 'Carrier notified to pick up package.',
  EVENT_102: "Shipment picked up from seller's facility.",
  EVENT_201: 'Arrival scan.',
  EVENT_202: 'Departure scan.',
  EVENT_301: 'Delivered.',
  EVENT_302: 'Out for delivery.',
} satisfies Partial<Record<EventCode, string>>;
const STATUS_DESCRIPTIONS = {
  IN_TRANSIT: 'In transit to the destination address.',
  OUT_FOR_DELIVERY: 'Out for Delivery.',
  DELIVERED: 'Delivered to the destination address.',
} satisfies Partial<Record<CurrentStatus, string>>;

export interface PackageJourney {
  packageNumber: number;
  carrierCode: string;
  trackingNumber: string;
  shipAt: Date;
  deliverAt: Date;
  origin: Address;
  destination: Address;
}

export function trackingAddress(address: Address): TrackingAddress {
  return { city: address.city ?? '', state: address.stateOrRegion ?? '', country: address.countryCode };
}

/** Every scan of the journey, oldest first (including future ones). */
export function plannedEvents(j: PackageJourney): TrackingEvent[] {
  const transit = j.deliverAt.getTime() - j.shipAt.getTime();
  const at = (ms: number) => new Date(ms);
  const origin = trackingAddress(j.origin);
  const hub = sortCenterFor(j.destination.countryCode);
  const dest = trackingAddress(j.destination);
  const event = (eventCode: keyof typeof EVENT_DESCRIPTIONS, date: Date, eventAddress: TrackingAddress): TrackingEvent => ({
    eventDate: iso(date),
    eventAddress,
    eventCode,
    eventDescription: EVENT_DESCRIPTIONS[eventCode],
  });
  const t0 = j.shipAt.getTime();
  const t1 = j.deliverAt.getTime();
  return [
    event('EVENT_101', at(t0), origin),
    event('EVENT_102', at(t0 + HOUR), origin),
    event('EVENT_201', at(t0 + transit * 0.3), hub),
    event('EVENT_202', at(t0 + transit * 0.4), hub),
    event('EVENT_201', at(t1 - 10 * HOUR), dest),
    event('EVENT_302', at(t1 - 5 * HOUR), dest),
    event('EVENT_301', at(t1), dest),
  ];
}

/** PackageTrackingDetails at `now`; events newest first. */
export function trackingDetailsAt(j: PackageJourney, now: Date): PackageTrackingDetails {
  const seen = plannedEvents(j).filter((e) => new Date(e.eventDate) <= now);
  const last = seen[seen.length - 1];
  const currentStatus: keyof typeof STATUS_DESCRIPTIONS =
    last?.eventCode === 'EVENT_301' ? 'DELIVERED' : last?.eventCode === 'EVENT_302' ? 'OUT_FOR_DELIVERY' : 'IN_TRANSIT';
  const carrier = carrierByCode(j.carrierCode);
  const details: PackageTrackingDetails = {
    packageNumber: j.packageNumber,
    trackingNumber: j.trackingNumber,
    customerTrackingLink: customerTrackingLink(j.destination.countryCode, j.trackingNumber),
    carrierCode: j.carrierCode,
    shipDate: iso(j.shipAt),
    estimatedArrivalDate: iso(j.deliverAt),
    shipToAddress: trackingAddress(j.destination),
    currentStatus,
    currentStatusDescription: STATUS_DESCRIPTIONS[currentStatus],
    trackingEvents: [...seen].reverse(),
  };
  if (carrier) details.carrierURL = carrier.carrierURL;
  // Model: the delivery window is known once the package reaches its destination station.
  const arrivedAtStation = seen.some((e, i) => i >= 4 && e.eventCode === 'EVENT_201');
  if (arrivedAtStation)
    details.deliveryWindow = { earliest: iso(new Date(j.deliverAt.getTime() - 6 * HOUR)), latest: iso(new Date(j.deliverAt.getTime() + 3 * HOUR)) };
  if (currentStatus === 'DELIVERED') details.additionalLocationInfo = 'FRONT_DOOR';
  return details;
}
