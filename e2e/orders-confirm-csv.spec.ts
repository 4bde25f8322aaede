import { expect, test, type Page } from '@playwright/test';
import { openOrderPage, takeOrder } from './support/fulfill-helpers';
import { expectAccessible, OWNER_STATE, SCREENS } from './support/helpers';
import { bodyRows, openWhenSynced } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });

async function chooseFile(page: Page, csv: string) {
  await page.getByLabel('CSV file').setInputFiles({ name: 'shipments.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

for (const [screen, viewport] of SCREENS) {
  test.describe(`on a ${screen}`, () => {
    test.use({ viewport });

    /**
     * Two seller-fulfilled orders, an order the workspace does not have and a carrier Amazon does
     * not know: the preview says which lines go and why the others do not; confirming shows
     * progress and the results; the same file again confirms nothing twice.
     */
    test('confirm shipments from a CSV: preview with reasons, progress, results, nothing confirmed twice', async ({ page }) => {
      // Orders Amazon took since the last orders sync are brought in first (Sync now), as a seller would.
      test.setTimeout(240_000);
      // Orders Amazon took since the last orders sync are brought in first (Sync now), as a seller would.
      test.setTimeout(240_000);
      const a = await takeOrder();
      const b = await takeOrder();
      for (const o of [a, b]) await openOrderPage(page, `/orders/${o.amazonOrderId}`, `Order ${o.amazonOrderId}`);
      for (const o of [a, b]) await openOrderPage(page, `/orders/${o.amazonOrderId}`, `Order ${o.amazonOrderId}`);
      const csv = [
        'Order ID,Carrier,Tracking Number,Ship Date,Shipping Method',
        `${a.amazonOrderId},ups,1ZE2E${a.amazonOrderId.replace(/-/g, '')},,Ground`,
        '999-9999999-9999999,UPS,1ZE2E000,,',
        `${b.amazonOrderId},Other: Acme Post,ACME-${b.amazonOrderId.slice(-7)},,`,
        `${a.amazonOrderId.slice(0, 4)}1111111-1111111,Pony Express,PONY1,,`,
      ].join('\n');

      await openWhenSynced(page, '/orders?status=all&account=all&marketplace=all', 'Orders');
      await page.getByRole('region', { name: 'Selected orders' }).getByRole('link', { name: 'Confirm shipments from a CSV…' }).click();
      await expect(page.getByRole('heading', { name: 'Confirm shipments from a CSV', level: 1 })).toBeVisible();
      await expect(page.getByText('all the still-unshipped items')).toBeVisible();

      // A file without the columns is refused as a whole, at the file field.
      await chooseFile(page, 'id,who\n1,2\n');
      await expect(page.locator('#shipments-csv-error')).toContainText('order id, carrier, tracking number are missing');

      const preview = bodyRows(page, 'Lines of the file');
      const lineRow = (n: number) => preview.filter({ has: page.getByRole('cell', { name: String(n), exact: true }) }).first();
      // Until the sync has brought both orders in, they are "not in your workspace".
      await expect(async () => {
        await page.reload();
        await chooseFile(page, csv);
        await expect(page.getByText('2 lines of 4 ready to confirm; 2 lines left out, each with the reason.')).toBeVisible({ timeout: 5_000 });
      }).toPass({ timeout: 120_000, intervals: [2_000, 5_000] });
      await expect(lineRow(2)).toContainText(/Ready: \d+ units? in one package, UPS 1ZE2E/);
      await expect(lineRow(3)).toContainText('This order is not in your workspace.');
      await expect(lineRow(4)).toContainText('Ready:');
      await expect(lineRow(4)).toContainText('Acme Post');
      await expect(lineRow(5)).toContainText('“Pony Express” is not a carrier Amazon knows');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Confirm 2 shipments' }).click();
      await expect(page.getByRole('progressbar', { name: 'Lines confirmed' })).toBeVisible();
      await expect(page.getByText('Done: 2 shipments confirmed.')).toBeVisible({ timeout: 60_000 });
      const results = bodyRows(page, 'Results per line');
      await expect(results).toHaveCount(2);
      await expect(results.first()).toContainText(/Confirmed.*The order is now Shipped\./);
      // The lines left out can be downloaded with their reasons.
      const downloadPromise = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the lines not confirmed (CSV)' }).click();
      expect((await downloadPromise).suggestedFilename()).toBe('shipments-not-confirmed.csv');

      // The same file again: both orders say "already confirmed", and nothing is left to confirm.
      await page.reload();
      await chooseFile(page, csv);
      await expect(page.getByText('0 lines of 4 ready to confirm; 4 lines left out, each with the reason.')).toBeVisible({ timeout: 30_000 });
      await expect(lineRow(2)).toContainText('Already confirmed with UPS 1ZE2E');
      await expect(lineRow(4)).toContainText('Already confirmed with Acme Post ACME-');
      await expect(page.getByRole('button', { name: /^Confirm \d+ shipments?$/ })).toHaveCount(0);

      // The order page shows it shipped.
      await page.goto(`/orders/${a.amazonOrderId}`);
      await expect(page.getByText('Shipped').first()).toBeVisible();
    });
  });
}
