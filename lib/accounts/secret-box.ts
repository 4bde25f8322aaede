/**
 * The app's data key for a database: ENCRYPTION_KEY, or on the embedded default the key
 * generated into DATA_DIR/secrets; checked against the database once per process before
 * anything is sealed or opened (lib/encryption/data-key.ts has the rules).
 */
import 'server-only';
import type { Db } from '@/db/client';
import { parseEncryptionKey, type SecretBox } from '@/lib/crypto/secret-box';
import { establishDataKey } from '@/lib/encryption/data-key';
import { LocalKeyFile } from '@/lib/encryption/key-file';
import { env } from '@/lib/env';

const boxes = new WeakMap<Db, Promise<SecretBox>>();

export function secretBox(db: Db): Promise<SecretBox> {
  let box = boxes.get(db);
  if (!box) {
    const { ENCRYPTION_KEY, DATABASE_URL, DATA_DIR } = env();
    box = establishDataKey(db, {
      configuredKey: ENCRYPTION_KEY ? parseEncryptionKey(ENCRYPTION_KEY) : undefined,
      // PostgreSQL is shared by several instances: only ENCRYPTION_KEY (required there) will do.
      keyFile: DATABASE_URL ? undefined : new LocalKeyFile(DATA_DIR),
    });
    boxes.set(db, box);
    // A refused key is asked again next time (after the operator fixed it), not remembered.
    box.catch(() => boxes.delete(db));
  }
  return box;
}
