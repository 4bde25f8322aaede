/** What the bulk Fulfill with FBA page and its actions share (client-safe): the batch size, each order's preview and result, and what goes. */
import { feeTotals, verdictProblem, type FeeTotal, type SpeedVerdict } from '@/lib/outbound/types';

/** Orders previewed or sent per server action: small, so the page can show progress and a slow Amazon never holds one request long. */
export const BULK_FULFILL_BATCH = 5;

export type BulkFulfillOutcome = 'created' | 'already' | 'failed';

export interface BulkFulfillResult {
  amazonOrderId: string;
  outcome: BulkFulfillOutcome;
  /** What happened, in the seller's words (the reason, for a failure). */
  message: string;
  sellerFulfillmentOrderId: string | null;
}

/** Amazon's preview of one order at the speed chosen for all (getFulfillmentPreview): fees, dates, or why it cannot go. */
export interface BulkPreviewResult extends SpeedVerdict {
  amazonOrderId: string;
}

/** An order whose preview did not come back (its batch was refused, or the dashboard unreachable): the reason alone. */
export function previewFailed(amazonOrderId: string, message: string): BulkPreviewResult {
  return { amazonOrderId, ...verdictProblem(message) };
}

/** The orders to send after a preview: the ready ones Amazon said it can fulfill, in the list's order; the rest stay with their reason. */
export function ordersToSend(ready: readonly string[], previews: readonly BulkPreviewResult[]): string[] {
  const fulfillable = new Set(previews.filter((p) => p.fulfillable).map((p) => p.amazonOrderId));
  return ready.filter((id) => fulfillable.has(id));
}

/** The estimated fees of the orders that go, one total per currency (orders of several marketplaces are never added across currencies). */
export function sendingFeeTotals(previews: readonly BulkPreviewResult[]): FeeTotal[] {
  return feeTotals(previews.filter((p) => p.fulfillable).flatMap((p) => p.fees));
}
