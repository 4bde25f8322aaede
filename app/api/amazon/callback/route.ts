import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db';
import { recordAudit } from '@/lib/audit';
import { completeAmazonConnection } from '@/lib/accounts';
import { hasRole, getCurrentUser } from '@/lib/auth';
import { LwaError, SpApiError, AMAZON_MESSAGE_SHOWN } from '@/lib/sp-api';
import { syncNewAccount } from '@/lib/sync';
import { truncateText } from '@/lib/truncate-text';
import { UserFacingError } from '@/lib/user-facing-error';

/** Amazon's redirect after the seller consents (website authorization workflow). */
export async function GET(request: NextRequest) {
  const back = (params: Record<string, string>) => {
    const url = new URL('/settings/accounts', request.nextUrl.origin);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return NextResponse.redirect(url);
  };
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL('/sign-in', request.nextUrl.origin));
  if (!hasRole(user.role, 'admin')) return back({ error: 'Only an owner or admin can connect Amazon accounts.' });

  const q = request.nextUrl.searchParams;
  const db = await getDb();
  try {
    const { accountId, sellingPartnerId } = await completeAmazonConnection(db, user, {
      state: q.get('state'),
      code: q.get('spapi_oauth_code'),
      sellingPartnerId: q.get('selling_partner_id'),
    });
    await recordAudit(db, {
      workspaceId: user.workspaceId,
      userId: user.id,
      action: 'accounts.connect',
      target: accountId,
      result: 'ok',
      detail: { sellingPartnerId },
    });
    // The connection stands even if the first sync cannot start now: the scheduler retries it.
    await syncNewAccount(user.workspaceId, accountId).catch((error: unknown) => console.error('[sync] first sync', error));
    return back({ connected: sellingPartnerId });
  } catch (error) {
    const message =
      error instanceof UserFacingError
        ? error.message
        : error instanceof LwaError || error instanceof SpApiError
          ? `Amazon refused the connection: ${truncateText(error.message, AMAZON_MESSAGE_SHOWN)}`
          : 'The connection could not be completed. Nothing was saved; try again.';
    if (!(error instanceof UserFacingError)) console.error('[accounts.connect]', error);
    await recordAudit(db, { workspaceId: user.workspaceId, userId: user.id, action: 'accounts.connect', result: 'error', detail: { message } });
    return back({ error: message });
  }
}
