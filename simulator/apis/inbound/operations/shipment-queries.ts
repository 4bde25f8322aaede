/** getShipments, getShipmentItemsByShipmentId and getShipmentItems: the paged shipment queries. */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { GetShipmentItemsResult, GetShipmentsResult } from '../../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { lastUpdatedAt, shipmentStatusAt } from '../lifecycle.js';
import type { InboundStore } from '../store.js';
import { shipmentInfo, shipmentItems } from '../wire.js';
import { assertShipmentMarketplace, load } from './context.js';
import { queryDate, queryList, requireQuery } from './query.js';

const SHIPMENTS_PAGE_SIZE = 50;
const ITEMS_PAGE_SIZE = 100;

/** NextToken: the query that produced the page plus where the next page starts. */
interface PageToken<Q> {
  kind: 'shipments' | 'items';
  sellerId: string;
  query: Q;
  offset: number;
}

function encodeToken<Q>(token: PageToken<Q>): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken<Q>(raw: string, kind: PageToken<Q>['kind'], sellerId: string): PageToken<Q> {
  try {
    const token = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as PageToken<Q>;
    if (token.kind === kind && token.sellerId === sellerId && Number.isInteger(token.offset)) return token;
  } catch {
    // Falls through to the error below.
  }
  throw invalidInput('NextToken is invalid or was issued for a different query.');
}

interface ShipmentsQuery {
  marketplaceId: string;
  statuses?: string[];
  ids?: string[];
  after?: string;
  before?: string;
}

function dateRange(req: SimRequest) {
  const after = queryDate(req, 'LastUpdatedAfter');
  const before = queryDate(req, 'LastUpdatedBefore');
  if (!after || !before) throw invalidInput('QueryType DATE_RANGE requires LastUpdatedAfter and LastUpdatedBefore.');
  if (after > before) throw invalidInput('LastUpdatedAfter must not be later than LastUpdatedBefore.');
  return { after: after.toISOString(), before: before.toISOString() };
}

const inRange = (date: Date, query: { after?: string; before?: string }) =>
  (!query.after || date >= new Date(query.after)) && (!query.before || date <= new Date(query.before));

export function getShipments(store: InboundStore, req: SimRequest): { payload: GetShipmentsResult } {
  const now = load(store, req);
  const queryType = requireQuery(req, 'QueryType');
  let query: ShipmentsQuery;
  let offset = 0;
  if (queryType === 'NEXT_TOKEN') {
    const token = decodeToken<ShipmentsQuery>(requireQuery(req, 'NextToken'), 'shipments', req.sellerId);
    query = token.query;
    offset = token.offset;
  } else {
    query = { marketplaceId: requireQuery(req, 'MarketplaceId') };
    const statuses = queryList(req, 'ShipmentStatusList');
    const ids = queryList(req, 'ShipmentIdList');
    if (statuses) query.statuses = statuses;
    if (ids) query.ids = ids;
    if (queryType === 'SHIPMENT' && !statuses && !ids) {
      throw invalidInput('QueryType SHIPMENT requires ShipmentStatusList or ShipmentIdList.');
    }
    if (queryType === 'DATE_RANGE') Object.assign(query, dateRange(req));
  }
  const matches = store
    .sellerShipments(req.sellerId)
    .filter((shipment) => shipment.marketplaceId === query.marketplaceId)
    .filter((shipment) => !query.ids || query.ids.includes(shipment.shipmentId))
    .filter((shipment) => {
      if (!query.statuses) return true;
      const status = shipmentStatusAt(shipment, now);
      const readyToShip = status === 'WORKING' && shipment.labelsPrintedAt !== undefined;
      return query.statuses.includes(status) || (readyToShip && query.statuses.includes('READY_TO_SHIP'));
    })
    .filter((shipment) => inRange(lastUpdatedAt(shipment, now), query))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.shipmentId.localeCompare(b.shipmentId));
  const page = matches.slice(offset, offset + SHIPMENTS_PAGE_SIZE);
  const payload: GetShipmentsResult = { ShipmentData: page.map((shipment) => shipmentInfo(shipment, now)) };
  if (offset + SHIPMENTS_PAGE_SIZE < matches.length) {
    payload.NextToken = encodeToken({ kind: 'shipments', sellerId: req.sellerId, query, offset: offset + SHIPMENTS_PAGE_SIZE });
  }
  return { payload };
}

export function getShipmentItemsByShipmentId(store: InboundStore, req: SimRequest): { payload: GetShipmentItemsResult } {
  const now = load(store, req);
  const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
  assertShipmentMarketplace(shipment, requireQuery(req, 'MarketplaceId'));
  return { payload: { ItemData: shipmentItems(shipment, now) } };
}

export function getShipmentItems(store: InboundStore, req: SimRequest): { payload: GetShipmentItemsResult } {
  const now = load(store, req);
  const queryType = requireQuery(req, 'QueryType');
  let query: ShipmentsQuery;
  let offset = 0;
  if (queryType === 'NEXT_TOKEN') {
    const token = decodeToken<ShipmentsQuery>(requireQuery(req, 'NextToken'), 'items', req.sellerId);
    query = token.query;
    offset = token.offset;
  } else {
    query = { marketplaceId: requireQuery(req, 'MarketplaceId'), ...dateRange(req) };
  }
  const items = store
    .sellerShipments(req.sellerId)
    .filter((shipment) => shipment.marketplaceId === query.marketplaceId && inRange(lastUpdatedAt(shipment, now), query))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.shipmentId.localeCompare(b.shipmentId))
    .flatMap((shipment) => shipmentItems(shipment, now));
  const page = items.slice(offset, offset + ITEMS_PAGE_SIZE);
  const payload: GetShipmentItemsResult = { ItemData: page };
  if (offset + ITEMS_PAGE_SIZE < items.length) {
    payload.NextToken = encodeToken({ kind: 'items', sellerId: req.sellerId, query, offset: offset + ITEMS_PAGE_SIZE });
  }
  return { payload };
}
