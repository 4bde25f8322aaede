import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from './import-csv';

const table = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.table;
};

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, a BOM and CRLF', () => {
    const t = table('\uFEFFName,Note,Qty\r\n#1001,"Leave at door, back","2"\r\n#1002,"She said ""hi""\nthen left",3\r\n');
    expect(t.header).toEqual(['Name', 'Note', 'Qty']);
    expect(t.rows).toEqual([
      ['#1001', 'Leave at door, back', '2'],
      ['#1002', 'She said "hi"\nthen left', '3'],
    ]);
    // Line numbers count the line break inside the quoted cell.
    expect(t.lines).toEqual([2, 3]);
  });

  it('pads short rows, trims cells and skips blank lines', () => {
    const t = table('a,b,c\n 1 ,2\n\n3,4,5');
    expect(t.rows).toEqual([
      ['1', '2', ''],
      ['3', '4', '5'],
    ]);
    expect(t.lines).toEqual([2, 4]);
  });

  it('refuses what is not an order export, in words', () => {
    expect(parseCsv('')).toEqual({ ok: false, message: 'The file is empty.' });
    expect(parseCsv('a,b\n')).toEqual({ ok: false, message: 'The file has column names but no orders.' });
    expect(parseCsv('just one column\nx')).toMatchObject({ ok: false, message: expect.stringMatching(/name the columns/) });
    expect(parseCsv('a,b\n"open,2\n3,4')).toMatchObject({ ok: false, message: expect.stringMatching(/line 2 is never closed/) });
  });

  it('stops at the size and row limits', () => {
    expect(parseCsv('a,b\n1,2\n', { maxBytes: 5 })).toMatchObject({ ok: false, message: expect.stringMatching(/larger than/) });
    const rows = 'a,b\n' + '1,2\n'.repeat(11);
    expect(parseCsv(rows, { maxRows: 10 })).toMatchObject({ ok: false, message: 'The file has more than 10 rows. Split it into smaller files.' });
    expect(parseCsv(rows, { maxRows: 11 }).ok).toBe(true);
  });
});

describe('csvLine', () => {
  it('quotes and defuses formulas', () => {
    expect(csvLine(['#1001', 'a, b', '=SUM(A1)', 3, null])).toBe(`#1001,"a, b",'=SUM(A1),3,\r\n`);
  });
});
