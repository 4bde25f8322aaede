'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { spApiForAccount } from '@/lib/accounts/sp-api-for-account';
import type { ActionState } from '@/lib/actions/action-state';
import { authorizedAction, type ActionSuccess } from '@/lib/actions/authorized-action';
import { createPlan, resolveShipFrom } from '@/lib/inbound/plans';
import { planInput } from '@/lib/inbound/plan-input';
import { cancelShipment, confirmPreorder, createShipmentFromPlan, loadShipment, refreshShipment, updateShipmentItems } from '@/lib/inbound/shipments';
import { confirmTransport, estimateTransport, putTransport, refreshTransport, voidTransport } from '@/lib/inbound/transport';
import { transportInput } from '@/lib/inbound/transport-input';

const shipmentRef = z.object({ accountId: z.uuid(), shipmentId: z.string().trim().min(1).max(40) });
const shipmentPath = (accountId: string, shipmentId: string) => `/inbound/${accountId}/${encodeURIComponent(shipmentId)}`;

export async function createPlanAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  let planId: string | undefined;
  const state = await authorizedAction({ name: 'inbound.create-plan', role: 'operator', input: planInput }, async (input, { user, db }) => {
      const client = await spApiForAccount(db, user.workspaceId, input.accountId);
      const shipFrom = await resolveShipFrom(db, user.workspaceId, input, user.id);
      const created = await createPlan(db, client, { workspaceId: user.workspaceId, accountId: input.accountId, userId: user.id }, { ...input, shipFrom });
      planId = created.planId;
      return {
        message: `Amazon returned ${created.shipmentIds.length} shipment plan${created.shipmentIds.length === 1 ? '' : 's'}.`,
        target: created.planId,
        detail: { shipmentIds: created.shipmentIds, skus: input.items.map((i) => i.sellerSku) },
      };
    },
  )(previous, formData);
  if (state.status === 'success' && planId) redirect(`/inbound/plans/${planId}`);
  return state;
}

export async function createShipmentAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  let path: string | undefined;
  const state = await authorizedAction(
    {
      name: 'inbound.create-shipment',
      role: 'operator',
      input: shipmentRef.extend({ planId: z.uuid(), name: z.string().trim().min(1, 'Give the shipment a name.').max(200, 'Use at most 200 characters.') }),
    },
    async (input, { user, db }) => {
        const client = await spApiForAccount(db, user.workspaceId, input.accountId);
        await createShipmentFromPlan(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input);
        path = shipmentPath(input.accountId, input.shipmentId);
        revalidatePath(`/inbound/plans/${input.planId}`);
        return { message: `Shipment ${input.shipmentId} created.`, target: input.shipmentId, detail: { name: input.name, planId: input.planId } };
      },
  )(previous, formData);
  if (state.status === 'success' && path) redirect(path);
  return state;
}

export const updateShipmentAction = authorizedAction(
  {
    name: 'inbound.update-shipment',
    role: 'operator',
    input: shipmentRef
      .extend({ name: z.string().trim().min(1, 'Give the shipment a name.').max(200) })
      .catchall(z.unknown())
      .transform((input, ctx) => {
        const quantities: Record<string, number> = {};
        for (const [key, value] of Object.entries(input)) {
          if (!key.startsWith('qty_')) continue;
          const n = Number(value);
          if (value === '' || !Number.isInteger(n) || n < 0) ctx.addIssue({ code: 'custom', path: [key], message: 'Enter 0 or more whole units (0 removes the SKU).' });
          else quantities[key.slice(4)] = n;
        }
        return { accountId: input.accountId, shipmentId: input.shipmentId, name: input.name, quantities };
      }),
  },
  async (input, { user, db }) => {
      const client = await spApiForAccount(db, user.workspaceId, input.accountId);
      await updateShipmentItems(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input);
      revalidatePath(shipmentPath(input.accountId, input.shipmentId));
      return { message: 'Shipment updated.', target: input.shipmentId, detail: { quantities: input.quantities, name: input.name } };
    },
);

export const cancelShipmentAction = authorizedAction({ name: 'inbound.cancel-shipment', role: 'operator', input: shipmentRef }, async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    await cancelShipment(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input.shipmentId);
    revalidatePath(shipmentPath(input.accountId, input.shipmentId));
    return { message: 'Shipment cancelled.', target: input.shipmentId };
  },
);

export const refreshShipmentAction = authorizedAction({ name: 'inbound.refresh-shipment', role: 'operator', input: shipmentRef }, async (input, { user, db }) => {
    const tenant = { workspaceId: user.workspaceId, accountId: input.accountId };
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    const { shipment } = await loadShipment(db, tenant, input.shipmentId);
    await refreshShipment(db, client, tenant, shipment.marketplaceId, input.shipmentId);
    await refreshTransport(db, client, tenant, input.shipmentId);
    revalidatePath(shipmentPath(input.accountId, input.shipmentId));
    return { message: 'Updated from Amazon.', target: input.shipmentId };
  },
);

export const confirmPreorderAction = authorizedAction(
  {
    name: 'inbound.confirm-preorder',
    role: 'operator',
    input: shipmentRef.extend({
      needByDate: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the need-by date.')
        .refine((d) => d >= new Date().toISOString().slice(0, 10), 'The need-by date cannot be in the past.'),
    }),
  },
  async (input, { user, db }) => {
      const client = await spApiForAccount(db, user.workspaceId, input.accountId);
      const result = await confirmPreorder(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input.shipmentId, input.needByDate);
      revalidatePath(shipmentPath(input.accountId, input.shipmentId));
      return {
        message: `Confirmed for pre-order: arrive by ${result.ConfirmedNeedByDate ?? input.needByDate}${result.ConfirmedFulfillableDate ? `, sellable from ${result.ConfirmedFulfillableDate}` : ''}.`,
        target: input.shipmentId,
        detail: { needByDate: input.needByDate },
      };
    },
);

export async function putTransportAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const today = new Date().toISOString().slice(0, 10);
  return authorizedAction({ name: 'inbound.put-transport', role: 'operator', input: transportInput(today) }, async (input, { user, db }) => {
      const client = await spApiForAccount(db, user.workspaceId, input.accountId);
      await putTransport(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input.shipmentId, input.choice);
      revalidatePath(shipmentPath(input.accountId, input.shipmentId));
      const partnered = input.choice.mode.endsWith('partnered');
      return {
        message: partnered ? 'Transport details sent. Get an estimate next.' : 'Carrier details sent to Amazon.',
        target: input.shipmentId,
        detail: { mode: input.choice.mode },
      };
    },
  )(previous, formData);
}

export const estimateTransportAction = authorizedAction({ name: 'inbound.estimate-transport', role: 'operator', input: shipmentRef }, async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    await estimateTransport(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input.shipmentId);
    revalidatePath(shipmentPath(input.accountId, input.shipmentId));
    return { message: 'Amazon is estimating the carrier cost…', target: input.shipmentId };
  },
);

export const confirmTransportAction = authorizedAction({ name: 'inbound.confirm-transport', role: 'operator', input: shipmentRef }, async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    await confirmTransport(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input.shipmentId, new Date());
    revalidatePath(shipmentPath(input.accountId, input.shipmentId));
    return { message: 'Carrier booking confirmed.', target: input.shipmentId };
  },
);

export const voidTransportAction = authorizedAction({ name: 'inbound.void-transport', role: 'operator', input: shipmentRef }, async (input, { user, db }) => {
    const client = await spApiForAccount(db, user.workspaceId, input.accountId);
    await voidTransport(db, client, { workspaceId: user.workspaceId, accountId: input.accountId }, input.shipmentId, new Date());
    revalidatePath(shipmentPath(input.accountId, input.shipmentId));
    return { message: 'Carrier booking voided.', target: input.shipmentId };
  },
);
