/** The shipment reference every shipment action and route carries. */
import { z } from 'zod';
import { requiredText } from '@/lib/validation/text-input';

export const shipmentRef = z.object({ accountId: z.uuid(), shipmentId: requiredText('Choose a shipment.', { max: 40 }) });

/**
 * Whether ids read from a URL could name a stored shipment. Checked before any query: the
 * database answers a malformed uuid or a NUL with an error, not with no rows.
 */
export const couldBeShipment = (accountId: string, shipmentId: string) => shipmentRef.safeParse({ accountId, shipmentId }).success;
