/**
 * Orders and their items as synced from SP-API (Orders 2026-01-01 searchOrders, items inline).
 * Buyer PII (names, e-mails, street addresses, postal codes, phones) is never stored: the order
 * page fetches it on demand. Only the shipping city, state and country are kept.
 */
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { FULFILLED_BY, ORDER_STATUSES } from './order-vocabulary';
import { accountId, workspaceId } from './tenant';

export { FULFILLED_BY, ORDER_STATUSES, type FulfilledBy, type OrderStatus } from './order-vocabulary';

export const orders = pgTable(
  'orders',
  {
    accountId: accountId(),
    /** Denormalized from the account so every list query filters by tenant without a join. */
    workspaceId: workspaceId(),
    amazonOrderId: text('amazon_order_id').notNull(),
    sellerOrderId: text('seller_order_id'),
    marketplaceId: text('marketplace_id').notNull(),
    /** Amazon's own words (order-vocabulary.ts): the stored value is the API's. */
    orderStatus: text('order_status', { enum: ORDER_STATUSES }).notNull(),
    fulfilledBy: text('fulfilled_by', { enum: FULFILLED_BY }),
    salesChannel: text('sales_channel'),
    orderType: text('order_type'),
    purchaseDate: timestamp('purchase_date', { withTimezone: true }).notNull(),
    lastUpdateDate: timestamp('last_update_date', { withTimezone: true }).notNull(),
    orderTotalAmount: numeric('order_total_amount', { precision: 14, scale: 2 }),
    orderTotalCurrency: text('order_total_currency'),
    itemsShipped: integer('items_shipped'),
    itemsUnshipped: integer('items_unshipped'),
    shipServiceLevel: text('ship_service_level'),
    earliestShipDate: timestamp('earliest_ship_date', { withTimezone: true }),
    latestShipDate: timestamp('latest_ship_date', { withTimezone: true }),
    earliestDeliveryDate: timestamp('earliest_delivery_date', { withTimezone: true }),
    latestDeliveryDate: timestamp('latest_delivery_date', { withTimezone: true }),
    isPrime: boolean('is_prime').notNull().default(false),
    isBusiness: boolean('is_business').notNull().default(false),
    /** In-store pick-up (IsISPU): the buyer collects it; it has pick-up states, not shipments. */
    isIspu: boolean('is_ispu').notNull().default(false),
    shipCity: text('ship_city'),
    shipState: text('ship_state'),
    shipCountry: text('ship_country'),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.amazonOrderId] }),
    // A date-range view counts its orders per status (the trigger-kept counts know no dates):
    // with the account and the status in the index the count reads no table rows.
    index('orders_workspace_purchase_status').on(t.workspaceId, t.purchaseDate.desc(), t.accountId, t.orderStatus),
    index('orders_workspace_status').on(t.workspaceId, t.orderStatus),
    index('orders_workspace_updated_status').on(t.workspaceId, t.lastUpdateDate, t.accountId, t.orderStatus),
    // The orders list at 100,000 orders: each common filter has an index that also serves the
    // default sort (newest purchase first), and order-id prefix search has its own.
    index('orders_workspace_status_purchase').on(t.workspaceId, t.orderStatus, t.purchaseDate.desc()),
    index('orders_workspace_fulfilled_by_purchase').on(t.workspaceId, t.fulfilledBy, t.purchaseDate.desc()),
    index('orders_workspace_marketplace_purchase').on(t.workspaceId, t.marketplaceId, t.purchaseDate.desc()),
    index('orders_workspace_account_purchase').on(t.workspaceId, t.accountId, t.purchaseDate.desc()),
    index('orders_workspace_order_id').on(t.workspaceId, t.amazonOrderId.op('text_pattern_ops')),
    // Totals sort within a currency (a sum in yen is not comparable with one in euros).
    index('orders_workspace_currency_total').on(t.workspaceId, t.orderTotalCurrency, t.orderTotalAmount.desc()),
    // The work queue (the list's default view): orders still to ship, what is due first. Partial,
    // so it holds only the few orders still open; the query writes the statuses as literals.
    index('orders_to_ship_by_ship_date')
      .on(t.workspaceId, t.latestShipDate, t.amazonOrderId)
      .where(sql`${t.orderStatus} in ('UNSHIPPED', 'PARTIALLY_SHIPPED')`),
    // Holds the whole key in the default sort order, so deep pages are found from the index alone.
    index('orders_workspace_purchase_keys').on(t.workspaceId, t.purchaseDate.desc(), t.amazonOrderId.desc(), t.accountId),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    accountId: uuid('account_id').notNull(),
    workspaceId: workspaceId(),
    amazonOrderId: text('amazon_order_id').notNull(),
    orderItemId: text('order_item_id').notNull(),
    sellerSku: text('seller_sku'),
    asin: text('asin').notNull(),
    title: text('title'),
    quantityOrdered: integer('quantity_ordered').notNull(),
    quantityShipped: integer('quantity_shipped').notNull().default(0),
    itemPriceAmount: numeric('item_price_amount', { precision: 14, scale: 2 }),
    itemPriceCurrency: text('item_price_currency'),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.amazonOrderId, t.orderItemId] }),
    foreignKey({ columns: [t.accountId, t.amazonOrderId], foreignColumns: [orders.accountId, orders.amazonOrderId] }).onDelete('cascade'),
    // Search (lib/orders/search.ts): SKU prefix in any letter case (a text_pattern_ops range on
    // the lower-cased SKU), ASIN exactly, and the title's words (full-text, the `simple`
    // configuration: lower-cased words, no stemming, no stop words, no extension needed).
    index('order_items_workspace_sku_lower').on(t.workspaceId, sql`lower(${t.sellerSku}) text_pattern_ops`),
    index('order_items_workspace_asin').on(t.workspaceId, t.asin),
    index('order_items_title_words').using('gin', sql`to_tsvector('simple'::regconfig, coalesce(${t.title}, ''))`),
  ],
);

/**
 * The buyer-name search's blind index: a keyed hash (HMAC-SHA256 under a key derived from the
 * data key, lib/orders/buyer-name-index.ts) of each word of the buyer's name and of the whole
 * name, normalised. Never the name itself: a token cannot be turned back into a name without
 * the key, and the search hashes the typed words the same way to look them up. Written when the
 * sync reads an order with Amazon's BUYER dataset; removed with the order, 30 days after its
 * delivery (lib/privacy/purge.ts) and when the data key is rotated (the tokens of the old key
 * would never match again).
 */
export const orderBuyerNameTokens = pgTable(
  'order_buyer_name_tokens',
  {
    accountId: uuid('account_id').notNull(),
    workspaceId: workspaceId(),
    amazonOrderId: text('amazon_order_id').notNull(),
    /** base64url of the first 16 bytes of the HMAC. */
    token: text('token').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.amazonOrderId, t.token] }),
    foreignKey({
      name: 'order_buyer_name_tokens_order_fk',
      columns: [t.accountId, t.amazonOrderId],
      foreignColumns: [orders.accountId, orders.amazonOrderId],
    }).onDelete('cascade'),
    index('order_buyer_name_tokens_workspace_token').on(t.workspaceId, t.token),
  ],
);
