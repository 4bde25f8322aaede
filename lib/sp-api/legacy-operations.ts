/**
 * The operations the client still calls although Amazon has removed or deprecated them, each
 * with the issue that moves the product off it. This is the only exception to "the client calls
 * Amazon's current APIs": `current-api.test.ts` fails when an operation outside Amazon's current
 * models (the top level of sp-api-models/) is missing here, and when an entry here is no longer
 * needed, so the list only shrinks. Against Amazon's own hosts the client refuses an entry once
 * its retirement date has passed (client.ts), so a seller gets a plain message, not a 404.
 */
import type { ModelName } from './models';

export interface LegacyOperation {
  /** The client namespace (`ordersV0`, `fulfillmentInboundV0`, ...). */
  model: ModelName;
  operationId: string;
  /** 'removed': gone from Amazon's current model; 'deprecated': still in it, marked deprecated. */
  amazonStatus: 'removed' | 'deprecated';
  /** YYYY-MM-DD (UTC): from this day Amazon no longer answers the operation. */
  retiredOn: string;
  /** What the operation does, in the seller's words, completing "the old way to ...". */
  sellerAction: string;
  /** What Amazon offers instead. */
  amazonReplacement: string;
  /** What the seller can do instead in the product, until and after the move. */
  productReplacement: string;
  /** Why the product still calls it: the issue that moves it off. */
  reason: string;
}

/**
 * Empty today: the Fulfillment Inbound v0 writes Amazon removed on 2025-01-21 left the product
 * with Send to Amazon (Fulfillment Inbound 2024-03-20), and the Orders v0 reads with Orders
 * 2026-01-01. The next operation Amazon deprecates that the client still calls goes here.
 */
export const LEGACY_OPERATIONS: readonly LegacyOperation[] = [];

export function legacyOperation(model: string, operationId: string, list: readonly LegacyOperation[] = LEGACY_OPERATIONS): LegacyOperation | undefined {
  return list.find((entry) => entry.model === model && entry.operationId === operationId);
}

/** The entry for this operation when Amazon no longer answers it at `nowMs`. */
export function retiredOperation(
  model: string,
  operationId: string,
  nowMs: number,
  list: readonly LegacyOperation[] = LEGACY_OPERATIONS,
): LegacyOperation | undefined {
  const entry = legacyOperation(model, operationId, list);
  return entry && nowMs >= Date.parse(`${entry.retiredOn}T00:00:00Z`) ? entry : undefined;
}
