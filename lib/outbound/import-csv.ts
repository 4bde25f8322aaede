/**
 * A web shop's order export (CSV) read in the browser: RFC 4180 quoting (commas, quotes and
 * line breaks inside quoted cells), a byte order mark, CRLF or LF line ends. The file is read
 * where the seller chose it and never uploaded whole: only the orders made of it travel to the
 * server, a batch at a time. Limits keep one import to what a seller reviews on one page.
 * Client-safe and pure.
 */
import { csvCell } from './csv';

export const MAX_IMPORT_BYTES = 2_000_000;
export const MAX_IMPORT_ROWS = 5_000;

export interface CsvTable {
  header: string[];
  /** Data rows, each as long as the header (missing cells are empty). */
  rows: string[][];
  /** Line number in the file of each row's first line (the header is line 1), for messages. */
  lines: number[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; message: string };

export function parseCsv(text: string, limits: { maxBytes?: number; maxRows?: number } = {}): CsvResult {
  const maxBytes = limits.maxBytes ?? MAX_IMPORT_BYTES;
  const maxRows = limits.maxRows ?? MAX_IMPORT_ROWS;
  // Characters, not bytes, but never fewer: the browser also checks File.size before reading.
  if (text.length > maxBytes) return { ok: false, message: `The file is larger than ${Math.round(maxBytes / 1_000_000)} MB. Split it into smaller files.` };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const records: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let afterQuote = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) records.push({ cells, line: recordLine });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '' && !afterQuote) quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
      if (records.length > maxRows + 1)
        return { ok: false, message: `The file has more than ${maxRows.toLocaleString('en-US')} rows. Split it into smaller files.` };
    } else cell += c;
  }
  if (quoted) return { ok: false, message: `A quoted cell that starts on line ${recordLine} is never closed. Check the file is a CSV export.` };
  if (cell !== '' || cells.length) endRecord();
  if (!records.length) return { ok: false, message: 'The file is empty.' };
  if (records.length > maxRows + 1)
    return { ok: false, message: `The file has more than ${maxRows.toLocaleString('en-US')} rows. Split it into smaller files.` };

  const header = records[0]!.cells.map((h) => h.trim());
  if (header.length < 2 || header.every((h) => !h)) return { ok: false, message: 'The first line must name the columns. Check the file is a CSV export.' };
  const data = records.slice(1);
  if (!data.length) return { ok: false, message: 'The file has column names but no orders.' };
  return {
    ok: true,
    table: {
      header,
      rows: data.map((r) => header.map((_, i) => (r.cells[i] ?? '').trim())),
      lines: data.map((r) => r.line),
    },
  };
}

/** One line of a CSV the seller downloads (RFC 4180, formulas defused: csv.ts). */
export function csvLine(values: Array<string | number | null | undefined>): string {
  return `${values.map((v) => csvCell(v === null || v === undefined ? '' : String(v))).join(',')}\r\n`;
}
