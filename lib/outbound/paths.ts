/** Where an outbound order lives in the dashboard. Client-safe. */
export const outboundOrderPath = (accountId: string, sellerFulfillmentOrderId: string) =>
  `/outbound/${encodeURIComponent(accountId)}/${encodeURIComponent(sellerFulfillmentOrderId)}`;
export const outboundOrderApiPath = (accountId: string, sellerFulfillmentOrderId: string) =>
  `/api/outbound/${encodeURIComponent(accountId)}/${encodeURIComponent(sellerFulfillmentOrderId)}`;
