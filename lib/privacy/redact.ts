/**
 * Buyer PII we send to Amazon never comes back into our logs or audit entries through Amazon's
 * error messages (an invalid-address answer may quote the address). The PII a request carries
 * is read from its body by the models' fields, and removed from Amazon's words before they go
 * anywhere:
 * - `Address` (fulfillmentOutbound_2020-07-01.json; `destinationAddress` of create/update, `address`
 *   of the preview): the recipient's `name`, `addressLine1..3` and `phone`; city, state, postal code
 *   and country are kept everywhere else too, so they stay;
 * - `notificationEmails` (same model): the buyer's e-mails;
 * - `deliveryPreferences.deliveryInstructions` (same model): free text for the courier;
 * - messaging.json bodies: `text`, the seller's words to the buyer, which may name them.
 * Orders v0 sends no body: its PII only ever comes back in responses, which are not logged.
 */
import { SpApiError } from '@/lib/sp-api';

const ADDRESS_OBJECTS = new Set(['destinationAddress', 'address']);
const ADDRESS_PII_FIELDS = ['name', 'addressLine1', 'addressLine2', 'addressLine3', 'phone'] as const;

export const REDACTED = '[redacted]';
/** Shorter values would blank ordinary words of Amazon's messages. */
const MIN_REDACTED_LENGTH = 3;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The buyer PII in an SP-API request body, by the fields above. */
export function requestPii(operation: string, body: unknown): string[] {
  if (!isRecord(body)) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (ADDRESS_OBJECTS.has(key) && isRecord(value)) for (const field of ADDRESS_PII_FIELDS) found.push(...strings(value[field]));
    if (key === 'notificationEmails') found.push(...strings(value));
    if (key === 'deliveryPreferences' && isRecord(value)) found.push(...strings(value.deliveryInstructions));
    if (key === 'text' && operation.startsWith('messaging.')) found.push(...strings(value));
  }
  return found.filter((v) => v.trim().length >= MIN_REDACTED_LENGTH);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with each value, in any letter case and JSON-escaped too, replaced by [redacted]. */
export function redactValues(text: string, values: string[]): string {
  const forms = [...new Set(values.flatMap((v) => [v, JSON.stringify(v).slice(1, -1)]))].sort((a, b) => b.length - a.length);
  if (!forms.length) return text;
  return text.replace(new RegExp(forms.map(escapeRegExp).join('|'), 'giu'), REDACTED);
}

/** The same failure with the request's buyer PII taken out of Amazon's message and details. */
export function withoutRequestPii(error: SpApiError, body: unknown): SpApiError {
  const values = requestPii(error.operation, body);
  if (!values.length) return error;
  const message = redactValues(error.message, values);
  const details = error.details === undefined ? undefined : redactValues(error.details, values);
  if (message === error.message && details === error.details) return error;
  return new SpApiError({
    kind: error.kind,
    code: error.code,
    message,
    details,
    status: error.status,
    requestId: error.requestId,
    operation: error.operation,
    retryAfterSeconds: error.retryAfterSeconds,
    cause: error.cause,
  });
}
