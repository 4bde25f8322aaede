/** Records -> model shapes: InboundShipmentInfo and InboundShipmentItem, read at a given simulated time. */
import type { BoxContentsFeeDetails, InboundShipmentInfo, InboundShipmentItem } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { currencyForCountry } from './fulfillment-centers.js';
import { quantityReceivedAt, shipmentStatusAt } from './lifecycle.js';
import type { ShipmentRecord } from './records.js';

/** Manual processing fee per unit when the seller sends no box contents. */
const BOX_CONTENTS_FEE_PER_UNIT = 0.15;

function boxContentsFee(totalUnits: number, country: string): BoxContentsFeeDetails {
  const currency = currencyForCountry(country);
  return {
    TotalUnits: totalUnits,
    FeePerUnit: { CurrencyCode: currency, Value: BOX_CONTENTS_FEE_PER_UNIT },
    TotalFee: { CurrencyCode: currency, Value: Math.round(totalUnits * BOX_CONTENTS_FEE_PER_UNIT * 100) / 100 },
  };
}

export function shipmentInfo(shipment: ShipmentRecord, now: Date): InboundShipmentInfo {
  const info: InboundShipmentInfo = {
    ShipmentId: shipment.shipmentId,
    ShipmentName: shipment.shipmentName,
    ShipFromAddress: shipment.shipFromAddress,
    DestinationFulfillmentCenterId: shipment.destinationFulfillmentCenterId,
    ShipmentStatus: shipmentStatusAt(shipment, now),
    LabelPrepType: shipment.labelPrepType,
    // The simulator has no case-packed shipments.
    AreCasesRequired: false,
    BoxContentsSource: shipment.boxContentsSource,
  };
  if (shipment.boxContentsSource === 'NONE') {
    info.EstimatedBoxContentsFee = boxContentsFee(
      shipment.items.reduce((sum, item) => sum + item.quantityShipped, 0),
      shipment.country,
    );
  }
  return info;
}

export function shipmentItems(shipment: ShipmentRecord, now: Date): InboundShipmentItem[] {
  return shipment.items.map((item) => ({
    ShipmentId: shipment.shipmentId,
    SellerSKU: item.sellerSku,
    FulfillmentNetworkSKU: item.fnsku,
    QuantityShipped: item.quantityShipped,
    QuantityReceived: quantityReceivedAt(shipment, item, now),
    ...(item.prepDetails.length > 0 ? { PrepDetailsList: item.prepDetails } : {}),
  }));
}
