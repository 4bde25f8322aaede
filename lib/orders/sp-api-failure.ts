/**
 * SP-API failures as a message for the seller's form. Amazon's own message is shown for the
 * errors that explain what was wrong with the request (it names the field or the rule);
 * the others get the client's generic wording. The request id goes to the audit log.
 */
import { LwaError, SpApiError } from '@/lib/sp-api/errors';
import { UserFacingError } from '@/lib/user-facing-error';

export function asUserFacing(error: unknown): unknown {
  if (error instanceof SpApiError) {
    const explain = error.kind === 'InvalidInput' || error.kind === 'ClientError' || error.kind === 'NotFound';
    const reference = error.requestId ? ` (Amazon reference ${error.requestId})` : '';
    const message = explain && error.message ? `Amazon refused: ${error.message}${reference}` : error.userMessage();
    return new UserFacingError(message, undefined, error.requestId);
  }
  if (error instanceof LwaError) return new UserFacingError('Amazon did not accept our authorization for this account. Please reconnect the Amazon account.');
  return error;
}

/** Runs an SP-API step and rethrows its failure as a UserFacingError. */
export async function withSpApiMessages<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw asUserFacing(error);
  }
}
