/** SimOrder -> Orders API 2026-01-01 JSON; optional sections follow `includedData`. */
import { marketplace } from '../../state/marketplaces.js';
import type { SimOrder, SimOrderStatus } from '../../state/orders.js';
import { isoSeconds } from '../orders-v0/reshape.js';

export const FULFILLMENT_STATUS: Record<SimOrderStatus, string> = {
  Pending: 'PENDING',
  Unshipped: 'UNSHIPPED',
  PartiallyShipped: 'PARTIALLY_SHIPPED',
  Shipped: 'SHIPPED',
  Canceled: 'CANCELLED',
};

const SERVICE_LEVEL: Record<string, string> = {
  Standard: 'STANDARD',
  Expedited: 'EXPEDITED',
  NextDay: 'NEXT_DAY',
  SecondDay: 'SECOND_DAY',
  FreeEconomy: 'FREE_ECONOMY',
};

/** The model's order programs this simulator's orders can have. */
function programsOf(order: SimOrder): { programs?: string[] } {
  const programs = [order.isPrime && 'PRIME', order.isBusinessOrder && 'AMAZON_BUSINESS', order.isIspu && 'IN_STORE_PICK_UP'].filter((p): p is string => !!p);
  return programs.length ? { programs } : {};
}

const money = (currencyCode: string, amount: number) => ({ amount: amount.toFixed(2), currencyCode });

/**
 * `piiRoles`: the calling app holds Amazon's restricted roles for buyer data. Without them
 * Amazon leaves the PII attributes out (Access Orders PII: buyer name and e-mail, recipient
 * name, street lines, postal code and phone) and keeps the rest of the datasets.
 */
export function reshapeOrder2026(order: SimOrder, included: Set<string>, piiRoles: boolean) {
  const market = marketplace(order.marketplaceId);
  const a = order.address;
  const addressVisible = order.status !== 'Pending' && order.status !== 'Canceled';
  // Amazon's conditions for the PII: the role, and an unshipped, partly shipped or shipped order.
  const pii = piiRoles && addressVisible;
  return {
    orderId: order.amazonOrderId,
    createdTime: isoSeconds(order.purchaseDate),
    lastUpdatedTime: isoSeconds(order.lastUpdateDate),
    ...(order.fulfillmentChannel === 'MFN' ? { orderAliases: [{ aliasId: order.amazonOrderId, aliasType: 'SELLER_ORDER_ID' }] } : {}),
    ...programsOf(order),
    salesChannel: { channelName: 'AMAZON', marketplaceId: order.marketplaceId, marketplaceName: market.salesChannel },
    ...(included.has('BUYER')
      ? {
          buyer: {
            ...(pii ? { buyerName: order.buyer.name } : {}),
            // The buyer's e-mail is for merchant-fulfilled orders only.
            ...(pii && order.fulfillmentChannel === 'MFN' ? { buyerEmail: order.buyer.email } : {}),
            ...(order.buyer.business ? { buyerCompanyName: order.buyer.business.companyLegalName } : {}),
            ...(order.buyer.business?.purchaseOrderNumber ? { buyerPurchaseOrderNumber: order.buyer.business.purchaseOrderNumber } : {}),
          },
        }
      : {}),
    ...(included.has('RECIPIENT') && addressVisible
      ? {
          recipient: {
            deliveryAddress: {
              ...(pii ? { name: a.name, addressLine1: a.line1, ...(a.line2 ? { addressLine2: a.line2 } : {}) } : {}),
              city: a.city,
              stateOrRegion: a.stateOrRegion,
              ...(pii ? { postalCode: a.postalCode } : {}),
              countryCode: a.countryCode,
              ...(pii ? { phone: a.phone } : {}),
              addressType: a.addressType === 'Commercial' ? 'COMMERCIAL' : 'RESIDENTIAL',
            },
          },
        }
      : {}),
    ...(included.has('PROCEEDS') && order.status !== 'Canceled' ? { proceeds: { grandTotal: money(order.currencyCode, order.orderTotal) } } : {}),
    ...(included.has('FULFILLMENT')
      ? {
          fulfillment: {
            fulfillmentStatus: FULFILLMENT_STATUS[order.status],
            fulfilledBy: order.fulfillmentChannel === 'AFN' ? 'AMAZON' : 'MERCHANT',
            fulfillmentServiceLevel: SERVICE_LEVEL[order.shipmentServiceLevelCategory] ?? 'STANDARD',
            shipByWindow: { earliestDateTime: isoSeconds(order.earliestShipDate), latestDateTime: isoSeconds(order.latestShipDate) },
            deliverByWindow: { earliestDateTime: isoSeconds(order.earliestDeliveryDate), latestDateTime: isoSeconds(order.latestDeliveryDate) },
          },
        }
      : {}),
    orderItems: order.items.map((item) => ({
      orderItemId: item.orderItemId,
      quantityOrdered: item.quantityOrdered,
      product: {
        asin: item.asin,
        title: item.title,
        sellerSku: item.sellerSku,
        condition: { conditionType: 'NEW', conditionSubtype: 'NEW' },
        price: { unitPrice: money(item.currencyCode, item.quantityOrdered ? item.itemPrice / item.quantityOrdered : 0) },
      },
      ...(included.has('PROCEEDS') ? { proceeds: { proceedsTotal: money(item.currencyCode, item.itemPrice + item.itemTax + item.shippingPrice) } } : {}),
      ...(included.has('FULFILLMENT')
        ? {
            fulfillment: {
              quantityFulfilled: item.quantityShipped,
              quantityUnfulfilled: order.status === 'Canceled' ? 0 : item.quantityOrdered - item.quantityShipped,
            },
          }
        : {}),
    })),
    // The model: packages are only available for merchant-fulfilled orders.
    ...(included.has('PACKAGES') && order.fulfillmentChannel === 'MFN'
      ? {
          packages: order.packages.map((p) => ({
            packageReferenceId: p.packageReferenceId,
            createdTime: p.shipDate,
            packageStatus: { status: 'SHIPPED' },
            carrier: p.carrierCode,
            shipTime: p.shipDate,
            trackingNumber: p.trackingNumber,
            packageItems: p.items.map((i) => ({ orderItemId: i.orderItemId, quantity: i.quantity })),
          })),
        }
      : {}),
  };
}
