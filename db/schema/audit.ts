import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaceId } from './tenant';

/**
 * Every write a user makes: who, when, what, the result and Amazon's request id when there is one.
 * Append-only: a trigger refuses updates and deletes (migration 0014, docs/security.md).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    target: text('target'),
    result: text('result', { enum: ['ok', 'error'] }).notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    requestId: text('request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The second index answers "what happened to this order / shipment" from the record's page.
  (t) => [index('audit_log_workspace_created').on(t.workspaceId, t.createdAt), index('audit_log_workspace_target').on(t.workspaceId, t.target, t.createdAt)],
);
