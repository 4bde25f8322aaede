/**
 * An order of a workspace with the SP-API client of its account, for reads that go to Amazon
 * for one order. Looked up by workspace, so an order id of another workspace finds nothing and
 * no client is made.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orders } from '@/db/schema';
import { spApiForAccount } from '@/lib/accounts';
import type { SpApiClient } from '@/lib/sp-api/types';

export type ClientForAccount = (accountId: string) => Promise<SpApiClient>;

export async function clientForOrder(
  db: Db,
  workspaceId: string,
  amazonOrderId: string,
  clientFor: ClientForAccount = (accountId) => spApiForAccount(db, workspaceId, accountId),
): Promise<{ tenant: { accountId: string; workspaceId: string }; client: SpApiClient } | null> {
  const [order] = await db
    .select({ accountId: orders.accountId })
    .from(orders)
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.amazonOrderId, amazonOrderId)))
    .limit(1);
  if (!order) return null;
  return { tenant: { accountId: order.accountId, workspaceId }, client: await clientFor(order.accountId) };
}
