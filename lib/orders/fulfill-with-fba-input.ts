/**
 * The seller's choices on the Fulfill with FBA form, validated before anything reaches Amazon:
 * fulfillment policy, blank box / block Amazon Logistics, notification e-mails, shipping
 * speed and, when stock is short, what to do about it. Shared by the form and the actions.
 */
import { z } from 'zod';
import { LOW_STOCK_CHOICES } from '@/db/schema/order-fulfillment-choices';
import { FULFILLMENT_POLICIES, SHIPPING_SPEEDS } from '@/lib/outbound/types';
import { amazonOrderIdInput } from '@/lib/validation/amazon-identifiers';
import { textField } from '@/lib/validation/text-input';
import { messageTextField } from './messaging/message-forms';

/** NotificationEmailList items are at most 64 characters (model). */
const MAX_EMAIL_LENGTH = 64;
const MAX_EMAILS = 10;

export const notificationEmailsField = textField({ max: MAX_EMAILS * (MAX_EMAIL_LENGTH + 2), tooLong: 'Too many e-mail addresses.' })
  .optional()
  .default('')
  .transform((text, ctx) => {
    const emails = text
      .split(/[\s,;]+/)
      .map((e) => e.trim())
      .filter(Boolean);
    if (emails.length > MAX_EMAILS) ctx.addIssue({ code: 'custom', message: `Enter at most ${MAX_EMAILS} e-mail addresses.` });
    for (const email of emails) {
      if (email.length > MAX_EMAIL_LENGTH) ctx.addIssue({ code: 'custom', message: `${email} is longer than ${MAX_EMAIL_LENGTH} characters.` });
      else if (!z.email().safeParse(email).success) ctx.addIssue({ code: 'custom', message: `${email} is not a valid e-mail address.` });
    }
    return [...new Set(emails)];
  });

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('')])
  .optional()
  .transform((v) => v === 'on' || v === 'true');

/** The options that shape a preview (and then the order). */
export const fulfillmentOptionsInput = z.object({
  orderId: amazonOrderIdInput('Unknown order.'),
  fulfillmentPolicy: z.enum(FULFILLMENT_POLICIES, { error: 'Choose a fulfillment policy.' }).default('FillOrKill'),
  blankBox: checkbox,
  blockAmzl: checkbox,
  notificationEmails: notificationEmailsField,
});
export type FulfillmentOptions = z.output<typeof fulfillmentOptionsInput>;

/** Units the preview said it cannot ship, per order item (sent back by the form after a preview). */
const previewShortfall = z
  .string()
  .optional()
  .default('{}')
  .transform((text, ctx) => {
    try {
      const parsed = z.record(z.string().max(50), z.number().int().min(0).max(10_000)).parse(JSON.parse(text));
      return parsed;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Preview the order again.' });
      return z.NEVER;
    }
  });

export const createFulfillmentInput = fulfillmentOptionsInput.extend({
  shippingSpeed: z.enum(SHIPPING_SPEEDS, { error: 'Choose a shipping speed from the preview.' }),
  lowStockChoice: z
    .union([z.enum(LOW_STOCK_CHOICES), z.literal('')])
    .optional()
    .transform((v) => (v ? v : undefined)),
  /** For the notify-buyer choice: the message the buyer gets, held to the buyer-message rules. */
  buyerMessage: messageTextField(2000, { optional: true }).optional().default(''),
  previewShortfall,
});
export type CreateFulfillmentInput = z.output<typeof createFulfillmentInput>;
