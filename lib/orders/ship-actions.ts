'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { orderActions } from '@/lib/orders/order-actions';
import { orderForAction } from '@/lib/orders/order-action-context';
import { fulfillmentOrdersOf, itemsOf } from '@/lib/orders/order-context';
import { checkManualQuantities, manualConfirmInput, PICKUP_STATUS_LABELS, updateShipmentStatusInput } from '@/lib/orders/shipment/confirm-body';
import { confirmFbaShipments, confirmPackage, confirmShipmentMode, setConfirmShipmentMode, updateShipmentStatus } from '@/lib/orders/shipment/service';
import { fetchAndStoreFulfillmentOrder } from '@/lib/outbound';
import { fbaCarrierName, statusLabel } from '@/lib/outbound/types';
import { withRequestId } from '@/lib/sp-api';
import { UserFacingError } from '@/lib/user-facing-error';
import { optionalText, requiredText } from '@/lib/validation/text-input';
import { orderStatusLabel } from './list-filters';
import { carrierLabel } from './shipment/carriers';

const orderOnly = z.object({ orderId: requiredText('Choose an order.', { max: 40 }) });

function revalidateOrder(orderId: string) {
  revalidatePath(`/orders/${orderId}`, 'layout');
}

/** Reads the order's fulfillment orders from Amazon now (instead of waiting for the sync); confirms shipped packages when the setting is automatic. */
export const refreshFbaStatusAction = authorizedAction(
  { name: 'orders.fulfillment-order.refresh', role: 'operator', input: orderOnly, target: (input) => input.orderId },
  async (input, { user, db }) => {
    const { order, client } = await orderForAction(db, user.workspaceId, input.orderId);
    const stored = await fulfillmentOrdersOf(db, order);
    if (!stored.length) throw new UserFacingError('This order has no fulfillment order yet.');
    const statuses: string[] = [];
    let requestId: string | undefined;
    for (const fo of stored) {
      const fresh = await withRequestId('fulfillmentOutbound.getFulfillmentOrder', () =>
        fetchAndStoreFulfillmentOrder(db, client, order, fo.sellerFulfillmentOrderId),
      );
      if (fresh.result) {
        statuses.push(`${fo.sellerFulfillmentOrderId} is ${statusLabel(fresh.result.fulfillmentOrder.fulfillmentOrderStatus)}`);
        requestId = fresh.requestId ?? requestId;
      }
    }
    let confirmed = 0;
    // The workspace confirms automatically: recorded as such (no clicking user), audited under this action.
    if ((await confirmShipmentMode(db, user.workspaceId)) === 'automatic') confirmed = (await confirmFbaShipments(db, client, order, null)).length;
    revalidateOrder(order.amazonOrderId);
    const tail = confirmed ? ` ${confirmed} package${confirmed === 1 ? '' : 's'} confirmed on the Amazon order.` : '';
    return {
      message: `Updated from Amazon: ${statuses.join(', ') || 'no change'}.${tail}`,
      target: order.amazonOrderId,
      requestId,
      detail: { statuses, confirmed, requestId },
    };
  },
);

export const confirmFbaShipmentAction = authorizedAction(
  { name: 'orders.confirm-shipment.fba', role: 'operator', input: orderOnly, target: (input) => input.orderId },
  async (input, { user, db }) => {
    const { order, client } = await orderForAction(db, user.workspaceId, input.orderId);
    if (order.fulfilledBy !== 'MERCHANT') throw new UserFacingError('Amazon confirms the shipments of the orders it fulfills (FBA).');
    if (order.isIspu) throw new UserFacingError('The buyer collects this order in store: set its pick-up status instead.');
    const done = await confirmFbaShipments(db, client, order, user.id);
    if (!done.length) throw new UserFacingError('No shipped FBA package is waiting to be confirmed.');
    revalidateOrder(order.amazonOrderId);
    const last = done[done.length - 1]!;
    return {
      message: `Shipment confirmed on the Amazon order: ${done.map((p) => `${fbaCarrierName(p.carrierCode)} ${p.trackingNumber}`).join(', ')}. The order is now ${orderStatusLabel(last.status)}.`,
      target: order.amazonOrderId,
      requestId: last.requestId,
      detail: {
        packages: done.map((p) => ({
          packageNumber: p.packageNumber,
          carrierCode: p.carrierCode,
          trackingNumber: p.trackingNumber,
          items: p.items,
          requestId: p.requestId,
        })),
        orderStatus: last.status,
      },
    };
  },
);

export const confirmManualShipmentAction = authorizedAction(
  { name: 'orders.confirm-shipment.manual', role: 'operator', input: manualConfirmInput, target: (input) => input.orderId },
  async (input, { user, db }) => {
    const { order, client } = await orderForAction(db, user.workspaceId, input.orderId);
    if (order.fulfilledBy !== 'MERCHANT') throw new UserFacingError('Amazon confirms the shipments of the orders it fulfills (FBA).');
    if (order.isIspu) throw new UserFacingError('The buyer collects this order in store: set its pick-up status instead.');
    if (order.orderStatus !== 'UNSHIPPED' && order.orderStatus !== 'PARTIALLY_SHIPPED')
      throw new UserFacingError(`This order is ${orderStatusLabel(order.orderStatus)}: there is nothing left to confirm.`);
    const items = await itemsOf(db, order);
    const checked = checkManualQuantities(input, items);
    if (Object.keys(checked.fieldErrors).length) throw new UserFacingError('Check the highlighted fields.', checked.fieldErrors);
    if (input.shipDate.getTime() < order.purchaseDate.getTime() - 86_400_000)
      throw new UserFacingError('Check the highlighted fields.', { shipDate: ['The ship date is before the order was placed.'] });
    const outcome = await confirmPackage(
      db,
      client,
      order,
      {
        packageReferenceId: input.packageReferenceId,
        carrierCode: input.carrierCode,
        carrierName: input.carrierName,
        trackingNumber: input.trackingNumber,
        shipDate: input.shipDate,
        items: checked.items,
      },
      'manual',
      user.id,
    );
    revalidateOrder(order.amazonOrderId);
    return {
      message: `Shipment confirmed: ${carrierLabel(input.carrierCode, input.carrierName)} ${input.trackingNumber}. The order is now ${orderStatusLabel(outcome.status)}.`,
      target: order.amazonOrderId,
      requestId: outcome.requestId,
      detail: {
        carrierCode: input.carrierCode,
        trackingNumber: input.trackingNumber,
        packageReferenceId: input.packageReferenceId,
        items: checked.items,
        orderStatus: outcome.status,
        requestId: outcome.requestId,
      },
    };
  },
);

export const updateShipmentStatusAction = authorizedAction(
  { name: 'orders.update-shipment-status', role: 'operator', input: updateShipmentStatusInput, target: (input) => input.orderId },
  async (input, { user, db }) => {
    const { order, client } = await orderForAction(db, user.workspaceId, input.orderId);
    if (!orderActions(order).storePickup) throw new UserFacingError('Only orders the buyer collects in store have a pick-up status.');
    if (!orderActions(order).canUpdatePickupStatus)
      throw new UserFacingError(`This order is ${orderStatusLabel(order.orderStatus)}: its pick-up status cannot change.`);
    const { requestId } = await updateShipmentStatus(client, order, input.shipmentStatus);
    revalidateOrder(order.amazonOrderId);
    return {
      message: `Pick-up status set to ${PICKUP_STATUS_LABELS[input.shipmentStatus]}.`,
      target: order.amazonOrderId,
      requestId,
      detail: { shipmentStatus: input.shipmentStatus, requestId },
    };
  },
);

export const setConfirmModeAction = authorizedAction(
  {
    name: 'settings.confirm-shipment-mode',
    role: 'admin',
    input: z.object({ mode: z.enum(['automatic', 'manual'], { error: 'Choose how shipments are confirmed.' }), orderId: optionalText({ max: 40 }) }),
  },
  async (input, { user, db }) => {
    await setConfirmShipmentMode(db, user.workspaceId, input.mode, user.id);
    if (input.orderId) revalidateOrder(input.orderId);
    return {
      message:
        input.mode === 'automatic' ? 'FBA shipments will be confirmed on Amazon orders automatically.' : 'FBA shipments will wait for a click to be confirmed.',
      detail: { mode: input.mode },
    };
  },
);
