/**
 * An order's status and who fulfills it, stored as Orders 2026-01-01 says them
 * (`fulfillment.fulfillmentStatus`, `fulfillment.fulfilledBy`): the stored value is the API's.
 * Plain constants, importable from client components. db/ may not import the generated model,
 * so the words are written here once and `lib/orders/reshape.ts` fails to compile if they ever
 * differ from the model's; the seller's words for them are in `lib/orders/list-filters.ts`.
 */
/** In the order the list's status filter offers them. */
export const ORDER_STATUSES = ['PENDING', 'UNSHIPPED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'CANCELLED', 'UNFULFILLABLE', 'PENDING_AVAILABILITY'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const FULFILLED_BY = ['AMAZON', 'MERCHANT'] as const;
export type FulfilledBy = (typeof FULFILLED_BY)[number];
