import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseEncryptionKey, SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('round-trips a value and never stores it in the clear', () => {
    const sealed = box.seal('Atzr|sim.demo.na', 'account-1');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('sim.demo');
    expect(box.open(sealed, 'account-1')).toBe('Atzr|sim.demo.na');
  });

  it('uses a fresh IV each time', () => {
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  it('refuses a tampered value, a value moved to another context, and another key', () => {
    const sealed = box.seal('secret', 'account-1');
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => box.open([parts[0], parts[1], parts[2], flipped.toString('base64url')].join('.'), 'account-1')).toThrow();
    expect(() => box.open(sealed, 'account-2')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'account-1')).toThrow();
  });

  it('names its key with an id that is stable for the key and tells keys apart', () => {
    const key = randomBytes(32);
    expect(new SecretBox(key).keyId).toBe(new SecretBox(Buffer.from(key)).keyId);
    expect(new SecretBox(key).keyId).not.toBe(box.keyId);
    expect(new SecretBox(key).keyId).not.toContain(key.toString('base64url').slice(0, 8));
  });

  it('parses keys given as base64 or hex, and rejects the wrong length', () => {
    const key = randomBytes(32);
    expect(parseEncryptionKey(key.toString('base64')).equals(key)).toBe(true);
    expect(parseEncryptionKey(key.toString('hex')).equals(key)).toBe(true);
    expect(() => parseEncryptionKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
