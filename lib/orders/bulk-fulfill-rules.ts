/** What the bulk Fulfill with FBA page and its action share (client-safe): the batch size and each order's result. */

/** Orders sent per server action: small, so the page can show progress and a slow Amazon never holds one request long. */
export const BULK_FULFILL_BATCH = 5;

export type BulkFulfillOutcome = 'created' | 'already' | 'failed';

export interface BulkFulfillResult {
  amazonOrderId: string;
  outcome: BulkFulfillOutcome;
  /** What happened, in the seller's words (the reason, for a failure). */
  message: string;
  sellerFulfillmentOrderId: string | null;
}
