/** FBA stock per SKU and marketplace, every quantity bucket of getInventorySummaries (details=true). */
import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { accountId, workspaceId } from './tenant';

export const inventorySummaries = pgTable(
  'inventory_summaries',
  {
    accountId: accountId(),
    workspaceId: workspaceId(),
    marketplaceId: text('marketplace_id').notNull(),
    sellerSku: text('seller_sku').notNull(),
    asin: text('asin'),
    fnsku: text('fnsku'),
    productName: text('product_name'),
    condition: text('condition'),
    fulfillable: integer('fulfillable').notNull().default(0),
    inboundWorking: integer('inbound_working').notNull().default(0),
    inboundShipped: integer('inbound_shipped').notNull().default(0),
    inboundReceiving: integer('inbound_receiving').notNull().default(0),
    reservedTotal: integer('reserved_total').notNull().default(0),
    reservedCustomerOrders: integer('reserved_customer_orders').notNull().default(0),
    reservedTransfers: integer('reserved_transfers').notNull().default(0),
    reservedProcessing: integer('reserved_processing').notNull().default(0),
    researchingTotal: integer('researching_total').notNull().default(0),
    unfulfillableTotal: integer('unfulfillable_total').notNull().default(0),
    totalQuantity: integer('total_quantity').notNull().default(0),
    lastUpdatedAt: timestamp('last_updated_at', { withTimezone: true }),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull().defaultNow(),
    /** Start (Amazon's clock) of the full sweep that last listed this SKU; a finished sweep drops older rows. */
    sweptAt: timestamp('swept_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.marketplaceId, t.sellerSku] }),
    index('inventory_summaries_workspace_sku').on(t.workspaceId, t.sellerSku),
    index('inventory_summaries_workspace_fulfillable').on(t.workspaceId, t.fulfillable),
  ],
);
