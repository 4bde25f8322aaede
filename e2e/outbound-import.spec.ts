/**
 * Orders of a web shop shipped with FBA from its CSV export, on a laptop and a phone: the
 * sample Shopify export (e2e/fixtures/shopify-orders.csv) has three orders, one of a SKU the
 * seller does not stock. Two are created, the third downloads as a failure with its reason,
 * and the same file imported again creates nothing new.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { addUser, expectAccessible, OWNER_STATE, PHONE, SCREENS, signIn, uniqueEmail } from './support/helpers';
import { NA_SELLER, sim } from './support/fulfill-helpers';
import { amazonComChoice, openNewOutboundForm } from './support/outbound-helpers';
import { shopifyExport, wooCommerceExport } from './support/outbound-import-helpers';

test.use({ storageState: OWNER_STATE });
// One after the other: the column choice the first test makes is the one the second finds remembered.
test.describe.configure({ mode: 'serial' });

async function upload(page: Page, file: Buffer, name = 'shopify-orders.csv') {
  await page.getByLabel(/^Order export/).setInputFiles({ name, mimeType: 'text/csv', buffer: file });
}

const orderRow = (page: Page, orderNumber: string) => page.getByRole('table', { name: 'Orders of the file' }).locator(`tr[data-order="${orderNumber}"]`);

async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

for (const [screen, viewport] of SCREENS) {
  test(`a Shopify export on a ${screen}: two orders created, one failure with its reason, nothing twice`, async ({ page }) => {
    test.setTimeout(180_000);
    const skus = await openNewOutboundForm(page);
    const stocked = skus.filter((s) => s.fulfillable >= 5);
    expect(stocked.length, 'two SKUs with stock to ship').toBeGreaterThanOrEqual(2);
    await page.setViewportSize(viewport);
    const run = `${screen === 'phone' ? 'P' : 'L'}${Date.now().toString().slice(-6)}`;
    const file = shopifyExport(run, stocked[0]!.sellerSku, stocked[1]!.sellerSku);
    const [first, second, third] = ['01', '02', '03'].map((n) => `#${run}${n}`) as [string, string, string];

    // The entry point, from the outbound list.
    await page.goto('/outbound');
    await page.getByRole('link', { name: 'Import from a shop' }).click();
    await expect(page.getByRole('heading', { name: 'Import outbound orders', level: 1 })).toBeVisible();
    await page.getByLabel('Ship from').selectOption(await amazonComChoice(page));
    await upload(page, file);

    // The columns: asked once (Shopify's detected), then remembered for the next file.
    const columns = page.getByRole('heading', { name: 'Columns of shopify-orders.csv' });
    // Asked on the laptop's first try only: the phone, and a retry, find Shopify's columns remembered.
    if (screen === 'laptop' && test.info().retry === 0) {
      await expect(columns).toBeVisible();
      await expect(page.getByLabel('The file comes from')).toHaveValue('shopify');
      await expect(page.getByLabel('Order number', { exact: true })).toHaveValue('Name');
      await expect(page.getByLabel('Postal code')).toHaveValue('Shipping Zip');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Check the orders' }).click();
    }
    await expect(page.getByRole('heading', { name: /Check and create: 3 orders in shopify-orders\.csv \(Shopify\)/ })).toBeVisible({ timeout: 30_000 });
    await expect(columns).toBeHidden();

    await expect(orderRow(page, first)).toContainText('Ready');
    await expect(orderRow(page, first)).toContainText(`${stocked[1]!.sellerSku} × 1`);
    await expect(orderRow(page, second)).toContainText('Ready');
    await expect(orderRow(page, second)).toContainText('Bend, US');
    await expect(orderRow(page, third)).toContainText("Problem: CANDLE-RETIRED-01 is not a SKU of this account's FBA inventory in this marketplace.");
    await expectAccessible(page);

    // Costs from Amazon before anything is created.
    await page.getByRole('button', { name: 'Preview costs' }).click();
    await expect(page.getByText(/^Estimated fees for 2 orders: \$\d+\.\d{2}$/)).toBeVisible({ timeout: 30_000 });
    await expect(orderRow(page, first).getByRole('cell').nth(4)).toHaveText(/^\$\d+\.\d{2}$/);

    await page.getByRole('button', { name: 'Create 2 orders' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'created' })).toHaveText('2 created, 0 already created earlier, 1 not created.', {
      timeout: 60_000,
    });
    await expect(orderRow(page, first)).toContainText('Created');
    await expect(orderRow(page, second)).toContainText('Created');

    const failures = await downloadedText(page, () => page.getByRole('button', { name: 'Download failures (1)' }).click());
    expect(failures.name).toBe('shopify-orders-failures.csv');
    const lines = failures.text.trim().split('\r\n');
    expect(lines[0]).toBe('Order number,Reference,File line,Items,Reason');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      `${third},SHOPIFY-${run}03,5,CANDLE-RETIRED-01 x 1,CANDLE-RETIRED-01 is not a SKU of this account's FBA inventory in this marketplace.`,
    );
    await expectAccessible(page);

    // The same file again: both orders are found, nothing is sent twice.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await upload(page, file);
    await expect(page.getByRole('heading', { name: /Check and create: 3 orders/ })).toBeVisible({ timeout: 30_000 });
    await expect(orderRow(page, first)).toContainText('Already created');
    await expect(orderRow(page, second)).toContainText('Already created');
    await expect(page.getByRole('button', { name: 'No order is ready' })).toBeDisabled();

    // The outbound list shows the created orders under their derived references.
    await page.goto(`/outbound?q=SHOPIFY-${run}`);
    await expect(page.getByRole('link', { name: `SHOPIFY-${run}01` })).toBeVisible();
    await expect(page.getByRole('link', { name: `SHOPIFY-${run}02` })).toBeVisible();
    await expect(page.getByRole('link', { name: `SHOPIFY-${run}03` })).toHaveCount(0);
  });
}

/**
 * A WooCommerce export: one line per item, the recipient's name in first and last name
 * columns. Its columns are asked for once, as Shopify's were, and remembered apart from them.
 */
test('a WooCommerce export on a phone: its columns recognised, first and last name joined, both orders created', async ({ page }) => {
  test.setTimeout(180_000);
  const skus = await openNewOutboundForm(page);
  const stocked = skus.filter((s) => s.fulfillable >= 5);
  expect(stocked.length, 'two SKUs with stock to ship').toBeGreaterThanOrEqual(2);
  await page.setViewportSize(PHONE);
  const run = `W${Date.now().toString().slice(-6)}`;
  const file = wooCommerceExport(run, stocked[0]!.sellerSku, stocked[1]!.sellerSku);

  await page.goto('/outbound/import');
  await page.getByLabel('Ship from').selectOption(await amazonComChoice(page));
  await upload(page, file, 'woocommerce-orders.csv');

  // Asked on the first try; a retry finds the columns remembered from it.
  if (test.info().retry === 0) {
    await expect(page.getByRole('heading', { name: 'Columns of woocommerce-orders.csv' })).toBeVisible();
    await expect(page.getByLabel('The file comes from')).toHaveValue('woocommerce');
    await expect(page.getByLabel('Order number', { exact: true })).toHaveValue('Order Number');
    await expect(page.getByLabel('SKU', { exact: true })).toHaveValue('Item SKU');
    await expect(page.getByLabel('Recipient first name')).toHaveValue('Shipping First Name');
    await expect(page.getByLabel('Postal code')).toHaveValue('Shipping Postcode');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Check the orders' }).click();
  }

  await expect(page.getByRole('heading', { name: /Check and create: 2 orders in woocommerce-orders\.csv \(WooCommerce\)/ })).toBeVisible({ timeout: 30_000 });
  const [first, second] = [`${run}-1`, `${run}-2`];
  await expect(orderRow(page, first)).toContainText('Ready');
  await expect(orderRow(page, first)).toContainText(`${stocked[0]!.sellerSku} × 2`);
  await expect(orderRow(page, first)).toContainText(`${stocked[1]!.sellerSku} × 1`);
  await expect(orderRow(page, first)).toContainText('Portland, US');
  await expect(orderRow(page, second)).toContainText('Boise, US');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Create 2 orders' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'created' })).toHaveText('2 created, 0 already created earlier, 0 not created.', { timeout: 60_000 });

  // The first and last name columns make the name Amazon ships to; the second line is the first order's too.
  const onAmazon = await sim<{
    fulfillmentOrders: Array<{ destinationAddress: { name: string; addressLine2?: string }; items: Array<{ sellerSku: string; quantity: number }> }>;
  }>(`/_sim/state/fulfillmentOutbound_2020-07-01?sellerId=${NA_SELLER}&displayableOrderId=${encodeURIComponent(first)}`);
  expect(onAmazon.fulfillmentOrders).toHaveLength(1);
  expect(onAmazon.fulfillmentOrders[0]!.destinationAddress).toMatchObject({ name: 'Noor Haddad', addressLine2: 'Suite 2' });
  expect(onAmazon.fulfillmentOrders[0]!.items.map((i) => [i.sellerSku, i.quantity]).sort()).toEqual(
    [
      [stocked[0]!.sellerSku, 2],
      [stocked[1]!.sellerSku, 1],
    ].sort(),
  );
  await page.goto(`/outbound?q=WOO-${run}`);
  await expect(page.getByRole('link', { name: `WOO-${run}-1` })).toBeVisible();
  await expect(page.getByRole('link', { name: `WOO-${run}-2` })).toBeVisible();
});

test('a viewer is not offered the import and cannot open it', async ({ page, browser }) => {
  await page.goto('/outbound');
  await expect(page.getByRole('link', { name: 'Import from a shop' })).toBeVisible();
  const viewer = { name: 'Import Viewer', email: uniqueEmail('import-viewer'), role: 'Viewer', password: 'viewer password 123' };
  await addUser(page, viewer);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await signIn(viewerPage, viewer.email, viewer.password);
  await expect(viewerPage).toHaveURL(/\/orders$/);
  await viewerPage.goto('/outbound');
  await expect(viewerPage.getByRole('heading', { name: 'Outbound', level: 1 })).toBeVisible();
  await expect(viewerPage.getByRole('link', { name: 'Import from a shop' })).toHaveCount(0);
  await viewerPage.goto('/outbound/import');
  await expect(viewerPage).toHaveURL(/\/no-access$/);
  await context.close();
});
