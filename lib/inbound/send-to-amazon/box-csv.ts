/**
 * Box contents from a spreadsheet (client-safe): one row per box, with the seller's box id, its
 * size, its weight and the units of each SKU of the packing group in it. Identical boxes become
 * one line of the boxes form with their count, so the seller reviews the table before anything
 * is sent; the form's rules (Amazon's box limits) are checked here per row as well.
 */
import { boxLine } from './input';

export const MAX_BOX_CSV_BYTES = 1_000_000;
export const MAX_BOX_CSV_ROWS = 5_000;
/** Problems listed before the rest are summed up: enough to fix the file, not a wall of text. */
const MAX_PROBLEMS = 20;

const COLUMNS = ['Box ID', 'Length', 'Width', 'Height', 'Dimension unit', 'Weight', 'Weight unit'] as const;

/** A line of the boxes form: strings, as the inputs hold them. */
export interface BoxFormLine {
  count: string;
  length: string;
  width: string;
  height: string;
  weight: string;
  units: Record<string, string>;
}

export type BoxCsvResult = { ok: true; unit: 'IN' | 'CM'; weightUnit: 'LB' | 'KG'; lines: BoxFormLine[]; boxes: number } | { ok: false; problems: string[] };

/** The header and one example row, for the group's SKUs. */
export function boxCsvTemplate(mskus: string[]): string {
  const row = (cells: string[]) => cells.map(csvCell).join(',');
  return `${row([...COLUMNS, ...mskus])}\r\n${row(['BOX-1', '18', '14', '10', 'IN', '20', 'LB', ...mskus.map(() => '0')])}\r\n`;
}

/** Whether a file is too big to read as box contents: checked before it is read. */
export function boxCsvSizeProblem(bytes: number): string | undefined {
  return bytes > MAX_BOX_CSV_BYTES ? `The file is larger than ${MAX_BOX_CSV_BYTES / 1_000_000} MB; a packing group's box contents fit in far less.` : undefined;
}

export function parseBoxCsv(text: string, mskus: string[]): BoxCsvResult {
  const sizeProblem = boxCsvSizeProblem(new TextEncoder().encode(text).byteLength);
  if (sizeProblem) return { ok: false, problems: [sizeProblem] };
  const records = parseCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.some((cell) => cell.trim() !== ''));
  const [header, ...rows] = records;
  if (!header) return { ok: false, problems: ['The file is empty.'] };
  if (rows.length > MAX_BOX_CSV_ROWS) return { ok: false, problems: [`The file has ${rows.length} boxes; at most ${MAX_BOX_CSV_ROWS} a packing group.`] };

  const names = header.map((h) => h.trim());
  const problems: string[] = [];
  const columnOf = new Map<string, number>();
  names.forEach((name, index) => {
    const key = COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase()) ?? name;
    if (columnOf.has(key)) problems.push(`The column "${name}" appears twice.`);
    columnOf.set(key, index);
  });
  for (const column of COLUMNS) if (!columnOf.has(column)) problems.push(`The column "${column}" is missing (download the template for the header).`);
  const skuColumns = names.filter((name) => !COLUMNS.some((c) => c.toLowerCase() === name.toLowerCase()));
  for (const name of skuColumns) if (!mskus.includes(name)) problems.push(`"${name}" is not a SKU of this packing group.`);
  if (problems.length) return { ok: false, problems };

  const cell = (row: string[], column: string) => (row[columnOf.get(column)!] ?? '').trim();
  const seen = new Map<string, number>();
  const units = new Set<string>();
  const weightUnits = new Set<string>();
  const lines = new Map<string, BoxFormLine>();
  rows.forEach((row, index) => {
    const rowNumber = index + 2; // the header is row 1
    const boxId = cell(row, 'Box ID');
    if (!boxId) problems.push(`Row ${rowNumber}: enter the box id.`);
    else if (seen.has(boxId)) problems.push(`Row ${rowNumber}: box id ${boxId} is already on row ${seen.get(boxId)}; each box needs its own id.`);
    else seen.set(boxId, rowNumber);
    const unit = cell(row, 'Dimension unit').toUpperCase();
    const weightUnit = cell(row, 'Weight unit').toUpperCase();
    units.add(unit);
    weightUnits.add(weightUnit);
    const line = {
      count: '1',
      length: cell(row, 'Length'),
      width: cell(row, 'Width'),
      height: cell(row, 'Height'),
      weight: cell(row, 'Weight'),
      units: Object.fromEntries(skuColumns.map((msku) => [msku, cell(row, msku) || '0'])),
    };
    const checked = boxLine.safeParse({ ...line, unit, weightUnit, items: skuColumns.map((msku) => ({ msku, quantity: line.units[msku] })) });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = issue.path[0] === 'items' ? skuColumns[Number(issue.path[1])] : COLUMNS.find((c) => c.toLowerCase() === String(issue.path[0]));
        problems.push(`Row ${rowNumber}${field ? `, ${field}` : ''}: ${issue.message}`);
      }
      return;
    }
    const key = JSON.stringify([line.length, line.width, line.height, line.weight, line.units]);
    const same = lines.get(key);
    if (same) same.count = String(Number(same.count) + 1);
    else lines.set(key, line);
  });
  if (units.size > 1 || weightUnits.size > 1) problems.push('Use one dimension unit and one weight unit for all the boxes of a file.');
  if (!rows.length) problems.push('The file has a header but no boxes.');
  if (problems.length) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`…and ${problems.length - MAX_PROBLEMS} more problems.`);
    return { ok: false, problems: shown };
  }
  return { ok: true, unit: [...units][0] as 'IN' | 'CM', weightUnit: [...weightUnits][0] as 'LB' | 'KG', lines: [...lines.values()], boxes: rows.length };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}
