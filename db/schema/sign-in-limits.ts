/**
 * Failed sign-ins, counted in the database so that every app instance enforces the same
 * limits (lib/auth/sign-in-limits.ts explains the rules).
 */
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** One counter per client address, per email and address, and per email. */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    /** 'address', 'email-address' or 'email'. */
    scope: text('scope', { enum: ['address', 'email-address', 'email'] }).notNull(),
    /** The address, "email address", or the email (lower-cased). */
    key: text('key').notNull(),
    failures: integer('failures').notNull(),
    /** When the counting window ends, or the lock if that is later: afterwards the row counts as absent. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('sign_in_throttles_expires_at').on(t.expiresAt)],
);

/** Addresses a user has signed in from: the email's own lock does not apply to them. */
export const signInKnownAddresses = pgTable(
  'sign_in_known_addresses',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    address: text('address').notNull(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.address] })],
);
