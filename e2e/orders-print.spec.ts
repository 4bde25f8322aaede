import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { OWNER_STATE, SCREENS } from './support/helpers';
import { bodyRows, openWhenSynced } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });

/** The downloaded PDF's bytes and its name. */
async function downloadedPdf(page: Page, link: Locator): Promise<{ filename: string; pdf: Buffer }> {
  const downloadPromise = page.waitForEvent('download');
  await link.click();
  const download = await downloadPromise;
  return { filename: download.suggestedFilename(), pdf: readFileSync((await download.path())!) };
}

const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');

for (const [screen, viewport] of SCREENS) {
  test.describe(`on a ${screen}`, () => {
    test.use({ viewport });

    test('tick two seller-fulfilled orders to ship and print their pick list and packing slips', async ({ page }) => {
      await openWhenSynced(page, '/orders?status=UNSHIPPED&channel=MERCHANT&account=all&marketplace=all&pageSize=25', 'Orders');
      // Orders whose items the sync has read (a row without them shows "—"); store pick-ups are not the seller's to pack.
      const rows = bodyRows(page, 'Orders')
        .filter({ hasText: ' × ' })
        .filter({ hasNotText: /pick-up/i });
      const idOf = async (n: number) => (await rows.nth(n).getByRole('link').first().textContent())!.trim();
      const ids = [await idOf(0), await idOf(1)];
      for (const id of ids) await page.getByRole('checkbox', { name: `Select order ${id}` }).click();
      const bar = page.getByRole('region', { name: 'Selected orders' });
      await expect(bar.getByRole('status')).toHaveText('2 orders selected.');

      const slips = await downloadedPdf(page, bar.getByRole('link', { name: 'Packing slips (PDF)' }));
      expect(slips.filename).toMatch(/^packing-slips-\d{4}-\d{2}-\d{2}\.pdf$/);
      expect(slips.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // One slip per order, and no "Not included" page: both are the seller's to ship.
      const slipsText = pdfText(slips.pdf);
      for (const id of ids) expect(slipsText).toContain(`Order ${id}`);
      expect(slipsText.match(/^\f?Packing slip$/gm)).toHaveLength(2);
      expect(slipsText).not.toContain('Not included');

      const list = await downloadedPdf(page, bar.getByRole('link', { name: 'Pick list (PDF)' }));
      expect(list.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // One list (as many pages as its lines run to) for both orders, nothing left out.
      const text = pdfText(list.pdf);
      expect(text.match(/^\f?Pick list$/gm)).toHaveLength(1);
      expect(text).toContain('2 orders,');
      expect(text).not.toContain('Not included');
      for (const id of ids) expect(text).toContain(id);
    });

    test('select every order matching the filter and print one pick list for them', async ({ page }) => {
      await openWhenSynced(page, '/orders?status=UNSHIPPED&channel=MERCHANT&account=all&marketplace=all&pageSize=25', 'Orders');
      const bar = page.getByRole('region', { name: 'Selected orders' });
      await page.getByRole('checkbox', { name: 'Select all orders on this page' }).check();
      const selectAll = bar.getByRole('button', { name: /^Select all [\d,]+ orders matching this filter$/ });
      // When one page holds every match, the page is the filter.
      if (await selectAll.isVisible()) await selectAll.click();
      const counted = /([\d,]+) orders? (?:matching this filter are )?selected/.exec((await bar.getByRole('status').textContent()) ?? '');
      const total = Number(counted![1]!.replace(/,/g, ''));
      const first = (await bodyRows(page, 'Orders').first().getByRole('link').first().textContent())!.trim();

      const text = pdfText((await downloadedPdf(page, bar.getByRole('link', { name: 'Pick list (PDF)' }))).pdf);
      // Each of the first 100 matching orders is picked, or named on "Not included" with its reason.
      expect(text).toContain(first);
      const picked = Number(/(\d+) orders?, \d+ units? to pick/.exec(text)![1]);
      const left = Number(/(\d+) selected orders? not printed/.exec(text)?.[1] ?? 0);
      expect(picked + left).toBe(Math.min(total, 100));
      if (total > 100) expect(text).toContain('More orders match the filter: the first 100');
      else expect(text).not.toContain('More orders match the filter');
    });
  });
}
