/** Amazon's return reason codes for one item of an order (listReturnReasonCodes), for the return form. */
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db';
import { spApiForAccount } from '@/lib/accounts';
import { routeUser } from '@/lib/auth';
import { getOutboundOrderView, listReturnReasons } from '@/lib/outbound';
import { UserFacingError } from '@/lib/user-facing-error';

export const dynamic = 'force-dynamic';
const noStore = { 'cache-control': 'no-store' };
const query = z.object({ accountId: z.uuid(), orderId: z.string().min(1).max(40), sku: z.string().min(1).max(50) });

export async function GET(request: NextRequest) {
  const user = await routeUser('operator');
  if (user instanceof Response) return user;
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: 'Choose an item.' }, { status: 400, headers: noStore });
  const { accountId, orderId, sku } = parsed.data;
  const db = await getDb();
  const order = await getOutboundOrderView(db, user.workspaceId, accountId, orderId);
  if (!order || !order.detail?.items.some((i) => i.sellerSku === sku))
    return NextResponse.json({ error: 'That item was not found.' }, { status: 404, headers: noStore });
  try {
    const client = await spApiForAccount(db, user.workspaceId, accountId);
    const reasons = await listReturnReasons(client, { sellerSku: sku, marketplaceId: order.marketplaceId, sellerFulfillmentOrderId: orderId });
    return NextResponse.json({ reasons }, { headers: noStore });
  } catch (error) {
    const message = error instanceof UserFacingError ? error.message : 'Amazon could not list the return reasons. Try again shortly.';
    if (!(error instanceof UserFacingError)) console.error('[outbound.return-reasons]', error);
    return NextResponse.json({ error: message }, { status: 502, headers: noStore });
  }
}
