import { describe, expect, it } from 'vitest';
import { isRecordDataError, skippedRecordsWarning } from './record-writer';

/** Drizzle wraps the driver's error: "Failed query: ..." with the PostgreSQL error as its cause. */
const wrapped = (code: string) => Object.assign(new Error('Failed query: insert ...'), { cause: Object.assign(new Error('database says no'), { code }) });

describe('skipping records the database refuses', () => {
  it('skips data errors only: a lost connection, a lost lease or a deleted account still fail the run', () => {
    expect(isRecordDataError(wrapped('22P05'))).toBe(true); // untranslatable character
    expect(isRecordDataError(wrapped('22021'))).toBe(true); // invalid byte sequence
    expect(isRecordDataError(wrapped('23514'))).toBe(true); // check constraint
    expect(isRecordDataError(wrapped('21000'))).toBe(true); // the same key twice in one upsert
    expect(isRecordDataError(wrapped('23503'))).toBe(false); // the account row is gone
    expect(isRecordDataError(wrapped('08006'))).toBe(false); // connection failure
    expect(isRecordDataError(wrapped('40001'))).toBe(false); // serialization failure
    expect(isRecordDataError(new Error('The sync lease was taken over by another runner.'))).toBe(false);
    expect(isRecordDataError(Object.assign(new Error('socket'), { code: 'ECONNRESET' }))).toBe(false);
  });

  it('says in plain words what was skipped, with the ids', () => {
    expect(skippedRecordsWarning([])).toBeUndefined();
    const skus = Array.from({ length: 7 }, (_, i) => ({ what: 'SKU', id: `SKU-${i}`, reason: 'x' }));
    expect(skippedRecordsWarning(skus)).toBe(
      '7 SKUs could not be saved and were skipped: SKU-0, SKU-1, SKU-2, SKU-3, SKU-4 and 2 more. The rest of the sync completed; Amazon is asked again when they change.',
    );
  });
});
