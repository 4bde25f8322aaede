/**
 * Orders v0 payloads -> the rows the dashboard stores. Buyer PII is dropped here, on purpose
 * and in one place: only the shipping city, state, postal code and country are kept.
 */
import type { Order, OrderItem } from '@/lib/sp-api/generated/orders-v0';
import type { orderItems, orders } from '@/db/schema';
import type { Tenant } from '@/lib/tenancy';

export type OrderRow = typeof orders.$inferInsert;
export type OrderItemRow = typeof orderItems.$inferInsert;

const date = (value: string | undefined) => (value ? new Date(value) : null);

export function reshapeOrder(order: Order, tenant: Tenant): OrderRow {
  const ship = order.ShippingAddress;
  return {
    ...tenant,
    amazonOrderId: order.AmazonOrderId,
    sellerOrderId: order.SellerOrderId ?? null,
    marketplaceId: order.MarketplaceId ?? '',
    orderStatus: order.OrderStatus,
    fulfillmentChannel: order.FulfillmentChannel ?? null,
    salesChannel: order.SalesChannel ?? null,
    orderType: order.OrderType ?? null,
    purchaseDate: new Date(order.PurchaseDate),
    lastUpdateDate: new Date(order.LastUpdateDate),
    orderTotalAmount: order.OrderTotal?.Amount ?? null,
    orderTotalCurrency: order.OrderTotal?.CurrencyCode ?? null,
    itemsShipped: order.NumberOfItemsShipped ?? null,
    itemsUnshipped: order.NumberOfItemsUnshipped ?? null,
    shipServiceLevel: order.ShipServiceLevel ?? null,
    earliestShipDate: date(order.EarliestShipDate),
    latestShipDate: date(order.LatestShipDate),
    earliestDeliveryDate: date(order.EarliestDeliveryDate),
    latestDeliveryDate: date(order.LatestDeliveryDate),
    isPrime: order.IsPrime ?? false,
    isBusiness: order.IsBusinessOrder ?? false,
    isIspu: order.IsISPU ?? false,
    shipCity: ship?.City ?? null,
    shipState: ship?.StateOrRegion ?? null,
    shipPostalCode: ship?.PostalCode ?? null,
    shipCountry: ship?.CountryCode ?? null,
    syncedAt: new Date(),
  };
}

export function reshapeOrderItem(item: OrderItem, amazonOrderId: string, tenant: Tenant): OrderItemRow {
  return {
    ...tenant,
    amazonOrderId,
    orderItemId: item.OrderItemId,
    sellerSku: item.SellerSKU ?? null,
    asin: item.ASIN,
    title: item.Title ?? null,
    quantityOrdered: item.QuantityOrdered,
    quantityShipped: item.QuantityShipped ?? 0,
    itemPriceAmount: item.ItemPrice?.Amount ?? null,
    itemPriceCurrency: item.ItemPrice?.CurrencyCode ?? null,
  };
}
