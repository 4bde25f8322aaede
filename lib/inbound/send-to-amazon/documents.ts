/**
 * What a Send to Amazon plan prints: box and pallet labels through the v0 getLabels Amazon kept
 * (with the shipment's confirmation id, and the number of boxes or pallets taken from the
 * plan, never asked again), the bill of lading of a partnered LTL shipment, and FNSKU unit
 * labels (createMarketplaceItemLabels). Nothing prints for a cancelled plan or shipment.
 */
import 'server-only';
import { z } from 'zod';
import type { SnapshotShipment } from '@/db/schema';
import { askAmazon, type SpApiClient } from '@/lib/sp-api';
import type { ItemLabelPageType } from '@/lib/sp-api/generated/fulfillment-inbound-2024-03-20';
import { ITEM_LABEL_PAGE_TYPES, THERMAL_SIZES } from './labels';
import { UserFacingError } from '@/lib/user-facing-error';
import { fetchBillOfLadingPdf, fetchLabelsPdf } from '../documents';
import { PAGE_TYPES } from '../labels-input';
import type { SendToAmazonPlan } from './service';

/** createMarketplaceItemLabels takes at most 100 SKUs a request. */
const MAX_ITEM_LABEL_SKUS = 100;

const GONE = new Set(['CANCELLED', 'DELETED', 'ABANDONED']);

export const boxLabelsQuery = z.object({
  shipmentId: z.string().regex(/^[a-zA-Z0-9-]{38}$/, 'Choose a shipment of this plan.'),
  pageType: z.enum(PAGE_TYPES, { error: 'Choose a page type.' }),
  kind: z.enum(['boxes', 'pallets']).default('boxes'),
});

export const itemLabelsQuery = z.object({
  format: z.enum([...ITEM_LABEL_PAGE_TYPES, ...(Object.keys(THERMAL_SIZES) as Array<keyof typeof THERMAL_SIZES>)], { error: 'Choose a label format.' }),
  msku: z.string().max(255).optional(),
});

/** A plan cancelled, or whose cancellation Amazon is working on (its labels would be void by the time they are stuck on). */
function refuseCancelled(plan: SendToAmazonPlan): void {
  if (plan.status === 'VOIDED') throw new UserFacingError('This plan is cancelled; there is nothing to print.');
  if (plan.pendingOperation?.operation === 'cancelInboundPlan') throw new UserFacingError('Amazon is cancelling this plan; there is nothing to print.');
}

function printableShipment(plan: SendToAmazonPlan, shipmentId: string): SnapshotShipment & { confirmationId: string } {
  refuseCancelled(plan);
  const shipment = plan.snapshot?.shipments.find((s) => s.shipmentId === shipmentId);
  if (!shipment?.confirmationId) throw new UserFacingError('Labels exist once the placement is confirmed.');
  if (GONE.has(shipment.status)) throw new UserFacingError('This shipment is cancelled; there is nothing to print.');
  return shipment as SnapshotShipment & { confirmationId: string };
}

export async function boxLabelsPdf(
  client: SpApiClient,
  plan: SendToAmazonPlan,
  query: z.output<typeof boxLabelsQuery>,
): Promise<{ pdf: Uint8Array; filename: string }> {
  const shipment = printableShipment(plan, query.shipmentId);
  if (query.kind === 'pallets') {
    const pallets = shipment.palletCount ?? 0;
    if (!pallets) throw new UserFacingError('This shipment travels without pallets.');
    const pdf = await fetchLabelsPdf(client, { shipmentId: shipment.confirmationId, PageType: query.pageType, LabelType: 'PALLET', NumberOfPallets: pallets });
    return { pdf, filename: `pallet-labels-${shipment.confirmationId}.pdf` };
  }
  const boxes = plan.snapshot!.boxes.filter((b) => b.shipmentId === shipment.shipmentId).length;
  if (!boxes) throw new UserFacingError('This shipment has no boxes yet.');
  const twoD = plan.snapshot!.boxes.some((b) => b.shipmentId === shipment.shipmentId && b.contentSource === 'BARCODE_2D');
  const pdf = await fetchLabelsPdf(client, {
    shipmentId: shipment.confirmationId,
    PageType: query.pageType,
    LabelType: twoD ? 'BARCODE_2D' : 'UNIQUE',
    NumberOfPackages: boxes,
  });
  return { pdf, filename: `box-labels-${shipment.confirmationId}.pdf` };
}

export async function billOfLadingPdf(client: SpApiClient, plan: SendToAmazonPlan, shipmentId: string): Promise<{ pdf: Uint8Array; filename: string }> {
  const shipment = printableShipment(plan, shipmentId);
  const option = shipment.transportationOptions.find((o) => o.transportationOptionId === shipment.selectedTransportationOptionId);
  if (option?.shippingMode !== 'FREIGHT_LTL' || option.shippingSolution !== 'AMAZON_PARTNERED_CARRIER') {
    throw new UserFacingError('A bill of lading exists only for an Amazon-partnered LTL shipment.');
  }
  return { pdf: await fetchBillOfLadingPdf(client, shipment.confirmationId), filename: `bill-of-lading-${shipment.confirmationId}.pdf` };
}

export async function itemLabelsPdf(
  client: SpApiClient,
  plan: SendToAmazonPlan,
  query: z.output<typeof itemLabelsQuery>,
): Promise<{ pdf: Uint8Array; filename: string }> {
  refuseCancelled(plan);
  const items = (plan.snapshot?.items ?? plan.items).filter((i) => !query.msku || i.msku === query.msku);
  if (!items.length) throw new UserFacingError(query.msku ? 'That SKU is not in this plan.' : 'This plan has no items yet.');
  if (items.length > MAX_ITEM_LABEL_SKUS)
    throw new UserFacingError(`Print the labels one SKU at a time: Amazon prints at most ${MAX_ITEM_LABEL_SKUS} SKUs at once.`);
  const thermal = query.format in THERMAL_SIZES ? THERMAL_SIZES[query.format as keyof typeof THERMAL_SIZES] : undefined;
  const response = await askAmazon(() =>
    client.fulfillmentInbound20240320.createMarketplaceItemLabels({
      body: {
        marketplaceId: plan.marketplaceId,
        mskuQuantities: items.map((i) => ({ msku: i.msku, quantity: Math.min(i.quantity, 10_000) })),
        ...(thermal
          ? { labelType: 'THERMAL_PRINTING', width: thermal[0], height: thermal[1] }
          : { labelType: 'STANDARD_FORMAT', pageType: query.format as ItemLabelPageType }),
      },
    }),
  );
  const pdf = await client.documents.download(response.documentDownloads[0]?.uri);
  return { pdf, filename: `fnsku-labels-${query.msku ?? plan.name}.pdf` };
}
