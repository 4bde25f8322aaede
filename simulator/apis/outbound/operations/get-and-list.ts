/** getFulfillmentOrder and listAllFulfillmentOrders. */
import type { SimRequest } from '../../../core/contract.js';
import { single } from '../../../core/query-values.js';
import type { ListAllFulfillmentOrdersResult } from '../../../../lib/sp-api/generated/fulfillment-outbound.js';
import { orderStateAt } from '../lifecycle.js';
import { renderFulfillmentOrder, renderOrderDetail } from '../render.js';
import type { OutboundStore } from '../store.js';
import { prepare, requireOrder } from './context.js';
import { decodeToken, encodeToken, PAGE_SIZE, parseDate } from './paging.js';

/** Without queryStartDate, listAllFulfillmentOrders returns orders updated in the last 36 hours (as MWS documented). */
const DEFAULT_LIST_WINDOW_MS = 36 * 3_600_000;

export function getFulfillmentOrder(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
  const order = requireOrder(store, req.sellerId, req.path.sellerFulfillmentOrderId ?? '', now);
  return { payload: renderOrderDetail(order, now) };
}

export function listAllFulfillmentOrders(store: OutboundStore, req: SimRequest) {
  const now = prepare(store, req);
  const token = single(req.query.nextToken);
  let since: Date;
  let offset = 0;
  if (token) {
    const decoded = decodeToken(token);
    offset = decoded.offset;
    since = new Date(decoded.filter);
  } else {
    since = parseDate(single(req.query.queryStartDate), 'queryStartDate') ?? new Date(now.getTime() - DEFAULT_LIST_WINDOW_MS);
  }
  const matching = store.list(req.sellerId).filter((o) => orderStateAt(o, now).since >= since);
  const page = matching.slice(offset, offset + PAGE_SIZE);
  const payload: ListAllFulfillmentOrdersResult = { fulfillmentOrders: page.map((o) => renderFulfillmentOrder(o, now)) };
  if (offset + PAGE_SIZE < matching.length) payload.nextToken = encodeToken({ offset: offset + PAGE_SIZE, filter: since.toISOString() });
  return { payload };
}
