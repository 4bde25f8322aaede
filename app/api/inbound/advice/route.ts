/** Inbound guidance and prep/label requirements for the SKUs being picked on the New plan form. */
import { NextResponse } from 'next/server';
import { getDb } from '@/db';
import { spApiForAccount } from '@/lib/accounts/sp-api-for-account';
import { listSellerAccounts } from '@/lib/accounts/service';
import { getCurrentUser } from '@/lib/auth/session';
import { adviseSkus } from '@/lib/inbound/plans';
import { errorResponse } from '@/lib/inbound/route-access';

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'Sign in again.' }, { status: 401 });
  const url = new URL(request.url);
  const accountId = url.searchParams.get('accountId') ?? '';
  const marketplaceId = url.searchParams.get('marketplaceId') ?? '';
  const skus = (url.searchParams.get('skus') ?? '').split(',').filter(Boolean);
  const db = await getDb();
  const account = (await listSellerAccounts(db, user.workspaceId)).find((a) => a.id === accountId);
  const marketplace = account?.marketplaces.find((m) => m.marketplaceId === marketplaceId);
  if (!account || !marketplace) return NextResponse.json({ error: 'Choose one of your accounts and marketplaces.' }, { status: 404 });
  const countryCode = (url.searchParams.get('country') ?? '').match(/^[A-Z]{2}/)?.[0] ?? marketplace.countryCode;
  try {
    const client = await spApiForAccount(db, user.workspaceId, accountId);
    return NextResponse.json({ advice: await adviseSkus(client, { marketplaceId, countryCode, skus }) });
  } catch (error) {
    return errorResponse(error);
  }
}
