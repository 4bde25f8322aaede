/** The SP-API client acting for one connected account of a workspace. */
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sellerAccounts } from '@/db/schema';
import { createSpApiClient, type SpApiClient } from '@/lib/sp-api/client';
import { UserFacingError } from '@/lib/user-facing-error';
import { amazonApp } from './amazon-app';
import { secretBox } from './secret-box';
import { readRefreshToken } from './service';

export async function spApiForAccount(db: Db, workspaceId: string, accountId: string): Promise<SpApiClient> {
  const [account] = await db
    .select({ sellingPartnerId: sellerAccounts.sellingPartnerId, region: sellerAccounts.region })
    .from(sellerAccounts)
    .where(and(eq(sellerAccounts.id, accountId), eq(sellerAccounts.workspaceId, workspaceId), isNull(sellerAccounts.disconnectedAt)));
  if (!account) throw new UserFacingError('That Amazon account is not connected.');
  const app = amazonApp();
  return createSpApiClient({
    credentials: { clientId: app.clientId, clientSecret: app.clientSecret, refreshToken: await readRefreshToken(db, secretBox(), workspaceId, accountId) },
    sellingPartnerId: account.sellingPartnerId,
    region: account.region,
    endpoints: { spApiEndpoint: app.spApiEndpoint, lwaEndpoint: app.lwaEndpoint },
  });
}
