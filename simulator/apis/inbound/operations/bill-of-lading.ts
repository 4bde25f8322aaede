/** getBillOfLading: the bill of lading PDF of a confirmed Amazon-partnered LTL shipment. */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { BillOfLadingDownloadURL } from '../../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { buildBillOfLadingPdf } from '../bill-of-lading-pdf.js';
import { documents, documentUrl } from '../documents.js';
import { findFulfillmentCenter } from '../fulfillment-centers.js';
import type { InboundStore } from '../store.js';
import { transportStatusAt } from '../transport.js';
import { transportContent } from '../wire.js';
import { load } from './context.js';

export async function getBillOfLading(store: InboundStore, req: SimRequest): Promise<{ payload: BillOfLadingDownloadURL }> {
  const now = load(store, req);
  const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
  const transport = shipment.transport;
  if (!transport || transport.shipmentType !== 'LTL' || !transport.isPartnered) {
    throw invalidInput('A bill of lading exists only for Amazon-partnered LTL shipments.');
  }
  const status = transportStatusAt(transport, now);
  if (status !== 'CONFIRMED') {
    throw invalidInput(`The bill of lading is available once the transport request is CONFIRMED (it is ${status}).`);
  }
  const content = transportContent(shipment, store.catalog, now);
  const ltl = content?.TransportDetails.PartneredLtlData;
  if (!ltl) throw invalidInput('A bill of lading exists only for Amazon-partnered LTL shipments.');
  const center = findFulfillmentCenter(shipment.destinationFulfillmentCenterId);
  const pdf = await buildBillOfLadingPdf({
    shipmentId: shipment.shipmentId,
    shipmentName: shipment.shipmentName,
    shipFrom: shipment.shipFromAddress,
    shipTo: center?.address ?? shipment.shipFromAddress,
    destinationFulfillmentCenterId: shipment.destinationFulfillmentCenterId,
    ltl,
  });
  return { payload: { DownloadURL: documentUrl(req.publicUrl, documents.put(pdf)) } };
}
