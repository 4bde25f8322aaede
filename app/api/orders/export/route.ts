/**
 * CSV of the orders list's current view (the same URL parameters as /orders, every page of
 * it). Checks the session itself and reads only the user's workspace; rows are streamed in
 * batches, so a 100,000-order export starts at once and never sits in memory.
 */
import { getDb } from '@/db';
import { marketplaceLabeler } from '@/lib/accounts/marketplace-labels';
import { readAccountView } from '@/lib/accounts/selection';
import { listSellerAccounts } from '@/lib/accounts/service';
import { getCurrentUser } from '@/lib/auth/session';
import { csvRow, ORDER_CSV_HEADER, orderCsvRow } from '@/lib/orders/csv';
import { applyAccountView, parseOrderFilters } from '@/lib/orders/list-filters';
import { orderBatchesForExport } from '@/lib/orders/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response('Sign in to export orders.', { status: 401 });
  const db = await getDb();
  const accounts = await listSellerAccounts(db, user.workspaceId);
  const accountIds = accounts.map((a) => a.id);
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const { filters } = applyAccountView(parseOrderFilters(raw), await readAccountView(accounts), accountIds);
  const label = marketplaceLabeler(accounts);
  const batches = orderBatchesForExport(db, { workspaceId: user.workspaceId, accountIds }, filters);
  const encoder = new TextEncoder();

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark so spreadsheet programs read the file as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${csvRow(ORDER_CSV_HEADER)}`));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map((row) => orderCsvRow(row, label)).join('')));
      } catch (error) {
        console.error('[orders export]', error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });

  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="orders-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
