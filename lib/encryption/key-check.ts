/**
 * The database's record of its data key (table encryption_key_check): the key's id and a
 * known text sealed with it. Opening that text proves a key is the right one without touching
 * any real secret, and the id names the key an operator must find when it is not.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { encryptionKeyCheck } from '@/db/schema';
import type { SecretBox } from '@/lib/crypto/secret-box';

const CHECK_TEXT = 'seller-ops encryption key check';
const CHECK_CONTEXT = 'encryption_key_check';
const ROW = 1;

export interface KeyCheck {
  keyId: string;
  sealedCheck: string;
}

/** `forUpdate` inside a transaction keeps two rotations from interleaving. */
export async function readKeyCheck(db: Db, options: { forUpdate?: boolean } = {}): Promise<KeyCheck | undefined> {
  const query = db
    .select({ keyId: encryptionKeyCheck.keyId, sealedCheck: encryptionKeyCheck.sealedCheck })
    .from(encryptionKeyCheck)
    .where(eq(encryptionKeyCheck.id, ROW));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export function opensKeyCheck(box: SecretBox, check: KeyCheck): boolean {
  if (check.keyId !== box.keyId) return false;
  try {
    return box.open(check.sealedCheck, CHECK_CONTEXT) === CHECK_TEXT;
  } catch {
    // Same id but the check does not open: the row was altered; the key is not proven.
    return false;
  }
}

/**
 * Records `box` as the database's key. `replace: false` keeps a check another instance
 * recorded first (the caller reads it back and compares); `replace: true` is for a rotation
 * or a key made for a database with nothing sealed.
 */
export async function recordKeyCheck(db: Db, box: SecretBox, options: { replace: boolean }): Promise<void> {
  const check = { keyId: box.keyId, sealedCheck: box.seal(CHECK_TEXT, CHECK_CONTEXT), recordedAt: new Date() };
  const insert = db.insert(encryptionKeyCheck).values({ id: ROW, ...check });
  await (options.replace ? insert.onConflictDoUpdate({ target: encryptionKeyCheck.id, set: check }) : insert.onConflictDoNothing());
}
