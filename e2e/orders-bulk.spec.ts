import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fulfillmentOrdersOnAmazon, openOrderPage, setFulfillable, syncInventoryNow, takeOrder } from './support/fulfill-helpers';
import { addUser, expectAccessible, OWNER_STATE, SCREENS, signIn, uniqueEmail } from './support/helpers';
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

    /**
     * Two stocked seller-fulfilled orders, one FBA order (left out, with why) and one whose stock
     * runs out on Amazon after the list was read (it fails alone, the others go through). Sending
     * again creates nothing twice; the failed one, once stocked, goes on its own.
     */
    test('fulfill several orders with FBA: problems listed, progress, a partial failure said, nothing sent twice', async ({ page }) => {
      // Orders Amazon took since the last orders sync are brought in first (Sync now), as a seller would.
      test.setTimeout(240_000);
      const a = await takeOrder();
      const b = await takeOrder();
      // Its stock runs out alone: no SKU shared with the two that go through.
      const skus = new Set([a, b].flatMap((o) => o.items.map((i) => i.sellerSku)));
      const late = await takeOrder({ where: (o) => o.items.every((i) => !skus.has(i.sellerSku)) });
      const fba = await takeOrder({ channel: 'AFN', stocked: false });
      const ids = [a, b, late, fba].map((o) => o.amazonOrderId);
      for (const id of ids) await openOrderPage(page, `/orders/${id}`, `Order ${id}`);
      await syncInventoryNow(page);
      const url = `/orders/bulk/fulfill?ids=${ids.join(',')}`;
      const listed = bodyRows(page, 'Orders to fulfill with FBA');
      const rowOf = (id: string) => listed.filter({ has: page.getByRole('link', { name: id, exact: true }) });
      // Until the sync has brought every order in, some are "not in your workspace" or lack their items.
      await expect(async () => {
        await page.goto(url);
        await expect(page.getByText('3 orders of 4 can be sent to FBA; 1 order left out, each with the reason.')).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 120_000, intervals: [2_000, 5_000] });
      await expect(rowOf(fba.amazonOrderId)).toContainText('Amazon ships this order from FBA already.');
      for (const o of [a, b, late]) await expect(rowOf(o.amazonOrderId)).toContainText('Ready');
      await expectAccessible(page);

      await setFulfillable(late.items[0]!.sellerSku, 0);
      await page.getByRole('radio', { name: 'Expedited' }).check();
      await page.getByRole('button', { name: 'Fulfill 3 orders with FBA' }).click();
      await expect(page.getByRole('progressbar', { name: 'Orders processed' })).toBeVisible();
      await expect(page.getByText('Done: 2 fulfillment orders created, 1 failed.')).toBeVisible({ timeout: 60_000 });
      const results = bodyRows(page, 'Results per order');
      await expect(results).toHaveCount(3);
      // The failure comes first, with Amazon's reason in words.
      await expect(results.first()).toContainText(late.amazonOrderId);
      await expect(results.first().getByRole('cell').nth(1)).toHaveText('Failed');
      await expect(results.first().getByRole('cell').nth(2)).toContainText(/inventory/i);
      const progress = page.getByRole('region', { name: 'Progress' });
      await expect(progress.getByRole('alert')).toContainText('1 order could not be sent; the others went through.');
      await expectAccessible(page);
      for (const o of [a, b]) {
        const created = await fulfillmentOrdersOnAmazon(o.amazonOrderId);
        expect(created).toHaveLength(1);
      }
      expect(await fulfillmentOrdersOnAmazon(late.amazonOrderId)).toHaveLength(0);

      // The failed order, stocked again, is sent on its own.
      await setFulfillable(late.items[0]!.sellerSku, late.items[0]!.quantityOrdered + 20);
      await page.getByRole('button', { name: 'Send the 1 failed order again' }).click();
      await expect(page.getByText('Done: 1 fulfillment order created.')).toBeVisible({ timeout: 60_000 });

      // Opened again, the page leaves every sent order out; nothing is created twice.
      await page.goto(url);
      for (const o of [a, b, late]) await expect(rowOf(o.amazonOrderId)).toContainText('Already fulfilled with FBA');
      await expect(page.getByRole('button', { name: /^Fulfill \d+ orders? with FBA$/ })).toHaveCount(0);
      for (const o of [a, b, late]) expect(await fulfillmentOrdersOnAmazon(o.amazonOrderId)).toHaveLength(1);
    });
  });
}

test('the bulk bar takes the selection to Fulfill with FBA; a viewer sees only the export', async ({ page, browser }) => {
  await openWhenSynced(page, '/orders?channel=MERCHANT&account=all&marketplace=all', 'Orders');
  const id = (await bodyRows(page, 'Orders').first().getByRole('link').first().textContent())!.trim();
  await page.getByRole('checkbox', { name: `Select order ${id}` }).check();
  await page.getByRole('region', { name: 'Selected orders' }).getByRole('link', { name: 'Fulfill with FBA…' }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/bulk/fulfill\\?.*ids=${id}`));
  await expect(page.getByRole('heading', { name: 'Fulfill orders with FBA', level: 1 })).toBeVisible();
  await expect(bodyRows(page, 'Orders to fulfill with FBA')).toHaveCount(1);
  await expect(bodyRows(page, 'Orders to fulfill with FBA').getByRole('link', { name: id, exact: true })).toBeVisible();

  const viewer = { name: 'Vera Viewer', email: uniqueEmail('bulk-viewer'), role: 'Viewer', password: 'viewer password 123' };
  await addUser(page, viewer);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await signIn(viewerPage, viewer.email, viewer.password);
  await expect(viewerPage).toHaveURL(/\/orders$/);
  await viewerPage.goto('/orders?channel=MERCHANT&account=all&marketplace=all');
  await viewerPage.getByRole('checkbox', { name: `Select order ${id}` }).check();
  const bar = viewerPage.getByRole('region', { name: 'Selected orders' });
  await expect(bar.getByRole('link', { name: 'Export selected (1)' })).toBeVisible();
  await expect(bar.getByRole('link', { name: 'Fulfill with FBA…' })).toHaveCount(0);
  await context.close();
});
