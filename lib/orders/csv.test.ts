import { describe, expect, it } from 'vitest';
import { csvField, csvRow, orderCsvRow } from './csv';

describe('csvField', () => {
  it('leaves plain values alone', () => {
    expect(csvField('111-2223334-5556667')).toBe('111-2223334-5556667');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('Mug, blue')).toBe('"Mug, blue"');
    expect(csvField('12" ruler')).toBe('"12"" ruler"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
  });

  it('defuses spreadsheet formulas in text', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    // Numbers are numbers, not formulas.
    expect(csvField(-1)).toBe('-1');
  });
});

describe('csvRow', () => {
  it('joins fields and ends with CRLF', () => {
    expect(csvRow(['a', 'b,c', null])).toBe('a,"b,c",\r\n');
  });

  it('writes an order with its marketplace code', () => {
    const line = orderCsvRow(
      {
        accountId: 'x',
        amazonOrderId: '111-0000001-0000001',
        marketplaceId: 'ATVPDKIKX0DER',
        orderStatus: 'SHIPPED',
        fulfilledBy: 'AMAZON',
        purchaseDate: new Date('2026-01-01T00:00:00Z'),
        lastUpdateDate: new Date('2026-01-02T00:00:00Z'),
        orderTotalAmount: '19.99',
        orderTotalCurrency: 'USD',
        itemsShipped: 1,
        itemsUnshipped: 0,
        shipServiceLevel: 'Std',
        isPrime: true,
        isIspu: false,
        shipCountry: 'US',
        latestShipDate: new Date('2026-01-03T07:59:59Z'),
        latestDeliveryDate: null,
      },
      () => 'US',
    );
    expect(line).toBe(
      '111-0000001-0000001,2026-01-01T00:00:00.000Z,2026-01-02T00:00:00.000Z,SHIPPED,AMAZON,US,19.99,USD,1,0,Std,yes,US,2026-01-03T07:59:59.000Z,\r\n',
    );
  });
});
