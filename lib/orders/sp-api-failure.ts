/**
 * SP-API failures as a message for the seller's form. Amazon's own message is shown for the
 * errors that explain what was wrong with the request (it names the field or the rule);
 * the others get the client's generic wording. The request id goes to the audit log.
 */
import { LwaError, SpApiError } from '@/lib/sp-api/errors';
import { captureSpApiRequests } from '@/lib/sp-api/request-capture';
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

/**
 * Runs one SP-API call and returns its result with Amazon's request id (the last request it
 * made: a retried call reports the attempt that answered).
 */
export async function withRequestId<T>(operation: string, run: () => Promise<T>): Promise<{ result: T; requestId: string | undefined }> {
  const { result, requests } = await captureSpApiRequests(run);
  const requestId = requests.filter((r) => r.operation === operation).at(-1)?.requestId ?? requests.at(-1)?.requestId;
  return { result, requestId };
}
