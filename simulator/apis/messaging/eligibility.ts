/**
 * Which message types a seller may send for an order (the simulator's rules; Amazon does
 * not publish its own in the model). Messaging closes 30 days after the latest delivery date.
 *   confirmOrderDetails      Unshipped or PartiallyShipped
 *   confirmDeliveryDetails   MFN and Unshipped or PartiallyShipped
 *   legalDisclosure          any order that is not Pending
 *   unexpectedProblem        any order that is not Pending or Canceled (may be sent repeatedly)
 *   confirmServiceDetails, warranty, sendInvoice   Shipped
 *   confirmCustomizationDetails, digitalAccessKey  never: no Amazon Custom or digital items
 * Every type except unexpectedProblem can be sent once per order.
 */
import type { SimOrder } from '../../state/orders.js';

export const MESSAGE_ACTIONS = {
  confirmCustomizationDetails: 'confirmCustomizationDetails',
  createConfirmDeliveryDetails: 'confirmDeliveryDetails',
  createLegalDisclosure: 'legalDisclosure',
  createConfirmOrderDetails: 'confirmOrderDetails',
  createConfirmServiceDetails: 'confirmServiceDetails',
  CreateWarranty: 'warranty',
  createDigitalAccessKey: 'digitalAccessKey',
  createUnexpectedProblem: 'unexpectedProblem',
  sendInvoice: 'invoice',
} as const;

export type MessageOperation = keyof typeof MESSAGE_ACTIONS;
/** The action name, which is also the last path segment (…/messages/<name>). */
export type MessageAction = (typeof MESSAGE_ACTIONS)[MessageOperation];

const MESSAGING_WINDOW_MS = 30 * 24 * 3600 * 1000;
const REPEATABLE = new Set<MessageAction>(['unexpectedProblem']);

function allowedByStatus(action: MessageAction, order: SimOrder): boolean {
  const open = order.status === 'Unshipped' || order.status === 'PartiallyShipped';
  switch (action) {
    case 'confirmOrderDetails':
      return open;
    case 'confirmDeliveryDetails':
      return open && order.fulfillmentChannel === 'MFN';
    case 'legalDisclosure':
      return order.status !== 'Pending';
    case 'unexpectedProblem':
      return order.status !== 'Pending' && order.status !== 'Canceled';
    case 'confirmServiceDetails':
    case 'warranty':
    case 'invoice':
      return order.status === 'Shipped';
    case 'confirmCustomizationDetails':
    case 'digitalAccessKey':
      return false;
  }
}

export function eligibleActions(order: SimOrder, alreadySent: string[], nowMs: number): MessageAction[] {
  if (nowMs > order.latestDeliveryDate.getTime() + MESSAGING_WINDOW_MS) return [];
  return Object.values(MESSAGE_ACTIONS).filter((action) => allowedByStatus(action, order) && (REPEATABLE.has(action) || !alreadySent.includes(action)));
}
