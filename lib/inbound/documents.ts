/**
 * Labels and the bill of lading: Amazon answers with a download URL; we fetch the PDF
 * server-side so the browser only ever talks to the dashboard (session and workspace checked).
 */
import 'server-only';
import type { SpApiClient } from '@/lib/sp-api/client';
import type { GetLabelsParams } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { UserFacingError } from '@/lib/user-facing-error';
import { askAmazon } from './amazon-errors';

async function downloadPdf(url: string | undefined): Promise<Uint8Array> {
  if (!url) throw new UserFacingError('Amazon did not return a document to download.');
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new UserFacingError('The document could not be downloaded from Amazon; try again.');
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchLabelsPdf(client: SpApiClient, params: GetLabelsParams): Promise<Uint8Array> {
  const response = await askAmazon(() => client.fulfillmentInboundV0.getLabels(params));
  return downloadPdf(response.payload?.DownloadURL);
}

export async function fetchBillOfLadingPdf(client: SpApiClient, shipmentId: string): Promise<Uint8Array> {
  const response = await askAmazon(() => client.fulfillmentInboundV0.getBillOfLading({ shipmentId }));
  return downloadPdf(response.payload?.DownloadURL);
}
