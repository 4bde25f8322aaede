/**
 * The embedded default's generated data key: DATA_DIR/secrets/encryption-key (owner-only).
 * It is made only when lib/encryption/data-key.ts finds nothing sealed in the database, and
 * replaced only by `npm run rotate-key`, which writes the new key to `encryption-key.next`
 * before re-encrypting and moves it into place after committing. A crash between the two
 * leaves both files; the data key then finishes the move (see data-key.ts).
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { parseEncryptionKey } from '@/lib/crypto/secret-box';
import { createLocalSecret, localSecretPath, moveLocalSecret, readLocalSecret, removeLocalSecret, writeLocalSecret } from '@/lib/local-secrets';

const KEY = 'encryption-key';
const PENDING_KEY = 'encryption-key.next';

export class LocalKeyFile {
  constructor(readonly dataDir: string) {}

  get path(): string {
    return localSecretPath(this.dataDir, KEY);
  }

  get pendingPath(): string {
    return localSecretPath(this.dataDir, PENDING_KEY);
  }

  read(): Buffer | undefined {
    return this.parse(KEY);
  }

  /** A new random key; if another process made the file first, theirs. */
  generate(): Buffer {
    const key = randomBytes(32);
    if (createLocalSecret(this.dataDir, KEY, key.toString('base64url'))) return key;
    return this.read() ?? key;
  }

  readPending(): Buffer | undefined {
    return this.parse(PENDING_KEY);
  }

  writePending(key: Buffer): void {
    writeLocalSecret(this.dataDir, PENDING_KEY, key.toString('base64url'));
  }

  /** The rotation committed: the pending key becomes the key, in one rename. */
  promotePending(): void {
    moveLocalSecret(this.dataDir, PENDING_KEY, KEY);
  }

  discardPending(): void {
    removeLocalSecret(this.dataDir, PENDING_KEY);
  }

  private parse(name: string): Buffer | undefined {
    const value = readLocalSecret(this.dataDir, name);
    if (value === undefined) return undefined;
    try {
      return parseEncryptionKey(value);
    } catch {
      throw new Error(`${localSecretPath(this.dataDir, name)} does not hold a 32-byte key. Restore it from a backup, or set ENCRYPTION_KEY.`);
    }
  }
}
