/**
 * The buyer messages the dashboard can send, one form per Messaging API action, with the
 * fields and limits of messaging.json: text 1-2,000 characters (800 for customization, 400
 * for digital access keys) without HTML or e-mail addresses, warranty coverage dates, and a
 * file where the type's request takes `attachments` (uploaded through the Uploads API). Legal
 * disclosure and invoice have no other content, so their file is required; the model allows
 * up to 5 attachments, the form sends one.
 */
import { z } from 'zod';
import { afterTextRules, requiredText, textField } from '@/lib/validation/text-input';
import { attachmentField, type AttachmentFile } from './attachment-file';

export type MessageOperation =
  | 'createConfirmOrderDetails'
  | 'createConfirmDeliveryDetails'
  | 'createConfirmServiceDetails'
  | 'createUnexpectedProblem'
  | 'confirmCustomizationDetails'
  | 'createDigitalAccessKey'
  | 'CreateWarranty'
  | 'createLegalDisclosure'
  | 'sendInvoice';

/** Whether the type's request takes `attachments` (messaging.json), and whether it is all the message is. */
export type AttachmentUse = 'none' | 'optional' | 'required';

interface TextKind {
  kind: 'text';
  operation: MessageOperation;
  label: string;
  maxLength: number;
  hint: string;
  attachment: Exclude<AttachmentUse, 'required'>;
}
interface WarrantyKind {
  kind: 'warranty';
  operation: 'CreateWarranty';
  label: string;
  hint: string;
  attachment: 'optional';
}
interface DocumentKind {
  kind: 'document';
  operation: 'createLegalDisclosure' | 'sendInvoice';
  label: string;
  hint: string;
  attachment: 'required';
}
interface UnsupportedKind {
  kind: 'unsupported';
  label: string;
  hint: string;
  attachment: 'none';
}
export type MessageKind = TextKind | WarrantyKind | DocumentKind | UnsupportedKind;

const text = (operation: MessageOperation, label: string, maxLength: number, hint: string, attachment: TextKind['attachment'] = 'none'): TextKind => ({
  kind: 'text',
  operation,
  label,
  maxLength,
  hint,
  attachment,
});

/** Keyed by the action name getMessagingActionsForOrder returns (the last path segment). */
export const MESSAGE_KINDS: Record<string, MessageKind> = {
  confirmOrderDetails: text('createConfirmOrderDetails', 'Confirm order details', 2000, 'Ask the buyer to confirm details needed to complete the order.'),
  confirmDeliveryDetails: text(
    'createConfirmDeliveryDetails',
    'Confirm delivery details',
    2000,
    'Ask about delivery: date, access, or anything the carrier needs.',
  ),
  confirmServiceDetails: text('createConfirmServiceDetails', 'Confirm service details', 2000, 'About a home service call for this order.'),
  unexpectedProblem: text('createUnexpectedProblem', 'Unexpected problem', 2000, 'Tell the buyer about a problem that delays or changes the order.'),
  confirmCustomizationDetails: text(
    'confirmCustomizationDetails',
    'Confirm customization details',
    800,
    'Ask about the details of a customized item; attach a proof if you have one.',
    'optional',
  ),
  digitalAccessKey: text(
    'createDigitalAccessKey',
    'Digital access key',
    400,
    'Send a key for digital content in the order, with its instructions if any.',
    'optional',
  ),
  warranty: {
    kind: 'warranty',
    operation: 'CreateWarranty',
    label: 'Warranty',
    hint: 'Tell the buyer when the warranty coverage starts and ends; attach the warranty terms if you have them.',
    attachment: 'optional',
  },
  legalDisclosure: {
    kind: 'document',
    operation: 'createLegalDisclosure',
    label: 'Legal disclosure',
    hint: 'Send a document you are required by law to give the buyer, in their language.',
    attachment: 'required',
  },
  invoice: { kind: 'document', operation: 'sendInvoice', label: 'Invoice', hint: 'Send the invoice for this order.', attachment: 'required' },
};

export function messageKindFor(action: string): MessageKind {
  return (
    MESSAGE_KINDS[action] ?? {
      kind: 'unsupported',
      label: action,
      hint: 'The dashboard does not know this message type yet; send it from Seller Central.',
      attachment: 'none',
    }
  );
}

/*
 * Both patterns run over what a user typed, so each is linear: no quantifier is followed by
 * one that can match the same characters. One character before the @ finds the same
 * addresses as a whole local part would (the search is unanchored), and a tag's attributes
 * stop at the next <, so a run of "<a<a<a…" or of letters without a space is read once.
 */
const EMAIL_IN_TEXT = /[^\s@<>]@[^\s@<>]+\.[a-z]{2}/i;
const HTML_IN_TEXT = /<\/?[a-z][^<>]*>/i;

export const containsEmailAddress = (text: string): boolean => EMAIL_IN_TEXT.test(text);
export const containsHtmlTag = (text: string): boolean => HTML_IN_TEXT.test(text);

/**
 * A message's text: the shared rules (length, no control characters but line breaks), then
 * Amazon's. Amazon's rules run only on text that passed the shared ones, so they never read
 * a 150 kB paste. Optional where a form may leave it empty (the fulfill form's buyer message).
 */
export function messageTextField(maxLength: number, options: { optional?: boolean } = {}) {
  const rules = { max: maxLength, multiline: true, tooLong: `Keep the message under ${maxLength.toLocaleString('en-US')} characters.` };
  return (options.optional ? textField(rules) : requiredText('Write the message.', rules))
    .refine((t) => !containsHtmlTag(t), { message: 'Amazon does not allow HTML in buyer messages.', ...afterTextRules })
    .refine((t) => !containsEmailAddress(t), { message: 'Amazon does not allow e-mail addresses in buyer messages.', ...afterTextRules });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (d: string) => DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));

const dateField = (label: string) =>
  textField({ max: 10, tooLong: `Enter the ${label} as a date.` }, `Enter the ${label}.`).superRefine((d, ctx) => {
    if (!d) ctx.addIssue({ code: 'custom', message: `Enter the ${label}.`, abort: true });
    else if (!realDate(d)) ctx.addIssue({ code: 'custom', message: `Enter the ${label} as a date.`, abort: true });
  });

const base = { orderId: requiredText('Choose an order.', { max: 40 }), action: requiredText('Choose a message type.', { max: 60 }) };

/** The one form field that may carry a file (the action names it to the wrapper). */
export const ATTACHMENT_FIELD = 'attachment';

/**
 * The fields every message form sends; each type's own fields are checked by messageInputFor.
 * A file may come only as `attachment` (the wrapper refuses one anywhere else).
 */
export const messageEnvelope = z.object({ ...base, [ATTACHMENT_FIELD]: attachmentField.optional() }).catchall(z.string());

/** The type's file field: required, optional, or refused when its request takes no attachments. */
function attachmentFor(use: AttachmentUse) {
  if (use === 'required') return { [ATTACHMENT_FIELD]: attachmentField };
  if (use === 'optional') return { [ATTACHMENT_FIELD]: attachmentField.optional() };
  return { [ATTACHMENT_FIELD]: z.undefined({ message: 'This message type takes no file.' }).optional() };
}

/** The form's input for one action, or null when the dashboard cannot send it. */
export function messageInputFor(action: string) {
  const kind = messageKindFor(action);
  const file = attachmentFor(kind.attachment);
  if (kind.kind === 'text') return z.object({ ...base, text: messageTextField(kind.maxLength), ...file });
  if (kind.kind === 'document') return z.object({ ...base, ...file });
  if (kind.kind === 'warranty') {
    return z
      .object({ ...base, coverageStartDate: dateField('coverage start date'), coverageEndDate: dateField('coverage end date'), ...file })
      .refine((v) => !realDate(v.coverageStartDate) || !realDate(v.coverageEndDate) || v.coverageEndDate > v.coverageStartDate, {
        path: ['coverageEndDate'],
        message: 'The coverage must end after it starts.',
      });
  }
  return null;
}

/** An attachment as the request names it, once its file is uploaded. */
export type SentAttachment = Pick<AttachmentFile, 'fileName'> & { uploadDestinationId: string };

/** The request body for the action (validated input in, model JSON out). */
export function messageBodyFor(action: string, input: Record<string, unknown>, attachments: SentAttachment[] = []): Record<string, unknown> {
  const kind = messageKindFor(action);
  if (kind.kind === 'unsupported') throw new Error(`${action} cannot be sent from the dashboard.`);
  if (kind.attachment === 'none' && attachments.length) throw new Error(`${action} takes no attachments.`);
  if (kind.attachment === 'required' && !attachments.length) throw new Error(`${action} needs an attachment.`);
  const files = attachments.length ? { attachments: attachments.map(({ uploadDestinationId, fileName }) => ({ uploadDestinationId, fileName })) } : {};
  if (kind.kind === 'text') return { text: String(input.text), ...files };
  if (kind.kind === 'warranty') {
    return { coverageStartDate: `${String(input.coverageStartDate)}T00:00:00Z`, coverageEndDate: `${String(input.coverageEndDate)}T23:59:59Z`, ...files };
  }
  return files;
}
