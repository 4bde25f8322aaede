/**
 * `npm run rotate-key [-- --forget-unreadable]`: re-encrypts every sealed value from the
 * current data key to a new one, in one transaction (lib/encryption/rotate.ts says why), and
 * says where the new key is and what to set. The old key comes from where the app takes it
 * (ENCRYPTION_KEY, else DATA_DIR/secrets/encryption-key); the new one from ENCRYPTION_KEY_NEW,
 * or, for the key file, is generated into it. Stop the dashboard first: the embedded database
 * refuses a second process, and PostgreSQL instances must restart with the new key.
 */
import path from 'node:path';
import { openDatabase, type DbHandle } from '@/db/client';
import { EmbeddedDatabaseInUseError } from '@/db/pglite-lock';
import { parseEncryptionKey } from '@/lib/crypto/secret-box';
import { DataKeyError } from '@/lib/encryption/data-key';
import { LocalKeyFile } from '@/lib/encryption/key-file';
import { rotateConfiguredKey, type ConfiguredRotation } from '@/lib/encryption/rotate';
import { env } from '@/lib/env';

const KNOWN_FLAGS = new Set(['--forget-unreadable']);

function fail(message: string): never {
  console.error(`rotate-key: ${message}`);
  process.exit(1);
}

function summary({ report, newKeyIn }: ConfiguredRotation): string[] {
  const lines = report.resealed.map((r) => `Re-encrypted ${r.what} in ${r.column}: ${r.count}.`);
  lines.push(`All in one transaction, from key ${report.fromKeyId ?? '(none)'} to key ${report.toKeyId}.`);
  for (const f of report.forgotten)
    lines.push(`Removed from ${f.what} (no key opens it): ${f.label}. Reconnect that account under Settings → Amazon accounts.`);
  if (newKeyIn.kind === 'file') {
    lines.push(
      `The new key is in ${newKeyIn.path} (it replaced the old one, which opens nothing now). Start the dashboard as usual.`,
      'If you keep a copy of the key elsewhere (recommended: apart from the data folder), replace it with this file\u2019s content.',
    );
  } else {
    lines.push(
      `Now set ENCRYPTION_KEY to the new key (the value of ENCRYPTION_KEY_NEW, key id ${report.toKeyId}) for every instance and \`npm run worker\`, remove ENCRYPTION_KEY_NEW, and start them.`,
      'Until then they refuse to start (wrong key), and instances still running with the old key cannot read the Amazon authorizations: restart them.',
    );
  }
  return lines;
}

const flags = process.argv.slice(2);
const unknown = flags.filter((f) => !KNOWN_FLAGS.has(f));
if (unknown.length) fail(`unknown option ${unknown.join(' ')}. Usage: npm run rotate-key [-- --forget-unreadable]`);

let settings: ReturnType<typeof env>;
try {
  settings = env();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { DATABASE_URL, DATA_DIR, ENCRYPTION_KEY, ENCRYPTION_KEY_NEW } = settings;

let handle: DbHandle;
try {
  handle = await openDatabase(DATABASE_URL ? { databaseUrl: DATABASE_URL } : { pgliteDir: path.join(DATA_DIR, 'pglite') });
} catch (error) {
  if (error instanceof EmbeddedDatabaseInUseError) fail(`${error.message} Stop the dashboard before rotating the key; nothing was changed.`);
  throw error;
}

try {
  const outcome = await rotateConfiguredKey(
    handle.db,
    {
      currentKey: ENCRYPTION_KEY ? parseEncryptionKey(ENCRYPTION_KEY) : undefined,
      newKey: ENCRYPTION_KEY_NEW ? parseEncryptionKey(ENCRYPTION_KEY_NEW) : undefined,
      keyFile: DATABASE_URL ? undefined : new LocalKeyFile(DATA_DIR),
    },
    { forgetUnreadable: flags.includes('--forget-unreadable') },
  );
  for (const line of summary(outcome)) console.log(line);
} catch (error) {
  if (!(error instanceof DataKeyError)) throw error;
  console.error(`rotate-key: ${error.message}`);
  process.exitCode = 1;
} finally {
  // Closed before exiting, so the embedded database is left cleanly and its lock released.
  await handle.close();
}
