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
