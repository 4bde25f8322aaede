/**
 * What a Send to Amazon plan prints, with a client that records what would reach Amazon: the
 * number of boxes and pallets comes from the plan (never asked), and nothing prints for a plan
 * that is cancelled or being cancelled, nor for a cancelled shipment.
 */
import { describe, expect, it } from 'vitest';
import type { PlanSnapshot, SnapshotShipment } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import type { GetLabelsParams } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { UserFacingError } from '@/lib/user-facing-error';
import { billOfLadingPdf, boxLabelsPdf, itemLabelsPdf } from './documents';
import type { SendToAmazonPlan } from './service';

const SHIPMENT_ID = 'sh1a2b3c4-d5e6-47f8-9a0b-1c2d3e4f5a6b7c8d'.slice(0, 38);
const PDF = new Uint8Array([37, 80, 68, 70, 45]);

function recordingClient() {
  const labels: GetLabelsParams[] = [];
  const client = {
    fulfillmentInboundV0: {
      getLabels: async (params: GetLabelsParams) => {
        labels.push(params);
        return { payload: { DownloadURL: 'https://labels.example/1.pdf' } };
      },
      getBillOfLading: async () => ({ payload: { DownloadURL: 'https://labels.example/bol.pdf' } }),
    },
    fulfillmentInbound20240320: {
      createMarketplaceItemLabels: async () => ({ documentDownloads: [{ uri: 'https://labels.example/items.pdf' }] }),
    },
    documents: { download: async () => PDF },
  } as unknown as SpApiClient;
  return { client, labels };
}

function planWith(
  patch: { status?: string; shipment?: Partial<SnapshotShipment>; pendingOperation?: SendToAmazonPlan['pendingOperation'] } = {},
): SendToAmazonPlan {
  const shipment: SnapshotShipment = {
    shipmentId: SHIPMENT_ID,
    placementOptionId: 'pl1',
    confirmationId: 'FBA15ABCDE12',
    status: 'READY_TO_SHIP',
    palletCount: 2,
    selectedTransportationOptionId: 'to1',
    items: [],
    transportationOptions: [{ transportationOptionId: 'to1', shippingMode: 'FREIGHT_LTL', shippingSolution: 'AMAZON_PARTNERED_CARRIER', preconditions: [] }],
    deliveryWindows: [],
    ...patch.shipment,
  };
  const box = (n: number) => ({
    packageId: `pk${n}`,
    shipmentId: SHIPMENT_ID,
    boxId: `FBA15ABCDE12U00000${n}`,
    contentSource: 'BOX_CONTENT_PROVIDED',
    dimensions: { length: 20, width: 16, height: 12, unit: 'IN' },
    weight: { value: 30, unit: 'LB' },
    items: [],
  });
  const snapshot = {
    items: [{ msku: 'SKU-1', asin: 'B0', fnsku: 'X0', quantity: 3, labelOwner: 'SELLER', prepInstructions: [] }],
    boxes: [box(1), box(2), box(3)],
    shipments: [shipment],
  } as unknown as PlanSnapshot;
  return {
    status: patch.status ?? 'ACTIVE',
    pendingOperation: patch.pendingOperation ?? null,
    snapshot,
    items: [],
    marketplaceId: 'ATVPDKIKX0DER',
    name: 'Plan',
  } as unknown as SendToAmazonPlan;
}

describe('Send to Amazon labels', () => {
  it("prints one label per box of the plan's shipment and one per pallet given for its quotes", async () => {
    const { client, labels } = recordingClient();
    await boxLabelsPdf(client, planWith(), { shipmentId: SHIPMENT_ID, pageType: 'PackageLabel_Letter_6', kind: 'boxes' });
    await boxLabelsPdf(client, planWith(), { shipmentId: SHIPMENT_ID, pageType: 'PackageLabel_Letter_4', kind: 'pallets' });
    expect(labels).toEqual([
      { shipmentId: 'FBA15ABCDE12', PageType: 'PackageLabel_Letter_6', LabelType: 'UNIQUE', NumberOfPackages: 3 },
      { shipmentId: 'FBA15ABCDE12', PageType: 'PackageLabel_Letter_4', LabelType: 'PALLET', NumberOfPallets: 2 },
    ]);
  });

  it('prints nothing for a cancelled plan, a plan Amazon is cancelling, or a cancelled shipment, and asks Amazon nothing', async () => {
    const { client, labels } = recordingClient();
    const query = { shipmentId: SHIPMENT_ID, pageType: 'PackageLabel_Letter_6' as const, kind: 'boxes' as const };
    const cancelling = { operation: 'cancelInboundPlan', operationId: 'op1', startedAt: '2026-12-06T10:00:00Z' };
    for (const plan of [planWith({ status: 'VOIDED' }), planWith({ pendingOperation: cancelling }), planWith({ shipment: { status: 'CANCELLED' } })]) {
      await expect(boxLabelsPdf(client, plan, query)).rejects.toBeInstanceOf(UserFacingError);
      await expect(billOfLadingPdf(client, plan, SHIPMENT_ID)).rejects.toBeInstanceOf(UserFacingError);
    }
    await expect(itemLabelsPdf(client, planWith({ pendingOperation: cancelling }), { format: 'Letter_30' })).rejects.toBeInstanceOf(UserFacingError);
    expect(labels).toEqual([]);
  });
});
