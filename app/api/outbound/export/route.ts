/** The outbound list as CSV, with the same filters and account view as the page. */
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db';
import { readAccountView, viewWithUrl } from '@/lib/accounts/selection';
import { listSellerAccounts } from '@/lib/accounts/service';
import { getCurrentUser } from '@/lib/auth/session';
import { outboundCsv } from '@/lib/outbound/csv';
import { parseOutboundFilters } from '@/lib/outbound/filters';
import { listOutboundOrders } from '@/lib/outbound/queries';

export const dynamic = 'force-dynamic';
const MAX_ROWS = 10_000;

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'Sign in first.' }, { status: 401 });
  const db = await getDb();
  const accounts = await listSellerAccounts(db, user.workspaceId);
  const filters = { ...parseOutboundFilters(Object.fromEntries(request.nextUrl.searchParams)), page: 1 };
  const view = viewWithUrl(filters, await readAccountView(accounts), accounts);
  const { rows } = await listOutboundOrders(db, { workspaceId: user.workspaceId, ...view }, filters, { limit: MAX_ROWS });
  return new NextResponse(outboundCsv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="outbound-orders.csv"`,
      'cache-control': 'no-store',
    },
  });
}
