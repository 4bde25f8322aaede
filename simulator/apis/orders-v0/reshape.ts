/**
 * SimOrder -> Orders API v0 JSON. Restricted fields (buyer name, street address, phone)
 * appear only when the caller's restricted data token grants the matching data element,
 * as the model's ShippingAddress and BuyerInfo descriptions require.
 */
import { marketplace } from '../../state/marketplaces.js';
import type { SimOrder, SimOrderItem } from '../../state/orders.js';

/** Amazon prints timestamps without milliseconds. */
export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const money = (currencyCode: string, amount: number) => ({ CurrencyCode: currencyCode, Amount: amount.toFixed(2) });

const ADDRESS_VISIBLE_STATUSES = new Set(['Unshipped', 'PartiallyShipped', 'Shipped', 'InvoiceUnconfirmed']);

export interface PiiAccess {
  buyerInfo: boolean;
  shippingAddress: boolean;
}

export const NO_PII: PiiAccess = { buyerInfo: false, shippingAddress: false };

export function piiFrom(rdt: { dataElements: string[] } | undefined): PiiAccess {
  return { buyerInfo: rdt?.dataElements.includes('buyerInfo') ?? false, shippingAddress: rdt?.dataElements.includes('shippingAddress') ?? false };
}

export function shippingAddress(order: SimOrder, full: boolean) {
  const a = order.address;
  const open = { City: a.city, StateOrRegion: a.stateOrRegion, PostalCode: a.postalCode, CountryCode: a.countryCode };
  if (!full) return open;
  return {
    Name: a.name,
    AddressLine1: a.line1,
    ...(a.line2 ? { AddressLine2: a.line2 } : {}),
    ...open,
    Phone: a.phone,
    AddressType: a.addressType,
  };
}

/**
 * The buyer as the model's OrderBuyerInfo / BuyerInfo define it, for callers with the
 * buyerInfo data element. BuyerCounty is Brazil-only (no simulated marketplace), BuyerTaxInfo
 * only for business orders in Mexico here, PurchaseOrderNumber only when the buyer gave one.
 */
export function buyerInfo(order: SimOrder) {
  const business = order.buyer.business;
  return {
    BuyerEmail: order.buyer.email,
    BuyerName: order.buyer.name,
    ...(business?.taxId
      ? {
          BuyerTaxInfo: {
            CompanyLegalName: business.companyLegalName,
            TaxingRegion: marketplace(order.marketplaceId).countryCode,
            TaxClassifications: [{ Name: business.taxId.name, Value: business.taxId.value }],
          },
        }
      : {}),
    ...(business?.purchaseOrderNumber ? { PurchaseOrderNumber: business.purchaseOrderNumber } : {}),
  };
}

export function reshapeOrder(order: SimOrder, pii: PiiAccess) {
  const shipped = order.items.reduce((sum, i) => sum + i.quantityShipped, 0);
  const ordered = order.items.reduce((sum, i) => sum + i.quantityOrdered, 0);
  const unshipped = order.status === 'Canceled' ? 0 : ordered - shipped;
  return {
    AmazonOrderId: order.amazonOrderId,
    ...(order.fulfillmentChannel === 'MFN' ? { SellerOrderId: order.amazonOrderId } : {}),
    PurchaseDate: isoSeconds(order.purchaseDate),
    LastUpdateDate: isoSeconds(order.lastUpdateDate),
    OrderStatus: order.status,
    FulfillmentChannel: order.fulfillmentChannel,
    SalesChannel: marketplace(order.marketplaceId).salesChannel,
    ShipServiceLevel: order.shipServiceLevel,
    ...(order.status === 'Canceled' ? {} : { OrderTotal: money(order.currencyCode, order.orderTotal) }),
    NumberOfItemsShipped: shipped,
    NumberOfItemsUnshipped: unshipped,
    PaymentMethod: 'Other',
    PaymentMethodDetails: ['Standard'],
    MarketplaceId: order.marketplaceId,
    ShipmentServiceLevelCategory: order.shipmentServiceLevelCategory,
    OrderType: 'StandardOrder',
    EarliestShipDate: isoSeconds(order.earliestShipDate),
    LatestShipDate: isoSeconds(order.latestShipDate),
    EarliestDeliveryDate: isoSeconds(order.earliestDeliveryDate),
    LatestDeliveryDate: isoSeconds(order.latestDeliveryDate),
    IsBusinessOrder: order.isBusinessOrder,
    IsPrime: order.isPrime,
    IsPremiumOrder: false,
    IsGlobalExpressEnabled: false,
    IsReplacementOrder: false,
    IsSoldByAB: false,
    IsISPU: order.isIspu,
    IsAccessPointOrder: false,
    HasRegulatedItems: false,
    ...(ADDRESS_VISIBLE_STATUSES.has(order.status) ? { ShippingAddress: shippingAddress(order, pii.shippingAddress) } : {}),
    // All of BuyerInfo is PII here: only a Restricted Data Token for buyerInfo reveals it.
    BuyerInfo: pii.buyerInfo ? buyerInfo(order) : {},
  };
}

export function reshapeOrderItem(item: SimOrderItem) {
  return {
    ASIN: item.asin,
    SellerSKU: item.sellerSku,
    OrderItemId: item.orderItemId,
    Title: item.title,
    QuantityOrdered: item.quantityOrdered,
    QuantityShipped: item.quantityShipped,
    ProductInfo: { NumberOfItems: '1' },
    ItemPrice: money(item.currencyCode, item.itemPrice),
    ShippingPrice: money(item.currencyCode, item.shippingPrice),
    ItemTax: money(item.currencyCode, item.itemTax),
    ShippingTax: money(item.currencyCode, 0),
    ShippingDiscount: money(item.currencyCode, 0),
    PromotionDiscount: money(item.currencyCode, 0),
    IsGift: 'false',
    ConditionId: 'New',
    ConditionSubtypeId: 'New',
    IsTransparency: false,
    SerialNumberRequired: false,
  };
}
