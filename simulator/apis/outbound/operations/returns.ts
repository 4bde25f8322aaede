/** listReturnReasonCodes and createFulfillmentReturn. */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import { single } from '../../../core/query-values.js';
import type {
  CreateFulfillmentReturnRequest,
  CreateReturnItem,
  ReasonCodeDetails,
  ReturnAuthorization,
} from '../../../../lib/sp-api/generated/fulfillment-outbound.js';
import { orderStateAt, type ReturnRecord } from '../lifecycle.js';
import { fulfillmentCenterFor, hash32, RETURN_REASONS } from '../reference.js';
import { renderReturnItem } from '../render.js';
import type { OutboundStore } from '../store.js';
import { checkSellerMarketplace, prepare, requireOrder } from './context.js';

export function listReturnReasonCodes(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
  const sellerSku = single(req.query.sellerSku) ?? '';
  if (!store.catalog.get(req.sellerId, sellerSku)) throw invalidInput(`Value ${sellerSku} for parameter sellerSku is invalid.`);
  const marketplaceId = single(req.query.marketplaceId);
  if (marketplaceId) checkSellerMarketplace(store, req.sellerId, marketplaceId);
  const orderId = single(req.query.sellerFulfillmentOrderId);
  if (orderId) {
    const order = requireOrder(store, req.sellerId, orderId, now);
    if (!order.items.some((i) => i.sellerSku === sellerSku)) throw invalidInput(`SellerSKU ${sellerSku} is not part of fulfillment order ${orderId}.`);
  }
  const language = single(req.query.language);
  const german = language?.toLowerCase().startsWith('de') ?? false;
  const reasonCodeDetails = RETURN_REASONS.map((r) => {
    const detail: ReasonCodeDetails = { returnReasonCode: r.returnReasonCode, description: r.description };
    if (language) detail.translatedDescription = german ? r.de : r.description;
    return detail;
  });
  return { payload: { reasonCodeDetails } };
}

export function createFulfillmentReturn(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
  const id = req.path.sellerFulfillmentOrderId ?? '';
  const body = req.body as CreateFulfillmentReturnRequest;
  if (body.items.length === 0) throw invalidInput('At least one return item is required.');
  const outcome = createReturn(store, req.sellerId, id, body.items, now);
  return {
    payload: {
      returnItems: outcome.accepted.map((r) => renderReturnItem(r, now)),
      invalidReturnItems: outcome.invalid,
      returnAuthorizations: outcome.authorization ? [outcome.authorization] : [],
    },
  };
}

interface ReturnOutcome {
  accepted: ReturnRecord[];
  invalid: { sellerReturnItemId: string; sellerFulfillmentOrderItemId: string; invalidItemReason: { invalidItemReasonCode: string; description: string } }[];
  authorization: ReturnAuthorization | null;
}

/** createFulfillmentReturn: one unit per return item; reasons per the model's InvalidItemReasonCode table. */
function createReturn(store: OutboundStore, sellerId: string, id: string, lines: CreateReturnItem[], now: Date): ReturnOutcome {
  const order = requireOrder(store, sellerId, id, now);
  const state = orderStateAt(order, now);
  const fc = fulfillmentCenterFor(order.destinationAddress.countryCode, hash32(`${sellerId}/${id}`));
  const authorizationId = `${hash32(`${id}/${order.returnAuthorizations.length}/${now.getTime()}`).toString(36).toUpperCase()}`;
  const accepted: ReturnRecord[] = [];
  const invalid: ReturnOutcome['invalid'] = [];
  const seenIds = new Set(order.returns.map((r) => r.sellerReturnItemId));

  for (const line of lines) {
    const reject = (invalidItemReasonCode: string, description: string) =>
      invalid.push({
        sellerReturnItemId: line.sellerReturnItemId,
        sellerFulfillmentOrderItemId: line.sellerFulfillmentOrderItemId,
        invalidItemReason: { invalidItemReasonCode, description },
      });
    const item = order.items.find((i) => i.sellerFulfillmentOrderItemId === line.sellerFulfillmentOrderItemId);
    if (seenIds.has(line.sellerReturnItemId)) {
      reject('DuplicateRequest', `A fulfillment return has already been requested for return item ${line.sellerReturnItemId}.`);
      continue;
    }
    if (!item || line.amazonShipmentId !== order.amazonShipmentId) {
      reject('InvalidValues', 'The item was not found in a fulfillment order shipment.');
      continue;
    }
    if (!RETURN_REASONS.some((r) => r.returnReasonCode === line.returnReasonCode)) {
      reject('InvalidValues', `Return reason code ${line.returnReasonCode} is not valid; use a code from listReturnReasonCodes.`);
      continue;
    }
    if (!state.shipped) {
      reject('NoCompletedShipItems', 'The fulfillment order containing this item has not yet shipped.');
      continue;
    }
    const used =
      order.returns.filter((r) => r.sellerFulfillmentOrderItemId === item.sellerFulfillmentOrderItemId).length +
      accepted.filter((r) => r.sellerFulfillmentOrderItemId === item.sellerFulfillmentOrderItemId).length;
    if (used >= item.reservedQuantity) {
      reject('NoReturnableQuantity', 'All item quantity available for return has been allocated to other return items.');
      continue;
    }
    seenIds.add(line.sellerReturnItemId);
    accepted.push({
      sellerReturnItemId: line.sellerReturnItemId,
      sellerFulfillmentOrderItemId: item.sellerFulfillmentOrderItemId,
      sellerSku: item.sellerSku,
      amazonShipmentId: order.amazonShipmentId,
      sellerReturnReasonCode: line.returnReasonCode,
      returnComment: line.returnComment,
      returnAuthorizationId: authorizationId,
      fulfillmentCenterId: fc.id,
      createdAt: now,
      stockApplied: false,
    });
  }

  let authorization: ReturnAuthorization | null = null;
  if (accepted.length > 0) {
    const rma = `D${hash32(`rma/${authorizationId}`).toString(36)}RRMA`;
    authorization = {
      returnAuthorizationId: authorizationId,
      fulfillmentCenterId: fc.id,
      returnToAddress: fc.address,
      amazonRmaId: rma,
      rmaPageURL: `https://sellercentral.amazon.com/mcf/returns/label?rmaId=${rma}`,
    };
    order.returns.push(...accepted);
    order.returnAuthorizations.push(authorization);
  }
  return { accepted, invalid, authorization };
}
