import { describe, expect, it } from 'vitest';
import { failuresCsv, parseShipmentCsv, shipmentLinesInput, type ShipmentLine } from './csv-lines';

const TODAY = '2026-12-06';
const HEADER = 'order id,carrier,tracking number,ship date,shipping method';

function lines(text: string): ShipmentLine[] {
  const parsed = parseShipmentCsv(text, TODAY);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.lines;
}

describe('parseShipmentCsv', () => {
  it('reads each line into Amazon carrier codes, defaulting the ship date to today', () => {
    const out = lines(`${HEADER}\n111-1111111-1111111,ups,1Z999AA1,2026-12-05,Ground\n222-2222222-2222222,Blue Dart,BD-77,,\n`);
    expect(out).toEqual([
      {
        line: 2,
        orderId: '111-1111111-1111111',
        carrierCode: 'UPS',
        carrierName: '',
        trackingNumber: '1Z999AA1',
        shipDate: '2026-12-05',
        shippingMethod: 'Ground',
        problem: null,
      },
      {
        line: 3,
        orderId: '222-2222222-2222222',
        carrierCode: 'BlueDart',
        carrierName: '',
        trackingNumber: 'BD-77',
        shipDate: TODAY,
        shippingMethod: '',
        problem: null,
      },
    ]);
  });

  it('accepts the columns in any order and case, and Other with its name', () => {
    const out = lines(`Tracking-Number,Carrier,Amazon Order ID\n"T1;x",Other: Acme Post,111-1111111-1111111\n`);
    expect(out[0]).toMatchObject({ carrierCode: 'Other', carrierName: 'Acme Post', orderId: '111-1111111-1111111', problem: expect.any(String) });
    const named = lines(`order id,carrier,carrier name,tracking number\n111-1111111-1111111,Other,Acme Post,T1\n111-1111111-1111112,Other,,T2\n`);
    expect(named[0]).toMatchObject({ carrierCode: 'Other', carrierName: 'Acme Post', problem: null });
    expect(named[1]!.problem).toMatch(/Name the carrier/);
  });

  it('gives each bad line its own reason', () => {
    const out = lines(
      [
        HEADER,
        '111-1111111-1111111,Pony Express,T1,,',
        ',UPS,T2,,',
        'not-an-order,UPS,T3,,',
        '111-1111111-1111114,UPS,,,',
        '111-1111111-1111115,UPS,T 5,,',
        '111-1111111-1111116,UPS,T6,06/12/2026,',
        '111-1111111-1111117,UPS,T7,2026-02-30,',
        '111-1111111-1111118,UPS,T8,2026-12-07,',
        '111-1111111-1111119,UPS,T9,,',
        '111-1111111-1111119,UPS,T10,,',
      ].join('\n'),
    );
    expect(out.map((l) => [l.line, l.problem])).toEqual([
      [2, expect.stringMatching(/“Pony Express” is not a carrier Amazon knows/)],
      [3, 'The order id is missing.'],
      [4, expect.stringMatching(/is not an Amazon order id/)],
      [5, 'The tracking number is missing.'],
      [6, expect.stringMatching(/letters, digits and hyphens/)],
      [7, expect.stringMatching(/not a date written YYYY-MM-DD/)],
      [8, expect.stringMatching(/not a date written YYYY-MM-DD/)],
      [9, 'The ship date is in the future.'],
      [10, null],
      [11, 'This order is on line 10 already: each order is confirmed once, in one package.'],
    ]);
  });

  it('refuses a file without the required columns, without lines, or over the limits', () => {
    expect(parseShipmentCsv('order id,carrier\n1,2\n', TODAY)).toEqual({ ok: false, message: expect.stringMatching(/tracking number is missing/) });
    expect(parseShipmentCsv(`${HEADER}\n`, TODAY)).toEqual({ ok: false, message: expect.stringMatching(/no orders/) });
    const many = [HEADER, ...Array.from({ length: 501 }, (_, i) => `111-1111111-${String(i).padStart(7, '0')},UPS,T${i},,`)].join('\n');
    expect(parseShipmentCsv(many, TODAY)).toMatchObject({ ok: false, message: expect.stringMatching(/500/) });
    expect(parseShipmentCsv('x'.repeat(500_001), TODAY)).toMatchObject({ ok: false, message: expect.stringMatching(/larger than/) });
  });
});

describe('shipmentLinesInput', () => {
  const line = { line: 2, orderId: '111-1111111-1111111', carrierCode: 'UPS', carrierName: '', trackingNumber: 'T1', shipDate: TODAY, shippingMethod: '' };
  it('takes a small batch of lines and refuses more, or broken JSON', () => {
    expect(shipmentLinesInput.parse(JSON.stringify([line]))).toEqual([line]);
    expect(shipmentLinesInput.safeParse(JSON.stringify(Array.from({ length: 6 }, () => line))).success).toBe(false);
    expect(shipmentLinesInput.safeParse('[{').success).toBe(false);
    expect(shipmentLinesInput.safeParse(JSON.stringify([{ ...line, shipDate: '' }])).success).toBe(false);
  });
});

describe('failuresCsv', () => {
  it('lists the lines left out and those that failed, with the reason, ready to fix and upload again', () => {
    const parsed = lines(`${HEADER}\n111-1111111-1111111,Other: Acme,T1,,\n111-1111111-1111112,Pony,T2,,\n111-1111111-1111113,UPS,T3,,\n`);
    const csv = failuresCsv(parsed, [
      { line: 2, orderId: '111-1111111-1111111', outcome: 'failed', message: 'This order is not in your workspace.' },
      { line: 4, orderId: '111-1111111-1111113', outcome: 'confirmed', message: 'Confirmed.' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'order id,carrier,tracking number,ship date,shipping method,reason',
      `111-1111111-1111111,Other: Acme,T1,${TODAY},,This order is not in your workspace.`,
      expect.stringMatching(/^111-1111111-1111112,Pony,T2,2026-12-06,,".*not a carrier Amazon knows/),
      '',
    ]);
  });
});
