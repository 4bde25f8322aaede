/**
 * What the seller decided and did around an order's FBA fulfillment: low-stock decisions,
 * buyer messages sent through the Messaging API, shipment confirmations sent to the Amazon
 * order, and the workspace's confirmation setting. Buyer PII is never stored here either:
 * message bodies are the seller's own text.
 */
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaces } from './workspaces';

import { FULFILLMENT_DECISION_STATUSES, LOW_STOCK_CHOICES } from './order-fulfillment-choices';
import { accountId, workspaceId } from './tenant';

export { FULFILLMENT_DECISION_STATUSES, LOW_STOCK_CHOICES, type FulfillmentDecisionStatus, type LowStockChoice } from './order-fulfillment-choices';

export interface LowStockDecisionLine {
  orderItemId: string;
  sellerSku: string;
  /** Units still to ship on the Amazon order. */
  needed: number;
  /**
   * Units FBA can ship now (stock and preview together); null when unknown: Amazon's preview
   * says the line is short but the synced stock does not say how many units remain.
   */
  available: number | null;
  /** Units the fulfillment order asks for. */
  shipNow: number;
  /** needed - available (all of needed when unknown): backordered, cancelled or reported to the buyer. */
  short: number;
}

/**
 * The Fulfill with FBA form's choices a held backorder is sent with once the stock is there.
 * Plain strings here (the schema imports nothing from lib); lib/orders validates them on read.
 */
export interface HeldOrderOptions {
  shippingSpeed: string;
  fulfillmentPolicy: string;
  blankBox: boolean;
  blockAmzl: boolean;
  notificationEmails: string[];
}

/** The seller's answer when an order cannot be fulfilled in full from FBA stock. */
export const fulfillmentDecisions = pgTable(
  'fulfillment_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    accountId: accountId(),
    amazonOrderId: text('amazon_order_id').notNull(),
    choice: text('choice', { enum: LOW_STOCK_CHOICES }).notNull(),
    lines: jsonb('lines').$type<LowStockDecisionLine[]>().notNull(),
    /** The fulfillment order created with this decision, if any. */
    sellerFulfillmentOrderId: text('seller_fulfillment_order_id'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    /** Rows from before holds existed were carried out at once: `acted`. */
    status: text('status', { enum: FULFILLMENT_DECISION_STATUSES }).notNull().default('acted'),
    /** A held backorder: the form's choices to send it with (no address: that is read from Amazon when sent). */
    orderOptions: jsonb('order_options').$type<HeldOrderOptions>(),
    heldAt: timestamp('held_at', { withTimezone: true }),
    /** The last re-check after a sync, and what it found, in the seller's words. */
    recheckedAt: timestamp('rechecked_at', { withTimezone: true }),
    outcome: text('outcome'),
    /** Why the last re-check failed (shown on the order); null when it worked. */
    recheckError: text('recheck_error'),
    /** When the hold ended: released or cancelled. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('fulfillment_decisions_order').on(t.workspaceId, t.accountId, t.amazonOrderId),
    // One hold per order (a double submit holds it once), and the sync's re-check finds an account's holds by it.
    uniqueIndex('fulfillment_decisions_held')
      .on(t.accountId, t.amazonOrderId)
      .where(sql`${t.status} = 'held'`),
  ],
);

/** Messages sent to buyers through the Messaging API, successful or not. */
export const orderMessages = pgTable(
  'order_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    accountId: accountId(),
    amazonOrderId: text('amazon_order_id').notNull(),
    /** The Messaging API action name, e.g. `confirmOrderDetails`. */
    action: text('action').notNull(),
    /** The fields sent (the seller's text, warranty dates); emptied 30 days after delivery (lib/privacy/purge.ts). */
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** When `content` was emptied: the text may name the buyer, so it is kept no longer than the order needs it. */
    contentPurgedAt: timestamp('content_purged_at', { withTimezone: true }),
    result: text('result', { enum: ['ok', 'error'] }).notNull(),
    errorMessage: text('error_message'),
    requestId: text('request_id'),
    sentBy: uuid('sent_by').references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_messages_order').on(t.workspaceId, t.accountId, t.amazonOrderId, t.sentAt)],
);

/**
 * Where a cancellation sent to Amazon stands: SENDING while the feed is uploaded, NOT_SENT when
 * that failed (it can be sent again), then the feed's own processing status.
 */
export const CANCELLATION_STATUSES = ['SENDING', 'NOT_SENT', 'IN_QUEUE', 'IN_PROGRESS', 'DONE', 'FATAL', 'CANCELLED'] as const;
export type CancellationStatus = (typeof CANCELLATION_STATUSES)[number];

/** Items (or whole orders) the seller canceled on Amazon with an order acknowledgement feed. */
export const orderCancellations = pgTable(
  'order_cancellations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    accountId: accountId(),
    amazonOrderId: text('amazon_order_id').notNull(),
    /** The order items canceled; null for the whole order. */
    orderItemIds: jsonb('order_item_ids').$type<string[] | null>(),
    status: text('status', { enum: CANCELLATION_STATUSES }).notNull(),
    feedId: text('feed_id'),
    /** What Amazon's processing report says, in the seller's words; or why it was not sent. */
    outcome: text('outcome'),
    /** The report's errors for this order (Amazon's code and text), shown on the order. */
    errors: jsonb('errors').$type<Array<{ code: string; description: string; orderItemId?: string }>>().notNull().default([]),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('order_cancellations_order').on(t.workspaceId, t.accountId, t.amazonOrderId), index('order_cancellations_open').on(t.accountId, t.status)],
);

/** Packages confirmed on Amazon orders (confirmShipment), from an FBA shipment or typed by hand. */
export const shipmentConfirmations = pgTable(
  'shipment_confirmations',
  {
    accountId: accountId(),
    workspaceId: workspaceId(),
    amazonOrderId: text('amazon_order_id').notNull(),
    packageReferenceId: text('package_reference_id').notNull(),
    carrierCode: text('carrier_code').notNull(),
    carrierName: text('carrier_name'),
    trackingNumber: text('tracking_number').notNull(),
    shipDate: timestamp('ship_date', { withTimezone: true }).notNull(),
    items: jsonb('items').$type<Array<{ orderItemId: string; quantity: number }>>().notNull(),
    /** 'fba' when it came from a fulfillment order's package, 'manual' when typed. */
    source: text('source', { enum: ['fba', 'manual'] }).notNull(),
    sellerFulfillmentOrderId: text('seller_fulfillment_order_id'),
    /** The FBA package number, so one package is never confirmed twice. */
    packageNumber: integer('package_number'),
    requestId: text('request_id'),
    confirmedBy: uuid('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.amazonOrderId, t.packageReferenceId] }),
    // The orders search finds an order by its tracking number, in any letter case.
    index('shipment_confirmations_workspace_tracking').on(t.workspaceId, sql`lower(${t.trackingNumber})`),
  ],
);

/** How FBA shipments reach the Amazon order: confirmed automatically after a sync, or on a click. */
export const orderFulfillmentSettings = pgTable('order_fulfillment_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  confirmShipment: text('confirm_shipment', { enum: ['automatic', 'manual'] })
    .notNull()
    .default('manual'),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
