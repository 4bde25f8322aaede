/**
 * Turns an SP-API failure into a message for the seller. Amazon's own message is shown when it
 * explains what to fix (invalid input, not found); other failures get the client's safe text.
 */
import { SpApiError } from '@/lib/sp-api/errors';
import { UserFacingError } from '@/lib/user-facing-error';

export function sellerMessageFor(error: SpApiError): string {
  const reference = error.requestId ? ` (Amazon reference ${error.requestId})` : '';
  if (error.kind === 'InvalidInput' || error.kind === 'NotFound' || error.kind === 'ClientError') {
    return `Amazon refused: ${error.message}${error.details ? ` ${error.details}` : ''}${reference}`;
  }
  return error.userMessage();
}

export async function askAmazon<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof SpApiError) throw new UserFacingError(sellerMessageFor(error));
    throw error;
  }
}
