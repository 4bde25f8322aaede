/** Fulfillment Inbound v0 shipments -> rows. The ship-from address is the seller's own, so it is kept. */
import type { Address, InboundShipmentInfo, InboundShipmentItem } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import type { inboundShipmentItems, inboundShipments, ShipFromAddress } from '@/db/schema';
import type { Tenant } from '@/lib/tenancy';

export type InboundShipmentRow = typeof inboundShipments.$inferInsert;
export type InboundShipmentItemRow = typeof inboundShipmentItems.$inferInsert;

/** Amazon's Address -> ours (ship-from and ship-to alike). */
export function addressFromAmazon(a: Address): ShipFromAddress {
  return {
    name: a.Name,
    addressLine1: a.AddressLine1,
    addressLine2: a.AddressLine2,
    districtOrCounty: a.DistrictOrCounty,
    city: a.City,
    stateOrProvinceCode: a.StateOrProvinceCode,
    countryCode: a.CountryCode,
    postalCode: a.PostalCode,
  };
}

export function reshapeInboundShipment(shipment: InboundShipmentInfo & { ShipmentId: string }, marketplaceId: string, tenant: Tenant): InboundShipmentRow {
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
    shipFromAddress: addressFromAmazon(shipment.ShipFromAddress),
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
