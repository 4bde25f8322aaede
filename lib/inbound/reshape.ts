/** Fulfillment Inbound v0 shipments -> rows. The ship-from address is the seller's own, so it is kept. */
import type { InboundShipmentInfo, InboundShipmentItem } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import type { inboundShipmentItems, inboundShipments } from '@/db/schema';

export type InboundShipmentRow = typeof inboundShipments.$inferInsert;
export type InboundShipmentItemRow = typeof inboundShipmentItems.$inferInsert;

interface Tenant {
  accountId: string;
  workspaceId: string;
}

export function reshapeInboundShipment(shipment: InboundShipmentInfo & { ShipmentId: string }, marketplaceId: string, tenant: Tenant): InboundShipmentRow {
  const from = shipment.ShipFromAddress;
  return {
    ...tenant,
    shipmentId: shipment.ShipmentId,
    marketplaceId,
    name: shipment.ShipmentName ?? null,
    status: shipment.ShipmentStatus ?? null,
    destinationFulfillmentCenterId: shipment.DestinationFulfillmentCenterId ?? null,
    labelPrepType: shipment.LabelPrepType ?? null,
    boxContentsSource: shipment.BoxContentsSource ?? null,
    areCasesRequired: shipment.AreCasesRequired,
    confirmedNeedByDate: shipment.ConfirmedNeedByDate ?? null,
    shipFromAddress: {
      name: from.Name,
      addressLine1: from.AddressLine1,
      addressLine2: from.AddressLine2,
      districtOrCounty: from.DistrictOrCounty,
      city: from.City,
      stateOrProvinceCode: from.StateOrProvinceCode,
      countryCode: from.CountryCode,
      postalCode: from.PostalCode,
    },
    syncedAt: new Date(),
  };
}

export function reshapeInboundShipmentItem(item: InboundShipmentItem, shipmentId: string, tenant: Tenant): InboundShipmentItemRow {
  return {
    ...tenant,
    shipmentId,
    sellerSku: item.SellerSKU,
    fnsku: item.FulfillmentNetworkSKU ?? null,
    quantityShipped: item.QuantityShipped,
    quantityReceived: item.QuantityReceived ?? 0,
    quantityInCase: item.QuantityInCase ?? 0,
  };
}
