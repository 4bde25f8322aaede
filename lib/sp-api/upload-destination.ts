/**
 * A file handed to Amazon through the Uploads API, for another API to refer to (a message's
 * attachment, an A+ document): createUploadDestinationForResource with the file's MD5, then
 * the PUT to the destination's presigned URL (client.documents.upload) with the headers Amazon
 * named, Content-MD5 among them, so S3 checks the bytes arrived whole.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { UserFacingError } from '@/lib/user-facing-error';
import type { SpApiClient } from './client';

export interface UploadedFile {
  /** What the other API's request names (`attachments[].uploadDestinationId`). */
  uploadDestinationId: string;
}

/** Base64 of the MD5 digest: the form both the contentMD5 parameter and the Content-MD5 header take. */
export const contentMd5 = (bytes: Uint8Array): string => createHash('md5').update(bytes).digest('base64');

export async function uploadFile(
  client: SpApiClient,
  file: { resource: string; marketplaceId: string; bytes: Uint8Array; contentType: string },
): Promise<UploadedFile> {
  const contentMD5 = contentMd5(file.bytes);
  const { payload } = await client.uploads.createUploadDestinationForResource({
    resource: file.resource,
    marketplaceIds: [file.marketplaceId],
    contentMD5,
    contentType: file.contentType,
  });
  if (!payload?.uploadDestinationId || !payload.url) throw new UserFacingError('Amazon did not return a place to upload the file to; try again.');
  // The URL is signed for these headers; only string values are headers.
  const named = Object.entries(payload.headers ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  await client.documents.upload(payload.url, file.bytes, file.contentType, { ...Object.fromEntries(named), 'Content-MD5': contentMD5 });
  return { uploadDestinationId: payload.uploadDestinationId };
}
