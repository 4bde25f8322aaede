/** Orders API 2026-01-01 (orders_2026-01-01.json): searchOrders and getOrder. */
import { list, single } from '../../core/query-values.js';
import { invalidInput, notFound, type SimApiModule, type SimRequest } from '../../core/contract.js';
import { MARKETPLACES } from '../../state/marketplaces.js';
import { decodeCursor, encodeCursor, firstCursor, PAGINATION_TOKEN_TTL_MS, searchOrders } from '../../state/order-search.js';
import { orderBook, type SimOrder } from '../../state/orders.js';
import { sellers } from '../../state/sellers.js';
import { isoSeconds } from '../orders-v0/reshape.js';
import { FULFILLMENT_STATUS, reshapeOrder2026 } from './reshape.js';

const includedData = (req: SimRequest, fromToken?: string[]) => new Set(list(req.query.includedData) ?? fromToken ?? []);

function matcher(req: SimRequest): (order: SimOrder) => boolean {
  // marketplaceIds is optional here: all of the seller's marketplaces by default.
  const marketplaceIds = new Set(list(req.query.marketplaceIds) ?? sellers.get(req.sellerId)?.marketplaceIds ?? []);
  const statuses = list(req.query.fulfillmentStatuses);
  const fulfilledBy = list(req.query.fulfilledBy);
  return (order) =>
    marketplaceIds.has(order.marketplaceId) &&
    (!statuses || statuses.includes(FULFILLMENT_STATUS[order.status])) &&
    (!fulfilledBy || fulfilledBy.includes(order.fulfillmentChannel === 'AFN' ? 'AMAZON' : 'MERCHANT'));
}

function liveCursor(token: string, nowMs: number) {
  const cursor = decodeCursor(token, 'paginationToken');
  if (cursor.issuedMs !== undefined && nowMs - cursor.issuedMs > PAGINATION_TOKEN_TTL_MS) throw invalidInput('The paginationToken has expired.');
  return cursor;
}

function search(req: SimRequest) {
  const nowMs = req.clock.now().getTime();
  const unknown = (list(req.query.marketplaceIds) ?? []).find((id) => !MARKETPLACES[id]);
  if (unknown) throw invalidInput(`Invalid marketplaceId: ${unknown}`);
  const token = single(req.query.paginationToken);
  const cursor = token
    ? liveCursor(token, nowMs)
    : firstCursor(
        { createdAfter: 'createdAfter', createdBefore: 'createdBefore', updatedAfter: 'lastUpdatedAfter', updatedBefore: 'lastUpdatedBefore' },
        {
          createdAfter: single(req.query.createdAfter),
          createdBefore: single(req.query.createdBefore),
          updatedAfter: single(req.query.lastUpdatedAfter),
          updatedBefore: single(req.query.lastUpdatedBefore),
        },
        nowMs,
      );
  const maxText = single(req.query.maxResultsPerPage);
  const max = maxText === undefined ? (cursor.maxResultsPerPage ?? 100) : Number(maxText);
  if (!Number.isInteger(max) || max < 1 || max > 100) throw invalidInput('maxResultsPerPage must be between 1 and 100.');
  const { orders, next } = searchOrders(req.sellerId, nowMs, cursor, matcher(req), max);
  const included = includedData(req, cursor.includedData);
  const before = isoSeconds(new Date(cursor.beforeMs));
  return {
    orders: orders.map((o) => reshapeOrder2026(o, included, req.piiRoles)),
    ...(next ? { pagination: { nextToken: encodeCursor({ ...next, issuedMs: nowMs, includedData: [...included], maxResultsPerPage: max }) } } : {}),
    ...(cursor.mode === 'created' ? { createdBefore: before } : { lastUpdatedBefore: before }),
  };
}

const orders2026: SimApiModule = {
  model: 'orders_2026-01-01.json',
  handlers: {
    searchOrders: search,
    getOrder(req) {
      const orderId = req.path.orderId ?? '';
      const order = orderBook.get(req.sellerId, orderId, req.clock.now().getTime());
      if (!order) throw notFound(`Order ${orderId} was not found.`);
      return { order: reshapeOrder2026(order, includedData(req), req.piiRoles) };
    },
  },
};

export default orders2026;
