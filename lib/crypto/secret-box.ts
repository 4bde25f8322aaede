/**
 * Encryption at rest for secrets the dashboard must keep (Amazon refresh tokens) and for any
 * buyer data it holds for a while: AES-256-GCM, a fresh 96-bit IV per value, and the
 * authentication tag checked on every read, so a tampered value fails instead of decrypting.
 * Stored form: `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class SecretBox {
  private readonly key: Buffer;
  /**
   * Names the key in messages and in the database's key check without revealing it (an HMAC
   * of a fixed label under the key), so an operator can tell which of two keys is which.
   */
  readonly keyId: string;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('The encryption key must be 32 bytes (AES-256).');
    this.key = key;
    this.keyId = `k-${createHmac('sha256', key).update('seller-ops key id').digest('base64url').slice(0, 12)}`;
  }

  /**
   * A key of its own for one purpose (e.g. a blind index), derived from the data key with HMAC
   * and a label, so the data key itself never leaves this class and purposes never share a key.
   */
  deriveKey(label: string): Buffer {
    return createHmac('sha256', this.key).update(`seller-ops derived key: ${label}`).digest();
  }

  /** `context` (e.g. the account id) is bound to the ciphertext: a value copied to another row will not decrypt. */
  seal(plaintext: string, context = ''): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string, context = ''): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('Not a sealed value.');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/** Accepts a 32-byte key as base64, base64url or 64 hex characters. */
export function parseEncryptionKey(value: string): Buffer {
  const trimmed = value.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('ENCRYPTION_KEY must encode exactly 32 bytes (base64 or 64 hex characters).');
  return key;
}
