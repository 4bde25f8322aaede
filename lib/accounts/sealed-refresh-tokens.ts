/**
 * Amazon refresh tokens at rest: sealed with the data key and bound to their account id, so a
 * token copied to another account's row does not open. The one place that knows the column
 * and its context; lib/encryption/sealed-columns.ts lists it for the key check and rotation.
 */
import { count, eq, isNotNull } from 'drizzle-orm';
import { sellerAccounts } from '@/db/schema';
import type { SealedColumn } from '@/lib/encryption/sealed-columns';

export const refreshTokenContext = (accountId: string): string => accountId;

export const sealedRefreshTokens: SealedColumn = {
  column: 'seller_accounts.refresh_token_sealed',
  what: 'Amazon refresh tokens',
  async count(db) {
    const [row] = await db.select({ n: count() }).from(sellerAccounts).where(isNotNull(sellerAccounts.refreshTokenSealed));
    return row?.n ?? 0;
  },
  async readAllForUpdate(tx) {
    const rows = await tx
      .select({
        id: sellerAccounts.id,
        sealed: sellerAccounts.refreshTokenSealed,
        name: sellerAccounts.name,
        sellingPartnerId: sellerAccounts.sellingPartnerId,
      })
      .from(sellerAccounts)
      .where(isNotNull(sellerAccounts.refreshTokenSealed))
      .for('update');
    return rows.map((r) => ({ id: r.id, sealed: r.sealed!, context: refreshTokenContext(r.id), label: `${r.name} (seller ${r.sellingPartnerId})` }));
  },
  async rewrite(tx, id, sealed) {
    await tx.update(sellerAccounts).set({ refreshTokenSealed: sealed }).where(eq(sellerAccounts.id, id));
  },
  async forget(tx, id) {
    // As a disconnect does: the synced data stays, the account leaves the lists until reconnected.
    await tx.update(sellerAccounts).set({ refreshTokenSealed: null, disconnectedAt: new Date() }).where(eq(sellerAccounts.id, id));
  },
};
