/** An error whose message is written for the seller and is safe to show as it is. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
