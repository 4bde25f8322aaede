/** getLabels: package or pallet labels as a PDF behind a download URL. */
import { invalidInput, SimError, type SimRequest } from '../../../core/contract.js';
import type { LabelDownloadURL } from '../../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { PARTNERED_CARRIERS } from '../carrier-bookings.js';
import { documents, documentUrl } from '../documents.js';
import { findFulfillmentCenter } from '../fulfillment-centers.js';
import { buildLabelsPdf, packageLabelId, palletLabelId, type LabelSpec, type LabelType, type PageType } from '../labels-pdf.js';
import { shipmentStatusAt } from '../lifecycle.js';
import type { ShipmentRecord } from '../records.js';
import type { InboundStore } from '../store.js';
import { load, touch } from './context.js';
import { queryInt, queryList, requireQuery } from './query.js';

const MAX_LABELS = 1000;

/** The carrier and tracking id printed on box `number`'s label, when a parcel carrier is booked. */
function parcelCarrierOf(shipment: ShipmentRecord, number: number): LabelSpec['carrier'] {
  const booking = shipment.carrier;
  if (booking?.mode !== 'parcel') return undefined;
  const trackingId = booking.trackingIds[number - 1];
  if (!trackingId) return undefined;
  return { name: booking.partnered ? PARTNERED_CARRIERS.parcel.name : booking.carrierName, trackingId };
}

/** The package (or pallet) labels a getLabels call asks for. */
function labelSpecs(req: SimRequest, shipment: ShipmentRecord, labelType: LabelType): LabelSpec[] {
  const booking = shipment.carrier;
  if (labelType === 'PALLET') {
    const pallets = queryInt(req, 'NumberOfPallets', 1);
    if (pallets === undefined) throw invalidInput('NumberOfPallets is required for PALLET labels.');
    if (booking?.mode === 'parcel') throw invalidInput('PALLET labels are for LTL shipments; this shipment is small parcel.');
    if (pallets * 4 > MAX_LABELS) throw invalidInput(`At most ${MAX_LABELS / 4} pallets per request.`);
    return Array.from({ length: pallets * 4 }, (_, index) => {
      const pallet = Math.floor(index / 4) + 1;
      return { barcodeText: palletLabelId(shipment.shipmentId, pallet), caption: `Pallet ${pallet} of ${pallets} (label ${(index % 4) + 1} of 4)` };
    });
  }
  const declared = queryInt(req, 'NumberOfPackages', 1);
  const requestedIds = queryList(req, 'PackageLabelsToPrint');
  // A parcel booking knows its boxes: one tracking id each.
  const knownPackages = booking?.mode === 'parcel' ? booking.trackingIds.length : undefined;
  if (booking?.mode === 'parcel' && booking.partnered && declared !== undefined && declared !== knownPackages) {
    throw invalidInput(`NumberOfPackages is ${declared} but the partnered carrier has ${knownPackages} packages for this shipment.`);
  }
  const total = declared ?? knownPackages;
  let numbers: number[];
  if (booking?.mode === 'freight' && !booking.partnered) {
    const pageSize = queryInt(req, 'PageSize', 1);
    const pageStart = queryInt(req, 'PageStartIndex', 0);
    if (pageSize === undefined || pageStart === undefined) {
      throw invalidInput('PageSize and PageStartIndex are required for non-partnered LTL shipments.');
    }
    if (pageSize > MAX_LABELS) throw invalidInput(`PageSize must be at most ${MAX_LABELS}.`);
    const end = total === undefined ? pageStart + pageSize : Math.min(total, pageStart + pageSize);
    if (end <= pageStart) throw invalidInput(`PageStartIndex ${pageStart} is past the last package.`);
    numbers = Array.from({ length: end - pageStart }, (_, i) => pageStart + i + 1);
  } else if (requestedIds) {
    const pattern = new RegExp(`^${shipment.shipmentId}U(\\d{6})$`);
    numbers = requestedIds.map((id) => {
      const number = Number(pattern.exec(id)?.[1] ?? 0);
      if (number < 1 || (total !== undefined && number > total)) {
        throw new SimError(400, 'IncorrectPackageIdentifier', `Package identifier ${id} does not belong to shipment ${shipment.shipmentId}.`);
      }
      return number;
    });
  } else {
    if (total === undefined) throw invalidInput('NumberOfPackages or PackageLabelsToPrint is required for package labels.');
    numbers = Array.from({ length: total }, (_, i) => i + 1);
  }
  if (numbers.length > MAX_LABELS) throw invalidInput(`At most ${MAX_LABELS} labels per request.`);
  const count = total ?? numbers.length;
  const contents = labelType === 'BARCODE_2D' ? boxContents(shipment, count) : undefined;
  return numbers.map((number) => {
    const spec: LabelSpec = { barcodeText: packageLabelId(shipment.shipmentId, number), caption: `Box ${number} of ${count}` };
    const carrier = parcelCarrierOf(shipment, number);
    if (carrier) spec.carrier = carrier;
    const content = contents?.[number - 1];
    if (content) spec.contents2d = content;
    return spec;
  });
}

export async function getLabels(store: InboundStore, req: SimRequest): Promise<{ payload: LabelDownloadURL }> {
  const now = load(store, req);
  const shipment = store.shipment(req.sellerId, req.path.shipmentId ?? '');
  const status = shipmentStatusAt(shipment, now);
  if (status === 'CANCELLED' || status === 'DELETED') throw invalidInput(`Shipment ${shipment.shipmentId} is ${status}; no labels.`);
  const pageType = requireQuery(req, 'PageType') as PageType;
  const labelType = requireQuery(req, 'LabelType') as LabelType;
  const labels = labelSpecs(req, shipment, labelType);
  const center = findFulfillmentCenter(shipment.destinationFulfillmentCenterId);
  const pdf = await buildLabelsPdf({
    pageType,
    labelType,
    shipmentId: shipment.shipmentId,
    shipmentName: shipment.shipmentName,
    destinationFulfillmentCenterId: shipment.destinationFulfillmentCenterId,
    shipFrom: shipment.shipFromAddress,
    shipTo: center?.address ?? shipment.shipFromAddress,
    labels,
  });
  if (status === 'WORKING') {
    shipment.labelsPrintedAt = now;
    touch(store, shipment, now);
  }
  return { payload: { DownloadURL: documentUrl(req.publicUrl, documents.put(pdf)) } };
}

/** Amazon's 2D box-content format, units spread over the boxes in item order. */
function boxContents(shipment: ShipmentRecord, boxes: number): string[] {
  const units = shipment.items.flatMap((item) => Array.from({ length: item.quantityShipped }, () => item.fnsku));
  const perBox = Math.ceil(units.length / Math.max(boxes, 1));
  return Array.from({ length: boxes }, (_, box) => {
    const counts = new Map<string, number>();
    for (const fnsku of units.slice(box * perBox, (box + 1) * perBox)) counts.set(fnsku, (counts.get(fnsku) ?? 0) + 1);
    return [`AMZN,PO:${shipment.shipmentId}`, ...[...counts].map(([fnsku, qty]) => `FNSKU:${fnsku},QTY:${qty}`)].join(',');
  });
}
