import { describe, expect, it } from 'vitest';
import { RetiredOperationError } from '@/lib/sp-api/errors';
import { EXAMPLE_RETIREMENT } from '@/test/support/retired-operation';
import { syncErrorMessage } from './errors';

describe('syncErrorMessage', () => {
  it('tells the seller which Amazon operation was retired instead of an unexpected problem', () => {
    const error = new RetiredOperationError(EXAMPLE_RETIREMENT);
    expect(syncErrorMessage(error)).toBe(error.message);
    expect(syncErrorMessage(error)).toMatch(/^Amazon retired the old way to read the marketplaces of an account on Jun 30, 2026/);
  });
});
