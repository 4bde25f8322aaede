import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { orderPrintPdf, pickListLines, printSheet, type PrintOrder } from './pick-pack-pdf';

const item = (sellerSku: string, quantityOrdered: number, quantityShipped = 0) => ({
  sellerSku,
  asin: `B0${sellerSku.replace(/\W/g, '').padEnd(8, '0').slice(0, 8).toUpperCase()}`,
  title: `Title of ${sellerSku}`,
  quantityOrdered,
  quantityShipped,
});

const order = (amazonOrderId: string, over: Partial<PrintOrder> = {}): PrintOrder => ({
  amazonOrderId,
  marketplaceId: 'ATVPDKIKX0DER',
  // 03:00 UTC on Dec 7 is still Dec 6 in the US marketplace's zone.
  purchaseDate: new Date('2026-12-07T03:00:00Z'),
  orderStatus: 'UNSHIPPED',
  fulfilledBy: 'MERCHANT',
  isIspu: false,
  items: [item('MUG-RED', 2)],
  ...over,
});

const A = '111-0000001-0000001';
const B = '111-0000002-0000002';
const FBA = '111-0000003-0000003';
const SHIPPED = '111-0000004-0000004';
const ELSEWHERE = '111-0000005-0000005';

const found = [
  order(A, { items: [item('MUG-RED', 2), item('CUP-BLUE', 3, 1)] }),
  order(B, { orderStatus: 'PARTIALLY_SHIPPED', items: [item('MUG-RED', 1), item('ZEN-TEA', 4, 4)] }),
  order(FBA, { fulfilledBy: 'AMAZON', items: [item('FBA-ONLY', 5)] }),
  order(SHIPPED, { orderStatus: 'SHIPPED', items: [item('SENT-SKU', 1, 1)] }),
];
const sheet = printSheet([A, B, FBA, SHIPPED, ELSEWHERE], found);

/** The PDF's text as poppler reads it (the content streams are compressed, so the bytes say nothing). */
function textOf(pdf: Buffer): string[] {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').split('\f').slice(0, -1);
}
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('which selected orders are printed', () => {
  it('keeps merchant-fulfilled orders still to ship, with the units left to ship', () => {
    expect(sheet.printable.map((o) => o.amazonOrderId)).toEqual([A, B]);
    expect(sheet.printable[0]).toMatchObject({ purchaseDay: 'Dec 6, 2026' });
    expect(sheet.printable[0]?.lines.map((l) => [l.sku, l.units])).toEqual([
      ['MUG-RED', 2],
      ['CUP-BLUE', 2],
    ]);
    expect(sheet.printable[1]?.lines.map((l) => [l.sku, l.units])).toEqual([['MUG-RED', 1]]);
  });

  it('names every other selected order with its reason, in the order selected', () => {
    expect(sheet.notIncluded).toEqual([
      { amazonOrderId: FBA, reason: expect.stringMatching(/^FBA order/) },
      { amazonOrderId: SHIPPED, reason: 'Already shipped.' },
      { amazonOrderId: ELSEWHERE, reason: 'Not found in this workspace.' },
    ]);
  });

  it('leaves out in-store pick-up, cancelled orders and orders whose items have all shipped', () => {
    const other = printSheet(
      ['1', '2', '3'],
      [order('1', { isIspu: true }), order('2', { orderStatus: 'CANCELLED' }), order('3', { orderStatus: 'PARTIALLY_SHIPPED', items: [item('X', 1, 1)] })],
    );
    expect(other.printable).toEqual([]);
    expect(other.notIncluded.map((n) => n.reason)).toEqual([
      'The buyer collects this order in store.',
      expect.stringMatching(/^This order is Cancelled/),
      'Already shipped: every item has gone out.',
    ]);
  });
});

describe('the pick list', () => {
  it('totals each SKU across the orders, sorted by SKU, with the orders that want it', () => {
    expect(pickListLines(sheet.printable).map((l) => [l.sku, l.units, l.orderIds])).toEqual([
      ['CUP-BLUE', 2, [A]],
      ['MUG-RED', 3, [A, B]],
    ]);
  });
});

describe('the PDF', () => {
  it('is a PDF with one slip page per printed order and a last "Not included" page', async () => {
    const pdf = await orderPrintPdf('packing-slips', sheet);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // pdfkit writes each page's dictionary uncompressed.
    expect(pdf.toString('latin1').match(/\/Type \/Page\n/g)).toHaveLength(3);
  });

  it.skipIf(!hasPoppler)('prints each slip with its order, day and items, and no buyer details', async () => {
    const pages = textOf(await orderPrintPdf('packing-slips', sheet));
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain(`Order ${A}`);
    expect(pages[0]).toContain('Purchased Dec 6, 2026');
    expect(pages[0]).toMatch(/2 × MUG-RED/);
    expect(pages[0]).toMatch(/2 × CUP-BLUE/);
    expect(pages[0]).toContain('Amazon Buy Shipping');
    expect(pages[1]).toContain(`Order ${B}`);
    expect(pages[1]).not.toContain('ZEN-TEA');
    expect(pages[2]).toContain('Not included');
    expect(pages[2]).toMatch(new RegExp(`${FBA}: FBA order`));
    expect(pages[2]).toMatch(new RegExp(`${ELSEWHERE}: Not found`));
  });

  it.skipIf(!hasPoppler)('prints the pick list sorted by SKU with units, ASIN and orders', async () => {
    const pages = textOf(await orderPrintPdf('pick-list', sheet));
    expect(pages).toHaveLength(2);
    const list = pages[0] ?? '';
    expect(list).toContain('2 orders, 5 units to pick.');
    expect(list.indexOf('2 × CUP-BLUE')).toBeGreaterThan(-1);
    expect(list.indexOf('3 × MUG-RED')).toBeGreaterThan(list.indexOf('2 × CUP-BLUE'));
    expect(list).toContain(`For 2 orders: ${A}, ${B}`);
    expect(list).toContain('Title of MUG-RED');
    expect(list).not.toContain('FBA-ONLY');
  });

  it.skipIf(!hasPoppler)('says on the "Not included" page when more orders matched the filter than were printed', async () => {
    const pages = textOf(await orderPrintPdf('pick-list', { ...printSheet([A], found), capped: true }));
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('Not included');
    expect(pages[1]).toMatch(/More orders match the filter: the first 100 in the list's order are printed\./);
  });

  // Titles come in the marketplace's language: Poland, Turkey, Greece, Sweden... not only Latin-1.
  it.skipIf(!hasPoppler)('prints titles and SKUs in any European script, as written', async () => {
    const titles = ['Kubek łódź — zażółć gęślą jaźń', 'Çay bardağı, şık ve ığdır', 'Κούπα για τσάι', 'Кружка для чая'];
    const wide = printSheet([A], [order(A, { items: titles.map((title, i) => ({ ...item(`SKU-Ł${i}`, 1), title })) })]);
    for (const kind of ['pick-list', 'packing-slips'] as const) {
      const [page] = textOf(await orderPrintPdf(kind, wide));
      for (const title of titles) expect(page).toContain(title);
      expect(page).toContain('1 × SKU-Ł0');
    }
  });

  it('says so when nothing is printable', async () => {
    const empty = printSheet([FBA], found);
    const pdf = await orderPrintPdf('packing-slips', empty);
    expect(pdf.toString('latin1').match(/\/Type \/Page\n/g)).toHaveLength(2);
    if (hasPoppler) expect(textOf(pdf)[0]).toContain('Nothing to pack');
  });
});
