import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Which key this database's sealed secrets are sealed with (lib/encryption/key-check.ts): the
 * key's id and a known value sealed with it. A start with another key, or with none, is
 * refused before anything is read or sealed, instead of failing later at each secret. One row.
 */
export const encryptionKeyCheck = pgTable(
  'encryption_key_check',
  {
    id: integer('id').primaryKey().default(1),
    keyId: text('key_id').notNull(),
    /** A fixed text sealed with the key (AES-256-GCM); opening it proves the key. */
    sealedCheck: text('sealed_check').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('encryption_key_check_one_row', sql`${t.id} = 1`)],
);
