/**
 * One process per embedded database folder: PGlite has no lock of its own, and two processes
 * writing one folder corrupt it. A second opener gets a clear error naming the owner; a crashed
 * owner's lock is taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaces } from './schema';
import { openDatabase } from './client';
import { lockPgliteDir } from './pglite-lock';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts a process that opens the folder and keeps it open; resolves once it has. */
async function holdInChild(pgliteDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', path.join('test', 'support', 'pglite-holder-child.ts')], {
    env: { ...process.env, HOLD_PGLITE_DIR: pgliteDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('open ')) resolve();
    });
    child.once('exit', (code, signal) => reject(new Error(`the holder exited (${signal ?? code}) before opening the database`)));
  });
  return child;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));

const freshDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'pglite-lock-')), 'pglite');

describe('the embedded database lock', () => {
  it('refuses a second process with a message naming the owner, and takes over after the owner was killed', async () => {
    const dir = freshDir();
    const holder = await holdInChild(dir);

    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(
      `The embedded database in ${path.resolve(dir)} is in use by process ${holder.pid}; stop it or set DATABASE_URL for several processes.`,
    );

    // A crash leaves the lock file behind; its process is gone, so the next opener takes over.
    holder.kill('SIGKILL');
    await exited(holder);
    const handle = await openDatabase({ pgliteDir: dir });
    try {
      await handle.db.insert(workspaces).values({ name: 'after the crash' });
      const rows = await handle.db.select().from(workspaces);
      expect(rows.map((r) => r.name)).toContain('after the crash');
    } finally {
      await handle.close();
    }
  }, 60_000);

  it('is released when the owner closes the database, and a process cannot open it twice', async () => {
    const dir = freshDir();
    const first = await openDatabase({ pgliteDir: dir });
    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(`is in use by process ${process.pid}`);
    await first.db.execute(sql`select 1`);
    await first.close();
    expect(existsSync(`${path.resolve(dir)}.lock`)).toBe(false);
    const again = await openDatabase({ pgliteDir: dir });
    await again.close();
  }, 60_000);
});

describe('lockPgliteDir', () => {
  const lockFileFor = (dir: string, owner: { pid: number; host?: string; token?: string }) =>
    writeFileSync(`${dir}.lock`, JSON.stringify({ host: hostname(), token: 'theirs', since: new Date().toISOString(), ...owner }));

  it('takes over the lock of an earlier process that had the same pid (containers reuse pid 1)', () => {
    const dir = freshDir();
    lockFileFor(dir, { pid: process.pid });
    const lock = lockPgliteDir(dir);
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it("treats another host's lock as held, naming the host, and a damaged lock file as free", () => {
    const dir = freshDir();
    lockFileFor(dir, { pid: 4242, host: 'other-host.example' });
    expect(() => lockPgliteDir(dir)).toThrow(`is in use by process 4242 on other-host.example;`);
    writeFileSync(`${dir}.lock`, '{"pid": 42');
    lockPgliteDir(dir).release();
  });

  it('never removes a lock it does not own on release', () => {
    const dir = freshDir();
    const lock = lockPgliteDir(dir);
    lockFileFor(dir, { pid: 4242 });
    lock.release();
    expect(existsSync(`${dir}.lock`)).toBe(true);
  });
});
