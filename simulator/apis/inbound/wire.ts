/**
 * Records -> model shapes: InboundShipmentInfo, InboundShipmentItem and TransportContent,
 * read at a given simulated time.
 */
import type { SimCatalog } from '../../core/contract.js';
import { currencyForCountry } from './fulfillment-centers.js';
import { packageStatusFor, quantityReceivedAt, shipmentStatusAt } from './lifecycle.js';
import type {
  InboundShipmentInfo,
  InboundShipmentItem,
  TransportContent,
  TransportDetailOutput,
} from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { boxContentsFee } from './plans.js';
import type { ShipmentRecord } from './records.js';
import { ltlCarrierName, ltlLoad, partneredEstimate, previewFreightClass, transportStatusAt } from './transport.js';

export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

export function shipmentInfo(shipment: ShipmentRecord, now: Date): InboundShipmentInfo {
  const source = shipment.intendedBoxContentsSource ?? 'NONE';
  const info: InboundShipmentInfo = {
    ShipmentId: shipment.shipmentId,
    ShipmentName: shipment.shipmentName,
    ShipFromAddress: shipment.shipFromAddress,
    DestinationFulfillmentCenterId: shipment.destinationFulfillmentCenterId,
    ShipmentStatus: shipmentStatusAt(shipment, now),
    LabelPrepType: shipment.labelPrepType,
    AreCasesRequired: shipment.areCasesRequired,
    BoxContentsSource: source,
  };
  if (shipment.preorder) info.ConfirmedNeedByDate = shipment.preorder.needByDate;
  if (source === 'NONE') {
    info.EstimatedBoxContentsFee = boxContentsFee(
      shipment.items.reduce((sum, item) => sum + item.quantityShipped, 0),
      shipment.country,
    );
  }
  return info;
}

export function shipmentItems(shipment: ShipmentRecord, now: Date): InboundShipmentItem[] {
  return shipment.items.map((item) => {
    const wire: InboundShipmentItem = {
      ShipmentId: shipment.shipmentId,
      SellerSKU: item.sellerSku,
      FulfillmentNetworkSKU: item.fnsku,
      QuantityShipped: item.quantityShipped,
      QuantityReceived: quantityReceivedAt(shipment, item, now),
    };
    if (item.quantityInCase !== undefined) wire.QuantityInCase = item.quantityInCase;
    if (item.releaseDate) wire.ReleaseDate = item.releaseDate;
    if (item.prepDetails.length > 0) wire.PrepDetailsList = item.prepDetails;
    return wire;
  });
}

export function transportContent(shipment: ShipmentRecord, catalog: SimCatalog, now: Date): TransportContent | undefined {
  const transport = shipment.transport;
  if (!transport) return undefined;
  const status = transportStatusAt(transport, now);
  const packageStatus = packageStatusFor(shipmentStatusAt(shipment, now));
  const details: TransportDetailOutput = {};
  const input = transport.details;
  if (input.PartneredSmallParcelData) {
    const carrier = input.PartneredSmallParcelData.CarrierName ?? 'UNITED_PARCEL_SERVICE_INC';
    const estimate = partneredEstimate(transport, shipment.country, now);
    details.PartneredSmallParcelData = {
      PackageList: (input.PartneredSmallParcelData.PackageList ?? []).map((pkg, index) => ({
        Dimensions: pkg.Dimensions,
        Weight: pkg.Weight,
        CarrierName: carrier,
        TrackingId: transport.trackingIds[index] ?? '',
        PackageStatus: packageStatus,
      })),
      ...(estimate ? { PartneredEstimate: estimate } : {}),
    };
  }
  if (input.NonPartneredSmallParcelData) {
    const data = input.NonPartneredSmallParcelData;
    details.NonPartneredSmallParcelData = {
      PackageList: data.PackageList.map((pkg) => ({ CarrierName: data.CarrierName, TrackingId: pkg.TrackingId, PackageStatus: packageStatus })),
    };
  }
  if (input.PartneredLtlData) {
    const data = input.PartneredLtlData;
    const { pallets, totalWeight } = ltlLoad(data);
    const ready = data.FreightReadyDate ?? isoDate(now);
    const estimate = partneredEstimate(transport, shipment.country, now);
    const currency = currencyForCountry(shipment.country);
    const value = shipment.items.reduce((sum, item) => {
      const sku = catalog.get(shipment.sellerId, item.sellerSku);
      return sum + (sku ? sku.price.amount * item.quantityShipped : 0);
    }, 0);
    details.PartneredLtlData = {
      Contact: data.Contact ?? { Name: '', Phone: '', Email: '' },
      BoxCount: data.BoxCount ?? 0,
      ...(data.SellerFreightClass ? { SellerFreightClass: data.SellerFreightClass } : {}),
      FreightReadyDate: ready,
      PalletList: pallets,
      TotalWeight: totalWeight,
      ...(data.SellerDeclaredValue ? { SellerDeclaredValue: data.SellerDeclaredValue } : {}),
      AmazonCalculatedValue: { CurrencyCode: currency, Value: Math.round(value * 100) / 100 },
      PreviewPickupDate: ready,
      PreviewDeliveryDate: isoDate(addDays(new Date(`${ready}T12:00:00Z`), 5)),
      PreviewFreightClass: previewFreightClass(data),
      AmazonReferenceId: transport.amazonReferenceId ?? '',
      IsBillOfLadingAvailable: status === 'CONFIRMED',
      ...(estimate ? { PartneredEstimate: estimate } : {}),
      CarrierName: ltlCarrierName(shipment.shipmentId),
    };
  }
  if (input.NonPartneredLtlData) {
    details.NonPartneredLtlData = { CarrierName: input.NonPartneredLtlData.CarrierName, ProNumber: input.NonPartneredLtlData.ProNumber };
  }
  const result: TransportContent['TransportResult'] = { TransportStatus: status };
  if (status === 'ERROR_ON_ESTIMATING' && transport.estimate && 'errorCode' in transport.estimate) {
    result.ErrorCode = transport.estimate.errorCode;
    result.ErrorDescription = transport.estimate.errorDescription;
  }
  return {
    TransportHeader: { SellerId: shipment.sellerId, ShipmentId: shipment.shipmentId, IsPartnered: transport.isPartnered, ShipmentType: transport.shipmentType },
    TransportDetails: details,
    TransportResult: result,
  };
}
