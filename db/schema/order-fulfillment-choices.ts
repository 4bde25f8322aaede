/** Plain constants of the order-fulfillment tables, importable from client components. */
export const LOW_STOCK_CHOICES = ['backorder', 'cancel-unavailable', 'notify-buyer'] as const;
export type LowStockChoice = (typeof LOW_STOCK_CHOICES)[number];
