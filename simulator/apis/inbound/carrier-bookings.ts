/**
 * Carrier bookings (records.ts): where Amazon partners with a carrier, the ids the carrier
 * hands out, and when it picks a shipment up. A partnered booking can be voided until its void
 * window closes; the carrier then comes (LTL: not before noon on the freight ready date).
 */
import { hashString } from './hash.js';
import type { CarrierBooking } from './records.js';

/** Amazon's partnered carriers, by parcel and by freight (what labels and bills of lading print). */
export const PARTNERED_CARRIERS = {
  parcel: { alphaCode: 'UPSN', name: 'United Parcel Service Inc.' },
  freight: { alphaCode: 'ABFS', name: 'ABF Freight System' },
} as const;
/** Void windows as Amazon gives them: 24 hours for small parcel, one hour for LTL. */
export const VOID_WINDOW_S = { parcel: 24 * 3600, freight: 3600 } as const;
/** Countries where Amazon's partnered small parcel carrier (UPS) collects. */
export const PARTNERED_PARCEL_COUNTRIES = ['US', 'GB', 'DE', 'FR', 'IT', 'ES'];
/** Countries where Amazon's partnered LTL carrier collects. */
export const PARTNERED_FREIGHT_COUNTRIES = ['US'];

/** UPS-style tracking ids, one per box, stable for the shipment. */
export function partneredTrackingIds(shipmentId: string, boxes: number): string[] {
  return Array.from({ length: boxes }, (_, index) => `1Z${(hashString(`${shipmentId}:${index}`) % 1e10).toString().padStart(10, '0')}A${index + 1}`);
}

/** The 9-digit reference Amazon gives a partnered LTL shipment (its bill of lading's barcode). */
export function amazonReferenceId(shipmentId: string): string {
  return String(100_000_000 + (hashString(`ref:${shipmentId}`) % 900_000_000));
}

export function carrierPickupAt(booking: CarrierBooking): Date | undefined {
  if (!booking.partnered) return undefined;
  const windowClosed = new Date(booking.confirmedAt.getTime() + VOID_WINDOW_S[booking.mode] * 1000);
  if (booking.mode === 'parcel') return windowClosed;
  const ready = new Date(`${booking.freightReadyDate}T12:00:00Z`);
  return ready > windowClosed ? ready : windowClosed;
}
