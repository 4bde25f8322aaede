/** The one line a seller sees when a sync fails: Amazon's problem in plain words, never a stack. */
import { LwaError, RetiredOperationError, SpApiError } from '@/lib/sp-api/errors';
import { UserFacingError } from '@/lib/user-facing-error';
import { LeaseLostError } from './checkpoints';

export function syncErrorMessage(error: unknown): string {
  if (error instanceof SpApiError || error instanceof LwaError || error instanceof RetiredOperationError) return error.userMessage();
  if (error instanceof UserFacingError) return error.message;
  if (error instanceof LeaseLostError) return 'Another sync of this account took over; it will finish the work.';
  return 'The sync stopped because of an unexpected problem. It will try again at the next run.';
}
