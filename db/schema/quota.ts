import { doublePrecision, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * SP-API usage-plan buckets shared by every app instance and worker on PostgreSQL, so several
 * processes together stay within one seller's quota (lib/sp-api/quota-postgres.ts).
 */
export const spApiQuotaBuckets = pgTable('sp_api_quota_buckets', {
  /** sellingPartnerId|region|model.operationId */
  key: text('key').primaryKey(),
  /** Can go negative: tokens already reserved by waiting callers. */
  tokens: doublePrecision('tokens').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  rate: doublePrecision('rate').notNull(),
  burst: doublePrecision('burst').notNull(),
});
