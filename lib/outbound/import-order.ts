/**
 * The import's server actions' input and the rules each imported order must pass: the batch
 * arrives as JSON (the browser made it from the file, import-mapping.ts), refused whole when a
 * value is hostile (control characters, a paste far beyond any field), and each order is then
 * held to the outbound form's own schema (createInput, order-input.ts: Amazon's limits), so an
 * imported order and a typed one pass the same checks.
 */
import { z } from 'zod';
import { marketplaceIdInput } from '@/lib/validation/amazon-identifiers';
import { requiredText, textField } from '@/lib/validation/text-input';
import { IMPORT_FIELDS, IMPORT_SHOPS, MAX_IMPORT_ORDERS, importReference, orderDay, type ImportedOrder, type ImportShop } from './import-mapping';
import { importedOrderFields, MAX_LINE_ITEMS, type CreateInput } from './order-input';
import { SHIPPING_SPEEDS, type ShippingSpeed } from './status-rules';

/** Wider than Amazon's limits on purpose: a long name is the order's problem to report, not a refused batch. */
const cell = textField({ max: 200, tooLong: 'A value of the file is longer than 200 characters.' });

const importedOrder = z.object({
  orderNumber: requiredText('An order has no order number.', { max: 100, tooLong: 'An order number is longer than 100 characters.' }),
  orderDate: cell,
  name: cell,
  addressLine1: cell,
  addressLine2: cell,
  city: cell,
  stateOrRegion: cell,
  postalCode: cell,
  countryCode: cell,
  phone: cell,
  items: z
    .array(
      z.object({
        sellerSku: requiredText('A line has no SKU.', { max: 100, tooLong: 'A SKU is longer than 100 characters.' }),
        quantity: z
          .number({ message: 'A quantity is not a number.' })
          .int('A quantity is not a whole number.')
          .min(1, 'A quantity is below 1.')
          .max(100_000, 'A quantity is above 100,000.'),
      }),
      { message: 'An order has no lines.' },
    )
    .max(MAX_LINE_ITEMS * 2, `An order has more than ${MAX_LINE_ITEMS * 2} lines.`),
});

const ordersJson = (max: number) =>
  z
    .string({ message: 'The file’s orders are missing. Choose the file again.' })
    .max(2_000_000, 'The file’s orders are too large. Split the file.')
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'The file’s orders could not be read. Choose the file again.' });
        return z.NEVER;
      }
    })
    .pipe(
      z
        .array(importedOrder, { message: 'The file’s orders could not be read. Choose the file again.' })
        .min(1, 'No orders to import.')
        .max(max, `At most ${max} orders at a time.`),
    );

const commonShape = {
  accountId: z.uuid('Choose an Amazon account.'),
  marketplaceId: marketplaceIdInput(),
  shop: z.enum(IMPORT_SHOPS, { message: 'Choose the shop the file comes from.' }),
  shippingSpeedCategory: z.enum(SHIPPING_SPEEDS, { message: 'Choose a shipping speed.' }),
  displayableOrderComment: requiredText('Enter the packing slip note.', { max: 750, tooLong: 'The packing slip note can be at most 750 characters.' }),
};

/** The columns chosen, remembered for the shop; every field present, each a column name or empty. */
const mappingJson = z
  .string()
  .max(10_000, 'The column choice is too long.')
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The column choice could not be read. Choose the columns again.' });
      return z.NEVER;
    }
  })
  .pipe(
    z.object(
      Object.fromEntries(IMPORT_FIELDS.map((f) => [f, textField({ max: 200, tooLong: 'A column name is longer than 200 characters.' })])) as Record<
        (typeof IMPORT_FIELDS)[number],
        ReturnType<typeof textField>
      >,
      { message: 'The column choice could not be read. Choose the columns again.' },
    ),
  );

/** Checking the whole file: every order at once, so the stock is weighed across the file. */
export const importCheckInput = z.object({ ...commonShape, orders: ordersJson(MAX_IMPORT_ORDERS), mapping: mappingJson.optional() });
/** Previewing or creating: a batch, so the page shows progress and each call stays short. */
export const IMPORT_BATCH_SIZE = 5;
export const importBatchInput = z.object({ ...commonShape, orders: ordersJson(IMPORT_BATCH_SIZE) });
export type ImportCheckInput = z.output<typeof importCheckInput>;
export type ImportBatchInput = z.output<typeof importBatchInput>;

export interface ImportOptions {
  accountId: string;
  marketplaceId: string;
  shop: ImportShop;
  shippingSpeedCategory: ShippingSpeed;
  displayableOrderComment: string;
}

/** An order as the outbound form would have it, or why it cannot be one. */
export function importedCreateInput(order: ImportedOrder, options: ImportOptions): { ok: true; input: CreateInput } | { ok: false; problems: string[] } {
  const day = orderDay(order.orderDate);
  const problems: string[] = [];
  if (!day) problems.push(order.orderDate ? `The order date "${order.orderDate}" is not a date such as 2026-11-20.` : 'The order has no order date.');
  // Only the order's own fields are parsed here: the file's choices (account, marketplace, speed,
  // note) were checked by the action's schema (importCheckInput, importBatchInput).
  const parsed = importedOrderFields.safeParse({
    sellerFulfillmentOrderId: importReference(options.shop, order.orderNumber),
    displayableOrderId: order.orderNumber,
    displayableOrderDate: day ?? '',
    name: order.name,
    addressLine1: order.addressLine1,
    addressLine2: order.addressLine2,
    city: order.city,
    stateOrRegion: order.stateOrRegion,
    postalCode: order.postalCode,
    countryCode: order.countryCode,
    phone: order.phone,
    items: JSON.stringify(order.items),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'displayableOrderDate') continue;
      const message = issue.path[0] === 'displayableOrderId' ? 'The order number can be at most 40 characters for Amazon.' : issue.message;
      if (!problems.includes(message)) problems.push(message);
    }
  }
  if (problems.length || !parsed.success) return { ok: false, problems };
  return {
    ok: true,
    input: {
      ...parsed.data,
      accountId: options.accountId,
      marketplaceId: options.marketplaceId,
      shippingSpeedCategory: options.shippingSpeedCategory,
      displayableOrderComment: options.displayableOrderComment,
      // Fill or kill: an order the stock cannot ship in full is refused, not split.
      fulfillmentPolicy: 'FillOrKill',
      blankBox: false,
      blockAmzl: false,
      hold: false,
      notificationEmail: undefined,
    },
  };
}
