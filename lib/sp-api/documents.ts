/**
 * Documents Amazon hands out by URL: it answers with a download URL (labels, a bill of lading,
 * a feed's processing report) or an upload URL (a feed's input, Amazon's presigned S3 URL). They
 * are fetched server-side so the browser only ever talks to the dashboard. A URL comes from a
 * response, so only Amazon's own https hosts (or the origin of the client's own endpoint, the
 * simulator) are trusted; the client (`client.documents`) says which, redirects are not followed and downloads are size-capped.
 */
import 'server-only';
import { UserFacingError } from '@/lib/user-facing-error';

/** Far above any label or bill of lading PDF; stops a runaway download from filling memory. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Amazon's hosts: amazon.<tld>, amazonaws.com (S3 presigned URLs) and their subdomains. */
const AMAZON_HOST = /(^|\.)(amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ae|sa|eg|in|co\.jp|com\.au|sg)|amazonaws\.com)$/;

export function isAllowedDocumentUrl(raw: string, extraOrigin: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (extraOrigin && url.origin === extraOrigin) return true;
  return url.protocol === 'https:' && !url.username && !url.password && AMAZON_HOST.test(url.hostname);
}

export interface DocumentOptions {
  /** An origin trusted besides Amazon's hosts (the client passes its own endpoint's, when that is not Amazon). */
  allowedOrigin?: string | undefined;
  maxBytes?: number;
}

/** Downloads a document Amazon linked to (labels, a feed's processing report), from a trusted URL only, size-capped. */
export async function downloadDocument(url: string | undefined, options: DocumentOptions = {}): Promise<Uint8Array> {
  if (!url) throw new UserFacingError('Amazon did not return a document to download.');
  if (!isAllowedDocumentUrl(url, options.allowedOrigin)) {
    console.warn('[sp-api] refused a document URL outside Amazon', new URL(url).host);
    throw new UserFacingError('Amazon returned a document link this dashboard does not trust; try again.');
  }
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'error' });
  if (!response.ok || !response.body) throw new UserFacingError('The document could not be downloaded from Amazon; try again.');
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw new UserFacingError('The document from Amazon is too large to show.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new UserFacingError('The document from Amazon is too large to show.');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * PUTs a document to the upload URL Amazon handed out: a feed's input (createFeedDocument) or a
 * message attachment (the Uploads API), with the content type and the headers the destination
 * was created with (an upload destination's `Content-MD5`, S3's encryption header), as the
 * presigned URL is signed for them.
 */
export async function uploadDocument(
  url: string,
  content: string | Uint8Array,
  contentType: string,
  options: Pick<DocumentOptions, 'allowedOrigin'> & { headers?: Record<string, string> } = {},
): Promise<void> {
  if (!isAllowedDocumentUrl(url, options.allowedOrigin)) {
    console.warn('[sp-api] refused an upload URL outside Amazon', new URL(url).host);
    throw new UserFacingError('Amazon returned an upload link this dashboard does not trust; try again.');
  }
  const response = await fetch(url, {
    method: 'PUT',
    // A copy typed as an ArrayBuffer view, which fetch's BodyInit takes (a Uint8Array may sit on a SharedArrayBuffer).
    body: typeof content === 'string' ? content : new Uint8Array(content),
    // Ours is the one content type: a second spelling of it among the named headers would be joined to it.
    headers: { ...withoutContentType(options.headers), 'content-type': contentType },
    signal: AbortSignal.timeout(30_000),
    redirect: 'error',
  });
  if (!response.ok) throw new UserFacingError('The document could not be uploaded to Amazon; try again.');
}

const withoutContentType = (headers: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
