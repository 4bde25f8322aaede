/** getOrders: the filters described in ordersV0.json over the shared order search. */
import { list, single } from '../../core/query-values.js';
import { invalidInput, type SimRequest } from '../../core/contract.js';
import { MARKETPLACES } from '../../state/marketplaces.js';
import { decodeCursor, encodeCursor, firstCursor, searchOrders } from '../../state/order-search.js';
import type { SimOrder } from '../../state/orders.js';
import { isoSeconds, piiFrom, reshapeOrder } from './reshape.js';

function matcher(req: SimRequest): (order: SimOrder) => boolean {
  const q = req.query;
  const marketplaceIds = new Set(list(q.MarketplaceIds) ?? []);
  const statuses = list(q.OrderStatuses);
  const channels = list(q.FulfillmentChannels);
  const amazonOrderIds = list(q.AmazonOrderIds);
  const buyerEmail = single(q.BuyerEmail);
  const sellerOrderId = single(q.SellerOrderId);
  const paymentMethods = list(q.PaymentMethods);
  return (order) =>
    marketplaceIds.has(order.marketplaceId) &&
    (!statuses || statuses.includes(order.status)) &&
    (!channels || channels.includes(order.fulfillmentChannel)) &&
    (!amazonOrderIds || amazonOrderIds.includes(order.amazonOrderId)) &&
    (!buyerEmail || order.buyer.email === buyerEmail) &&
    (!sellerOrderId || (order.fulfillmentChannel === 'MFN' && order.amazonOrderId === sellerOrderId)) &&
    // Every simulated order is paid by card ('Other').
    (!paymentMethods || paymentMethods.includes('Other'));
}

export function getOrders(req: SimRequest) {
  const nowMs = req.clock.now().getTime();
  const unknownMarketplace = (list(req.query.MarketplaceIds) ?? []).find((id) => !MARKETPLACES[id]);
  if (unknownMarketplace) throw invalidInput(`Invalid MarketplaceId: ${unknownMarketplace}`);
  const maxText = single(req.query.MaxResultsPerPage);
  const max = maxText === undefined ? 100 : Number(maxText);
  if (!Number.isInteger(max) || max < 1 || max > 100) throw invalidInput('MaxResultsPerPage must be between 1 and 100.');
  const nextToken = single(req.query.NextToken);
  const cursor = nextToken
    ? decodeCursor(nextToken, 'NextToken')
    : firstCursor(
        { createdAfter: 'CreatedAfter', createdBefore: 'CreatedBefore', updatedAfter: 'LastUpdatedAfter', updatedBefore: 'LastUpdatedBefore' },
        {
          createdAfter: single(req.query.CreatedAfter),
          createdBefore: single(req.query.CreatedBefore),
          updatedAfter: single(req.query.LastUpdatedAfter),
          updatedBefore: single(req.query.LastUpdatedBefore),
        },
        nowMs,
      );
  const { orders, next } = searchOrders(req.sellerId, nowMs, cursor, matcher(req), max);
  const pii = piiFrom(req.rdt);
  const before = isoSeconds(new Date(cursor.beforeMs));
  return {
    payload: {
      Orders: orders.map((o) => reshapeOrder(o, pii)),
      ...(next ? { NextToken: encodeCursor(next) } : {}),
      ...(cursor.mode === 'created' ? { CreatedBefore: before } : { LastUpdatedBefore: before }),
    },
  };
}
