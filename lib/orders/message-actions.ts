'use server';

import { revalidatePath } from 'next/cache';
import { authorizedAction, fieldErrorsOf } from '@/lib/actions/authorized-action';
import { orderForAction } from '@/lib/orders/order-action-context';
import { readAttachment } from '@/lib/orders/messaging/attachment-file';
import { ATTACHMENT_FIELD, messageEnvelope, messageInputFor, messageKindFor } from '@/lib/orders/messaging/message-forms';
import { messagingActionsFor, sendBuyerMessage } from '@/lib/orders/messaging/service';
import { UserFacingError } from '@/lib/user-facing-error';

/**
 * The wrapper validates the common fields; each message type's own fields (and its file, read to
 * its first bytes) are validated here, before anything is sent. A file goes to Amazon's Uploads
 * API, then the message names it; the audit entry keeps its name, type and size, never its bytes.
 */
export const sendBuyerMessageAction = authorizedAction(
  { name: 'orders.buyer-message.send', role: 'operator', input: messageEnvelope, files: [ATTACHMENT_FIELD], target: (input) => input.orderId },
  async (input, { user, db }) => {
    const schema = messageInputFor(input.action);
    if (!schema) throw new UserFacingError(`${messageKindFor(input.action).label} messages cannot be sent from the dashboard.`);
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw new UserFacingError('Check the highlighted fields.', fieldErrorsOf(parsed.error));
    const file = input.attachment ? await readAttachment(input.attachment) : undefined;
    if (file && 'error' in file) throw new UserFacingError('Check the highlighted fields.', { [ATTACHMENT_FIELD]: [file.error] });
    const { order, client } = await orderForAction(db, user.workspaceId, input.orderId);
    const offered = await messagingActionsFor(client, order);
    if (!offered.includes(input.action)) throw new UserFacingError(`Amazon no longer offers the ${messageKindFor(input.action).label} message for this order.`);
    const { requestId } = await sendBuyerMessage(db, client, order, user.id, input.action, parsed.data as Record<string, unknown>, file);
    revalidatePath(`/orders/${order.amazonOrderId}`, 'layout');
    return {
      message: `${messageKindFor(input.action).label} message sent to the buyer.`,
      target: order.amazonOrderId,
      requestId,
      detail: {
        messageAction: input.action,
        requestId,
        ...(file ? { attachment: { fileName: file.fileName, contentType: file.contentType, bytes: file.bytes.byteLength } } : {}),
      },
    };
  },
);
