/**
 * Key rotation (`npm run rotate-key`): every sealed value moves from the old key to the new
 * one, with the database's key check, in ONE transaction. Why one transaction rather than
 * per-row key ids with a previous key accepted meanwhile: the sealed values are few (one per
 * connected account), so one transaction is short; a crash or a refusal leaves everything
 * under the old key, a commit everything under the new one, and the database always names
 * the one key that opens it. No value format or second key setting is needed. The price: the
 * app must be stopped while the key changes (the embedded database's lock enforces it there;
 * on PostgreSQL, instances still running with the old key fail to read tokens, saying so,
 * until restarted with the new one).
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import { orderBuyerNameTokens } from '@/db/schema';
import { SecretBox } from '@/lib/crypto/secret-box';
import { DataKeyError, describeKeySource, finishInterruptedRotation, type DataKeySource } from './data-key';
import { opensKeyCheck, readKeyCheck, recordKeyCheck } from './key-check';
import type { LocalKeyFile } from './key-file';
import { sealedColumns, type SealedColumn, type SealedValue } from './sealed-columns';

export interface RotationReport {
  /** Undefined when no old key was available (a lost key, with forgetUnreadable). */
  fromKeyId: string | undefined;
  toKeyId: string;
  resealed: Array<{ column: string; what: string; count: number }>;
  /** Values no key could open, removed because forgetUnreadable was asked for. */
  forgotten: Array<{ column: string; what: string; label: string }>;
}

export interface RotationOptions {
  /**
   * For a key that is lost for good: values the old key cannot open are removed (their
   * accounts disconnected, to be reconnected) instead of stopping the rotation.
   */
  forgetUnreadable?: boolean;
}

const NOTHING_CHANGED = 'Nothing was changed.';

export async function rotateDataKey(
  db: Db,
  keys: { from: SecretBox | undefined; to: SecretBox; source?: DataKeySource },
  options: RotationOptions = {},
): Promise<RotationReport> {
  const { from, to } = keys;
  if (from && from.keyId === to.keyId) throw new DataKeyError(`The new key (key id ${to.keyId}) is already the key in use. ${NOTHING_CHANGED}`);

  return db.transaction(async (tx) => {
    // Locked until the commit: a second rotation waits, then finds the key changed.
    const check = await readKeyCheck(tx, { forUpdate: true });
    if (check && !options.forgetUnreadable && !(from && opensKeyCheck(from, check))) {
      if (opensKeyCheck(to, check)) {
        throw new DataKeyError(
          `The database is already sealed with the new key (key id ${to.keyId}): the rotation is done. Set ENCRYPTION_KEY to the new key. ${NOTHING_CHANGED}`,
        );
      }
      const keyFile = keys.source?.keyFile && !keys.source.configuredKey ? keys.source.keyFile : undefined;
      const problem = from
        ? `The old key from ${describeKeySource(keys.source ?? {})} (key id ${from.keyId}) is not the key this database's secrets are sealed with (key id ${check.keyId}).`
        : `There is no old key (ENCRYPTION_KEY is not set${keyFile ? ` and ${keyFile.path} does not exist` : ''}); this database's secrets are sealed with key id ${check.keyId}.`;
      throw new DataKeyError(
        `${problem} Give that key as ENCRYPTION_KEY${keyFile ? ` or restore ${keyFile.path}` : ''} and run again; if it is lost for good, run again with --forget-unreadable. ${NOTHING_CHANGED}`,
      );
    }

    const resealed: RotationReport['resealed'] = [];
    const unreadable: Array<{ column: SealedColumn; value: SealedValue }> = [];
    let total = 0;
    for (const column of sealedColumns()) {
      let count = 0;
      for (const value of await column.readAllForUpdate(tx)) {
        total += 1;
        const plaintext = openOrUndefined(from, value);
        if (plaintext === undefined) {
          unreadable.push({ column, value });
          continue;
        }
        await column.rewrite(tx, value.id, to.seal(plaintext, value.context));
        count += 1;
      }
      resealed.push({ column: column.column, what: column.what, count });
    }

    if (unreadable.length && !options.forgetUnreadable) {
      // Thrown inside the transaction: every value rewritten above rolls back.
      const which = unreadable.map((u) => `${u.value.label} in ${u.column.column}`).join('; ');
      throw new DataKeyError(
        `${unreadable.length} of ${total} sealed secrets do not open with the old key${from ? ` (key id ${from.keyId})` : ''}: ${which}. ${NOTHING_CHANGED} ` +
          'Give the key that sealed them, or, if it is lost for good, run again with --forget-unreadable to remove them (those accounts are disconnected, to be reconnected).',
      );
    }
    for (const { column, value } of unreadable) await column.forget(tx, value.id);
    // The buyer-name search's tokens are keyed hashes under a key derived from the old key
    // (lib/orders/buyer-name-index.ts): they would never match again, and the names are not
    // kept to hash anew. The orders sync writes new ones as it reads orders again.
    await tx.delete(orderBuyerNameTokens);

    await recordKeyCheck(tx, to, { replace: true });
    return {
      fromKeyId: from?.keyId,
      toKeyId: to.keyId,
      resealed,
      forgotten: unreadable.map(({ column, value }) => ({ column: column.column, what: column.what, label: value.label })),
    };
  });
}

function openOrUndefined(box: SecretBox | undefined, value: SealedValue): string | undefined {
  if (!box) return undefined;
  try {
    return box.open(value.sealed, value.context);
  } catch {
    return undefined;
  }
}

export interface ConfiguredKeys {
  /** ENCRYPTION_KEY, when set: the old key, and the new one must come from ENCRYPTION_KEY_NEW. */
  currentKey?: Buffer | undefined;
  /** ENCRYPTION_KEY_NEW. */
  newKey?: Buffer | undefined;
  /** The embedded default's key file, when ENCRYPTION_KEY is not set. */
  keyFile?: LocalKeyFile | undefined;
}

export interface ConfiguredRotation {
  report: RotationReport;
  /** Where the new key now is: the key file (already in place), or for the operator to set. */
  newKeyIn: { kind: 'file'; path: string } | { kind: 'environment' };
}

/**
 * The rotation `npm run rotate-key` runs: the old key from where the app takes it, the new one
 * from ENCRYPTION_KEY_NEW or, for the key file, generated. A generated key is written to
 * `encryption-key.next` before the transaction and moved over the key file after the commit,
 * so whenever the process stops, the key that opens the database is on disk.
 */
export async function rotateConfiguredKey(db: Db, keys: ConfiguredKeys, options: RotationOptions = {}): Promise<ConfiguredRotation> {
  if (keys.currentKey || !keys.keyFile) {
    if (!keys.newKey) {
      throw new DataKeyError(
        'Set ENCRYPTION_KEY_NEW to the new key (e.g. `openssl rand -base64 32`), stored first where ENCRYPTION_KEY comes from (your secret manager), then run again. ' +
          `The key is not generated here: only you can keep it safe. ${NOTHING_CHANGED}`,
      );
    }
    const source = { configuredKey: keys.currentKey };
    const report = await rotateDataKey(
      db,
      { from: keys.currentKey ? new SecretBox(keys.currentKey) : undefined, to: new SecretBox(keys.newKey), source },
      options,
    );
    return { report, newKeyIn: { kind: 'environment' } };
  }

  const keyFile = keys.keyFile;
  await finishInterruptedRotation(db, keyFile);
  const current = keyFile.read();
  const newKey = keys.newKey ?? randomBytes(32);
  keyFile.writePending(newKey);
  let report: RotationReport;
  try {
    report = await rotateDataKey(db, { from: current ? new SecretBox(current) : undefined, to: new SecretBox(newKey), source: { keyFile } }, options);
  } catch (error) {
    keyFile.discardPending();
    throw error;
  }
  keyFile.promotePending();
  return { report, newKeyIn: { kind: 'file', path: keyFile.path } };
}
