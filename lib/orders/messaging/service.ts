/**
 * Buyer messages through the Messaging API: which actions Amazon offers for an order, sending
 * one, and the record of every attempt (who, when, what, result, Amazon's request id).
 */
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderMessages, users } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { SpApiError, withRequestId, asUserFacing, uploadFile } from '@/lib/sp-api';
import type { OrderRecord } from '../order-context';
import type { AttachmentFile } from './attachment-file';
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

/** The Uploads API resource of an order's message of one type (the model's example: `.../messages/legalDisclosure`). */
const messageResource = (amazonOrderId: string, action: string) => `messaging/v1/orders/${amazonOrderId}/messages/${action}`;

/**
 * Sends one message and records it, whether Amazon accepted it or not; failures are rethrown for
 * the form. A file goes first to the Uploads API, for this order's message of this type only,
 * and the message names it; the record keeps its name, never its bytes.
 */
export async function sendBuyerMessage(
  db: Db,
  client: SpApiClient,
  order: Pick<OrderRecord, 'amazonOrderId' | 'marketplaceId' | 'accountId' | 'workspaceId'>,
  sentBy: string,
  action: string,
  input: Record<string, unknown>,
  file?: AttachmentFile,
): Promise<SendOutcome> {
  const kind = messageKindFor(action);
  if (kind.kind === 'unsupported') throw new Error(`${action} cannot be sent from the dashboard.`);
  // Built before anything reaches Amazon, so a file the type cannot take (or a missing required one) throws here;
  // until the upload names its destination, a failure's record still says which file it was.
  let body = messageBodyFor(action, input, file ? [{ fileName: file.fileName, uploadDestinationId: '' }] : []);
  const record = { workspaceId: order.workspaceId, accountId: order.accountId, amazonOrderId: order.amazonOrderId, action, sentBy };
  try {
    if (file) {
      const { uploadDestinationId } = await uploadFile(client, {
        resource: messageResource(order.amazonOrderId, action),
        marketplaceId: order.marketplaceId,
        bytes: file.bytes,
        contentType: file.contentType,
      });
      body = messageBodyFor(action, input, [{ fileName: file.fileName, uploadDestinationId }]);
    }
    const params = { amazonOrderId: order.amazonOrderId, marketplaceIds: [order.marketplaceId], body };
    const { requestId } = await withRequestId(`messaging.${kind.operation}`, () => client.call('messaging', kind.operation, params as never));
    await db.insert(orderMessages).values({ ...record, content: body, result: 'ok', requestId: requestId ?? null });
    return { requestId };
  } catch (error) {
    const requestId = error instanceof SpApiError ? error.requestId : undefined;
    const failure = asUserFacing(error);
    await db
      .insert(orderMessages)
      .values({ ...record, content: body, result: 'error', errorMessage: failure instanceof Error ? failure.message : 'Failed', requestId: requestId ?? null });
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
