/**
 * Labels and the bill of lading: Amazon answers with a download URL, which the SP-API layer
 * fetches (trusted hosts only, size-capped); the pages serve the PDF after their session and
 * workspace checks.
 */
import 'server-only';
import type { SpApiClient } from '@/lib/sp-api/types';
import { askAmazon, type DocumentOptions } from '@/lib/sp-api';
import type { GetLabelsParams } from '@/lib/sp-api/generated/fulfillment-inbound-v0';

export async function fetchLabelsPdf(client: SpApiClient, params: GetLabelsParams, options?: DocumentOptions): Promise<Uint8Array> {
  const response = await askAmazon(() => client.fulfillmentInboundV0.getLabels(params));
  return client.documents.download(response.payload?.DownloadURL, options);
}

export async function fetchBillOfLadingPdf(client: SpApiClient, shipmentId: string, options?: DocumentOptions): Promise<Uint8Array> {
  const response = await askAmazon(() => client.fulfillmentInboundV0.getBillOfLading({ shipmentId }));
  return client.documents.download(response.payload?.DownloadURL, options);
}
