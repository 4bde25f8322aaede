/** An error whose message is written for the seller and is safe to show as it is. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** Amazon's request id when the failure came from SP-API, for the audit log. */
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
