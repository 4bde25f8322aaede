/**
 * The forms of the outbound pages as zod schemas, shared by the browser (early messages) and
 * the server actions (the check that counts). Lengths and required fields follow the FBA
 * Outbound model (fulfillmentOutbound_2020-07-01): sellerFulfillmentOrderId and
 * displayableOrderId at most 40 characters, displayableOrderComment required and at most 750,
 * sellerSku at most 50; the Address requires name, addressLine1, postalCode and an ISO 3166-1
 * alpha-2 countryCode, and city everywhere but Japan. The model leaves the other address
 * lengths open; the limits below are Amazon's published MCF ones, so a long line is caught
 * here instead of on the packing slip. Ids the model leaves open are held to Amazon's shapes:
 * a marketplace id (lib/validation/amazon-identifiers.ts), a shipment id or reason code of at
 * most 40 characters; returnComment at most 1,000 and the item id 50, as the model says.
 */
import { z } from 'zod';
import { marketplaceIdInput } from '@/lib/validation/amazon-identifiers';
import { afterTextRules, optionalText, requiredText, textField } from '@/lib/validation/text-input';
import { FULFILLMENT_POLICIES, SHIPPING_SPEEDS } from './status-rules';

export const MAX_LINE_ITEMS = 100;
/** Amazon caps the units of one fulfillment order. */
export const MAX_UNITS = 250;

const tooLong = (label: string, max: number) => `The ${label} can be at most ${max} characters.`;
const text = (label: string, max: number) => requiredText(`Enter the ${label}.`, { max, tooLong: tooLong(label, max) });
const optional = (label: string, max: number) => optionalText({ max, tooLong: tooLong(label, max) });

const addressFields = {
  name: text('recipient name', 50),
  addressLine1: text('first address line', 60),
  addressLine2: optional('second address line', 60),
  addressLine3: optional('third address line', 60),
  city: optional('city', 50),
  districtOrCounty: optional('district or county', 150),
  stateOrRegion: optional('state or region', 150),
  postalCode: text('postal code', 20),
  countryCode: textField({ max: 2, tooLong: 'Use the two-letter country code, such as US or GB.' })
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { message: 'Use the two-letter country code, such as US or GB.', ...afterTextRules }),
  phone: textField({ max: 20, tooLong: 'The phone number can be at most 20 characters.' })
    .regex(/^[0-9+()\-. ]*$/, { message: 'Use digits, spaces and + ( ) - only.', ...afterTextRules })
    .optional()
    .transform((v) => (v ? v : undefined)),
};

export const addressInput = z.object(addressFields).superRefine(refineCity);
export type AddressInput = z.output<typeof addressInput>;

export const itemLine = z.object({
  sellerSku: requiredText('Choose a SKU.', { max: 50, tooLong: 'A SKU has at most 50 characters.' }),
  quantity: z.coerce
    .number({ message: 'Enter a quantity.' })
    .int('Enter a whole number.')
    .min(1, 'Ship at least 1 unit.')
    .max(MAX_UNITS, `At most ${MAX_UNITS} units.`),
});
export type ItemLine = z.output<typeof itemLine>;

/** The SKU lines travel as one JSON field: the picker adds and removes rows in the browser. */
export const itemLines = z
  .string()
  .default('[]')
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Add at least one item.' });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(itemLine)
      .min(1, 'Add at least one item.')
      .max(MAX_LINE_ITEMS, `An order can have at most ${MAX_LINE_ITEMS} lines.`)
      .superRefine((lines, ctx) => {
        const seen = new Set<string>();
        lines.forEach((line, i) => {
          if (seen.has(line.sellerSku))
            ctx.addIssue({ code: 'custom', path: [i, 'sellerSku'], message: `${line.sellerSku} is listed twice; change the quantity instead.` });
          seen.add(line.sellerSku);
        });
        const units = lines.reduce((sum, l) => sum + l.quantity, 0);
        if (units > MAX_UNITS) ctx.addIssue({ code: 'custom', message: `An order can have at most ${MAX_UNITS} units; this one has ${units}.` });
      }),
  );

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true');

const common = {
  accountId: z.uuid('Choose an Amazon account.'),
  marketplaceId: marketplaceIdInput(),
  shippingSpeedCategory: z.enum(SHIPPING_SPEEDS, { message: 'Choose a shipping speed.' }),
  blankBox: checkbox,
  blockAmzl: checkbox,
  items: itemLines,
};

/** The order's reference and what the customer sees of it. */
const orderIdentity = {
  sellerFulfillmentOrderId: requiredText('Enter an order reference.', { max: 40, tooLong: 'The reference can be at most 40 characters.' }).regex(
    /^[A-Za-z0-9._-]+$/,
    { message: 'Use letters, digits, dot, dash and underscore only.', ...afterTextRules },
  ),
  displayableOrderId: text('order number shown to the customer', 40),
  displayableOrderDate: z.iso.date('Enter the order date.'),
};

/**
 * One order of an imported shop file (import-order.ts): the form's own rules for what differs
 * from order to order (reference, number, date, recipient, items); the choices made once for the
 * whole file (account, marketplace, speed, packing slip note) are checked by the import's actions.
 */
export const importedOrderFields = z.object({ ...orderIdentity, ...addressShape(), items: itemLines }).superRefine(refineCity);

/** getFulfillmentPreview: where and what, before the order's own details. */
export const previewInput = z.object({ ...common, ...addressShape() }).superRefine(refineCity);

export const createInput = z
  .object({
    ...common,
    ...addressShape(),
    ...orderIdentity,
    displayableOrderComment: text('packing slip note', 750),
    fulfillmentPolicy: z.enum(FULFILLMENT_POLICIES, { message: 'Choose what happens when stock is short.' }),
    notificationEmail: z
      .union([z.literal(''), textField({ max: 64, tooLong: 'At most 64 characters.' }).pipe(z.email('Enter a valid email address.'))])
      .optional()
      .transform((v) => (v ? v : undefined)),
    hold: checkbox,
  })
  .superRefine(refineCity);
export type CreateInput = z.output<typeof createInput>;
export type PreviewInput = z.output<typeof previewInput>;

function addressShape() {
  return addressFields;
}
/** The model: city "is required in all countries except Japan". */
function refineCity(a: { countryCode: string; city?: string | undefined }, ctx: z.RefinementCtx) {
  if (a.countryCode !== 'JP' && !a.city) ctx.addIssue({ code: 'custom', path: ['city'], message: 'Enter the city.' });
}

export const orderRef = {
  accountId: z.uuid('Choose an Amazon account.'),
  sellerFulfillmentOrderId: requiredText('Choose a fulfillment order.', { max: 40 }),
};

export const cancelInput = z.object(orderRef);

/**
 * updateFulfillmentOrder: what the seller may change before the order is picked. Item
 * quantities arrive as `quantity.<sellerFulfillmentOrderItemId>` fields, one per line.
 */
export const updateInput = z
  .looseObject({
    ...orderRef,
    shippingSpeedCategory: z.enum(SHIPPING_SPEEDS, { message: 'Choose a shipping speed.' }),
    displayableOrderComment: text('packing slip note', 750),
    release: checkbox,
    changeAddress: checkbox,
  })
  .transform((value, ctx) => {
    // A new address replaces the whole one (Amazon keeps it; we never stored the old street).
    let destinationAddress: AddressInput | undefined;
    if (value.changeAddress) {
      const parsed = addressInput.safeParse(value);
      if (parsed.success) destinationAddress = parsed.data;
      else for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
    const quantities: { sellerFulfillmentOrderItemId: string; quantity: number }[] = [];
    for (const [key, raw] of Object.entries(value)) {
      if (!key.startsWith('quantity.')) continue;
      const quantity = Number(raw);
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_UNITS) {
        ctx.addIssue({ code: 'custom', path: [key], message: `Enter a whole number from 1 to ${MAX_UNITS}; cancel the order to ship none.` });
      } else quantities.push({ sellerFulfillmentOrderItemId: key.slice('quantity.'.length), quantity });
    }
    const { accountId, sellerFulfillmentOrderId, shippingSpeedCategory, displayableOrderComment, release } = value;
    return {
      accountId,
      sellerFulfillmentOrderId,
      shippingSpeedCategory,
      displayableOrderComment,
      release,
      quantities,
      ...(destinationAddress ? { destinationAddress } : {}),
    };
  });
export type UpdateInput = z.output<typeof updateInput>;

export const returnInput = z.object({
  ...orderRef,
  sellerFulfillmentOrderItemId: requiredText('Choose the item to return.', { max: 50 }),
  amazonShipmentId: requiredText('Choose the shipment.', { max: 40 }),
  returnReasonCode: requiredText('Choose a return reason.', { max: 40 }),
  quantity: z.coerce.number().int('Enter a whole number.').min(1, 'Return at least 1 unit.').max(MAX_UNITS),
  returnComment: optional('comment', 1000),
});
export type ReturnInput = z.output<typeof returnInput>;

/** Newly generated order references: readable, sortable, unique enough for one seller. */
export function generateSellerFulfillmentOrderId(now = new Date(), random: () => number = Math.random): string {
  const stamp = now.toISOString().slice(0, 10).replaceAll('-', '');
  const suffix = Array.from({ length: 8 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(random() * 32)]).join('');
  return `MCF-${stamp}-${suffix}`;
}
