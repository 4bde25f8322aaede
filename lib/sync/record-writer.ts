/**
 * Writing a page of synced records when the database refuses one of them. A page is written in
 * one statement; if the database refuses it because of a record's data (a value it cannot
 * hold, a constraint, the same key twice), the records are written one by one and those it
 * refuses are skipped and reported. Without this, one bad record failed its page on every run,
 * and the checkpoint never moved past it: the whole sync of that kind stopped for good.
 *
 * Only data errors are skipped (SQLSTATE classes 21, 22 and 23 but a foreign key, which means
 * the account itself went away); a lost connection or a lost lease still fails the run, which
 * resumes from the last committed page. Each attempt runs in a savepoint, so a refused record
 * leaves the page's transaction usable.
 */
import type { Db } from '@/db/client';

export interface SkippedRecord {
  /** What the record is, in the seller's words: "order", "SKU", "fulfillment order", "shipment". */
  what: string;
  /** Amazon's id of the record. */
  id: string;
  /** The database's reason, for the log only (never shown: it may quote data). */
  reason: string;
}

const FOREIGN_KEY_VIOLATION = '23503';

/** The SQLSTATE of a database error, however the driver and drizzle wrapped it. */
function sqlState(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether the database refused the statement because of the data it was given. */
export function isRecordDataError(error: unknown): boolean {
  const state = sqlState(error);
  return state !== undefined && /^2[123]/.test(state) && state !== FOREIGN_KEY_VIOLATION;
}

function reasonOf(error: unknown): string {
  const state = sqlState(error) ?? 'unknown';
  const cause = (error as { cause?: unknown }).cause;
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return `SQLSTATE ${state}: ${message.slice(0, 200)}`;
}

/**
 * Writes `records` with `write` inside the caller's transaction, skipping the ones the
 * database refuses for their data. Returns the skipped records (empty when all were written).
 */
export async function writeSkippingBadRecords<R>(
  tx: Db,
  records: readonly R[],
  describe: (record: R) => { what: string; id: string },
  write: (tx: Db, records: R[]) => Promise<void>,
): Promise<SkippedRecord[]> {
  if (!records.length) return [];
  try {
    await tx.transaction((savepoint) => write(savepoint, [...records]));
    return [];
  } catch (error) {
    if (!isRecordDataError(error)) throw error;
  }
  const skipped: SkippedRecord[] = [];
  for (const record of records) {
    try {
      await tx.transaction((savepoint) => write(savepoint, [record]));
    } catch (error) {
      if (!isRecordDataError(error)) throw error;
      skipped.push({ ...describe(record), reason: reasonOf(error) });
    }
  }
  return skipped;
}

/** The line the sync status shows after a run that skipped records: counts and ids, in plain words. */
export function skippedRecordsWarning(skipped: readonly SkippedRecord[]): string | undefined {
  if (!skipped.length) return undefined;
  const byWhat = new Map<string, string[]>();
  for (const record of skipped) byWhat.set(record.what, [...(byWhat.get(record.what) ?? []), record.id]);
  const parts = [...byWhat].map(([what, ids]) => {
    const shown = ids.slice(0, 5).join(', ');
    const more = ids.length > 5 ? ` and ${ids.length - 5} more` : '';
    return `${ids.length} ${what}${ids.length === 1 ? '' : 's'} could not be saved and ${ids.length === 1 ? 'was' : 'were'} skipped: ${shown}${more}`;
  });
  return `${parts.join('; ')}. The rest of the sync completed; Amazon is asked again when they change.`;
}
