/** getPreorderInfo and confirmPreorder: pre-order dates for shipments with pre-orderable items. */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { ConfirmPreorderResult, GetPreorderInfoResult } from '../../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import type { InboundStore } from '../store.js';
import { isoDate } from '../wire.js';
import { addDays, assertShipmentMarketplace, load, touch, workingShipment } from './context.js';
import { isYmd, requireQuery } from './query.js';

/** Days from today a pre-order shipment must arrive by, and from then until items are fulfillable. */
const PREORDER_NEED_BY_DAYS = 10;
const PREORDER_FULFILLABLE_AFTER_DAYS = 7;

export function getPreorderInfo(store: InboundStore, req: SimRequest): { payload: GetPreorderInfoResult } {
  const now = load(store, req);
  const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
  assertShipmentMarketplace(shipment, requireQuery(req, 'MarketplaceId'));
  const contains = shipment.items.some((item) => item.releaseDate);
  const payload: GetPreorderInfoResult = {
    ShipmentContainsPreorderableItems: contains,
    ShipmentConfirmedForPreorder: shipment.preorder !== undefined,
  };
  if (shipment.preorder) {
    payload.NeedByDate = shipment.preorder.needByDate;
    payload.ConfirmedFulfillableDate = shipment.preorder.fulfillableDate;
  } else if (contains) {
    const needBy = addDays(now, PREORDER_NEED_BY_DAYS);
    payload.NeedByDate = isoDate(needBy);
    payload.ConfirmedFulfillableDate = isoDate(addDays(needBy, PREORDER_FULFILLABLE_AFTER_DAYS));
  }
  return { payload };
}

export function confirmPreorder(store: InboundStore, req: SimRequest): { payload: ConfirmPreorderResult } {
  const now = load(store, req);
  const shipment = workingShipment(store, req, now, 'confirm for pre-order');
  assertShipmentMarketplace(shipment, requireQuery(req, 'MarketplaceId'));
  const needBy = requireQuery(req, 'NeedByDate');
  if (!isYmd(needBy)) throw invalidInput('NeedByDate must be in YYYY-MM-DD format.');
  if (needBy < isoDate(now)) throw invalidInput(`NeedByDate ${needBy} is in the past.`);
  if (!shipment.items.some((item) => item.releaseDate)) {
    throw invalidInput(`Shipment ${shipment.shipmentId} contains no pre-orderable items.`);
  }
  if (shipment.preorder) throw invalidInput(`Shipment ${shipment.shipmentId} is already confirmed for pre-order.`);
  const fulfillable = isoDate(addDays(new Date(`${needBy}T00:00:00Z`), PREORDER_FULFILLABLE_AFTER_DAYS));
  shipment.preorder = { needByDate: needBy, fulfillableDate: fulfillable };
  touch(store, shipment, now);
  return { payload: { ConfirmedNeedByDate: needBy, ConfirmedFulfillableDate: fulfillable } };
}
