/**
 * cancelFulfillmentOrder, and the sandbox's submitFulfillmentOrderStatusUpdate, which moves an
 * order to a status on request.
 */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { FulfillmentOrderStatus, SubmitFulfillmentOrderStatusUpdateRequest } from '../../../../lib/sp-api/generated/fulfillment-outbound.js';
import { isOpenForChange, orderStateAt, TIMINGS, type OutboundOrder } from '../lifecycle.js';
import type { OutboundStore } from '../store.js';
import { prepare, requireOrder } from './context.js';

export function cancelFulfillmentOrder(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
  cancelOrder(store, req.sellerId, req.path.sellerFulfillmentOrderId ?? '', now);
  return {};
}

export function submitFulfillmentOrderStatusUpdate(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
  const body = (req.body ?? {}) as SubmitFulfillmentOrderStatusUpdateRequest;
  forceStatus(store, req.sellerId, req.path.sellerFulfillmentOrderId ?? '', body.fulfillmentOrderStatus, now);
  return {};
}

/** cancelFulfillmentOrder: only before picking starts (Received, Planning); cancelling twice is a no-op. */
function cancelOrder(store: OutboundStore, sellerId: string, id: string, now: Date): OutboundOrder {
  const order = requireOrder(store, sellerId, id, now);
  const state = orderStateAt(order, now);
  if (state.status === 'Cancelled') return order;
  if (!isOpenForChange(state.status)) {
    throw invalidInput(
      `Fulfillment order ${id} cannot be cancelled because its status is ${state.status}.`,
      'Only fulfillment orders in status Received or Planning can be cancelled.',
    );
  }
  order.closed = { status: 'Cancelled', at: now };
  store.settle(order, now);
  return order;
}

const FORWARD: FulfillmentOrderStatus[] = ['Received', 'Planning', 'Processing', 'Complete'];

/**
 * submitFulfillmentOrderStatusUpdate (sandbox): moves an order forward by re-anchoring its
 * timeline so the requested status holds at `now`, or ends it (Cancelled, Unfulfillable,
 * Invalid) as long as nothing has shipped. Complete and CompletePartialled both ship now.
 */
function forceStatus(store: OutboundStore, sellerId: string, id: string, target: FulfillmentOrderStatus | undefined, now: Date): OutboundOrder {
  if (!target) throw invalidInput('fulfillmentOrderStatus is required.');
  const order = requireOrder(store, sellerId, id, now);
  const state = orderStateAt(order, now);
  const final = ['Cancelled', 'Complete', 'CompletePartialled', 'Unfulfillable', 'Invalid'];
  if (final.includes(state.status)) throw invalidInput(`Fulfillment order ${id} is already in final status ${state.status}.`);
  if (target === state.status) return order;

  if (target === 'Cancelled' || target === 'Unfulfillable' || target === 'Invalid') {
    if (state.shipped) throw invalidInput(`Fulfillment order ${id} has already shipped.`);
    order.closed = { status: target, at: now };
  } else {
    const want = FORWARD.indexOf(target === 'CompletePartialled' ? 'Complete' : target);
    if (want < 0 || want < FORWARD.indexOf(state.status)) {
      throw invalidInput(`Fulfillment order ${id} cannot move from ${state.status} to ${target}.`);
    }
    const offsets = [0, TIMINGS.planningAfter, TIMINGS.processingAfter, TIMINGS.shipAfter[order.shippingSpeedCategory]];
    let offset = offsets[want] ?? 0;
    const hasShort = order.items.some((i) => i.shortQuantity > 0);
    if (want === 3 && order.fulfillmentPolicy === 'FillAll' && hasShort) offset = Math.max(offset, TIMINGS.fillAllWait);
    const releasedAt = new Date(now.getTime() - offset);
    order.releasedAt = releasedAt;
    order.fulfillmentAction = 'Ship';
    if (releasedAt < order.receivedAt) order.receivedAt = releasedAt;
  }
  store.settle(order, now);
  return order;
}
