/**
 * On the embedded default the simulator's demo sellers are connected when the owner account
 * is created, so a new user sees data at once. SPAPI_DEMO_REFRESH_TOKENS (set by `npm start`
 * only when it starts the simulator) lists them as `sellerId:region:refreshToken,…`.
 */
import type { Db } from '@/db/client';
import type { SecretBox } from '@/lib/crypto/secret-box';
import { REGION_LABELS, type Region } from './regions';
import { connectSellerAccount } from './service';

export interface DemoSeller {
  sellingPartnerId: string;
  region: Region;
  refreshToken: string;
}

export function parseDemoSellers(value: string | undefined): DemoSeller[] {
  if (!value) return [];
  return value.split(',').map((entry) => {
    // The refresh token itself contains '|' but never ':'.
    const [sellingPartnerId, region, ...rest] = entry.trim().split(':');
    const refreshToken = rest.join(':');
    if (!sellingPartnerId || !refreshToken || !(region === 'na' || region === 'eu' || region === 'fe')) {
      throw new Error('SPAPI_DEMO_REFRESH_TOKENS must look like SELLERID:na:TOKEN,SELLERID:eu:TOKEN');
    }
    return { sellingPartnerId, region, refreshToken };
  });
}

export async function connectDemoSellers(db: Db, box: SecretBox, workspaceId: string, sellers: DemoSeller[]): Promise<string[]> {
  const ids: string[] = [];
  for (const seller of sellers) {
    ids.push(
      await connectSellerAccount(db, box, {
        workspaceId,
        userId: null,
        sellingPartnerId: seller.sellingPartnerId,
        region: seller.region,
        name: `Demo seller (${REGION_LABELS[seller.region]})`,
        refreshToken: seller.refreshToken,
      }),
    );
  }
  return ids;
}
