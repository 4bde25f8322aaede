/**
 * Messaging API v1 (messaging.json). Sent messages are kept in the message log and can be
 * inspected with GET /_sim/state/messages?orderId=…; files they attach come from the Uploads
 * API (attachments.ts).
 */
import { invalidInput, notFound, respond, type SimApiModule, type SimHandler, type SimRequest } from '../../core/contract.js';
import { messageLog } from '../../state/messages.js';
import { marketplace } from '../../state/marketplaces.js';
import { orderBook, type SimOrder } from '../../state/orders.js';
import { checkAttachments, markAttached } from './attachments.js';
import { eligibleActions, MESSAGE_ACTIONS, type MessageOperation } from './eligibility.js';

function orderFor(req: SimRequest): { order: SimOrder; marketplaceId: string } {
  const orderId = req.path.amazonOrderId ?? '';
  const marketplaceIds = req.query.marketplaceIds;
  const marketplaceId = (Array.isArray(marketplaceIds) ? marketplaceIds[0] : marketplaceIds) ?? '';
  const order = orderBook.get(req.sellerId, orderId, req.clock.now().getTime());
  if (!order) throw notFound(`Order ${orderId} was not found.`);
  if (order.marketplaceId !== marketplaceId) throw invalidInput(`Order ${orderId} does not belong to marketplace ${marketplaceId}.`);
  return { order, marketplaceId };
}

const sentActions = (order: SimOrder) => messageLog.forOrder(order.sellerId, order.amazonOrderId).map((m) => m.action);

function getMessagingActionsForOrder(req: SimRequest) {
  const { order, marketplaceId } = orderFor(req);
  const base = `/messaging/v1/orders/${order.amazonOrderId}`;
  const query = `?marketplaceIds=${marketplaceId}`;
  const actions = eligibleActions(order, sentActions(order), req.clock.now().getTime());
  return {
    _links: {
      self: { href: `${base}${query}` },
      actions: actions.map((name) => ({ href: `${base}/messages/${name}${query}`, name })),
    },
    _embedded: {
      actions: actions.map((name) => ({
        _links: {
          self: { href: `${base}/messages/${name}${query}`, name },
          schema: { href: `${base}/messages/${name}/schema`, name },
        },
        payload: { name },
      })),
    },
  };
}

function sendMessage(operationId: MessageOperation): SimHandler {
  const action = MESSAGE_ACTIONS[operationId];
  return (req) => {
    const { order } = orderFor(req);
    if (!eligibleActions(order, sentActions(order), req.clock.now().getTime()).includes(action)) {
      throw invalidInput(`The ${action} message is not available for order ${order.amazonOrderId}.`);
    }
    const body = (req.body ?? {}) as { text?: string; attachments?: Array<{ uploadDestinationId: string; fileName: string }> };
    if ('text' in body && typeof body.text === 'string' && body.text.trim() === '') throw invalidInput('text must not be blank.');
    const resource = `messaging/v1/orders/${order.amazonOrderId}/messages/${action}`;
    const uploads = checkAttachments(operationId, action, { sellerId: req.sellerId, resource }, body.attachments);
    const sentAt = req.clock.now().toISOString();
    const attachments = markAttached(uploads, body.attachments, `${action} ${sentAt}`);
    messageLog.record({
      sellerId: req.sellerId,
      amazonOrderId: order.amazonOrderId,
      action,
      sentAt,
      body: req.body,
      ...(attachments.length ? { attachments } : {}),
    });
    return respond(201, {});
  };
}

const handlers: Record<string, SimHandler> = {
  getMessagingActionsForOrder,
  GetAttributes(req) {
    const { order } = orderFor(req);
    return { buyer: { locale: marketplace(order.marketplaceId).defaultLanguageCode.replace('_', '-') } };
  },
};
for (const operationId of Object.keys(MESSAGE_ACTIONS) as MessageOperation[]) handlers[operationId] = sendMessage(operationId);

const messaging: SimApiModule = {
  model: 'messaging.json',
  handlers,
  inspect: (query) => ({ messages: messageLog.all().filter((m) => !query.orderId || m.amazonOrderId === query.orderId) }),
};

export default messaging;
