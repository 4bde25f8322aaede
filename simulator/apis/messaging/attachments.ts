/**
 * A message's `attachments`: files uploaded through the Uploads API (apis/uploads/), named by
 * their uploadDestinationId. What each message type takes is read from its request schema in
 * messaging.json, not listed here:
 *   - only types whose request has `attachments` take them (legal disclosure, invoice, warranty,
 *     digital access key, customization details);
 *   - `maxLength` on the list (Amazon's word for its item count) caps them, 5 today, and
 *     `minLength: 1` (invoice, warranty) refuses an empty list;
 *   - a type whose request has no other content (legal disclosure, invoice) needs one, or the
 *     buyer would receive an empty message.
 * Each attachment must name a destination of this seller, made for this very message resource,
 * uploaded, and not attached to a message before.
 */
import { invalidInput } from '../../core/contract.js';
import { findOperation, loadModel, type JsonSchema } from '../../core/models.js';
import { uploadDestinations, type UploadDestinationRecord } from '../uploads/store.js';

const MODEL = 'messaging.json';

interface AttachmentRule {
  accepted: boolean;
  required: boolean;
  atMost: number | undefined;
  atLeast: number | undefined;
}

export interface SentAttachment {
  uploadDestinationId: string;
  fileName: string;
  contentType: string;
  size: number;
  contentMD5: string;
}

const rules = new Map<string, AttachmentRule>();

function ruleFor(operationId: string): AttachmentRule {
  const known = rules.get(operationId);
  if (known) return known;
  const body = findOperation(MODEL, operationId).parameters.find((p) => p.in === 'body');
  const ref = typeof body?.schema?.$ref === 'string' ? body.schema.$ref.replace('#/definitions/', '') : '';
  const request = loadModel(MODEL).definitions?.[ref] ?? {};
  const properties = (request.properties ?? {}) as Record<string, JsonSchema>;
  const attachments = properties.attachments;
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const rule: AttachmentRule = {
    accepted: attachments !== undefined,
    required:
      attachments !== undefined &&
      ((Array.isArray(request.required) && request.required.includes('attachments')) || Object.keys(properties).every((name) => name === 'attachments')),
    atMost: number(attachments?.maxItems) ?? number(attachments?.maxLength),
    atLeast: number(attachments?.minItems) ?? number(attachments?.minLength),
  };
  rules.set(operationId, rule);
  return rule;
}

interface Requested {
  uploadDestinationId: string;
  fileName: string;
}

/**
 * The uploads a message attaches, checked against the model's rules and the upload store; throws
 * the 400 Amazon would answer. Nothing is marked used here: `markAttached` does that once the
 * message is accepted.
 */
export function checkAttachments(
  operationId: string,
  label: string,
  ctx: { sellerId: string; resource: string },
  requested: Requested[] | undefined,
): UploadDestinationRecord[] {
  const rule = ruleFor(operationId);
  if (requested !== undefined && !rule.accepted) throw invalidInput(`The ${label} message does not take attachments.`);
  const list = requested ?? [];
  if (rule.required && list.length === 0) throw invalidInput(`The ${label} message needs at least one attachment.`);
  if (requested !== undefined && rule.atLeast !== undefined && list.length < rule.atLeast)
    throw invalidInput(`attachments must list at least ${rule.atLeast} file when given.`);
  if (rule.atMost !== undefined && list.length > rule.atMost) throw invalidInput(`The ${label} message takes at most ${rule.atMost} attachments.`);
  const ids = list.map((a) => a.uploadDestinationId);
  if (new Set(ids).size !== ids.length) throw invalidInput('An upload destination is attached twice.');
  return list.map(({ uploadDestinationId, fileName }) => {
    if (!fileName.trim()) throw invalidInput('Each attachment needs a fileName.');
    const destination = uploadDestinations.get(uploadDestinationId);
    if (!destination || destination.sellerId !== ctx.sellerId) throw invalidInput(`Upload destination ${uploadDestinationId} was not found.`);
    if (destination.resource !== ctx.resource)
      throw invalidInput(`Upload destination ${uploadDestinationId} was made for ${destination.resource}, not for ${ctx.resource}.`);
    if (destination.usedBy) throw invalidInput(`Upload destination ${uploadDestinationId} is already attached to a message.`);
    if (!destination.content) throw invalidInput(`Nothing was uploaded to upload destination ${uploadDestinationId}.`);
    return destination;
  });
}

/** Marks the uploads used by the message just accepted and returns what the message log keeps of them (never the bytes). */
export function markAttached(destinations: UploadDestinationRecord[], requested: Requested[] | undefined, usedBy: string): SentAttachment[] {
  return destinations.map((destination, i) => {
    destination.usedBy = usedBy;
    return {
      uploadDestinationId: destination.uploadDestinationId,
      fileName: requested?.[i]?.fileName ?? '',
      contentType: destination.uploadedContentType ?? 'application/octet-stream',
      size: destination.content?.byteLength ?? 0,
      contentMD5: destination.contentMD5,
    };
  });
}
