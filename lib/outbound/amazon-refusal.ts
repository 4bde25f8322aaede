/**
 * SP-API failures of outbound writes as messages for the seller. When Amazon refuses the
 * request itself (400, 404) its own message says why ("... cannot be cancelled because its
 * status is Processing"), so it is shown; anything else gets the client's safe message.
 */
import { LwaError, SpApiError } from '@/lib/sp-api/errors';
import { UserFacingError } from '@/lib/user-facing-error';

export class AmazonRefusal extends UserFacingError {
  constructor(
    message: string,
    readonly requestId: string | undefined,
    fieldErrors?: Record<string, string[]>,
  ) {
    super(message, fieldErrors);
  }
}

export function refusalFrom(error: unknown, what: string): unknown {
  if (error instanceof SpApiError) {
    const reference = error.requestId ? ` (Amazon reference ${error.requestId})` : '';
    if (error.kind === 'InvalidInput' || error.kind === 'NotFound' || error.kind === 'ClientError') {
      return new AmazonRefusal(`Amazon refused to ${what}: ${error.message}${reference}`, error.requestId);
    }
    return new AmazonRefusal(error.userMessage(), error.requestId);
  }
  if (error instanceof LwaError) return new UserFacingError(error.userMessage());
  return error;
}
