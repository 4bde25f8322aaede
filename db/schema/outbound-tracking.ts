/**
 * What the outbound pages keep beside `fulfillment_orders`: each status an order was seen in
 * (Amazon returns only the current one, so the timeline is built from what the sync and the
 * detail page's refresh observed), carrier tracking per package, the create submissions that
 * make one submit create one order, and which SKUs may use the MCF features.
 */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { accountId, workspaceId } from './tenant';

const tenantColumns = () => ({
  accountId: accountId(),
  workspaceId: workspaceId(),
});

export const fulfillmentOrderStatusEvents = pgTable(
  'fulfillment_order_status_events',
  {
    ...tenantColumns(),
    sellerFulfillmentOrderId: text('seller_fulfillment_order_id').notNull(),
    status: text('status').notNull(),
    /** Amazon's statusUpdatedDate when the status was first seen. */
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    observedAt: timestamp('observed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.sellerFulfillmentOrderId, t.status] })],
);

export const fulfillmentPackageTracking = pgTable(
  'fulfillment_package_tracking',
  {
    ...tenantColumns(),
    packageNumber: integer('package_number').notNull(),
    sellerFulfillmentOrderId: text('seller_fulfillment_order_id').notNull(),
    currentStatus: text('current_status'),
    /** getPackageTrackingDetails without who signed for it. */
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.packageNumber] }),
    index('fulfillment_package_tracking_order').on(t.accountId, t.sellerFulfillmentOrderId),
    // The orders search finds an order by its package's tracking number, in any letter case.
    index('fulfillment_package_tracking_workspace_number').on(t.workspaceId, sql`lower(${t.detail} ->> 'trackingNumber')`),
  ],
);

/** One row per sellerFulfillmentOrderId a user submitted: a second submit of the same id finds it. */
export const outboundSubmissions = pgTable(
  'outbound_submissions',
  {
    ...tenantColumns(),
    sellerFulfillmentOrderId: text('seller_fulfillment_order_id').notNull(),
    /** 'pending' while createFulfillmentOrder is in flight, 'created' once Amazon accepted it. */
    state: text('state').notNull().default('pending'),
    /** The request's fingerprint: the same id with other content is a different order. */
    fingerprint: text('fingerprint').notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.sellerFulfillmentOrderId] })],
);

export const fulfillmentFeatures = pgTable(
  'fulfillment_features',
  {
    ...tenantColumns(),
    marketplaceId: text('marketplace_id').notNull(),
    featureName: text('feature_name').notNull(),
    description: text('description').notNull(),
    sellerEligible: boolean('seller_eligible').notNull(),
    /** getFeatureInventory: the SKUs that may use it. */
    eligibleSkus: jsonb('eligible_skus').$type<string[]>().notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.marketplaceId, t.featureName] })],
);

/**
 * The columns of a web shop's order export, chosen once per workspace and shop (Shopify,
 * WooCommerce, another), so the next import of the same export skips the choice. Column names
 * only: the imported file and its buyers' addresses are never stored.
 */
export const outboundImportMappings = pgTable(
  'outbound_import_mappings',
  {
    workspaceId: workspaceId(),
    shop: text('shop').notNull(),
    /** Import field -> column name ('' when the file has none). */
    columns: jsonb('columns').$type<Record<string, string>>().notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.shop] })],
);
