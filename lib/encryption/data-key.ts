/**
 * The data key a database's secrets are sealed with, established before anything is sealed
 * or opened. The rules, in one place:
 *
 * - A key is generated (embedded default only, into DATA_DIR/secrets) only while the
 *   database holds no sealed values: then nothing can be lost by a new key.
 * - Once values are sealed the database records the key's id and check
 *   (lib/encryption/key-check.ts); a start without that key, or with another one, is refused
 *   with a message that says which key is needed and where it is looked for.
 * - A database sealed before key checks existed has no check: its key is proven once on the
 *   sealed values themselves, then recorded.
 */
import type { Db } from '@/db/client';
import { SecretBox } from '@/lib/crypto/secret-box';
import { opensKeyCheck, readKeyCheck, recordKeyCheck, type KeyCheck } from './key-check';
import type { LocalKeyFile } from './key-file';
import { countSealedValues, describeSealedCounts, sealedColumns, type SealedCount } from './sealed-columns';

/** The data key is missing or wrong; the message tells the operator what to do. */
export class DataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataKeyError';
  }
}

export interface DataKeySource {
  /** ENCRYPTION_KEY, parsed; it wins over the key file. */
  configuredKey?: Buffer | undefined;
  /** The embedded default's generated key; absent on PostgreSQL, where ENCRYPTION_KEY is required. */
  keyFile?: LocalKeyFile | undefined;
}

const LOST_KEY_HELP = 'If that key is lost for good, see README.md, "Encryption key" (npm run rotate-key -- --forget-unreadable).';

/** Where the key comes from, for messages: "ENCRYPTION_KEY" or the key file's path. */
export function describeKeySource(source: DataKeySource): string {
  return !source.configuredKey && source.keyFile ? source.keyFile.path : 'ENCRYPTION_KEY';
}

function setOrRestore(source: DataKeySource, which: string): string {
  const restore = source.keyFile && !source.configuredKey ? ` or restore ${source.keyFile.path} from a backup` : '';
  return `Set ENCRYPTION_KEY to ${which}${restore}, then start again.`;
}

function missingKey(source: DataKeySource, sealed: SealedCount[], keyId: string | undefined): DataKeyError {
  const looked = source.keyFile ? `ENCRYPTION_KEY is not set and ${source.keyFile.path} does not exist` : 'ENCRYPTION_KEY is not set';
  return new DataKeyError(
    `The database holds sealed secrets (${describeSealedCounts(sealed)}) but the encryption key they were sealed with is missing: ${looked}. ` +
      `${setOrRestore(source, keyId ? `the key with id ${keyId}` : 'the key that sealed them')} ` +
      `A new key is not generated while sealed secrets exist: they could never be read again. ${LOST_KEY_HELP}`,
  );
}

function wrongKey(source: DataKeySource, box: SecretBox, check: KeyCheck): DataKeyError {
  return new DataKeyError(
    `The encryption key from ${describeKeySource(source)} (key id ${box.keyId}) is not the key this database's secrets are sealed with (key id ${check.keyId}). ` +
      `${setOrRestore(source, `the key with id ${check.keyId}`)} After \`npm run rotate-key\`, use the new key it reported. ${LOST_KEY_HELP}`,
  );
}

/** Values of every sealed column that `box` cannot open (the pre-check upgrade's proof). */
async function countUnreadable(db: Db, box: SecretBox): Promise<{ unreadable: number; total: number }> {
  let unreadable = 0;
  let total = 0;
  // Reads only; "ForUpdate" locks nothing outside a transaction.
  for (const column of sealedColumns()) {
    for (const value of await column.readAllForUpdate(db)) {
      total += 1;
      try {
        box.open(value.sealed, value.context);
      } catch {
        unreadable += 1;
      }
    }
  }
  return { unreadable, total };
}

/** A key for a database with nothing sealed: the configured one, the file's, or a new file. */
async function adoptKeyForEmptyDatabase(db: Db, source: DataKeySource, key: Buffer | undefined, replace: boolean): Promise<SecretBox> {
  const chosen = key ?? source.keyFile?.generate();
  if (!chosen)
    throw new DataKeyError('ENCRYPTION_KEY is not set. PostgreSQL deployments must give every instance the same ENCRYPTION_KEY (32 bytes, base64 or hex).');
  const box = new SecretBox(chosen);
  await recordKeyCheck(db, box, { replace });
  // Another instance may have recorded its own key first; it must be the same one.
  const recorded = await readKeyCheck(db);
  if (!recorded) throw new DataKeyError('The encryption key check could not be recorded in the database; start again.');
  if (!opensKeyCheck(box, recorded)) throw wrongKey(source, box, recorded);
  return box;
}

/**
 * `npm run rotate-key` writes the new key to `encryption-key.next`, commits, then moves it
 * over the key file. Stopped between the commit and the move, the database's key is the
 * pending one: move it now. A pending key the database does not have is a rotation that did
 * not commit; it stays for rotate-key to replace.
 */
export async function finishInterruptedRotation(db: Db, keyFile: LocalKeyFile): Promise<void> {
  const pending = keyFile.readPending();
  if (!pending) return;
  const check = await readKeyCheck(db);
  if (!check || !opensKeyCheck(new SecretBox(pending), check)) return;
  const current = keyFile.read();
  if (current && opensKeyCheck(new SecretBox(current), check)) return;
  keyFile.promotePending();
}

export async function establishDataKey(db: Db, source: DataKeySource): Promise<SecretBox> {
  if (!source.configuredKey && source.keyFile) await finishInterruptedRotation(db, source.keyFile);
  const check = await readKeyCheck(db);
  const key = source.configuredKey ?? source.keyFile?.read();

  if (check) {
    if (key) {
      const box = new SecretBox(key);
      if (opensKeyCheck(box, check)) return box;
      throw wrongKey(source, box, check);
    }
    const sealed = await countSealedValues(db);
    if (sealed.some((c) => c.count > 0)) throw missingKey(source, sealed, check.keyId);
    // The key is gone but nothing was sealed with it: a new one loses nothing.
    return adoptKeyForEmptyDatabase(db, source, undefined, true);
  }

  const sealed = await countSealedValues(db);
  if (!sealed.some((c) => c.count > 0)) return adoptKeyForEmptyDatabase(db, source, key, false);

  // Sealed before this database had a key check: prove the key on the values, once.
  if (!key) throw missingKey(source, sealed, undefined);
  const box = new SecretBox(key);
  const { unreadable, total } = await countUnreadable(db, box);
  if (unreadable > 0) {
    throw new DataKeyError(
      `${unreadable} of ${total} sealed secrets in the database (${describeSealedCounts(sealed)}) do not open with the encryption key from ${describeKeySource(source)} (key id ${box.keyId}). ` +
        `${setOrRestore(source, 'the key that sealed them')} ${LOST_KEY_HELP}`,
    );
  }
  await recordKeyCheck(db, box, { replace: false });
  return box;
}
