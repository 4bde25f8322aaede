/**
 * The pick list or the packing slips (`kind`) for the orders ticked on the list (`ids`), or for
 * the first 100 matching its filter ("all matching", the list's URL), as a PDF. Any signed-in
 * role may print; only the user's workspace is read, so another workspace's order id is listed
 * as not found and nothing of it is printed. A malformed selection is refused whole (400).
 */
import { getDb } from '@/db';
import { getCurrentUser } from '@/lib/auth';
import { orderPrintFor, PRINT_KINDS, readOrderListView, selectedInView, type PrintKind } from '@/lib/orders';
import { searchParam, searchParamsOf } from '@/lib/validation/search-params';

export const dynamic = 'force-dynamic';

const isPrintKind = (value: string | undefined): value is PrintKind => PRINT_KINDS.some((k) => k === value);

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response('Sign in to print orders.', { status: 401 });
  const raw = searchParamsOf(request.url);
  const kind = searchParam(raw, 'kind');
  if (!isPrintKind(kind)) return new Response('Choose the pick list or the packing slips.', { status: 400 });
  const db = await getDb();
  const selected = await selectedInView(db, await readOrderListView(db, user, raw), raw);
  if (!selected.ok) return new Response(selected.problem, { status: 400 });
  const pdf = await orderPrintFor(db, user.workspaceId, kind, selected.ids, selected.capped);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${kind}-${stamp}.pdf"`,
      'Cache-Control': 'no-store',
    },
  });
}
