/**
 * Amazon's codes for how an order ships, in the seller's words (the Orders API 2026-01-01
 * lists the values in each field's description). A code Amazon adds later still reads as
 * words rather than SHOUTED_SNAKE_CASE. Client-safe and free of I/O.
 */
import { codeInWords } from '@/lib/format';

/** OrderFulfillment.fulfillmentServiceLevel: the shipping speed the buyer chose. */
export const SERVICE_LEVEL_LABELS: Record<string, string> = {
  EXPEDITED: 'Expedited',
  FREE_ECONOMY: 'Free economy',
  NEXT_DAY: 'Next day',
  PRIORITY: 'Priority',
  SAME_DAY: 'Same day',
  SECOND_DAY: 'Second day',
  SCHEDULED: 'Scheduled delivery',
  STANDARD: 'Standard',
};

/** CustomerAddress.addressType. */
export const ADDRESS_TYPE_LABELS: Record<string, string> = {
  RESIDENTIAL: 'Residential address',
  COMMERCIAL: 'Business address',
  PICKUP_POINT: 'Pick-up point',
};

export const serviceLevelLabel = (code: string) => SERVICE_LEVEL_LABELS[code] ?? codeInWords(code);
export const addressTypeLabel = (code: string) => ADDRESS_TYPE_LABELS[code] ?? codeInWords(code);
