/**
 * One outbound order for its detail page's polling: the signed-in user's workspace only.
 * While the order is still moving it is refreshed from Amazon first, at most once per
 * DEFAULT_REFRESH_SECONDS (lib/outbound/refresh.ts), then the stored view is returned.
 */
import { NextResponse } from 'next/server';
import { getDb } from '@/db';
import { spApiForAccount } from '@/lib/accounts';
import { getCurrentUser } from '@/lib/auth';
import { getOutboundOrderView, refreshFulfillmentOrder } from '@/lib/outbound';
import { UserFacingError } from '@/lib/user-facing-error';

export const dynamic = 'force-dynamic';
const noStore = { 'cache-control': 'no-store' };

export async function GET(_request: Request, { params }: { params: Promise<{ accountId: string; orderId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'Sign in to see this order.' }, { status: 401, headers: noStore });
  const { accountId, orderId } = await params;
  const db = await getDb();
  const stored = await getOutboundOrderView(db, user.workspaceId, accountId, orderId);
  if (!stored) return NextResponse.json({ error: 'That fulfillment order was not found.' }, { status: 404, headers: noStore });
  if (!stored.moving) return NextResponse.json({ order: stored }, { headers: noStore });

  let refreshError: string | undefined;
  try {
    const client = await spApiForAccount(db, user.workspaceId, accountId);
    await refreshFulfillmentOrder(db, client, { workspaceId: user.workspaceId, accountId }, orderId);
  } catch (error) {
    // The stored view is still worth showing; the page says it may be out of date.
    refreshError =
      error instanceof UserFacingError
        ? error.message
        : error instanceof Error && 'userMessage' in error
          ? (error as { userMessage(): string }).userMessage()
          : 'Amazon could not be reached.';
    if (!(error instanceof UserFacingError)) console.error('[outbound.refresh]', error);
  }
  const order = (await getOutboundOrderView(db, user.workspaceId, accountId, orderId)) ?? stored;
  return NextResponse.json({ order, ...(refreshError ? { refreshError } : {}) }, { headers: noStore });
}
