/**
 * Buyer messages through the Messaging API: which actions Amazon offers for an order, sending
 * one, and the record of every attempt (who, when, what, result, Amazon's request id).
 */
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderMessages, users } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { SpApiError, withRequestId, asUserFacing } from '@/lib/sp-api';
import type { OrderRecord } from '../order-context';
import { messageBodyFor, messageKindFor } from './message-forms';

export async function messagingActionsFor(client: SpApiClient, order: Pick<OrderRecord, 'amazonOrderId' | 'marketplaceId'>): Promise<string[]> {
  const response = await client.messaging.getMessagingActionsForOrder({ amazonOrderId: order.amazonOrderId, marketplaceIds: [order.marketplaceId] });
  const names = response._embedded?.actions?.map((a) => a.payload?.name).filter((n): n is string => Boolean(n)) ?? [];
  const linked = response._links?.actions?.map((a) => a.name).filter((n): n is string => Boolean(n)) ?? [];
  return [...new Set([...names, ...linked])];
}

export interface SendOutcome {
  requestId: string | undefined;
}

/** Sends one message and records it, whether Amazon accepted it or not; failures are rethrown for the form. */
export async function sendBuyerMessage(
  db: Db,
  client: SpApiClient,
  order: Pick<OrderRecord, 'amazonOrderId' | 'marketplaceId' | 'accountId' | 'workspaceId'>,
  sentBy: string,
  action: string,
  input: Record<string, unknown>,
): Promise<SendOutcome> {
  const kind = messageKindFor(action);
  if (kind.kind === 'attachment-only') throw new Error(`${action} cannot be sent from the dashboard.`);
  const body = messageBodyFor(action, input);
  const params = { amazonOrderId: order.amazonOrderId, marketplaceIds: [order.marketplaceId], body };
  const record = { workspaceId: order.workspaceId, accountId: order.accountId, amazonOrderId: order.amazonOrderId, action, content: body, sentBy };
  try {
    const { requestId } = await withRequestId(`messaging.${kind.operation}`, () => client.call('messaging', kind.operation, params as never));
    await db.insert(orderMessages).values({ ...record, result: 'ok', requestId: requestId ?? null });
    return { requestId };
  } catch (error) {
    const requestId = error instanceof SpApiError ? error.requestId : undefined;
    const failure = asUserFacing(error);
    await db
      .insert(orderMessages)
      .values({ ...record, result: 'error', errorMessage: failure instanceof Error ? failure.message : 'Failed', requestId: requestId ?? null });
    throw failure;
  }
}

export type SentMessage = Awaited<ReturnType<typeof messagesOf>>[number];

export async function messagesOf(db: Db, order: Pick<OrderRecord, 'amazonOrderId' | 'accountId' | 'workspaceId'>) {
  return db
    .select({
      id: orderMessages.id,
      action: orderMessages.action,
      content: orderMessages.content,
      contentPurgedAt: orderMessages.contentPurgedAt,
      result: orderMessages.result,
      errorMessage: orderMessages.errorMessage,
      requestId: orderMessages.requestId,
      sentAt: orderMessages.sentAt,
      sentBy: users.name,
    })
    .from(orderMessages)
    .leftJoin(users, eq(users.id, orderMessages.sentBy))
    .where(
      and(eq(orderMessages.workspaceId, order.workspaceId), eq(orderMessages.accountId, order.accountId), eq(orderMessages.amazonOrderId, order.amazonOrderId)),
    )
    .orderBy(desc(orderMessages.sentAt));
}
