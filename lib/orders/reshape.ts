/**
 * Orders API 2026-01-01 orders -> the rows the dashboard stores, with their items (the 2026
 * API carries them inline). Buyer PII is dropped here, on purpose and in one place: of the
 * recipient only the city, state and country are kept (Amazon counts the postal code as PII
 * in this API). The buyer's name is asked for only to be hashed into the buyer-name search's
 * blind index (buyer-name-index.ts) and is never kept as text.
 */
import type { FulfillmentStatus, Order, OrderItem, SearchOrdersParams } from '@/lib/sp-api/generated/orders-2026-01-01';
import { FULFILLED_BY, type FulfilledBy, type OrderStatus } from '@/db/schema/order-vocabulary';
import type { orderItems, orders } from '@/db/schema';
import type { Tenant } from '@/lib/tenancy';
import type { BuyerNameIndex } from './buyer-name-index';

export type OrderRow = typeof orders.$inferInsert;
export type OrderItemRow = typeof orderItems.$inferInsert;

/** One order as Amazon has it now: the order and exactly its items. */
export interface OrderRecordSet {
  order: OrderRow;
  items: OrderItemRow[];
  /**
   * The buyer-name search's tokens (buyer-name-index.ts), never the name: undefined when the
   * BUYER dataset was not asked for (the stored tokens stay), empty when Amazon withheld the name.
   */
  buyerNameTokens?: string[];
}

/**
 * The datasets the sync and a single-order refresh ask for: only what the pages show.
 * FULFILLMENT: status, channel, ship-by and deliver-by windows and shipped quantities;
 * PROCEEDS: the order total; RECIPIENT: the ship-to city, state and country.
 */
export const ORDER_DATASETS = ['FULFILLMENT', 'PROCEEDS', 'RECIPIENT'] satisfies NonNullable<SearchOrdersParams['includedData']>;

type OrderDataset = NonNullable<SearchOrdersParams['includedData']>[number];

/**
 * The sync's datasets: with BUYER too when it can hash the buyer's name for the search (it has
 * the data key). Amazon shares the name without a Restricted Data Token, only to apps approved
 * for its restricted roles and only for unshipped, partly shipped and shipped orders
 * (buyer-data-access.ts); otherwise the buyer has no name and the order gets no tokens.
 */
export function orderDatasets(buyerNames: BuyerNameIndex | null | undefined): OrderDataset[] {
  return buyerNames ? [...ORDER_DATASETS, 'BUYER'] : [...ORDER_DATASETS];
}

/**
 * Stored as Amazon says it: the table's words (db/schema/order-vocabulary.ts) must be exactly the
 * model's, or this does not compile (the return type becomes never).
 */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? A : never) : never;
const storedStatus = (status: FulfillmentStatus): Exactly<FulfillmentStatus, OrderStatus> => status;
type ModelFulfilledBy = NonNullable<SearchOrdersParams['fulfilledBy']>[number];
/** The model types the order's `fulfilledBy` as any string (only the search filter lists the values): another word is not stored. */
const storedFulfilledBy = (value: string | undefined): Exactly<ModelFulfilledBy, FulfilledBy> | null =>
  (FULFILLED_BY as readonly string[]).includes(value ?? '') ? (value as FulfilledBy) : null;

const date = (value: string | undefined) => (value ? new Date(value) : null);
const sum = (values: Array<number | undefined>) => values.reduce<number>((total, n) => total + (n ?? 0), 0);

/** `buyerNames`: hash the buyer's name into tokens (the answer must carry the BUYER dataset, see orderDatasets). */
export function reshapeOrder(order: Order, tenant: Tenant, buyerNames?: BuyerNameIndex | null): OrderRecordSet {
  const fulfillment = order.fulfillment;
  const programs = new Set(order.programs ?? []);
  const ship = order.recipient?.deliveryAddress;
  const total = order.proceeds?.grandTotal;
  const itemFulfillment = order.orderItems.map((item) => item.fulfillment);
  // Without the FULFILLMENT dataset nothing says what shipped; never guess zero.
  const knowsShipped = itemFulfillment.some((f) => f?.quantityFulfilled !== undefined);
  const row: OrderRow = {
    ...tenant,
    amazonOrderId: order.orderId,
    sellerOrderId: order.orderAliases?.find((alias) => alias.aliasType === 'SELLER_ORDER_ID')?.aliasId ?? null,
    marketplaceId: order.salesChannel.marketplaceId ?? '',
    orderStatus: fulfillment ? storedStatus(fulfillment.fulfillmentStatus) : 'PENDING',
    fulfilledBy: storedFulfilledBy(fulfillment?.fulfilledBy),
    salesChannel: order.salesChannel.marketplaceName ?? null,
    orderType: programs.has('PREORDER') ? 'Preorder' : null,
    purchaseDate: new Date(order.createdTime),
    lastUpdateDate: new Date(order.lastUpdatedTime),
    orderTotalAmount: total?.amount ?? null,
    orderTotalCurrency: total?.currencyCode ?? null,
    itemsShipped: knowsShipped ? sum(itemFulfillment.map((f) => f?.quantityFulfilled)) : null,
    itemsUnshipped: knowsShipped ? sum(itemFulfillment.map((f) => f?.quantityUnfulfilled)) : null,
    shipServiceLevel: fulfillment?.fulfillmentServiceLevel ?? null,
    earliestShipDate: date(fulfillment?.shipByWindow?.earliestDateTime),
    latestShipDate: date(fulfillment?.shipByWindow?.latestDateTime),
    earliestDeliveryDate: date(fulfillment?.deliverByWindow?.earliestDateTime),
    latestDeliveryDate: date(fulfillment?.deliverByWindow?.latestDateTime),
    isPrime: programs.has('PRIME'),
    isBusiness: programs.has('AMAZON_BUSINESS'),
    isIspu: programs.has('IN_STORE_PICK_UP'),
    shipCity: ship?.city ?? null,
    shipState: ship?.stateOrRegion ?? null,
    shipCountry: ship?.countryCode ?? null,
    syncedAt: new Date(),
  };
  const items = order.orderItems.map((item) => reshapeOrderItem(item, order.orderId, tenant));
  if (!buyerNames) return { order: row, items };
  // The name goes no further than this line: only its keyed hashes leave the function.
  const buyerNameTokens = buyerNames.tokensOf(tenant.workspaceId, order.buyer?.buyerName, order.buyer?.buyerCompanyName);
  return { order: row, items, buyerNameTokens };
}

function reshapeOrderItem(item: OrderItem, amazonOrderId: string, tenant: Tenant): OrderItemRow {
  const unitPrice = item.product.price?.unitPrice;
  return {
    ...tenant,
    amazonOrderId,
    orderItemId: item.orderItemId,
    sellerSku: item.product.sellerSku ?? null,
    asin: item.product.asin ?? '',
    title: item.product.title ?? null,
    quantityOrdered: item.quantityOrdered,
    quantityShipped: item.fulfillment?.quantityFulfilled ?? 0,
    // The stored price is the line's (unit price x quantity), as Orders v0 gave it.
    itemPriceAmount: unitPrice ? (Number(unitPrice.amount) * item.quantityOrdered).toFixed(2) : null,
    itemPriceCurrency: unitPrice?.currencyCode ?? null,
  };
}
