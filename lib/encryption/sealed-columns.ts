/**
 * Every column that holds values sealed with the data key. The data key's start-up check
 * counts them to tell a new database from one whose key is missing, and `npm run rotate-key`
 * re-encrypts them; a sealed column missing here would be lost at the next rotation, so
 * sealed-columns.test.ts fails when a schema column named `*_sealed` is not listed.
 */
import type { Db } from '@/db/client';
import { sealedRefreshTokens } from '@/lib/accounts';

export interface SealedValue {
  /** The row's primary key. */
  id: string;
  sealed: string;
  /** What the value was sealed with as associated data (SecretBox's `context`). */
  context: string;
  /** Names the row for an operator, e.g. an account's name and seller id. */
  label: string;
}

export interface SealedColumn {
  /** `table.column`, as in the SQL schema. */
  column: string;
  /** What the values are, for messages: "Amazon refresh tokens". */
  what: string;
  count(db: Db): Promise<number>;
  /** Every stored value; inside a transaction the rows stay locked until it ends. */
  readAllForUpdate(tx: Db): Promise<SealedValue[]>;
  rewrite(tx: Db, id: string, sealed: string): Promise<void>;
  /**
   * Removes a value no key can open any more, with whatever depends on it (an account without
   * its refresh token is disconnected), so the app works again and the operator can reconnect.
   */
  forget(tx: Db, id: string): Promise<void>;
}

/**
 * Every sealed column. A function, not a constant: the accounts domain that owns the refresh
 * tokens itself loads this module (through the data key), so its value is read when called.
 */
export function sealedColumns(): readonly SealedColumn[] {
  return [sealedRefreshTokens];
}

export interface SealedCount {
  column: SealedColumn;
  count: number;
}

export async function countSealedValues(db: Db): Promise<SealedCount[]> {
  return Promise.all(sealedColumns().map(async (column) => ({ column, count: await column.count(db) })));
}

/** "Amazon refresh tokens in seller_accounts.refresh_token_sealed: 2", for messages; empty when nothing is sealed. */
export function describeSealedCounts(counts: SealedCount[]): string {
  return counts
    .filter((c) => c.count > 0)
    .map((c) => `${c.column.what} in ${c.column.column}: ${c.count}`)
    .join('; ');
}
