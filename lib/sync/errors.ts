/** The one line a seller sees when a sync fails: Amazon's problem in plain words, never a stack. */
import { DataKeyError } from '@/lib/encryption/data-key';
import { LwaError, RetiredOperationError, SpApiError } from '@/lib/sp-api';
import { UserFacingError } from '@/lib/user-facing-error';
import { LeaseLostError } from './checkpoints';

export function syncErrorMessage(error: unknown): string {
  if (error instanceof SpApiError || error instanceof LwaError || error instanceof RetiredOperationError) return error.userMessage();
  if (error instanceof UserFacingError) return error.message;
  // The operator's problem, not the seller's: the details are in the server log.
  if (error instanceof DataKeyError)
    return 'The server cannot read the stored Amazon authorization of this account with its encryption key. An administrator must check ENCRYPTION_KEY (see the server log).';
  if (error instanceof LeaseLostError) return 'Another sync of this account took over; it will finish the work.';
  return 'The sync stopped because of an unexpected problem. It will try again at the next run.';
}
