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
      // "All matching" is counted twice (the page, then the export): the first sync has to be over
      // (it is, after the specs before this one; run alone, this waits for it).
      test.setTimeout(240_000);
      await expect(async () => {
        await page.reload();
        await expect(page.getByRole('note', { name: 'When Orders were last synced' })).not.toContainText(/syncing now|not synced yet/, { timeout: 1_000 });
      }).toPass({ timeout: 180_000, intervals: [2_000, 3_000] });
      const total = Number((await page.getByText(/^[\d,]+ orders? match(es)?\./).textContent())!.replace(/[^\d]/g, ''));
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
     * Three stocked seller-fulfilled orders and one FBA order (left out, with why). Amazon's
     * preview, asked after the list was read, finds one order's stock gone: it is listed with
     * Amazon's reason and never sent; the other two show their fees and dates. Another speed
     * clears the preview. Between preview and send a second order's stock runs out: it fails
     * alone, the other goes through, and it is sent again on its own once stocked. Nothing is
     * created twice.
     */
    test('fulfill several orders with FBA: a preview of fees and dates first, a problem listed and not sent, progress, nothing sent twice', async ({
      page,
    }) => {
      // Orders Amazon took since the last orders sync are brought in first (Sync now), as a seller would.
      test.setTimeout(240_000);
      const a = await takeOrder();
      // Each one's stock runs out alone: no SKU shared between the three that can go.
      const b = await takeOrder({ where: (o) => o.items.every((i) => !a.items.some((x) => x.sellerSku === i.sellerSku)) });
      const skus = new Set([a, b].flatMap((o) => o.items.map((i) => i.sellerSku)));
      const gone = await takeOrder({ where: (o) => o.items.every((i) => !skus.has(i.sellerSku)) });
      const fba = await takeOrder({ channel: 'AFN', stocked: false });
      const ids = [a, b, gone, fba].map((o) => o.amazonOrderId);
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
      for (const o of [a, b, gone]) await expect(rowOf(o.amazonOrderId)).toContainText('Ready');
      // Nothing is sent before Amazon's preview.
      await expect(page.getByRole('button', { name: /^Fulfill \d+ orders? with FBA$/ })).toHaveCount(0);
      await expectAccessible(page);

      // Amazon's stock of one order runs out after the list was read: its preview says so.
      await setFulfillable(gone.items[0]!.sellerSku, 0);
      const previewRegion = page.getByRole('region', { name: "Amazon's preview" });
      const previewRows = bodyRows(page, 'Preview per order');
      const previewOf = (id: string) => previewRows.filter({ has: page.getByRole('link', { name: id, exact: true }) });
      await page.getByRole('radio', { name: 'Standard' }).check();
      await page.getByRole('button', { name: 'Preview 3 orders' }).click();
      await expect(previewRegion.getByRole('status')).toHaveText(
        'Amazon can fulfill 2 of 3 orders at Standard speed; 1 cannot be sent, each with the reason.',
        {
          timeout: 60_000,
        },
      );
      // Another speed clears the preview: Amazon is asked again for it.
      await page.getByRole('radio', { name: 'Expedited' }).check();
      await expect(previewRegion).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Fulfill \d+ orders? with FBA$/ })).toHaveCount(0);
      await page.getByRole('button', { name: 'Preview 3 orders' }).click();
      await expect(previewRegion.getByRole('progressbar', { name: 'Orders previewed' })).toBeVisible();
      await expect(previewRegion.getByRole('status')).toHaveText(
        'Amazon can fulfill 2 of 3 orders at Expedited speed; 1 cannot be sent, each with the reason.',
        {
          timeout: 60_000,
        },
      );
      await expect(previewRows).toHaveCount(3);
      // The order with a problem comes first, with Amazon's reason in words.
      await expect(previewRows.first()).toContainText(gone.amazonOrderId);
      await expect(previewOf(gone.amazonOrderId).getByRole('cell').nth(1)).toContainText('Cannot be sent');
      await expect(previewOf(gone.amazonOrderId).getByRole('cell').nth(1)).toContainText(`${gone.items[0]!.sellerSku}: Not enough fulfillable stock at FBA`);
      for (const o of [a, b]) {
        const cells = previewOf(o.amazonOrderId).getByRole('cell');
        await expect(cells.nth(1)).toHaveText('Fulfillable');
        await expect(cells.nth(2)).toHaveText(/^\D*\d[\d,]*\.\d{2}$/);
        await expect(cells.nth(3).locator('time').first()).toBeVisible();
        await expect(cells.nth(4).locator('time').first()).toBeVisible();
      }
      await expect(previewRegion).toContainText('Estimated fees for 2 orders:');
      await expect(previewRegion).toContainText('1 order with a problem is not sent.');
      await expectAccessible(page);

      // Between preview and send, a second order's stock runs out: Amazon refuses it alone.
      await setFulfillable(b.items[0]!.sellerSku, 0);
      await page.getByRole('button', { name: 'Fulfill 2 orders with FBA' }).click();
      await expect(page.getByRole('progressbar', { name: 'Orders processed' })).toBeVisible();
      await expect(page.getByText('Done: 1 fulfillment order created, 1 failed.')).toBeVisible({ timeout: 60_000 });
      const results = bodyRows(page, 'Results per order');
      await expect(results).toHaveCount(2);
      // The failure comes first, with Amazon's reason in words.
      await expect(results.first()).toContainText(b.amazonOrderId);
      await expect(results.first().getByRole('cell').nth(1)).toHaveText('Failed');
      await expect(results.first().getByRole('cell').nth(2)).toContainText(/inventory/i);
      const progress = page.getByRole('region', { name: 'Progress' });
      await expect(progress.getByRole('alert')).toContainText('1 order could not be sent; the others went through.');
      await expectAccessible(page);
      expect(await fulfillmentOrdersOnAmazon(a.amazonOrderId)).toHaveLength(1);
      for (const o of [b, gone]) expect(await fulfillmentOrdersOnAmazon(o.amazonOrderId)).toHaveLength(0);

      // The failed order, stocked again, is sent on its own.
      await setFulfillable(b.items[0]!.sellerSku, b.items[0]!.quantityOrdered + 20);
      await page.getByRole('button', { name: 'Send the 1 failed order again' }).click();
      await expect(page.getByText('Done: 1 fulfillment order created.')).toBeVisible({ timeout: 60_000 });

      // Opened again, the page leaves every sent order out; nothing is created twice, and the order with a problem was never sent.
      await page.goto(url);
      for (const o of [a, b]) await expect(rowOf(o.amazonOrderId)).toContainText('Already fulfilled with FBA');
      await expect(page.getByRole('button', { name: 'Preview 1 order' })).toBeVisible();
      await expect(page.getByRole('button', { name: /^Fulfill \d+ orders? with FBA$/ })).toHaveCount(0);
      for (const o of [a, b]) expect(await fulfillmentOrdersOnAmazon(o.amazonOrderId)).toHaveLength(1);
      expect(await fulfillmentOrdersOnAmazon(gone.amazonOrderId)).toHaveLength(0);
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
