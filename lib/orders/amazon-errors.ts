/**
 * SP-API failures turned into messages a seller can read, with Amazon's request id kept for the
 * audit log, so actions in app/ never need to know SpApiError.
 */
import { SpApiError } from '@/lib/sp-api/errors';
import { UserFacingError } from '@/lib/user-facing-error';

export class AmazonRequestFailed extends UserFacingError {
  constructor(
    message: string,
    readonly requestId: string | undefined,
  ) {
    super(message);
    this.name = 'AmazonRequestFailed';
  }
}

/** Runs an SP-API call; an SpApiError comes out as AmazonRequestFailed, anything else as it was. */
export async function askAmazon<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof SpApiError) throw new AmazonRequestFailed(error.userMessage(), error.requestId);
    throw error;
  }
}
