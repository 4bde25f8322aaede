/**
 * A CSV download streamed in batches (the orders and outbound exports). Two rules a download
 * must keep, because a browser saves whatever arrives under a 200:
 *
 * - Nothing is sent before the export is known to work: the first batch is read before the
 *   response starts, so a query that fails is an error response, not a 200 followed by a reset.
 * - A failure after that can no longer change the status, so the file must not look complete:
 *   a last line says it is incomplete, then the connection is broken off (the browser marks
 *   the download as failed). Never a silently shorter file.
 */
import 'server-only';

/** The last line of a download that stopped early. */
export const INCOMPLETE_EXPORT_LINE = 'EXPORT INCOMPLETE: the server stopped before the last row. This file is missing rows; export again.\r\n';

export interface CsvDownload {
  filename: string;
  /** The header row, with its line break. */
  header: string;
  /** The file's rows, a batch of lines at a time (each chunk ends with a line break). */
  chunks: AsyncGenerator<string>;
  /** For the log: which export failed. */
  name: string;
}

const errorResponse = (message: string, status: number) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export async function csvDownload({ filename, header, chunks, name }: CsvDownload): Promise<Response> {
  let first: IteratorResult<string>;
  try {
    first = await chunks.next();
  } catch (error) {
    console.error(`[${name}] could not start`, error);
    return errorResponse('The export could not be prepared. Try again in a moment.', 500);
  }
  const encoder = new TextEncoder();
  let failed = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark so spreadsheet programs read the file as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${header}`));
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      if (failed) {
        // The marker line went out with the previous pull; now break the transfer off.
        controller.error(new Error(`${name} stopped early`));
        return;
      }
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error(`[${name}] stopped early`, error);
        failed = true;
        controller.enqueue(encoder.encode(INCOMPLETE_EXPORT_LINE));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}
