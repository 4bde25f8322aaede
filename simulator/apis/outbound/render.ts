/**
 * Internal order records -> the model's FulfillmentOrder, GetFulfillmentOrderResult and
 * ReturnItem shapes, as they look at a given simulated instant.
 */
import { itemQuantities, milestones, orderStateAt, TIMINGS, type OutboundOrder, type ReturnRecord } from './lifecycle.js';
import { fulfillmentCenterFor, hash32, iso } from './reference.js';
import { returnCondition } from './store.js';
import type { PackageJourney } from './tracking.js';
import type { FulfillmentOrder, FulfillmentShipment, GetFulfillmentOrderResult, ReturnItem } from '../../../lib/sp-api/generated/fulfillment-outbound.js';

/** Drop undefined members so optional fields are absent rather than null. */
function compact<T extends object>(obj: T): T {
  const record = obj as Record<string, unknown>;
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return obj;
}

export function renderFulfillmentOrder(order: OutboundOrder, now: Date): FulfillmentOrder {
  const state = orderStateAt(order, now);
  return compact({
    sellerFulfillmentOrderId: order.sellerFulfillmentOrderId,
    marketplaceId: order.marketplaceId,
    displayableOrderId: order.displayableOrderId,
    displayableOrderDate: order.displayableOrderDate,
    displayableOrderComment: order.displayableOrderComment,
    shippingSpeedCategory: order.shippingSpeedCategory,
    deliveryWindow: order.deliveryWindow,
    destinationAddress: order.destinationAddress,
    fulfillmentAction: order.fulfillmentAction,
    fulfillmentPolicy: order.fulfillmentPolicy,
    codSettings: order.codSettings,
    receivedDate: iso(order.receivedAt),
    fulfillmentOrderStatus: state.status,
    statusUpdatedDate: iso(state.since),
    notificationEmails: order.notificationEmails,
    featureConstraints: order.featureConstraints,
  });
}

export function renderReturnItem(ret: ReturnRecord, now: Date): ReturnItem {
  const processedAt = new Date(ret.createdAt.getTime() + TIMINGS.returnProcessing);
  const processed = now >= processedAt;
  const item: ReturnItem = {
    sellerReturnItemId: ret.sellerReturnItemId,
    sellerFulfillmentOrderItemId: ret.sellerFulfillmentOrderItemId,
    amazonShipmentId: ret.amazonShipmentId,
    sellerReturnReasonCode: ret.sellerReturnReasonCode,
    returnComment: ret.returnComment,
    amazonReturnReasonCode: processed ? ret.sellerReturnReasonCode : undefined,
    status: processed ? 'Processed' : 'New',
    statusChangedDate: iso(processed ? processedAt : ret.createdAt),
    returnAuthorizationId: ret.returnAuthorizationId,
    returnReceivedCondition: processed ? returnCondition(ret.sellerReturnReasonCode) : undefined,
    fulfillmentCenterId: processed ? ret.fulfillmentCenterId : undefined,
  };
  return compact({ ...item });
}

/** GetFulfillmentOrderResult at `now`. */
export function renderOrderDetail(order: OutboundOrder, now: Date): GetFulfillmentOrderResult {
  const state = orderStateAt(order, now);
  const m = milestones(order);
  const live = m && !['Cancelled', 'Unfulfillable', 'Invalid'].includes(state.status);

  const fulfillmentOrderItems = order.items.map((item) =>
    compact({
      sellerSku: item.sellerSku,
      sellerFulfillmentOrderItemId: item.sellerFulfillmentOrderItemId,
      quantity: item.quantity,
      giftMessage: item.giftMessage,
      displayableComment: item.displayableComment,
      fulfillmentNetworkSku: item.fnsku,
      orderItemDisposition: item.orderItemDisposition,
      ...itemQuantities(order, item, state),
      estimatedShipDate: live && item.reservedQuantity > 0 ? iso(m.shipAt) : undefined,
      estimatedArrivalDate: live && item.reservedQuantity > 0 ? iso(m.deliverAt) : undefined,
      perUnitPrice: item.perUnitPrice,
      perUnitTax: item.perUnitTax,
      perUnitDeclaredValue: item.perUnitDeclaredValue,
    }),
  );

  const fulfillmentShipments: FulfillmentShipment[] = [];
  if (state.shipment && m) {
    const shipped = state.shipment.status === 'SHIPPED';
    const cancelled = state.shipment.status.startsWith('CANCELLED');
    const delivered = shipped && now >= m.deliverAt;
    fulfillmentShipments.push(
      compact({
        amazonShipmentId: order.amazonShipmentId,
        fulfillmentCenterId: order.fulfillmentCenterId,
        fulfillmentShipmentStatus: state.shipment.status,
        shippingDate: cancelled ? undefined : iso(m.shipAt),
        estimatedArrivalDate: cancelled ? undefined : iso(m.deliverAt),
        fulfillmentShipmentItem: order.items
          .filter((i) => i.reservedQuantity > 0)
          .map((i) =>
            compact({
              sellerSku: i.sellerSku,
              sellerFulfillmentOrderItemId: i.sellerFulfillmentOrderItemId,
              quantity: i.reservedQuantity,
              packageNumber: shipped ? order.packageNumber : undefined,
            }),
          ),
        fulfillmentShipmentPackage: shipped
          ? [
              compact({
                packageNumber: order.packageNumber,
                carrierCode: order.carrierCode,
                trackingNumber: order.trackingNumber,
                estimatedArrivalDate: iso(m.deliverAt),
                deliveryInformation: delivered ? { dropOffLocation: { type: 'FRONT_DOOR' } } : undefined,
              }),
            ]
          : undefined,
      }),
    );
  }

  return compact({
    fulfillmentOrder: renderFulfillmentOrder(order, now),
    fulfillmentOrderItems,
    fulfillmentShipments: fulfillmentShipments.length > 0 ? fulfillmentShipments : undefined,
    returnItems: order.returns.map((r) => renderReturnItem(r, now)),
    returnAuthorizations: order.returnAuthorizations,
    paymentInformation: order.paymentInformation,
  });
}

/** The package's journey, once it has shipped. */
export function packageJourney(order: OutboundOrder, now: Date): PackageJourney | null {
  const state = orderStateAt(order, now);
  const m = milestones(order);
  if (!m || !state.shipped) return null;
  return {
    packageNumber: order.packageNumber,
    carrierCode: order.carrierCode,
    trackingNumber: order.trackingNumber,
    shipAt: m.shipAt,
    deliverAt: m.deliverAt,
    origin: fulfillmentCenterFor(order.destinationAddress.countryCode, hash32(`${order.sellerId}/${order.sellerFulfillmentOrderId}`)).address,
    destination: order.destinationAddress,
  };
}
