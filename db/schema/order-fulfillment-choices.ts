/** Plain constants of the order-fulfillment tables, importable from client components. */
export const LOW_STOCK_CHOICES = ['backorder', 'cancel-unavailable', 'notify-buyer'] as const;
export type LowStockChoice = (typeof LOW_STOCK_CHOICES)[number];

/**
 * Where a decision stands. `acted`: carried out when it was made (a fulfillment order, a
 * cancellation or a message; every decision before holds existed). A backorder is `held`
 * until a sync finds the stock (`released`, its fulfillment order created) or the seller
 * cancels the hold (`hold-cancelled`).
 */
export const FULFILLMENT_DECISION_STATUSES = ['acted', 'held', 'releasing', 'released', 'hold-cancelled'] as const;
export type FulfillmentDecisionStatus = (typeof FULFILLMENT_DECISION_STATUSES)[number];
