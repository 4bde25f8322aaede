/** getBillOfLading: the bill of lading PDF of a shipment booked with Amazon's partnered LTL carrier. */
import { invalidInput, type SimRequest } from '../../../core/contract.js';
import type { BillOfLadingDownloadURL } from '../../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { buildBillOfLadingPdf } from '../bill-of-lading-pdf.js';
import { documents, documentUrl } from '../documents.js';
import { findFulfillmentCenter } from '../fulfillment-centers.js';
import type { InboundStore } from '../store.js';
import { load } from './context.js';

export async function getBillOfLading(store: InboundStore, req: SimRequest): Promise<{ payload: BillOfLadingDownloadURL }> {
  load(store, req);
  const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
  const booking = shipment.carrier;
  if (booking?.mode !== 'freight' || !booking.partnered) {
    throw invalidInput('A bill of lading exists only for shipments booked with an Amazon-partnered LTL carrier.');
  }
  const center = findFulfillmentCenter(shipment.destinationFulfillmentCenterId);
  const pdf = await buildBillOfLadingPdf({
    shipmentId: shipment.shipmentId,
    shipmentName: shipment.shipmentName,
    shipFrom: shipment.shipFromAddress,
    shipTo: center?.address ?? shipment.shipFromAddress,
    destinationFulfillmentCenterId: shipment.destinationFulfillmentCenterId,
    booking,
  });
  return { payload: { DownloadURL: documentUrl(req.publicUrl, documents.put(pdf)) } };
}
