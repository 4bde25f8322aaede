import { describe, expect, it } from 'vitest';
import { boxCsvSizeProblem, boxCsvTemplate, MAX_BOX_CSV_BYTES, parseBoxCsv, parseCsv } from './box-csv';

const MSKUS = ['MUG-BLUE', 'MUG,RED'];
const HEADER = 'Box ID,Length,Width,Height,Dimension unit,Weight,Weight unit,MUG-BLUE,"MUG,RED"';

describe('box contents from a CSV file', () => {
  it('reads one row per box and folds identical boxes into one line with their count', () => {
    const csv = `\uFEFF${HEADER}\r\nB1,18,14,10,in,20,lb,5,3\r\nB2,18,14,10,IN,20,LB,5,3\r\nB3,12,10,8,IN,9.5,LB,2,\r\n\r\n`;
    const parsed = parseBoxCsv(csv, MSKUS);
    expect(parsed).toEqual({
      ok: true,
      unit: 'IN',
      weightUnit: 'LB',
      boxes: 3,
      lines: [
        { count: '2', length: '18', width: '14', height: '10', weight: '20', units: { 'MUG-BLUE': '5', 'MUG,RED': '3' } },
        { count: '1', length: '12', width: '10', height: '8', weight: '9.5', units: { 'MUG-BLUE': '2', 'MUG,RED': '0' } },
      ],
    });
  });

  it('gives a template whose header it reads back', () => {
    const template = boxCsvTemplate(MSKUS);
    expect(template.split('\r\n')[0]).toBe(HEADER);
    expect(parseBoxCsv(template.replace(',0,0', ',4,0'), MSKUS)).toMatchObject({ ok: true, boxes: 1 });
  });

  it('refuses duplicate box ids, naming both rows', () => {
    const parsed = parseBoxCsv(`${HEADER}\nB1,18,14,10,IN,20,LB,5,3\nB1,18,14,10,IN,20,LB,5,3\n`, MSKUS);
    expect(parsed).toEqual({ ok: false, problems: ['Row 3: box id B1 is already on row 2; each box needs its own id.'] });
  });

  it("holds each row to Amazon's box limits and the form's rules, by row and column", () => {
    const parsed = parseBoxCsv(`${HEADER}\nB1,30,14,10,IN,60,LB,5,3\nB2,18,14,10,IN,20,LB,0,0\nB3,18,14,-1,IN,20,LB,-2,1\n`, MSKUS);
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'Row 2, Length: A box side can be at most 25 in (63.5 cm).',
        'Row 2, Weight: A box can weigh at most 50 lb (22.7 kg).',
        'Row 3: Put at least one unit in the box.',
        'Row 4, Height: Enter the height (more than 0).',
        'Row 4, MUG-BLUE: Units cannot be negative.',
      ],
    });
  });

  it('refuses unknown SKU columns, missing columns, mixed units and files without boxes', () => {
    expect(parseBoxCsv('Box ID,Length,Width,Height,Weight,Weight unit,MUG-GREEN\n', MSKUS)).toEqual({
      ok: false,
      problems: ['The column "Dimension unit" is missing (download the template for the header).', '"MUG-GREEN" is not a SKU of this packing group.'],
    });
    expect(parseBoxCsv(`${HEADER}\nB1,18,14,10,IN,20,LB,5,3\nB2,40,30,20,CM,9,KG,5,3\n`, MSKUS)).toEqual({
      ok: false,
      problems: ['Use one dimension unit and one weight unit for all the boxes of a file.'],
    });
    expect(parseBoxCsv(`${HEADER}\n`, MSKUS)).toEqual({ ok: false, problems: ['The file has a header but no boxes.'] });
    expect(parseBoxCsv('', MSKUS)).toEqual({ ok: false, problems: ['The file is empty.'] });
  });

  it('refuses an oversized file before reading it, and too many boxes', () => {
    expect(boxCsvSizeProblem(MAX_BOX_CSV_BYTES)).toBeUndefined();
    expect(boxCsvSizeProblem(MAX_BOX_CSV_BYTES + 1)).toMatch(/larger than 1 MB/);
    expect(parseBoxCsv(`${HEADER}\n${'x'.repeat(MAX_BOX_CSV_BYTES)}`, MSKUS)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/larger than 1 MB/)],
    });
    const rows = Array.from({ length: 5001 }, (_, i) => `B${i},18,14,10,IN,20,LB,1,0`).join('\n');
    expect(parseBoxCsv(`${HEADER}\n${rows}`, MSKUS)).toEqual({ ok: false, problems: ['The file has 5001 boxes; at most 5000 a packing group.'] });
  });

  it('lists at most 20 problems and says how many more there are', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `B${i},18,14,10,IN,99,LB,1,0`).join('\n');
    const parsed = parseBoxCsv(`${HEADER}\n${rows}`, MSKUS);
    expect(parsed.ok ? [] : parsed.problems).toHaveLength(21);
    expect(parsed.ok ? '' : parsed.problems.at(-1)).toBe('…and 10 more problems.');
  });
});

describe('CSV records', () => {
  it('reads quoted commas, doubled quotes, line breaks in quotes, CRLF and a last line without a break', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\nd,e')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['d', 'e'],
    ]);
  });
});
