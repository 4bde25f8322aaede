/**
 * Reads one order from Amazon now (Orders 2026-01-01 getOrder, 0.5 requests a second with a
 * burst of 30, a pool apart from the sync's searchOrders) and stores it as the sync would: the
 * order with exactly its items. For the order page's "Refresh from Amazon" and for a page that
 * needs the order as it is after a write.
 */
import 'server-only';
import type { Db } from '@/db/client';
import type { SpApiClient } from '@/lib/sp-api/types';
import { askAmazon } from '@/lib/sp-api';
import { clientForOrder, type ClientForAccount } from './order-client';
import { ORDER_DATASETS, reshapeOrder } from './reshape';
import { writeOrders } from './upsert';

/** The number of items stored, or null when the order is not the workspace's. */
export async function refreshOrder(db: Db, workspaceId: string, amazonOrderId: string, clientFor?: ClientForAccount): Promise<number | null> {
  const found = await clientForOrder(db, workspaceId, amazonOrderId, clientFor);
  if (!found) return null;
  return (await readOrderInto(db, found.client, found.tenant, amazonOrderId)).items.length;
}

/** getOrder, then the order and its items written in one transaction. */
export async function readOrderInto(db: Db, client: SpApiClient, tenant: { accountId: string; workspaceId: string }, amazonOrderId: string) {
  const response = await askAmazon(() => client.orders20260101.getOrder({ orderId: amazonOrderId, includedData: ORDER_DATASETS }));
  const record = reshapeOrder(response.order, tenant);
  await db.transaction((tx) => writeOrders(tx, [record]));
  return record;
}
