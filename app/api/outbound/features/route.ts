/**
 * Which SKUs of an account and marketplace may use blank box or block Amazon Logistics, for
 * the create form. Read from the database; refreshed from Amazon when older than FEATURES_TTL_MS,
 * so operators and above only, like the form.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db';
import { spApiForAccount } from '@/lib/accounts';
import { routeUser } from '@/lib/auth';
import { currentFeatures } from '@/lib/outbound';
import { UserFacingError } from '@/lib/user-facing-error';
import { MARKETPLACE_ID } from '@/lib/validation/amazon-identifiers';

export const dynamic = 'force-dynamic';
const noStore = { 'cache-control': 'no-store' };
const query = z.object({ accountId: z.uuid(), marketplaceId: z.string().regex(MARKETPLACE_ID) });

export async function GET(request: NextRequest) {
  const user = await routeUser('operator');
  if (user instanceof Response) return user;
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: 'Choose an account and marketplace.' }, { status: 400, headers: noStore });
  const { accountId, marketplaceId } = parsed.data;
  const db = await getDb();
  const tenant = { workspaceId: user.workspaceId, accountId };
  try {
    // spApiForAccount also proves the account belongs to this workspace.
    const client = await spApiForAccount(db, user.workspaceId, accountId);
    const features = await currentFeatures(db, client, tenant, marketplaceId);
    return NextResponse.json({ features }, { headers: noStore });
  } catch (error) {
    const message = error instanceof UserFacingError ? error.message : 'Amazon could not say which options are available. Try again shortly.';
    if (!(error instanceof UserFacingError)) console.error('[outbound.features]', error);
    return NextResponse.json({ error: message }, { status: 502, headers: noStore });
  }
}
