/**
 * Upload destinations and the uploads to them: createUploadDestinationForResource, and the PUT
 * its URL takes (as Amazon's presigned S3 URL: the Content-MD5 the destination was made with,
 * bytes that hash to it, within 900 seconds).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { CreateUploadDestinationResponse } from '../../../lib/sp-api/generated/uploads.js';
import { invalidInput, notFound, type SimRequest } from '../../core/contract.js';
import { single } from '../../core/query-values.js';
import { orderBook } from '../../state/orders.js';
import { uploadDestinations } from './store.js';

export const UPLOADS_PATH = '/_sim/uploads';
/** Amazon's presigned URL is signed for 900 seconds (X-Amz-Expires in the model's example). */
export const UPLOAD_URL_LIFETIME_S = 900;

/** A message resource, with or without the leading slash the model's description shows. */
const MESSAGE_RESOURCE = /^\/?messaging\/v1\/orders\/([^/]+)\/messages\/([A-Za-z]+)$/;
/** The base64 form of an MD5 digest: 16 bytes, 24 characters. */
const BASE64_MD5 = /^[A-Za-z0-9+/]{22}==$/;

const md5Base64 = (bytes: Uint8Array): string => createHash('md5').update(bytes).digest('base64');

/** The resource as stored and compared: without a leading slash. */
const normalResource = (resource: string): string => resource.replace(/^\//, '');

export function createUploadDestinationForResource(req: SimRequest): CreateUploadDestinationResponse {
  const resource = normalResource(req.path.resource ?? '');
  const marketplaceId = single(req.query.marketplaceIds) ?? '';
  const contentMD5 = single(req.query.contentMD5) ?? '';
  const contentType = single(req.query.contentType);
  if (!BASE64_MD5.test(contentMD5)) throw invalidInput('contentMD5 must be the base64-encoded MD5 digest of the file (24 characters).');
  const message = MESSAGE_RESOURCE.exec(resource);
  if (!message) throw invalidInput(`The simulator makes upload destinations for Messaging API messages only, not for ${resource}.`);
  const nowMs = req.clock.now().getTime();
  const order = orderBook.get(req.sellerId, message[1] ?? '', nowMs);
  if (!order) throw notFound(`Order ${message[1]} was not found.`);
  if (order.marketplaceId !== marketplaceId) throw invalidInput(`Order ${order.amazonOrderId} does not belong to marketplace ${marketplaceId}.`);
  const destination = uploadDestinations.create({
    uploadDestinationId: randomUUID(),
    sellerId: req.sellerId,
    resource,
    contentMD5,
    ...(contentType ? { contentType } : {}),
    createdMs: nowMs,
  });
  const headers: Record<string, string> = { 'Content-MD5': contentMD5, 'x-amz-server-side-encryption': 'aws:kms' };
  return {
    payload: {
      uploadDestinationId: destination.uploadDestinationId,
      url: `${req.publicUrl}${UPLOADS_PATH}/${destination.uploadDestinationId}`,
      headers,
    },
  };
}

/**
 * PUT /_sim/uploads/:id: what S3 checks of a presigned upload. The status and message to answer;
 * the bytes are kept only when they arrived whole (their MD5 is the one the destination was
 * created with) before the URL expired.
 */
export function receiveUpload(id: string, bytes: Buffer, headers: { contentMD5?: string | undefined; contentType?: string | undefined }, nowMs: number) {
  const destination = uploadDestinations.get(id);
  if (!destination) return { status: 404, code: 'NotFound', message: 'No upload is expected at this URL.' };
  if (nowMs > destination.createdMs + UPLOAD_URL_LIFETIME_S * 1000) return { status: 403, code: 'AccessDenied', message: 'Request has expired.' };
  if (destination.usedBy) return { status: 403, code: 'AccessDenied', message: 'This upload is already attached to a message.' };
  if (headers.contentMD5 !== destination.contentMD5)
    return { status: 403, code: 'SignatureDoesNotMatch', message: 'The Content-MD5 header must be the one the upload destination was created with.' };
  if (md5Base64(bytes) !== destination.contentMD5)
    return { status: 400, code: 'BadDigest', message: 'The Content-MD5 you specified did not match what was received.' };
  destination.content = bytes;
  destination.uploadedContentType = headers.contentType ?? 'application/octet-stream';
  return { status: 200 };
}
