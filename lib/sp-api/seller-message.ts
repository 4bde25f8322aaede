/**
 * SP-API failures as messages a seller can act on. When Amazon refuses the request itself
 * (invalid input, not found, another client error) its own message says what to fix ("...
 * cannot be cancelled because its status is Processing"), so it is shown with Amazon's
 * reference; anything else (throttling, outages, timeouts) gets the client's safe wording. An
 * operation Amazon has retired is refused by the client with a message written for the seller.
 * The request id travels on the UserFacingError for the audit log.
 *
 * Every server action's failure passes through `asUserFacing` in the action wrapper
 * (lib/actions/authorized-action.ts), so actions never translate; services call it (or
 * `askAmazon`) only to name the step that failed, or where no action runs (pages, routes, sync).
 */
import { truncateText } from '@/lib/truncate-text';
import { UserFacingError } from '@/lib/user-facing-error';
import { LwaError, RetiredOperationError, SpApiError } from './errors';

/** Amazon's own words are shown up to this length (one sent 100 kB): enough for any real reason. */
export const AMAZON_MESSAGE_SHOWN = 1_000;

/** `what`: the step that failed, in the seller's words ("cancel this order"). */
export function sellerMessageFor(error: SpApiError, what?: string): string {
  if (error.kind === 'InvalidInput' || error.kind === 'NotFound' || error.kind === 'ClientError') {
    const reference = error.requestId ? ` (Amazon reference ${error.requestId})` : '';
    const words = truncateText(error.details ? `${error.message} ${error.details}` : error.message, AMAZON_MESSAGE_SHOWN);
    return `Amazon refused${what ? ` to ${what}` : ''}: ${words}${reference}`;
  }
  // Amazon answers a marketplace outside the account's region with the same 403 as a revoked
  // authorization; only `details` tells them apart, and reconnecting would not help.
  if (error.isMarketplaceOutsideRegion) {
    const reference = error.requestId ? ` (Amazon reference ${error.requestId})` : '';
    return `Amazon refused${what ? ` to ${what}` : ''}: that marketplace or destination country is not in this Amazon account's region. Choose one the account sells in${reference}.`;
  }
  return error.userMessage();
}

/** SP-API and Login with Amazon failures, and retired operations, as UserFacingError; anything else as it was. */
export function asUserFacing(error: unknown, what?: string): unknown {
  if (error instanceof SpApiError) return new UserFacingError(sellerMessageFor(error, what), undefined, error.requestId);
  if (error instanceof RetiredOperationError) return new UserFacingError(error.userMessage());
  if (error instanceof LwaError)
    return new UserFacingError('Amazon did not accept our authorization for this account. Please reconnect the Amazon account in Settings.');
  return error;
}

/** Runs SP-API work; its failures come out as UserFacingError. */
export async function askAmazon<T>(call: () => Promise<T>, what?: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw asUserFacing(error, what);
  }
}
