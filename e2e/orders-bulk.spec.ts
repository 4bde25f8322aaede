import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, OWNER_STATE, SCREENS } from './support/helpers';
import { bodyRows, openWhenSynced } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });

/** The order ids of a downloaded orders CSV (its first column), header left out. */
async function downloadedIds(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ filename: string; ids: string[] }> {
  const downloadPromise = page.waitForEvent('download');
  await link.click();
  const download = await downloadPromise;
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toMatch(/^Amazon order id,/);
  return { filename: download.suggestedFilename(), ids: lines.slice(1).map((line) => line.split(',')[0]!) };
}

for (const [screen, viewport] of SCREENS) {
  test.describe(`on a ${screen}`, () => {
    test.use({ viewport });

    test('tick orders by mouse and keyboard and export just those; the whole page, then all matching the filter', async ({ page }) => {
      const view = '/orders?status=all&account=all&marketplace=all&pageSize=25';
      await openWhenSynced(page, view, 'Orders');
      const total = Number((await page.getByText(/^[\d,]+ orders? match\./).textContent())!.replace(/[^\d]/g, ''));
      expect(total).toBeGreaterThan(25);
      const bar = page.getByRole('region', { name: 'Selected orders' });
      await expect(bar.getByRole('status')).toHaveText('Tick orders to export or act on several at once.');
      await expect(bar.getByRole('link', { name: /^Export selected/ })).toHaveCount(0);

      const rows = bodyRows(page, 'Orders');
      const idOf = async (n: number) => (await rows.nth(n).getByRole('link').first().textContent())!.trim();
      const first = await idOf(0);
      const third = await idOf(2);
      await page.getByRole('checkbox', { name: `Select order ${first}` }).click();
      // The keyboard ticks an order too.
      await page.getByRole('checkbox', { name: `Select order ${third}` }).focus();
      await page.keyboard.press('Space');
      await expect(page.getByRole('checkbox', { name: `Select order ${third}` })).toBeChecked();
      await expect(bar.getByRole('status')).toHaveText('2 orders selected.');
      await expectAccessible(page);

      const selected = await downloadedIds(page, bar.getByRole('link', { name: 'Export selected (2)' }));
      expect(selected.filename).toMatch(/^orders-selected-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(selected.ids.sort()).toEqual([first, third].sort());

      // The header's checkbox ticks the page; then the whole filter can be chosen.
      await page.getByRole('checkbox', { name: 'Select all orders on this page' }).click();
      await expect(bar.getByRole('status')).toHaveText('25 orders selected.');
      await expect(page.getByRole('checkbox', { name: /^Select order / }).first()).toBeChecked();
      await bar.getByRole('button', { name: `Select all ${total.toLocaleString('en-US')} orders matching this filter` }).click();
      await expect(bar.getByRole('status')).toHaveText(`All ${total.toLocaleString('en-US')} orders matching this filter are selected.`);
      const all = await downloadedIds(page, bar.getByRole('link', { name: `Export selected (${total.toLocaleString('en-US')})` }));
      expect(all.ids).toHaveLength(total);
      expect(all.ids).toEqual(expect.arrayContaining([first, third]));

      // Unticking one order of "all matching" keeps the rest of the page.
      await page.getByRole('checkbox', { name: `Select order ${first}` }).click();
      await expect(bar.getByRole('status')).toHaveText('24 orders selected.');
      await bar.getByRole('button', { name: 'Clear selection' }).click();
      await expect(bar.getByRole('status')).toHaveText('Tick orders to export or act on several at once.');
      await expect(page.getByRole('checkbox', { name: `Select order ${third}` })).not.toBeChecked();

      // Another page starts with nothing selected.
      await page.getByRole('checkbox', { name: `Select order ${third}` }).click();
      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' }).click();
      await expect(page).toHaveURL(/page=2/);
      await expect(bar.getByRole('status')).toHaveText('Tick orders to export or act on several at once.');
    });
  });
}
