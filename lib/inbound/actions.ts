'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { spApiForAccount } from '@/lib/accounts';
import type { Role } from '@/lib/auth/types';
import type { SpApiClient } from '@/lib/sp-api/types';
import { authorizedAction, authorizedDataAction, type ActionContext, type ActionSuccess } from '@/lib/actions/authorized-action';
import type { DataState } from '@/lib/actions/action-state';
import { PREP_CATEGORY_LABELS, type SkuPrep } from '@/lib/inbound/send-to-amazon/prep';
import type { SkuCompliance } from '@/lib/inbound/send-to-amazon/compliance';
import { complianceDetailsOf, setItemCompliance } from '@/lib/inbound/send-to-amazon/item-compliance';
import { deleteBoxTemplate, saveBoxTemplate } from '@/lib/inbound/box-templates';
import { resolveShipFrom } from '@/lib/inbound/ship-from-addresses';
import { loadShipment, refreshShipment } from '@/lib/inbound/shipments';
import type { Tenant } from '@/lib/tenancy';
import { shipmentRef } from '@/lib/inbound/shipment-input';
import {
  boxesInput,
  boxTemplateInput,
  chooseDeliveryWindowInput,
  deleteBoxTemplateInput,
  choosePackingInput,
  choosePlacementInput,
  confirmTransportationInput,
  deliveryWindowsInput,
  planRef,
  prepCategoryInput,
  appointmentSlotsInput,
  scheduleAppointmentInput,
  cancelAppointmentInput,
  skuComplianceDetailsInput,
  skuComplianceInput,
  skuPrepCategoryInput,
  skuPrepDetailsInput,
  renamePlanInput,
  renameShipmentInput,
  startPlanInput,
  trackingInput,
  transportationRequestInput,
  confirmContentUpdateInput,
  contentUpdateInput,
} from '@/lib/inbound/send-to-amazon/input';
import { confirmContentUpdate, previewContentUpdate } from '@/lib/inbound/send-to-amazon/content-updates';
import { cancelAppointment, requestAppointmentSlots, scheduleAppointment } from '@/lib/inbound/send-to-amazon/appointments';
import {
  cancelPlan,
  confirmDeliveryWindow,
  confirmPacking,
  confirmPlacement,
  confirmTransportation,
  followPlan,
  loadPlan,
  prepDetailsOf,
  refreshPlan,
  renamePlan,
  renameShipment,
  requestDeliveryWindows,
  requestPackingOptions,
  requestPlacementOptions,
  retryPlan,
  setPlanPrepCategory,
  setPrepCategory,
  requestTransportation,
  sendTracking,
  setBoxes,
  startPlan,
  type SendToAmazonPlan,
} from '@/lib/inbound/send-to-amazon/service';
import { planStep } from '@/lib/inbound/send-to-amazon/step';

const shipmentPath = (accountId: string, shipmentId: string) => `/inbound/${accountId}/${encodeURIComponent(shipmentId)}`;

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

/** Status and received quantities read again from Amazon (getShipments, getShipmentItemsByShipmentId). */
export const refreshShipmentAction = shipmentAction(
  { name: 'inbound.refresh-shipment', role: 'operator', input: shipmentRef },
  async (input, { db, client, tenant, shipment }) => {
    await refreshShipment(db, client, tenant, shipment.marketplaceId, input.shipmentId);
    return { message: 'Updated from Amazon.', target: input.shipmentId };
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
    // A plan taken up (Amazon made it on an earlier try whose answer was lost) waits on nothing.
    const takenUp = plan.pendingOperation?.operation !== 'createInboundPlan';
    return {
      message: takenUp ? 'Amazon had already made this plan on your last try; it is taken up here.' : 'Plan sent to Amazon.',
      target: plan.id,
      detail: { inboundPlanId: plan.inboundPlanId, skus: input.items.map((i) => i.msku), takenUp },
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
  await setBoxes(db, client, plan, input.packingGroupId, input.boxes, input.contentSource);
  const boxes = input.boxes.reduce((sum, b) => sum + b.count, 0);
  return { message: SENT, detail: { packingGroupId: input.packingGroupId, boxes, contentSource: input.contentSource } };
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

export const previewContentUpdateAction = planAction(
  { name: 'inbound.send.preview-content-update', role: 'operator', input: contentUpdateInput },
  async (input, { db, client, plan }) => {
    await previewContentUpdate(db, client, plan, input.shipmentId, input.boxes);
    const boxes = input.boxes.reduce((sum, b) => sum + b.count, 0);
    return { message: SENT, detail: { shipmentId: input.shipmentId, boxes } };
  },
);

export const confirmContentUpdateAction = planAction(
  { name: 'inbound.send.confirm-content-update', role: 'operator', input: confirmContentUpdateInput },
  async (input, { db, client, plan }) => {
    await confirmContentUpdate(db, client, plan, input.shipmentId, input.contentUpdatePreviewId);
    return { message: SENT, detail: { shipmentId: input.shipmentId, contentUpdatePreviewId: input.contentUpdatePreviewId } };
  },
);

export const requestAppointmentSlotsAction = planAction(
  { name: 'inbound.send.appointment-slots', role: 'operator', input: appointmentSlotsInput },
  async (input, { db, client, plan }) => {
    await requestAppointmentSlots(db, client, plan, input.shipmentId, input.from);
    return { message: SENT, detail: { shipmentId: input.shipmentId } };
  },
);

export const scheduleAppointmentAction = planAction(
  { name: 'inbound.send.schedule-appointment', role: 'operator', input: scheduleAppointmentInput },
  async (input, { db, client, plan }) => {
    const read = await scheduleAppointment(db, client, plan, input.shipmentId, input.slotId);
    const booked = read.snapshot?.shipments.find((s) => s.shipmentId === input.shipmentId)?.appointment;
    return { message: 'Drop-off booked.', detail: { shipmentId: input.shipmentId, slotId: input.slotId, appointmentId: booked?.appointmentId ?? null } };
  },
);

export const cancelAppointmentAction = planAction(
  { name: 'inbound.send.cancel-appointment', role: 'operator', input: cancelAppointmentInput },
  async (input, { db, client, plan }) => {
    await cancelAppointment(db, client, plan, input.shipmentId, input.reason);
    return { message: SENT, detail: { shipmentId: input.shipmentId, reason: input.reason } };
  },
);

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

export type SkuPrepState = DataState<{ prep: SkuPrep[] }>;

/** The plan form's prep column: Amazon's prep details of the SKUs chosen. Writes nothing, but spends quota. */
export const skuPrepDetailsAction = authorizedDataAction(
  { name: 'inbound.send.prep-details', role: 'operator', input: skuPrepDetailsInput, audit: false, failure: 'Amazon’s prep details could not be loaded.' },
  async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    return { data: { prep: await prepDetailsOf(client, input.marketplaceId, input.mskus) } };
  },
);

/** A SKU's prep category, set from the plan form before the plan is sent. */
export const setSkuPrepCategoryAction = authorizedAction(
  { name: 'inbound.send.set-sku-prep-category', role: 'operator', input: skuPrepCategoryInput, target: (input) => input.msku },
  async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    await setPrepCategory(client, input.marketplaceId, input.msku, input.prepCategory);
    return {
      message: `Prep category of ${input.msku} at Amazon: ${PREP_CATEGORY_LABELS[input.prepCategory] ?? input.prepCategory}.`,
      detail: { accountId: input.accountId, marketplaceId: input.marketplaceId, prepCategory: input.prepCategory },
    };
  },
);

export type SkuComplianceState = DataState<{ compliance: SkuCompliance[] }>;

/** The plan form's HSN code and declared value per SKU (India only). Writes nothing, but spends quota. */
export const skuComplianceDetailsAction = authorizedDataAction(
  {
    name: 'inbound.send.compliance-details',
    role: 'operator',
    input: skuComplianceDetailsInput,
    audit: false,
    failure: 'Amazon’s compliance details could not be loaded.',
  },
  async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    return { data: { compliance: await complianceDetailsOf(client, input.marketplaceId, input.mskus) } };
  },
);

/** A SKU's HSN code and declared value, sent from the plan form in India. The audit names the SKU, not the values. */
export const setSkuComplianceAction = authorizedAction(
  { name: 'inbound.send.set-sku-compliance', role: 'operator', input: skuComplianceInput, target: (input) => input.msku },
  async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    await setItemCompliance(client, input);
    return {
      message: `Amazon is saving the HSN code of ${input.msku}.`,
      detail: { accountId: input.accountId, marketplaceId: input.marketplaceId },
    };
  },
);

export const setPrepCategoryAction = planAction(
  { name: 'inbound.send.set-prep-category', role: 'operator', input: prepCategoryInput },
  async (input, { db, client, plan }) => {
    await setPlanPrepCategory(db, client, plan, input.msku, input.prepCategory);
    return {
      message: `Prep category of ${input.msku} at Amazon: ${PREP_CATEGORY_LABELS[input.prepCategory] ?? input.prepCategory}. Send the plan again.`,
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

export const renamePlanAction = planAction(
  { name: 'inbound.send.rename-plan', role: 'operator', input: renamePlanInput },
  async (input, { db, client, plan }) => {
    await renamePlan(db, client, plan, input.name);
    return { message: 'Plan renamed.', detail: { from: plan.name, to: input.name } };
  },
);

export const renameShipmentAction = planAction(
  { name: 'inbound.send.rename-shipment', role: 'operator', input: renameShipmentInput },
  async (input, { db, client, plan }) => {
    await renameShipment(db, client, plan, input.shipmentId, input.name);
    return { message: 'Shipment renamed.', detail: { shipmentId: input.shipmentId, to: input.name } };
  },
);

// Box templates: the workspace's own data, nothing is sent to Amazon.

export const saveBoxTemplateAction = authorizedAction(
  { name: 'inbound.box-template.save', role: 'operator', input: boxTemplateInput, target: (input) => input.name },
  async ({ planId, ...box }, { db, user }) => {
    const { replaced } = await saveBoxTemplate(db, user.workspaceId, user.id, box);
    revalidatePath(sendToAmazonPath(planId));
    return { message: replaced ? `Box "${box.name}" updated.` : `Box "${box.name}" saved for your next plans.`, detail: { ...box, replaced } };
  },
);

export const deleteBoxTemplateAction = authorizedAction(
  { name: 'inbound.box-template.delete', role: 'operator', input: deleteBoxTemplateInput, target: (input) => input.templateId },
  async (input, { db, user }) => {
    const name = await deleteBoxTemplate(db, user.workspaceId, input.templateId);
    revalidatePath(sendToAmazonPath(input.planId));
    return { message: `Box "${name}" removed.`, detail: { name } };
  },
);
