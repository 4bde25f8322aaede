/**
 * FBA Outbound payloads -> fulfillment order rows. The recipient's name, street lines, postal
 * code and phone, the notification e-mails, locker codes and payment details are buyer data:
 * they are removed here, so `detail` holds only what the detail page may show without an
 * on-demand fetch.
 */
import type { FulfillmentOrder, GetFulfillmentOrderResult } from '@/lib/sp-api/generated/fulfillment-outbound';
import type { fulfillmentOrders } from '@/db/schema';

export type FulfillmentOrderRow = typeof fulfillmentOrders.$inferInsert;

export interface FulfillmentOrderDetail {
  fulfillmentAction?: string | undefined;
  displayableOrderComment: string;
  deliveryWindow?: FulfillmentOrder['deliveryWindow'];
  items: GetFulfillmentOrderResult['fulfillmentOrderItems'];
  shipments: NonNullable<GetFulfillmentOrderResult['fulfillmentShipments']>;
  returnItems: GetFulfillmentOrderResult['returnItems'];
  returnAuthorizations: GetFulfillmentOrderResult['returnAuthorizations'];
}

export function reshapeFulfillmentOrder(order: FulfillmentOrder, tenant: { accountId: string; workspaceId: string }): FulfillmentOrderRow {
  return {
    ...tenant,
    sellerFulfillmentOrderId: order.sellerFulfillmentOrderId,
    marketplaceId: order.marketplaceId,
    displayableOrderId: order.displayableOrderId,
    displayableOrderDate: new Date(order.displayableOrderDate),
    status: order.fulfillmentOrderStatus,
    statusUpdatedAt: new Date(order.statusUpdatedDate),
    receivedAt: new Date(order.receivedDate),
    shippingSpeedCategory: order.shippingSpeedCategory,
    fulfillmentPolicy: order.fulfillmentPolicy ?? null,
    destinationCountry: order.destinationAddress.countryCode,
    destinationState: order.destinationAddress.stateOrRegion ?? null,
    destinationCity: order.destinationAddress.city ?? null,
    syncedAt: new Date(),
  };
}

export function reshapeFulfillmentOrderDetail(result: GetFulfillmentOrderResult): FulfillmentOrderDetail {
  const order = result.fulfillmentOrder;
  return {
    fulfillmentAction: order.fulfillmentAction,
    displayableOrderComment: order.displayableOrderComment,
    ...(order.deliveryWindow ? { deliveryWindow: order.deliveryWindow } : {}),
    items: result.fulfillmentOrderItems,
    shipments: (result.fulfillmentShipments ?? []).map((shipment) => ({
      ...shipment,
      ...(shipment.fulfillmentShipmentPackage
        ? { fulfillmentShipmentPackage: shipment.fulfillmentShipmentPackage.map(({ lockerDetails: _locker, ...pkg }) => pkg) }
        : {}),
    })),
    returnItems: result.returnItems,
    // Amazon's return address (a fulfillment center), not the buyer's.
    returnAuthorizations: result.returnAuthorizations,
  };
}
