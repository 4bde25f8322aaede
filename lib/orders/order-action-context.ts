/** The order an action acts on, found in the user's workspace only, with its account's SP-API client. */
import 'server-only';
import type { Db } from '@/db/client';
import { spApiForAccount } from '@/lib/accounts';
import type { SpApiClient } from '@/lib/sp-api/types';
import { UserFacingError } from '@/lib/user-facing-error';
import { findOrder, type OrderRecord } from './order-context';

export async function orderForAction(db: Db, workspaceId: string, amazonOrderId: string): Promise<{ order: OrderRecord; client: SpApiClient }> {
  const order = await findOrder(db, workspaceId, amazonOrderId);
  if (!order) throw new UserFacingError('That order was not found.');
  const client = await spApiForAccount(db, workspaceId, order.accountId);
  return { order, client };
}
