import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from './roles';
import { workspaces } from './workspaces';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** Stored lower-cased; sign-in compares lower-cased. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    /**
     * Carried in every session token issued to the user; raising it ends all of them at their
     * next request ("Sign out everywhere", disabling the user). See lib/auth/session-user.ts.
     */
    sessionEpoch: integer('session_epoch').notNull().default(0),
    /**
     * Removed from the workspace by an owner. The row stays (soft delete) so the audit log keeps
     * naming who did what: deleting it would clear `audit_log.user_id` and turn every entry of
     * theirs into "removed user or system". A removed user cannot sign in, has no session, is
     * not listed, and their email is free again (the unique index skips removed rows).
     */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    /** The IANA zone the user reads dates in; null follows the browser's (lib/users/time-zone.ts). */
    timeZone: text('time_zone'),
  },
  (t) => [
    uniqueIndex('users_email_unique')
      .on(t.email)
      .where(sql`${t.removedAt} is null`),
  ],
);
