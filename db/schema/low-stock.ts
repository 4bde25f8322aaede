/**
 * Low-stock thresholds: a row per SKU the seller set one for, and one row with the empty SKU
 * for the workspace's default. A SKU is low in a marketplace when its fulfillable units there
 * fall below its threshold (lib/inventory/low-stock.ts holds the rule).
 */
import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaceId } from './tenant';

/** The seller_sku of the workspace-wide default row. */
export const DEFAULT_THRESHOLD_SKU = '';

export const lowStockThresholds = pgTable(
  'low_stock_thresholds',
  {
    workspaceId: workspaceId(),
    /** '' for the workspace default. */
    sellerSku: text('seller_sku').notNull(),
    threshold: integer('threshold').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The primary key serves the join from inventory rows (workspace, sku).
  (t) => [primaryKey({ columns: [t.workspaceId, t.sellerSku] })],
);
