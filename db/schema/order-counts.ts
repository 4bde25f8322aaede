/**
 * Orders per (account, marketplace, fulfilled by, status), kept by a trigger on `orders` (see the
 * custom migration `order_status_counts`), so the orders page's status tabs and total cost a
 * handful of rows instead of counting 100,000 orders on every request. Views with a date
 * range or a search still count the orders themselves (lib/orders/queries.ts).
 */
import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { accountId, workspaceId } from './tenant';

export const orderStatusCounts = pgTable(
  'order_status_counts',
  {
    workspaceId: workspaceId(),
    accountId: accountId(),
    marketplaceId: text('marketplace_id').notNull(),
    /** '' when the order does not say who fulfills it. */
    fulfilledBy: text('fulfilled_by').notNull(),
    orderStatus: text('order_status').notNull(),
    orderCount: integer('order_count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.marketplaceId, t.fulfilledBy, t.orderStatus] }), index('order_status_counts_workspace').on(t.workspaceId)],
);
