/** The shipment page's forms (name and quantities, pre-order, the shipment reference every action carries). */
import { z } from 'zod';
import { afterTextRules, requiredText, textField } from '@/lib/validation/text-input';

export const shipmentRef = z.object({ accountId: z.uuid(), shipmentId: requiredText('Choose a shipment.', { max: 40 }) });

/**
 * Whether ids read from a URL could name a stored shipment. Checked before any query: the
 * database answers a malformed uuid or a NUL with an error, not with no rows.
 */
export const couldBeShipment = (accountId: string, shipmentId: string) => shipmentRef.safeParse({ accountId, shipmentId }).success;
/** The v0 model leaves ShipmentName open; fulfillmentInbound_2024-03-20 allows 100 characters. */
export const shipmentName = requiredText('Give the shipment a name.', { max: 100 });

/** Name and the new quantity of each SKU (`qty_<SKU>` fields; 0 removes the SKU). */
export const updateShipmentInput = shipmentRef
  .extend({ name: shipmentName })
  .catchall(z.unknown())
  .transform((input, ctx) => {
    const quantities: Record<string, number> = {};
    for (const [key, value] of Object.entries(input)) {
      if (!key.startsWith('qty_')) continue;
      const n = Number(value);
      if (value === '' || !Number.isInteger(n) || n < 0)
        ctx.addIssue({ code: 'custom', path: [key], message: 'Enter 0 or more whole units (0 removes the SKU).' });
      else quantities[key.slice(4)] = n;
    }
    return { accountId: input.accountId, shipmentId: input.shipmentId, name: input.name, quantities };
  });

/** `today` (YYYY-MM-DD, UTC) is read at each check, so a long-running server never keeps yesterday's. */
export function preorderInput(today: () => string = () => new Date().toISOString().slice(0, 10)) {
  return shipmentRef.extend({
    needByDate: textField({ max: 10, tooLong: 'Enter the need-by date.' }, 'Enter the need-by date.')
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Enter the need-by date.', ...afterTextRules })
      .refine((d) => d >= today(), { message: 'The need-by date cannot be in the past.', ...afterTextRules }),
  });
}
