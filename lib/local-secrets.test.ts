import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrCreateLocalSecret } from './local-secrets';

describe('readOrCreateLocalSecret', () => {
  it('generates a secret once, readable only by its owner, and returns the same one after', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'secrets-'));
    const first = readOrCreateLocalSecret(dir, 'auth-secret');
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(readOrCreateLocalSecret(dir, 'auth-secret')).toBe(first);
    expect(statSync(path.join(dir, 'secrets', 'auth-secret')).mode & 0o777).toBe(0o600);
    expect(readOrCreateLocalSecret(dir, 'other')).not.toBe(first);
  });
});
