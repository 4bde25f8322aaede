'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { spApiForAccount } from '@/lib/accounts';
import type { Role } from '@/lib/auth/types';
import type { SpApiClient } from '@/lib/sp-api/types';
import type { ActionState } from '@/lib/actions/action-state';
import { authorizedAction, type ActionContext, type ActionSuccess } from '@/lib/actions/authorized-action';
import { createPlan, resolveShipFrom } from '@/lib/inbound/plans';
import { planInput } from '@/lib/inbound/plan-input';
import { cancelShipment, confirmPreorder, createShipmentFromPlan, loadShipment, refreshShipment, updateShipmentItems } from '@/lib/inbound/shipments';
import type { Tenant } from '@/lib/tenancy';
import { confirmTransport, estimateTransport, putTransport, refreshTransport, voidTransport } from '@/lib/inbound/transport';
import { preorderInput, shipmentName, shipmentRef, updateShipmentInput } from '@/lib/inbound/shipment-input';
import { transportInput } from '@/lib/inbound/transport-input';
import {
  boxesInput,
  chooseDeliveryWindowInput,
  choosePackingInput,
  choosePlacementInput,
  confirmTransportationInput,
  deliveryWindowsInput,
  planRef,
  prepCategoryInput,
  startPlanInput,
  trackingInput,
  transportationRequestInput,
} from '@/lib/inbound/send-to-amazon/input';
import {
  cancelPlan,
  confirmDeliveryWindow,
  confirmPacking,
  confirmPlacement,
  confirmTransportation,
  followPlan,
  loadPlan,
  refreshPlan,
  requestDeliveryWindows,
  requestPackingOptions,
  requestPlacementOptions,
  retryPlan,
  setPrepCategory,
  requestTransportation,
  sendTracking,
  setBoxes,
  startPlan,
  type SendToAmazonPlan,
} from '@/lib/inbound/send-to-amazon/service';
import { planStep } from '@/lib/inbound/send-to-amazon/step';

const shipmentPath = (accountId: string, shipmentId: string) => `/inbound/${accountId}/${encodeURIComponent(shipmentId)}`;

/** Amazon took the write but the follow-up read failed: say so instead of "nothing was changed". */
const ACCEPTED = 'Amazon accepted the change; the status will update shortly.';
const doneMessage = (refreshed: boolean, message: string) => (refreshed ? message : ACCEPTED);

type ShipmentContext = ActionContext & { tenant: Tenant; client: SpApiClient; shipment: Awaited<ReturnType<typeof loadShipment>>['shipment'] };

/**
 * An action on one stored shipment: the shipment is loaded in the user's workspace before any
 * SP-API client exists, so an id from another workspace (or made up) never reaches Amazon.
 */
function shipmentAction<S extends z.ZodType<{ accountId: string; shipmentId: string }>>(
  spec: { name: string; role: Role; input: S },
  run: (input: z.output<S>, ctx: ShipmentContext) => Promise<ActionSuccess>,
) {
  return authorizedAction(spec, async (input, ctx) => {
    const tenant = { workspaceId: ctx.user.workspaceId, accountId: input.accountId };
    const { shipment } = await loadShipment(ctx.db, tenant, input.shipmentId);
    const client = await spApiForAccount(ctx.db, ctx.user.workspaceId, input.accountId);
    const outcome = await run(input, { ...ctx, tenant, client, shipment });
    revalidatePath(shipmentPath(input.accountId, input.shipmentId));
    return outcome;
  });
}

async function clientFor(db: Db, workspaceId: string, accountId: string) {
  return { tenant: { workspaceId, accountId }, client: await spApiForAccount(db, workspaceId, accountId) };
}

/** Create the plan, then open it (after the audit entry is written). */
export const createPlanAction = authorizedAction({ name: 'inbound.create-plan', role: 'operator', input: planInput }, async (input, { user, db }) => {
  const { tenant, client } = await clientFor(db, user.workspaceId, input.accountId);
  const shipFrom = await resolveShipFrom(db, user.workspaceId, input);
  const created = await createPlan(db, client, { ...tenant, userId: user.id }, { ...input, shipFrom });
  return {
    message: `Amazon returned ${created.shipmentIds.length} shipment plan${created.shipmentIds.length === 1 ? '' : 's'}.`,
    target: created.planId,
    detail: { shipmentIds: created.shipmentIds, skus: input.items.map((i) => i.sellerSku) },
    redirectTo: `/inbound/plans/${created.planId}`,
  };
});

export const createShipmentAction = authorizedAction(
  { name: 'inbound.create-shipment', role: 'operator', input: shipmentRef.extend({ planId: z.uuid(), name: shipmentName }) },
  async (input, { user, db }) => {
    const { tenant, client } = await clientFor(db, user.workspaceId, input.accountId);
    await createShipmentFromPlan(db, client, tenant, input);
    revalidatePath(`/inbound/plans/${input.planId}`);
    return {
      message: `Shipment ${input.shipmentId} created.`,
      target: input.shipmentId,
      detail: { name: input.name, planId: input.planId },
      redirectTo: shipmentPath(input.accountId, input.shipmentId),
    };
  },
);

export const updateShipmentAction = shipmentAction(
  {
    name: 'inbound.update-shipment',
    role: 'operator',
    input: updateShipmentInput,
  },
  async (input, { db, client, tenant }) => {
    const { refreshed } = await updateShipmentItems(db, client, tenant, input);
    return { message: doneMessage(refreshed, 'Shipment updated.'), target: input.shipmentId, detail: { quantities: input.quantities, name: input.name } };
  },
);

export const cancelShipmentAction = shipmentAction(
  { name: 'inbound.cancel-shipment', role: 'operator', input: shipmentRef },
  async (input, { db, client, tenant }) => {
    const { refreshed } = await cancelShipment(db, client, tenant, input.shipmentId);
    return { message: doneMessage(refreshed, 'Shipment cancelled.'), target: input.shipmentId };
  },
);

export const refreshShipmentAction = shipmentAction(
  { name: 'inbound.refresh-shipment', role: 'operator', input: shipmentRef },
  async (input, { db, client, tenant, shipment }) => {
    await refreshShipment(db, client, tenant, shipment.marketplaceId, input.shipmentId);
    await refreshTransport(db, client, tenant, input.shipmentId);
    return { message: 'Updated from Amazon.', target: input.shipmentId };
  },
);

export const confirmPreorderAction = shipmentAction(
  {
    name: 'inbound.confirm-preorder',
    role: 'operator',
    input: preorderInput(),
  },
  async (input, { db, client, tenant }) => {
    const result = await confirmPreorder(db, client, tenant, input.shipmentId, input.needByDate);
    return {
      message: `Confirmed for pre-order: arrive by ${result.ConfirmedNeedByDate ?? input.needByDate}${result.ConfirmedFulfillableDate ? `, sellable from ${result.ConfirmedFulfillableDate}` : ''}.`,
      target: input.shipmentId,
      detail: { needByDate: input.needByDate },
    };
  },
);

export async function putTransportAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const today = new Date().toISOString().slice(0, 10);
  return shipmentAction({ name: 'inbound.put-transport', role: 'operator', input: transportInput(today) }, async (input, { db, client, tenant }) => {
    const { refreshed } = await putTransport(db, client, tenant, input.shipmentId, input.choice);
    const partnered = input.choice.mode.endsWith('partnered');
    return {
      message: doneMessage(refreshed, partnered ? 'Transport details sent. Get an estimate next.' : 'Carrier details sent to Amazon.'),
      target: input.shipmentId,
      detail: { mode: input.choice.mode },
    };
  })(previous, formData);
}

export const estimateTransportAction = shipmentAction(
  { name: 'inbound.estimate-transport', role: 'operator', input: shipmentRef },
  async (input, { db, client, tenant }) => {
    const { refreshed } = await estimateTransport(db, client, tenant, input.shipmentId);
    return { message: doneMessage(refreshed, 'Amazon is estimating the carrier cost…'), target: input.shipmentId };
  },
);

export const confirmTransportAction = shipmentAction(
  { name: 'inbound.confirm-transport', role: 'operator', input: shipmentRef },
  async (input, { db, client, tenant }) => {
    const { refreshed } = await confirmTransport(db, client, tenant, input.shipmentId, new Date());
    return { message: doneMessage(refreshed, 'Carrier booking confirmed.'), target: input.shipmentId };
  },
);

export const voidTransportAction = shipmentAction(
  { name: 'inbound.void-transport', role: 'operator', input: shipmentRef },
  async (input, { db, client, tenant }) => {
    const { refreshed } = await voidTransport(db, client, tenant, input.shipmentId, new Date());
    return { message: doneMessage(refreshed, 'Carrier booking voided.'), target: input.shipmentId };
  },
);

// ---------------------------------------------------------------------------------------------
// Send to Amazon (Fulfillment Inbound 2024-03-20)

const sendToAmazonPath = (planId: string) => `/inbound/send/${planId}`;

type PlanContext = ActionContext & { client: SpApiClient; plan: SendToAmazonPlan };

/**
 * An action on one Send to Amazon plan: the plan is loaded in the user's workspace before any
 * SP-API client exists, so a plan id from another workspace (or made up) never reaches Amazon.
 */
function planAction<S extends z.ZodType<{ planId: string }>>(
  spec: { name: string; role: Role; input: S; audit?: boolean },
  run: (input: z.output<S>, ctx: PlanContext) => Promise<ActionSuccess>,
) {
  return authorizedAction({ ...spec, target: (input) => input.planId }, async (input, ctx) => {
    const plan = await loadPlan(ctx.db, ctx.user.workspaceId, input.planId);
    const client = await spApiForAccount(ctx.db, ctx.user.workspaceId, plan.accountId);
    const outcome = await run(input, { ...ctx, client, plan });
    revalidatePath(sendToAmazonPath(plan.id));
    return { target: plan.id, ...outcome, detail: { inboundPlanId: plan.inboundPlanId, ...outcome.detail } };
  });
}

const SENT = 'Sent to Amazon. This page follows it until Amazon is done.';

export const startSendToAmazonAction = authorizedAction(
  { name: 'inbound.send.create-plan', role: 'operator', input: startPlanInput },
  async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    const address = await resolveShipFrom(db, user.workspaceId, {
      savedAddressId: input.savedAddressId,
      newAddress: input.newAddress,
    });
    const plan = await startPlan(
      db,
      client,
      { workspaceId: user.workspaceId, accountId: input.accountId, userId: user.id },
      {
        marketplaceId: input.marketplaceId,
        name: input.name,
        saveAddress: input.saveAddress || Boolean(input.savedAddressId),
        items: input.items,
        sourceAddress: { ...address, phoneNumber: input.phoneNumber },
      },
    );
    return {
      message: 'Plan sent to Amazon.',
      target: plan.id,
      detail: { inboundPlanId: plan.inboundPlanId, skus: input.items.map((i) => i.msku) },
      redirectTo: sendToAmazonPath(plan.id),
    };
  },
);

/** Polled by the plan page while Amazon works: follows the pending operation (no audit entry: it changes nothing). */
export const followSendToAmazonAction = planAction(
  { name: 'inbound.send.follow', role: 'operator', input: planRef, audit: false },
  async (_input, { db, client, plan }) => {
    const followed = await followPlan(db, client, plan);
    return { message: planStep(followed).label };
  },
);

export const refreshSendToAmazonAction = planAction(
  { name: 'inbound.send.refresh', role: 'operator', input: planRef, audit: false },
  async (_input, { db, client, plan }) => {
    await refreshPlan(db, client, plan);
    return { message: 'Updated from Amazon.' };
  },
);

export const choosePackingAction = planAction(
  { name: 'inbound.send.choose-packing', role: 'operator', input: choosePackingInput },
  async (input, { db, client, plan }) => {
    await confirmPacking(db, client, plan, input.packingOptionId);
    return { message: SENT, detail: { packingOptionId: input.packingOptionId } };
  },
);

export const setBoxesAction = planAction({ name: 'inbound.send.set-boxes', role: 'operator', input: boxesInput }, async (input, { db, client, plan }) => {
  await setBoxes(db, client, plan, input.packingGroupId, input.boxes);
  const boxes = input.boxes.reduce((sum, b) => sum + b.count, 0);
  return { message: SENT, detail: { packingGroupId: input.packingGroupId, boxes } };
});

export const choosePlacementAction = planAction(
  { name: 'inbound.send.choose-placement', role: 'operator', input: choosePlacementInput },
  async (input, { db, client, plan }) => {
    await confirmPlacement(db, client, plan, input.placementOptionId);
    return { message: SENT, detail: { placementOptionId: input.placementOptionId } };
  },
);

export const requestTransportationAction = planAction(
  { name: 'inbound.send.request-transportation', role: 'operator', input: transportationRequestInput },
  async (input, { db, client, plan }) => {
    await requestTransportation(db, client, plan, input);
    return { message: SENT, detail: { readyToShip: input.readyToShip } };
  },
);

export const requestDeliveryWindowsAction = planAction(
  { name: 'inbound.send.request-delivery-windows', role: 'operator', input: deliveryWindowsInput },
  async (input, { db, client, plan }) => {
    await requestDeliveryWindows(db, client, plan, input.shipmentId);
    return { message: SENT, detail: { shipmentId: input.shipmentId } };
  },
);

export const chooseDeliveryWindowAction = planAction(
  { name: 'inbound.send.choose-delivery-window', role: 'operator', input: chooseDeliveryWindowInput },
  async (input, { db, client, plan }) => {
    await confirmDeliveryWindow(db, client, plan, input.shipmentId, input.deliveryWindowOptionId);
    return { message: SENT, detail: { shipmentId: input.shipmentId, deliveryWindowOptionId: input.deliveryWindowOptionId } };
  },
);

export const confirmTransportationAction = planAction(
  { name: 'inbound.send.confirm-transportation', role: 'operator', input: confirmTransportationInput },
  async (input, { db, client, plan }) => {
    await confirmTransportation(db, client, plan, input.selections);
    return { message: SENT, detail: { selections: input.selections } };
  },
);

export const sendTrackingAction = planAction({ name: 'inbound.send.tracking', role: 'operator', input: trackingInput }, async (input, { db, client, plan }) => {
  await sendTracking(db, client, plan, input);
  return { message: SENT, detail: { shipmentId: input.shipmentId } };
});

export const cancelSendToAmazonAction = planAction({ name: 'inbound.send.cancel', role: 'operator', input: planRef }, async (_input, { db, client, plan }) => {
  await cancelPlan(db, client, plan);
  return { message: SENT };
});

export const requestPackingOptionsAction = planAction(
  { name: 'inbound.send.request-packing', role: 'operator', input: planRef },
  async (_input, { db, client, plan }) => {
    await requestPackingOptions(db, client, plan);
    return { message: SENT };
  },
);

export const setPrepCategoryAction = planAction(
  { name: 'inbound.send.set-prep-category', role: 'operator', input: prepCategoryInput },
  async (input, { client, plan }) => {
    await setPrepCategory(client, plan, input.msku, input.prepCategory);
    return {
      message: `Amazon now has ${input.msku} as ${input.prepCategory.toLowerCase()}. Send the plan again.`,
      detail: { msku: input.msku, prepCategory: input.prepCategory },
    };
  },
);

export const retrySendToAmazonAction = planAction(
  { name: 'inbound.send.retry', role: 'operator', input: planRef },
  async (_input, { db, client, plan, user }) => {
    const again = await retryPlan(db, client, plan, user.id);
    return {
      message: 'Plan sent to Amazon again.',
      detail: { retriedAs: again.id, inboundPlanId: again.inboundPlanId },
      redirectTo: sendToAmazonPath(again.id),
    };
  },
);

export const requestPlacementOptionsAction = planAction(
  { name: 'inbound.send.request-placement', role: 'operator', input: planRef },
  async (_input, { db, client, plan }) => {
    await requestPlacementOptions(db, client, plan);
    return { message: SENT };
  },
);
