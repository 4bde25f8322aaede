/**
 * Secrets the embedded default generates once and keeps in DATA_DIR with owner-only
 * permissions, so a fresh install needs no configuration and no secret is ever committed.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function localSecretPath(dataDir: string, name: string): string {
  return path.join(dataDir, 'secrets', name);
}

export function readOrCreateLocalSecret(dataDir: string, name: string, bytes = 32): string {
  return readOrCreateLocalSecretFile(dataDir, name, () => randomBytes(bytes).toString('base64url')).value;
}

/** The secret in DATA_DIR/secrets/<name>, made with `generate` (and `created`) when there is none yet. */
export function readOrCreateLocalSecretFile(dataDir: string, name: string, generate: () => string): { value: string; created: boolean } {
  const file = localSecretPath(dataDir, name);
  try {
    return { value: readFileSync(file, 'utf8').trim(), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const value = generate();
  try {
    // 'wx' fails if another process created it first; then we read theirs.
    writeFileSync(file, value, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { value: readFileSync(file, 'utf8').trim(), created: false };
  }
  chmodSync(file, 0o600);
  return { value, created: true };
}

export function removeLocalSecret(dataDir: string, name: string): void {
  rmSync(localSecretPath(dataDir, name), { force: true });
}
