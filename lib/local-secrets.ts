/**
 * Secrets the embedded default generates once and keeps in DATA_DIR/secrets with owner-only
 * permissions, so a fresh install needs no configuration and no secret is ever committed.
 * Files are written whole (a temporary name, fsync, rename), so a crash leaves the old secret
 * or the new one, never half of one.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export function localSecretPath(dataDir: string, name: string): string {
  return path.join(dataDir, 'secrets', name);
}

/** The secret's value, or undefined when its file does not exist. */
export function readLocalSecret(dataDir: string, name: string): string | undefined {
  try {
    return readFileSync(localSecretPath(dataDir, name), 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function writeDurably(file: string, value: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'w', 0o600);
  try {
    writeSync(fd, value);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(file, 0o600);
}

/** After a rename, the folder's entry must reach the disk too. */
function syncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot fsync a folder; the rename is still atomic there.
  } finally {
    closeSync(fd);
  }
}

/** Writes `name` only if it does not exist yet; false when it does (another process made it first). */
export function createLocalSecret(dataDir: string, name: string, value: string): boolean {
  const file = localSecretPath(dataDir, name);
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.draft`;
  writeDurably(draft, value);
  try {
    // link() never overwrites: of two processes creating the same secret, one wins.
    linkSync(draft, file);
    syncFolder(path.dirname(file));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

/** Writes `name`, replacing what it held. */
export function writeLocalSecret(dataDir: string, name: string, value: string): void {
  const file = localSecretPath(dataDir, name);
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.draft`;
  writeDurably(draft, value);
  renameSync(draft, file);
  syncFolder(path.dirname(file));
}

/** Replaces `to` with `from` in one step: `to` holds the old secret or the new one, never neither. */
export function moveLocalSecret(dataDir: string, from: string, to: string): void {
  renameSync(localSecretPath(dataDir, from), localSecretPath(dataDir, to));
  syncFolder(path.join(dataDir, 'secrets'));
}

export function removeLocalSecret(dataDir: string, name: string): void {
  try {
    unlinkSync(localSecretPath(dataDir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export function readOrCreateLocalSecret(dataDir: string, name: string, bytes = 32): string {
  return readOrCreateLocalSecretFile(dataDir, name, () => randomBytes(bytes).toString('base64url')).value;
}

/** The secret in DATA_DIR/secrets/<name>, made with `generate` (and `created`) when there is none yet. */
export function readOrCreateLocalSecretFile(dataDir: string, name: string, generate: () => string): { value: string; created: boolean } {
  const existing = readLocalSecret(dataDir, name);
  if (existing !== undefined) return { value: existing, created: false };
  const value = generate();
  if (createLocalSecret(dataDir, name, value)) return { value, created: true };
  // Another process made it first: theirs is the one in force.
  return { value: readLocalSecret(dataDir, name) ?? value, created: false };
}
