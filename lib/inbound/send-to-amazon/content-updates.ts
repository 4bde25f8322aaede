/**
 * Changing what a booked shipment carries, as Amazon allows until it leaves: the seller's new
 * boxes go to Amazon for a preview (generateShipmentContentUpdatePreviews), which re-quotes the
 * carrier; confirming the preview replaces the shipment's boxes, units and quote. Both are
 * asynchronous and sent under the plan's claim, like every Send to Amazon step.
 */
import 'server-only';
import type { Db } from '@/db/client';
import type { SpApiClient } from '@/lib/sp-api';
import { UserFacingError } from '@/lib/user-facing-error';
import type { BoxLine } from './input';
import { boxInputs, itemInput, planShipment, send, type SendToAmazonPlan } from './service';

const NOT_NOW = 'Amazon takes content changes only for a shipment whose carrier is booked and that has not left yet.';

function updatableShipment(plan: SendToAmazonPlan, shipmentId: string) {
  const shipment = planShipment(plan, shipmentId);
  if (shipment.status !== 'READY_TO_SHIP') throw new UserFacingError(NOT_NOW);
  return shipment;
}

/** Asks Amazon to preview the shipment with these boxes; their units become the shipment's units. */
export async function previewContentUpdate(db: Db, client: SpApiClient, plan: SendToAmazonPlan, shipmentId: string, boxes: BoxLine[]): Promise<void> {
  const shipment = updatableShipment(plan, shipmentId);
  const carried = new Set(shipment.items.map((i) => i.msku));
  const units = new Map<string, number>();
  for (const box of boxes) for (const item of box.items) if (item.quantity > 0) units.set(item.msku, (units.get(item.msku) ?? 0) + item.quantity * box.count);
  const foreign = [...units.keys()].filter((msku) => !carried.has(msku));
  if (foreign.length)
    throw new UserFacingError('The boxes hold SKUs this shipment does not carry.', { boxes: foreign.map((m) => `${m} is not in this shipment.`) });
  const body = { boxes: boxInputs(plan, boxes, 'BOX_CONTENT_PROVIDED'), items: [...units].map(([msku, quantity]) => itemInput(plan, msku, quantity)) };
  await send(db, plan, 'generateShipmentContentUpdatePreviews', () =>
    client.fulfillmentInbound20240320.generateShipmentContentUpdatePreviews({ inboundPlanId: plan.inboundPlanId, shipmentId, body }),
  );
}

/** Confirms Amazon's preview: the shipment's boxes, units and carrier quote become the previewed ones. */
export async function confirmContentUpdate(
  db: Db,
  client: SpApiClient,
  plan: SendToAmazonPlan,
  shipmentId: string,
  contentUpdatePreviewId: string,
): Promise<void> {
  const shipment = updatableShipment(plan, shipmentId);
  if (!shipment.contentUpdatePreviews?.some((p) => p.contentUpdatePreviewId === contentUpdatePreviewId))
    throw new UserFacingError('That change is no longer offered; reload the plan.');
  await send(db, plan, 'confirmShipmentContentUpdatePreview', () =>
    client.fulfillmentInbound20240320.confirmShipmentContentUpdatePreview({ inboundPlanId: plan.inboundPlanId, shipmentId, contentUpdatePreviewId }),
  );
}
