/**
 * Key rotation (rotate.ts) on each database: every sealed value moves from the old key to the
 * new one in one transaction; afterwards only the new key opens anything. A wrong old key, or
 * a value the old key cannot open, changes nothing.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { encryptionKeyCheck, orderBuyerNameTokens, orders, sellerAccounts, workspaces } from '@/db/schema';
import { BuyerNameIndex } from '@/lib/orders/buyer-name-index';
import { connectSellerAccount, listSellerAccounts, readRefreshToken } from '@/lib/accounts/service';
import { SecretBox } from '@/lib/crypto/secret-box';
import { testDatabases } from '@/test/support/databases';
import { establishDataKey } from './data-key';
import { LocalKeyFile } from './key-file';
import { rotateConfiguredKey, rotateDataKey } from './rotate';

describe.each(testDatabases)('rotating the data key on $name', ({ open }) => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await open();
  });
  afterEach(() => handle.close());

  async function connectAccounts(box: SecretBox, count: number) {
    const [workspace] = await handle.db.insert(workspaces).values({ name: 'Rotation' }).returning({ id: workspaces.id });
    const workspaceId = workspace!.id;
    const accountIds: string[] = [];
    for (let i = 0; i < count; i++) {
      accountIds.push(
        await connectSellerAccount(handle.db, box, {
          workspaceId,
          userId: null,
          sellingPartnerId: `A1ROTATE${i}`,
          region: 'na',
          name: `Seller ${i}`,
          refreshToken: `Atzr|token-${i}`,
        }),
      );
    }
    return { workspaceId, accountIds };
  }

  const storedState = async () => ({
    tokens: await handle.db
      .select({ id: sellerAccounts.id, sealed: sellerAccounts.refreshTokenSealed, gone: sellerAccounts.disconnectedAt })
      .from(sellerAccounts)
      .orderBy(asc(sellerAccounts.id)),
    check: await handle.db.select().from(encryptionKeyCheck),
  });

  it('re-encrypts every refresh token to the new key; afterwards the app opens them with the new key only', async () => {
    const oldKey = randomBytes(32);
    const oldBox = await establishDataKey(handle.db, { configuredKey: oldKey });
    const { workspaceId, accountIds } = await connectAccounts(oldBox, 3);
    const newKey = randomBytes(32);

    // The buyer-name search's tokens, keyed under the old key: they could never match again.
    await handle.db.insert(orders).values({
      accountId: accountIds[0]!,
      workspaceId,
      amazonOrderId: '111-0000001-0000001',
      marketplaceId: 'ATVPDKIKX0DER',
      orderStatus: 'SHIPPED',
      purchaseDate: new Date(),
      lastUpdateDate: new Date(),
    });
    const tokens = BuyerNameIndex.fromSecretBox(oldBox).tokensOf(workspaceId, 'Maria Silva');
    await handle.db
      .insert(orderBuyerNameTokens)
      .values(tokens.map((token) => ({ accountId: accountIds[0]!, workspaceId, amazonOrderId: '111-0000001-0000001', token })));

    const report = await rotateDataKey(handle.db, { from: oldBox, to: new SecretBox(newKey) });
    expect(report).toMatchObject({ fromKeyId: oldBox.keyId, toKeyId: new SecretBox(newKey).keyId, forgotten: [] });
    expect(await handle.db.select().from(orderBuyerNameTokens)).toEqual([]);
    expect(report.resealed).toEqual([{ column: 'seller_accounts.refresh_token_sealed', what: 'Amazon refresh tokens', count: 3 }]);

    const box = await establishDataKey(handle.db, { configuredKey: newKey });
    for (const [i, accountId] of accountIds.entries()) expect(await readRefreshToken(handle.db, box, workspaceId, accountId)).toBe(`Atzr|token-${i}`);
    await expect(readRefreshToken(handle.db, oldBox, workspaceId, accountIds[0]!)).rejects.toThrow(/does not open with this server's encryption key/);
    await expect(establishDataKey(handle.db, { configuredKey: oldKey })).rejects.toThrow(/is not the key this database's secrets are sealed with/);
  });

  it('refuses a wrong old key and changes nothing', async () => {
    const box = await establishDataKey(handle.db, { configuredKey: randomBytes(32) });
    await connectAccounts(box, 2);
    const before = await storedState();

    await expect(rotateDataKey(handle.db, { from: new SecretBox(randomBytes(32)), to: new SecretBox(randomBytes(32)) })).rejects.toThrow(
      /is not the key this database's secrets are sealed with[\s\S]*Nothing was changed/,
    );
    expect(await storedState()).toEqual(before);
    await expect(rotateDataKey(handle.db, { from: box, to: box })).rejects.toThrow(/already the key/);
  });

  it('refuses when one value does not open with the old key, changing nothing; --forget-unreadable drops that one only', async () => {
    // A database from before key checks, where one token was sealed with a key since lost.
    const box = new SecretBox(randomBytes(32));
    const { workspaceId, accountIds } = await connectAccounts(box, 2);
    const lost = new SecretBox(randomBytes(32));
    await handle.db
      .update(sellerAccounts)
      .set({ refreshTokenSealed: lost.seal('Atzr|lost', accountIds[1]!) })
      .where(eq(sellerAccounts.id, accountIds[1]!));
    const before = await storedState();
    const nextKey = randomBytes(32);
    const next = new SecretBox(nextKey);

    await expect(rotateDataKey(handle.db, { from: box, to: next })).rejects.toThrow(
      /1 of 2 sealed secrets do not open with the old key[\s\S]*Seller 1 \(seller A1ROTATE1\)[\s\S]*Nothing was changed/,
    );
    expect(await storedState()).toEqual(before);

    const report = await rotateDataKey(handle.db, { from: box, to: next }, { forgetUnreadable: true });
    expect(report.forgotten).toEqual([{ column: 'seller_accounts.refresh_token_sealed', what: 'Amazon refresh tokens', label: 'Seller 1 (seller A1ROTATE1)' }]);
    expect(await readRefreshToken(handle.db, next, workspaceId, accountIds[0]!)).toBe('Atzr|token-0');
    expect((await listSellerAccounts(handle.db, workspaceId)).map((a) => a.id)).toEqual([accountIds[0]]);
    expect((await establishDataKey(handle.db, { configuredKey: nextKey })).keyId).toBe(next.keyId);
  });
});

describe('rotateConfiguredKey on the embedded default (key file)', () => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await testDatabases[0]!.open();
  });
  afterEach(() => handle.close());

  it('writes the new key file only after the commit, and leaves the old one when the rotation is refused', async () => {
    const keyFile = new LocalKeyFile(mkdtempSync(path.join(tmpdir(), 'rotate-file-')));
    const oldBox = await establishDataKey(handle.db, { keyFile });
    const [workspace] = await handle.db.insert(workspaces).values({ name: 'File' }).returning({ id: workspaces.id });
    const accountId = await connectSellerAccount(handle.db, oldBox, {
      workspaceId: workspace!.id,
      userId: null,
      sellingPartnerId: 'A1FILE',
      region: 'na',
      name: 'File',
      refreshToken: 'Atzr|file',
    });

    const outcome = await rotateConfiguredKey(handle.db, { keyFile });
    expect(outcome.newKeyIn).toEqual({ kind: 'file', path: keyFile.path });
    expect(existsSync(keyFile.pendingPath)).toBe(false);
    const newBox = await establishDataKey(handle.db, { keyFile });
    expect(newBox.keyId).toBe(outcome.report.toKeyId);
    expect(newBox.keyId).not.toBe(oldBox.keyId);
    expect(await readRefreshToken(handle.db, newBox, workspace!.id, accountId)).toBe('Atzr|file');

    // A value no key opens: refused, and the key file keeps the key the database still has.
    await handle.db
      .update(sellerAccounts)
      .set({ refreshTokenSealed: new SecretBox(randomBytes(32)).seal('x', accountId) })
      .where(eq(sellerAccounts.id, accountId));
    await expect(rotateConfiguredKey(handle.db, { keyFile })).rejects.toThrow(/Nothing was changed/);
    expect(new SecretBox(keyFile.read()!).keyId).toBe(newBox.keyId);
    expect(existsSync(keyFile.pendingPath)).toBe(false);
  });

  it('with ENCRYPTION_KEY set, asks for ENCRYPTION_KEY_NEW rather than inventing a key it cannot store', async () => {
    const currentKey = randomBytes(32);
    await establishDataKey(handle.db, { configuredKey: currentKey });
    await expect(rotateConfiguredKey(handle.db, { currentKey })).rejects.toThrow(/Set ENCRYPTION_KEY_NEW/);
    const newKey = randomBytes(32);
    const outcome = await rotateConfiguredKey(handle.db, { currentKey, newKey });
    expect(outcome.newKeyIn).toEqual({ kind: 'environment' });
    expect((await establishDataKey(handle.db, { configuredKey: newKey })).keyId).toBe(outcome.report.toKeyId);
    // Run again after it committed (say, the terminal was lost): it says the work is done.
    await expect(rotateConfiguredKey(handle.db, { currentKey, newKey })).rejects.toThrow(/already sealed with the new key/);
  });
});
