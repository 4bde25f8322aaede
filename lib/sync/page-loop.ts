/**
 * The listing loop every sync kind shares. Per scope (each marketplace with its own checkpoint,
 * or one listing for the whole account): ask Amazon for a page (the window's first, or the next
 * with the stored token), then write the page's records and where to resume in one transaction,
 * until Amazon gives no next token. A crash at any point resumes from the last committed page,
 * and replays are harmless because rows are keyed by their ids. The window's end waits in
 * `pending_cursor` until the last page is in, then becomes the cursor. A resume token Amazon no
 * longer accepts starts the window again.
 *
 * A kind says only what differs: the call, how an answer becomes records, and how they are written.
 */
import type { Db } from '@/db/client';
import { SpApiError } from '@/lib/sp-api';
import { readCheckpoint, savePageCheckpoint, type Checkpoint } from './checkpoints';
import type { SyncContext } from './context';
import { writeSkippingBadRecords, type SkippedRecord } from './record-writer';

export interface PageRequest {
  /** The marketplace being swept; undefined for a listing of the whole account. */
  marketplaceId: string | undefined;
  /** Amazon's token for the next page; null asks for the window's first page. */
  pageToken: string | null;
  /** The window's end so far: resumed from the checkpoint, or carried from the previous page. */
  pendingCursor: Date | null;
  checkpoint: Checkpoint;
}

export interface ListedPage<R> {
  records: R[];
  nextToken: string | null;
  /** The window's end as known after this page: kept as pending_cursor while more pages follow. */
  windowEnd: Date | null;
  /** The cursor to store when this is the last page. */
  cursor: Date | null;
  /** More to write in the page's transaction, after its records. */
  alsoWrite?: (tx: Db) => Promise<void>;
}

export interface PagedListing<A, R> {
  /** Marketplaces swept one by one, each with its own checkpoint; absent: one listing for the account. */
  marketplaceIds?: readonly string[];
  /**
   * The window's end is set when the window opens (the resumed one, else now) rather than
   * learned from the pages, so the first call can name it.
   */
  windowEndSetAtStart?: boolean;
  /** A window restarted for a refused token keeps its end (else it opens anew). */
  restartKeepsWindowEnd?: boolean;
  /** The one call the page token belongs to: a refused token restarts the window. */
  ask(request: PageRequest): Promise<A>;
  /** The answer's records (reading details where the kind needs them), next token and window end. */
  read(answer: A, request: PageRequest): Promise<ListedPage<R>> | ListedPage<R>;
  /** The record as the sync status names it when the database refuses it. */
  describe(record: R): { what: string; id: string };
  write(tx: Db, records: R[]): Promise<void>;
  /** Stops before the next call or write (the orders sync: its items phase failed). */
  stopped?: () => boolean;
  /** Progress made beside the listing (the orders sync: items read), for the progress bar. */
  otherProgress?: () => number;
  /** Runs after each committed page, before the tests' hook. */
  afterPage?: () => void;
}

/** The later of two dates; null only when both are. */
export const latest = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);

/** Counts as the listing goes; the orders sync's items phase reads it meanwhile. */
export interface ListingTally {
  listed: number;
  skipped: SkippedRecord[];
  /** Pages committed in this run, across listings (the tests' crash hook counts them). */
  pages?: number;
}

export async function listPages<A, R>(ctx: SyncContext, listing: PagedListing<A, R>, tally: ListingTally = { listed: 0, skipped: [] }): Promise<ListingTally> {
  for (const marketplaceId of listing.marketplaceIds ?? [undefined]) {
    const checkpoint = await readCheckpoint(ctx.db, ctx.lease, marketplaceId);
    let pageToken = checkpoint.pageToken;
    let pendingCursor = checkpoint.pendingCursor;
    for (;;) {
      if (listing.stopped?.()) return tally;
      if (listing.windowEndSetAtStart) pendingCursor ??= ctx.now();
      const request: PageRequest = { marketplaceId, pageToken, pendingCursor, checkpoint };
      let answer: A;
      try {
        answer = await listing.ask(request);
      } catch (error) {
        if (pageToken && error instanceof SpApiError && error.kind === 'InvalidInput') {
          pageToken = null;
          if (!listing.restartKeepsWindowEnd) pendingCursor = null;
          continue;
        }
        throw error;
      }
      if (listing.stopped?.()) return tally;

      const listed = await listing.read(answer, request);
      const { records, nextToken, windowEnd } = listed;
      tally.pages = (tally.pages ?? 0) + 1;
      const refused = await ctx.db.transaction(async (tx) => {
        const refused = await writeSkippingBadRecords(tx, records, listing.describe, listing.write);
        await listed.alsoWrite?.(tx);
        await savePageCheckpoint(tx, ctx.lease, {
          ...(marketplaceId !== undefined ? { marketplaceId } : {}),
          pageToken: nextToken,
          pendingCursor: nextToken ? windowEnd : null,
          ...(nextToken ? {} : { cursor: listed.cursor }),
          synced: records.length - refused.length,
          progressDone: tally.listed + records.length - refused.length + (listing.otherProgress?.() ?? 0),
        });
        return refused;
      });
      tally.skipped.push(...refused);
      tally.listed += records.length - refused.length;
      listing.afterPage?.();
      await ctx.hooks.afterPageCommitted?.(tally.pages);
      if (!nextToken) break;
      pageToken = nextToken;
      pendingCursor = windowEnd;
    }
  }
  return tally;
}
