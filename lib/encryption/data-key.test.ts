/** The data key's rules (data-key.ts) on each database, with the key source given directly. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { encryptionKeyCheck, workspaces } from '@/db/schema';
import { connectSellerAccount, readRefreshToken } from '@/lib/accounts/service';
import { SecretBox } from '@/lib/crypto/secret-box';
import { testDatabases } from '@/test/support/databases';
import { establishDataKey } from './data-key';
import { readKeyCheck, recordKeyCheck } from './key-check';
import { LocalKeyFile } from './key-file';

const keyFileIn = () => new LocalKeyFile(mkdtempSync(path.join(tmpdir(), 'data-key-rules-')));

describe.each(testDatabases)('establishDataKey on $name', ({ open }) => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await open();
  });
  afterEach(() => handle.close());

  async function sealToken(box: SecretBox) {
    const [workspace] = await handle.db.insert(workspaces).values({ name: 'Rules' }).returning({ id: workspaces.id });
    const accountId = await connectSellerAccount(handle.db, box, {
      workspaceId: workspace!.id,
      userId: null,
      sellingPartnerId: 'A1RULES',
      region: 'na',
      name: 'Rules',
      refreshToken: 'Atzr|rules',
    });
    return { workspaceId: workspace!.id, accountId };
  }

  it('generates the key for a new database into an owner-only file and records its check', async () => {
    const keyFile = keyFileIn();
    const box = await establishDataKey(handle.db, { keyFile });
    expect(statSync(keyFile.path).mode & 0o777).toBe(0o600);
    expect((await readKeyCheck(handle.db))?.keyId).toBe(box.keyId);
    expect((await establishDataKey(handle.db, { keyFile })).keyId).toBe(box.keyId);
  });

  it('makes a new key when the old one is gone but nothing was sealed with it', async () => {
    const first = await establishDataKey(handle.db, { configuredKey: randomBytes(32) });
    const keyFile = keyFileIn();
    const second = await establishDataKey(handle.db, { keyFile });
    expect(second.keyId).not.toBe(first.keyId);
    expect((await readKeyCheck(handle.db))?.keyId).toBe(second.keyId);
  });

  it('proves the key of a database sealed before key checks on its values, once, and refuses a key that does not open them', async () => {
    const key = randomBytes(32);
    await sealToken(new SecretBox(key));
    expect(await readKeyCheck(handle.db)).toBeUndefined();

    await expect(establishDataKey(handle.db, { configuredKey: randomBytes(32) })).rejects.toThrow(
      /1 of 1 sealed secrets in the database \(Amazon refresh tokens in seller_accounts.refresh_token_sealed: 1\) do not open with the encryption key from ENCRYPTION_KEY/,
    );
    expect(await readKeyCheck(handle.db)).toBeUndefined();

    const box = await establishDataKey(handle.db, { configuredKey: key });
    expect((await readKeyCheck(handle.db))?.keyId).toBe(box.keyId);
  });

  it('finishes a rotation that committed but did not move its new key file into place, and ignores one that did not commit', async () => {
    const keyFile = keyFileIn();
    const old = await establishDataKey(handle.db, { keyFile });
    // A rotation that stopped before its commit: the database still has the old key.
    keyFile.writePending(randomBytes(32));
    expect((await establishDataKey(handle.db, { keyFile })).keyId).toBe(old.keyId);

    // One that stopped after its commit, before the rename.
    const newKey = randomBytes(32);
    keyFile.writePending(newKey);
    await recordKeyCheck(handle.db, new SecretBox(newKey), { replace: true });
    const box = await establishDataKey(handle.db, { keyFile });
    expect(box.keyId).toBe(new SecretBox(newKey).keyId);
    expect(keyFile.read()?.equals(newKey)).toBe(true);
    expect(existsSync(keyFile.pendingPath)).toBe(false);
  });

  it('on PostgreSQL deployments (no key file) needs ENCRYPTION_KEY, and two instances with different keys cannot both start', async () => {
    await expect(establishDataKey(handle.db, {})).rejects.toThrow(/ENCRYPTION_KEY is not set/);
    const first = await establishDataKey(handle.db, { configuredKey: randomBytes(32) });
    const { workspaceId, accountId } = await sealToken(first);
    await expect(establishDataKey(handle.db, { configuredKey: randomBytes(32) })).rejects.toThrow(`sealed with (key id ${first.keyId})`);
    expect(await readRefreshToken(handle.db, first, workspaceId, accountId)).toBe('Atzr|rules');
    expect(await handle.db.select().from(encryptionKeyCheck)).toHaveLength(1);
  });
});
