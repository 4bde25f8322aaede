/**
 * One process per embedded database folder. PGlite has no lock of its own: a second process
 * opening the same folder starts a second PostgreSQL on the same files, and both writing them
 * corrupts the database. The owner holds `<folder>.lock` (its pid, host and a random token); a
 * lock whose process is gone was left by a crash and is taken over.
 *
 * The lock sits beside the folder, not in it, so PGlite's own files stay exactly as PGlite
 * expects (initdb wants an empty folder).
 */
import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  since: string;
}

export class EmbeddedDatabaseInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: { pid: number; host: string },
    readonly lockFile: string,
  ) {
    const where = owner.host === hostname() ? '' : ` on ${owner.host}`;
    super(`The embedded database in ${dir} is in use by process ${owner.pid}${where}; stop it or set DATABASE_URL for several processes.`);
    this.name = 'EmbeddedDatabaseInUseError';
  }
}

export interface PgliteLock {
  readonly file: string;
  release(): void;
}

/**
 * Locks this process holds, kept on globalThis so that a module reloaded in development does
 * not forget them and take its own live lock for a stale one.
 */
const globalForLocks = globalThis as unknown as { sellerOpsPgliteLocks?: Set<string> };
const heldHere = (globalForLocks.sellerOpsPgliteLocks ??= new Set<string>());

const UNREADABLE_OWNER: LockOwner = { pid: 0, host: hostname(), token: '', since: '' };

function readOwner(file: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string') return parsed as LockOwner;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (!(error instanceof SyntaxError)) throw error;
  }
  // Locks appear whole (see createLockFile), so unreadable content is a damaged file nobody holds.
  return UNREADABLE_OWNER;
}

function processIsAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the recorded owner may still be using the folder. A lock with this process's own
 * pid that this process does not hold was left by an earlier process that had the same pid
 * (common in containers, where the app is often pid 1). Another host's process cannot be
 * checked from here, so it counts as alive.
 */
function ownerMayBeAlive(owner: LockOwner, file: string): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return heldHere.has(file);
  return processIsAlive(owner.pid);
}

/** Takes the lock for `dir` (an absolute path) or throws EmbeddedDatabaseInUseError. */
export function lockPgliteDir(dir: string): PgliteLock {
  const file = `${dir}.lock`;
  const me: LockOwner = { pid: process.pid, host: hostname(), token: randomUUID(), since: new Date().toISOString() };
  // A few rounds: each lost race (another process took or cleared the lock meanwhile) starts over.
  for (let round = 0; round < 5; round++) {
    if (createLockFile(file, me)) return hold(file, me);
    const owner = readOwner(file);
    if (!owner) continue;
    if (ownerMayBeAlive(owner, file)) throw new EmbeddedDatabaseInUseError(dir, owner, file);
    removeStaleLock(file, owner);
  }
  throw new Error(`Could not lock the embedded database in ${dir}: other processes keep taking ${file}. Start one process at a time.`);
}

/**
 * Written to a private file first and linked into place: link() fails if the lock exists and
 * never shows a half-written file, so a reader always sees a whole owner or none.
 */
function createLockFile(file: string, me: LockOwner): boolean {
  const draft = `${file}.${me.token}.draft`;
  writeFileSync(draft, JSON.stringify(me), { mode: 0o600 });
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

/**
 * Moves a dead owner's lock aside and deletes it. The rename is atomic, so of two processes
 * clearing the same stale lock only one moves it; if what was moved turns out to be a fresh
 * lock (another process cleared the stale one and locked in between), it is put back with
 * link(), which never overwrites.
 */
function removeStaleLock(file: string, stale: LockOwner): void {
  const aside = `${file}.stale-${randomUUID()}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  if (moved && moved.token !== stale.token) {
    try {
      linkSync(aside, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  unlinkSync(aside);
}

function hold(file: string, me: LockOwner): PgliteLock {
  heldHere.add(file);
  // A process that exits without closing the database (a signal Next.js handles by exiting)
  // still removes its lock; only a crash leaves one behind, and that one is taken over.
  const onExit = () => releaseIfOurs(file, me);
  process.once('exit', onExit);
  return {
    file,
    release() {
      process.removeListener('exit', onExit);
      releaseIfOurs(file, me);
    },
  };
}

function releaseIfOurs(file: string, me: LockOwner): void {
  heldHere.delete(file);
  if (readOwner(file)?.token !== me.token) return;
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
