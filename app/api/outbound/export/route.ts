/**
 * The outbound list as CSV, with the same filters (read by the same parser) and account view
 * as the page: every row, streamed in batches, never a silently shorter file
 * (lib/exports/csv-download.ts).
 */
import { NextResponse } from 'next/server';
import { getDb } from '@/db';
import { readAccountView, viewWithUrl, listSellerAccounts } from '@/lib/accounts';
import { getCurrentUser } from '@/lib/auth';
import { OUTBOUND_CSV_HEADER, outboundCsvLines, parseOutboundFilters, outboundBatchesForExport } from '@/lib/outbound';
import { csvDownload } from '@/lib/exports/csv-download';
import { searchParamsOf } from '@/lib/validation/search-params';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'Sign in first.' }, { status: 401 });
  const db = await getDb();
  const accounts = await listSellerAccounts(db, user.workspaceId);
  const filters = { ...parseOutboundFilters(searchParamsOf(request.url)), page: 1 };
  const view = viewWithUrl(filters, await readAccountView(accounts), accounts);
  async function* lines() {
    for await (const batch of outboundBatchesForExport(db, { workspaceId: user!.workspaceId, ...view }, filters)) yield outboundCsvLines(batch);
  }
  return csvDownload({ filename: 'outbound-orders.csv', header: OUTBOUND_CSV_HEADER, chunks: lines(), name: 'outbound export' });
}
