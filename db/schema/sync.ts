/**
 * Where each sync stands, one row per (account, kind, marketplace). The row with marketplace
 * '' is the kind's control row: its lease keeps one runner per account and kind across app
 * instances, and it carries the status, progress and errors the settings page shows. Kinds
 * that page per marketplace keep their own cursor/page token in per-marketplace rows.
 */
import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { accountId, workspaceId } from './tenant';

export const SYNC_KINDS = ['orders', 'inventory', 'fulfillment-orders', 'inbound-shipments'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];
export const SYNC_STATUSES = ['idle', 'running', 'error', 'waiting'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

export const syncCheckpoints = pgTable(
  'sync_checkpoints',
  {
    accountId: accountId(),
    workspaceId: workspaceId(),
    kind: text('kind', { enum: SYNC_KINDS }).notNull(),
    /** '' when the kind is not paged per marketplace (and for the control row). */
    marketplaceId: text('marketplace_id').notNull().default(''),
    /** High-water mark: everything updated before it has been synced. */
    cursor: timestamp('cursor', { withTimezone: true }),
    /** Resume point inside a pagination that has not finished. */
    pageToken: text('page_token'),
    /**
     * The cursor to adopt once the pagination in progress completes. Results come sorted by
     * purchase date, not by update, so the cursor may only move when every page is in.
     */
    pendingCursor: timestamp('pending_cursor', { withTimezone: true }),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /**
     * 'waiting': the last run failed in a way that passes (Amazon throttled it, or had a 5xx or
     * a timeout) and it retries on its own at next_run_at; 'error': it waits for the next run.
     */
    status: text('status', { enum: SYNC_STATUSES }).notNull().default('idle'),
    /** Passing failures in a row (lib/sync/failure-retry.ts backs off on it); 0 after any other end. */
    transientFailures: integer('transient_failures').notNull().default(0),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total'),
    /** Rows written by the current (or last) run. */
    itemsSynced: integer('items_synced').notNull().default(0),
    lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    nextRunAt: timestamp('next_run_at', { withTimezone: true }),
    /** A message written for the seller (SpApiError.userMessage()), never a stack. */
    lastError: text('last_error'),
    lastErrorAt: timestamp('last_error_at', { withTimezone: true }),
    /**
     * The orders history a first sync reads newest first (lib/sync/order-history.ts): from when
     * (the first run's start) back to when (the lookback's start), how far back it has read, and
     * the page to resume the slice in progress. All null once read, or for other kinds.
     */
    historyStart: timestamp('history_start', { withTimezone: true }),
    historyFrom: timestamp('history_from', { withTimezone: true }),
    historyBefore: timestamp('history_before', { withTimezone: true }),
    historyPageToken: text('history_page_token'),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.kind, t.marketplaceId] }),
    index('sync_checkpoints_workspace').on(t.workspaceId),
    index('sync_checkpoints_next_run').on(t.nextRunAt),
  ],
);
