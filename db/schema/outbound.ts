/**
 * Multi-Channel Fulfillment orders (FBA Outbound). The destination keeps country, state and
 * city only; `detail` holds the rest of getFulfillmentOrder for the detail page with the
 * recipient's name, street lines and phone removed (see lib/outbound/reshape.ts).
 */
import { index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { accountId, workspaceId } from './tenant';

export const fulfillmentOrders = pgTable(
  'fulfillment_orders',
  {
    accountId: accountId(),
    workspaceId: workspaceId(),
    sellerFulfillmentOrderId: text('seller_fulfillment_order_id').notNull(),
    marketplaceId: text('marketplace_id').notNull(),
    displayableOrderId: text('displayable_order_id').notNull(),
    displayableOrderDate: timestamp('displayable_order_date', { withTimezone: true }).notNull(),
    status: text('status').notNull(),
    statusUpdatedAt: timestamp('status_updated_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    shippingSpeedCategory: text('shipping_speed_category').notNull(),
    fulfillmentPolicy: text('fulfillment_policy'),
    destinationCountry: text('destination_country').notNull(),
    destinationState: text('destination_state'),
    destinationCity: text('destination_city'),
    /** Items, shipments, packages, returns: getFulfillmentOrder without PII. Null until fetched. */
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.sellerFulfillmentOrderId] }),
    index('fulfillment_orders_workspace_received').on(t.workspaceId, t.receivedAt.desc()),
    index('fulfillment_orders_workspace_status').on(t.workspaceId, t.status),
  ],
);
