import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A seller's team: its users, Amazon accounts and everything synced for them. The tenant boundary. */
export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
