/**
 * Labels and the bill of lading: Amazon answers with a download URL; we fetch the PDF
 * server-side so the browser only ever talks to the dashboard (session and workspace checked).
 * The URL comes from a response, so it is fetched only from Amazon's own https hosts (or the
 * simulator this deployment is configured for), without following redirects, and size-capped.
 */
import 'server-only';
import type { SpApiClient } from '@/lib/sp-api/types';
import { askAmazon } from '@/lib/sp-api';
import type { GetLabelsParams } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { env } from '@/lib/env';
import { UserFacingError } from '@/lib/user-facing-error';

/** Far above any label or bill of lading PDF; stops a runaway download from filling memory. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Amazon's hosts: amazon.<tld>, amazonaws.com (S3 presigned URLs) and their subdomains. */
const AMAZON_HOST = /(^|\.)(amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ae|sa|eg|in|co\.jp|com\.au|sg)|amazonaws\.com)$/;

/** The simulator's origin when SPAPI_ENDPOINT points there (tests, demo), else none. */
function configuredOrigin(): string | undefined {
  try {
    const endpoint = env().SPAPI_ENDPOINT;
    return endpoint ? new URL(endpoint).origin : undefined;
  } catch {
    return undefined;
  }
}

export function isAllowedDocumentUrl(raw: string, extraOrigin: string | undefined = configuredOrigin()): boolean {
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
  /** An origin trusted besides Amazon's hosts (defaults to SPAPI_ENDPOINT's origin). */
  allowedOrigin?: string | undefined;
  maxBytes?: number;
}

async function downloadPdf(url: string | undefined, options: DocumentOptions = {}): Promise<Uint8Array> {
  if (!url) throw new UserFacingError('Amazon did not return a document to download.');
  if (!isAllowedDocumentUrl(url, options.allowedOrigin ?? configuredOrigin())) {
    console.warn('[inbound] refused a document URL outside Amazon', new URL(url).host);
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
  const pdf = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    pdf.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return pdf;
}

export async function fetchLabelsPdf(client: SpApiClient, params: GetLabelsParams, options?: DocumentOptions): Promise<Uint8Array> {
  const response = await askAmazon(() => client.fulfillmentInboundV0.getLabels(params));
  return downloadPdf(response.payload?.DownloadURL, options);
}

export async function fetchBillOfLadingPdf(client: SpApiClient, shipmentId: string, options?: DocumentOptions): Promise<Uint8Array> {
  const response = await askAmazon(() => client.fulfillmentInboundV0.getBillOfLading({ shipmentId }));
  return downloadPdf(response.payload?.DownloadURL, options);
}
