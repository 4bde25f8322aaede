/** Connected Amazon accounts of a workspace: connect (or reconnect), list, disconnect, marketplaces. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { cache } from 'react';
import type { Db } from '@/db/client';
import { sellerAccountMarketplaces, sellerAccounts } from '@/db/schema';
import type { SecretBox } from '@/lib/crypto/secret-box';
import { DataKeyError } from '@/lib/encryption/data-key';
import { UserFacingError } from '@/lib/user-facing-error';
import type { Region } from './regions';
import { refreshTokenContext } from './sealed-refresh-tokens';

export interface Marketplace {
  marketplaceId: string;
  countryCode: string;
  name: string;
  currencyCode: string;
  domainName: string;
  participating: boolean;
}

export interface SellerAccount {
  id: string;
  sellingPartnerId: string;
  region: Region;
  name: string;
  connectedAt: Date;
  marketplaces: Marketplace[];
}

/** Connects an account, or reconnects it with a fresh refresh token, sealed (sealed-refresh-tokens.ts). */
export async function connectSellerAccount(
  db: Db,
  box: SecretBox,
  input: { workspaceId: string; userId: string | null; sellingPartnerId: string; region: Region; name: string; refreshToken: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sellerAccounts)
      .values({
        workspaceId: input.workspaceId,
        sellingPartnerId: input.sellingPartnerId,
        region: input.region,
        name: input.name,
        connectedBy: input.userId,
      })
      .onConflictDoUpdate({
        target: [sellerAccounts.workspaceId, sellerAccounts.sellingPartnerId, sellerAccounts.region],
        set: { connectedAt: new Date(), connectedBy: input.userId, disconnectedAt: null },
      })
      .returning({ id: sellerAccounts.id });
    const id = row!.id;
    await tx
      .update(sellerAccounts)
      .set({ refreshTokenSealed: box.seal(input.refreshToken, refreshTokenContext(id)) })
      .where(eq(sellerAccounts.id, id));
    return id;
  });
}

export async function saveMarketplaces(db: Db, accountId: string, marketplaces: Marketplace[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sellerAccountMarketplaces).where(eq(sellerAccountMarketplaces.accountId, accountId));
    if (marketplaces.length) await tx.insert(sellerAccountMarketplaces).values(marketplaces.map((m) => ({ accountId, ...m })));
  });
}

/**
 * Once per render for the same workspace: the dashboard layout (switcher, badge) and each page
 * need the accounts, and share two queries instead of four. Outside a render (actions, jobs)
 * React's cache does not memoise, so each call reads afresh.
 */
export const listSellerAccounts = cache(async (db: Db, workspaceId: string): Promise<SellerAccount[]> => {
  const accounts = await db
    .select()
    .from(sellerAccounts)
    .where(and(eq(sellerAccounts.workspaceId, workspaceId), isNull(sellerAccounts.disconnectedAt)))
    .orderBy(asc(sellerAccounts.name));
  if (!accounts.length) return [];
  const marketplaces = await db
    .select()
    .from(sellerAccountMarketplaces)
    .innerJoin(sellerAccounts, eq(sellerAccounts.id, sellerAccountMarketplaces.accountId))
    .where(eq(sellerAccounts.workspaceId, workspaceId))
    .orderBy(asc(sellerAccountMarketplaces.countryCode));
  return accounts.map((a) => ({
    id: a.id,
    sellingPartnerId: a.sellingPartnerId,
    region: a.region,
    name: a.name,
    connectedAt: a.connectedAt,
    marketplaces: marketplaces
      .filter((m) => m.seller_account_marketplaces.accountId === a.id)
      .map(({ seller_account_marketplaces: { accountId: _accountId, ...m } }) => m),
  }));
});

/** The account's refresh token, for the SP-API client only; never sent to a browser. */
export async function readRefreshToken(db: Db, box: SecretBox, workspaceId: string, accountId: string): Promise<string> {
  const [row] = await db
    .select({ sealed: sellerAccounts.refreshTokenSealed })
    .from(sellerAccounts)
    .where(and(eq(sellerAccounts.id, accountId), eq(sellerAccounts.workspaceId, workspaceId), isNull(sellerAccounts.disconnectedAt)));
  if (!row?.sealed) throw new UserFacingError('That Amazon account is not connected.');
  try {
    return box.open(row.sealed, refreshTokenContext(accountId));
  } catch {
    // The start-up check proved the key, so the database's key changed since (a rotation on a
    // shared database) or the value was altered: say so, not "unexpected problem".
    throw new DataKeyError(
      `The stored Amazon refresh token of account ${accountId} does not open with this server's encryption key (key id ${box.keyId}). ` +
        'If the key was rotated (npm run rotate-key), restart every instance with the new ENCRYPTION_KEY.',
    );
  }
}

/** Deletes the account's tokens; its synced data stays but it leaves every list until reconnected. */
export async function disconnectSellerAccount(db: Db, workspaceId: string, accountId: string): Promise<void> {
  const [row] = await db
    .update(sellerAccounts)
    .set({ refreshTokenSealed: null, disconnectedAt: new Date() })
    .where(and(eq(sellerAccounts.id, accountId), eq(sellerAccounts.workspaceId, workspaceId), isNull(sellerAccounts.disconnectedAt)))
    .returning({ id: sellerAccounts.id });
  if (!row) throw new UserFacingError('That Amazon account is not connected.');
}
