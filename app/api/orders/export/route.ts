/**
 * CSV of the orders list's current view (the same URL parameters as /orders, read by the same
 * parser, every page of it). Checks the session itself and reads only the user's workspace;
 * rows are streamed in batches, so a 100,000-order export starts at once and never sits in
 * memory. lib/exports/csv-download.ts keeps a failure from looking like a complete file.
 * `ids` (the orders ticked on the list, lib/orders/selection.ts) exports just those, still
 * only from the user's workspace; a malformed list is refused whole (400), never half-exported.
 */
import { getDb } from '@/db';
import { getCurrentUser } from '@/lib/auth';
import { csvRow, ORDER_CSV_HEADER, orderCsvRow, orderBatchesForExport, readOrderListView } from '@/lib/orders';
import { csvDownload } from '@/lib/exports/csv-download';
import { parseSelectedOrderIds } from '@/lib/orders/types';
import { marketplaceLabel } from '@/lib/sp-api/types';
import { searchParam, searchParamsOf } from '@/lib/validation/search-params';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response('Sign in to export orders.', { status: 401 });
  const db = await getDb();
  const raw = searchParamsOf(request.url);
  const idsParam = searchParam(raw, 'ids');
  const selected = idsParam === undefined ? null : parseSelectedOrderIds(idsParam);
  if (selected && !selected.ok) return new Response(selected.problem, { status: 400 });
  const only = selected?.ok ? selected.ids : null;
  // The same view as the page; without ids, every order of it (not a capped selection).
  const { filters, scope } = await readOrderListView(db, user, raw);
  async function* lines() {
    for await (const batch of orderBatchesForExport(db, scope, filters, { only }))
      yield batch.map((row) => orderCsvRow(row, (id) => marketplaceLabel(id).countryCode)).join('');
  }
  const stamp = new Date().toISOString().slice(0, 10);
  return csvDownload({ filename: `orders-${only ? 'selected-' : ''}${stamp}.csv`, header: csvRow(ORDER_CSV_HEADER), chunks: lines(), name: 'orders export' });
}
