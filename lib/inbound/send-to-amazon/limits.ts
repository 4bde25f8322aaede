/**
 * Amazon's limits for a plan and a standard box, as numbers: the forms' rules (input.ts) check
 * against them and the browser shows them. Free of zod, so pages that only link to a plan (the
 * inventory's "Send to Amazon") do not ship the form rules.
 */

/** fulfillmentInbound_2024-03-20: at most 2,000 SKU lines in a plan, 500,000 units a line. */
export const MAX_PLAN_ITEMS = 2000;
export const MAX_UNITS_PER_LINE = 500_000;
/** A standard box: at most 50 lb and 25 inches a side. */
export const MAX_BOX_LB = 50;
export const MAX_BOX_SIDE_IN = 25;
export const KG_PER_LB = 0.45359237;
export const CM_PER_IN = 2.54;
