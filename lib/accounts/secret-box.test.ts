/**
 * The app's data key across restarts (each `restart` is a fresh module graph reading the
 * environment again, on the same database): generated only for a database that holds no
 * sealed secrets, and never replaced over data it sealed; a wrong key stops the start.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { workspaces } from '@/db/schema';
import { testDatabases } from '@/test/support/databases';

async function restart(settings: Record<string, string | undefined>) {
  vi.resetModules();
  vi.unstubAllEnvs();
  for (const [name, value] of Object.entries({ DATABASE_URL: undefined, ENCRYPTION_KEY: undefined, ...settings })) vi.stubEnv(name, value);
  const { secretBox } = await import('./secret-box');
  const { connectSellerAccount, readRefreshToken } = await import('./service');
  return { secretBox, connectSellerAccount, readRefreshToken };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe.each(testDatabases)('the data key on $name', ({ open }) => {
  // A fresh database per test: the key a test records must not meet the next test's key.
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await open();
  });
  afterEach(() => handle.close());

  async function connectAccount(app: Awaited<ReturnType<typeof restart>>) {
    const [workspace] = await handle.db.insert(workspaces).values({ name: 'Keys' }).returning({ id: workspaces.id });
    const accountId = await app.connectSellerAccount(handle.db, await app.secretBox(handle.db), {
      workspaceId: workspace!.id,
      userId: null,
      sellingPartnerId: `A${randomBytes(6).toString('hex').toUpperCase()}`,
      region: 'na',
      name: 'Seller',
      refreshToken: 'Atzr|sealed-token',
    });
    return { workspaceId: workspace!.id, accountId };
  }

  it('refuses to start when the generated key is gone but secrets sealed with it remain, and never makes a new one', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'data-key-'));
    const keyFile = path.join(dataDir, 'secrets', 'encryption-key');
    const first = await restart({ DATA_DIR: dataDir });
    const { workspaceId, accountId } = await connectAccount(first);
    expect(existsSync(keyFile)).toBe(true);

    // The same key after a restart opens what it sealed.
    const again = await restart({ DATA_DIR: dataDir });
    expect(await again.readRefreshToken(handle.db, await again.secretBox(handle.db), workspaceId, accountId)).toBe('Atzr|sealed-token');

    rmSync(keyFile);
    const keyless = await restart({ DATA_DIR: dataDir });
    await expect(Promise.resolve().then(() => keyless.secretBox(handle.db))).rejects.toThrow(
      /encryption key[\s\S]*is missing[\s\S]*ENCRYPTION_KEY[\s\S]*secrets\/encryption-key/,
    );
    expect(existsSync(keyFile)).toBe(false);
  });

  it('refuses to start with an ENCRYPTION_KEY that is not the key the stored secrets were sealed with', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'data-key-'));
    const key = randomBytes(32).toString('base64');
    await connectAccount(await restart({ DATA_DIR: dataDir, ENCRYPTION_KEY: key }));

    const wrong = await restart({ DATA_DIR: dataDir, ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    await expect(Promise.resolve().then(() => wrong.secretBox(handle.db))).rejects.toThrow(
      /from ENCRYPTION_KEY \(key id [\w-]+\) is not the key[\s\S]*sealed with \(key id [\w-]+\)/,
    );
    // Nor does a generated key stand in for it when ENCRYPTION_KEY is dropped.
    const unset = await restart({ DATA_DIR: dataDir });
    await expect(Promise.resolve().then(() => unset.secretBox(handle.db))).rejects.toThrow(/is missing: ENCRYPTION_KEY is not set/);
    expect(existsSync(path.join(dataDir, 'secrets', 'encryption-key'))).toBe(false);
  });
});
