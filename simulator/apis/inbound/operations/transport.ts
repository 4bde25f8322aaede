/** The transport operations: put, get, estimate, confirm and void a shipment's transport request. */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { CommonTransportResult, GetTransportDetailsResult, PutTransportDetailsRequest } from '../../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { shipmentStatusAt } from '../lifecycle.js';
import type { ShipmentRecord } from '../records.js';
import type { InboundStore } from '../store.js';
import {
  assertTransportEditable,
  newTransportRecord,
  requestConfirm,
  requestEstimate,
  requestVoid,
  transportStatusAt,
  validateTransportRequest,
} from '../transport.js';
import { isoDate, transportContent } from '../wire.js';
import { load, touch, workingShipment } from './context.js';

export function getTransportDetails(store: InboundStore, req: SimRequest): { payload: GetTransportDetailsResult } {
  const now = load(store, req);
  const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
  const content = transportContent(shipment, store.catalog, now);
  if (!content) throw invalidInput(`Shipment ${shipment.shipmentId} has no transport details yet; call putTransportDetails first.`);
  return { payload: { TransportContent: content } };
}

const transportResult = (shipment: ShipmentRecord, now: Date) => ({
  payload: { TransportResult: { TransportStatus: shipment.transport ? transportStatusAt(shipment.transport, now) : 'WORKING' } },
});

export function putTransportDetails(store: InboundStore, req: SimRequest): { payload: CommonTransportResult } {
  const now = load(store, req);
  const shipment = workingShipment(store, req, now, 'change transport details');
  const request = req.body as PutTransportDetailsRequest;
  assertTransportEditable(shipment.transport, now);
  validateTransportRequest(request, shipment.country, isoDate(now));
  shipment.transport = newTransportRecord(request, shipment.shipmentId, now);
  touch(store, shipment, now);
  return transportResult(shipment, now);
}

export function estimateTransport(store: InboundStore, req: SimRequest): { payload: CommonTransportResult } {
  const now = load(store, req);
  const shipment = workingShipment(store, req, now, 'estimate transport');
  requestEstimate(shipment.transport, now);
  touch(store, shipment, now);
  return transportResult(shipment, now);
}

export function confirmTransport(store: InboundStore, req: SimRequest): { payload: CommonTransportResult } {
  const now = load(store, req);
  const shipment = workingShipment(store, req, now, 'confirm transport');
  requestConfirm(shipment.transport, now);
  touch(store, shipment, now);
  return transportResult(shipment, now);
}

export function voidTransport(store: InboundStore, req: SimRequest): { payload: CommonTransportResult } {
  const now = load(store, req);
  const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
  if (shipment.sellerShippedAt || shipment.cancelledStatus) {
    throw invalidInput(`Cannot void transport: shipment ${shipment.shipmentId} is ${shipmentStatusAt(shipment, now)}.`);
  }
  requestVoid(shipment.transport, now);
  touch(store, shipment, now);
  return transportResult(shipment, now);
}
