import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, OWNER_STATE } from './support/helpers';
import { bodyRows, openWhenSynced } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });

const TABLE = 'FBA inventory per SKU and marketplace';

async function badgeCount(page: Page): Promise<number> {
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Inventory/ });
  const name = (await link.textContent()) ?? '';
  const match = name.match(/(\d+)\s*low-stock SKUs/);
  return match ? Number(match[1]) : 0;
}

test('inventory with every bucket; a low-stock threshold moves the sidebar badge and is audited', async ({ page }) => {
  await openWhenSynced(page, '/inventory?account=all&marketplace=all', TABLE);
  for (const column of [
    'Fulfillable',
    'Inbound working',
    'Inbound shipped',
    'Inbound receiving',
    'Reserved: customer orders',
    'Reserved: FC transfers',
    'Reserved: FC processing',
    'Researching',
    'Unfulfillable',
    'Total',
  ]) {
    await expect(page.getByRole('columnheader', { name: new RegExp(`^${column}`) })).toBeVisible();
  }
  await expectAccessible(page);

  // A SKU that is not low anywhere: sort by fulfillable, most first.
  await page.goto('/inventory?account=all&marketplace=all&sort=fulfillable&dir=desc');
  const sku = (await bodyRows(page, TABLE).first().getByRole('rowheader').locator('span').first().textContent())!.trim();
  await page.getByLabel('Search', { exact: true }).fill(sku);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(sku)}`));
  const skuRows = bodyRows(page, TABLE);
  await expect(skuRows.first()).toBeVisible();
  const rowCount = await skuRows.count();
  const alreadyLow = await skuRows.filter({ hasText: 'Low stock' }).count();
  const before = await badgeCount(page);

  // Bad input is refused next to the field.
  const input = page.getByLabel(`Low-stock threshold for ${sku}`).first();
  await input.fill('-3');
  await page
    .getByRole('button', { name: `Save threshold for ${sku}` })
    .first()
    .click();
  await expect(page.getByText('Enter a whole number of units, 0 or more.').first()).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  await input.fill('1000000');
  await page
    .getByRole('button', { name: `Save threshold for ${sku}` })
    .first()
    .click();
  await expect(page.getByRole('status').filter({ hasText: `${sku}: low below 1000000 units.` })).toBeVisible();
  await expect(skuRows.filter({ hasText: 'Low stock' })).toHaveCount(rowCount);
  await expect.poll(() => badgeCount(page)).toBe(before + rowCount - alreadyLow);

  // The low-stock view lists it.
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Low stock' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/view=low/);
  await expect(bodyRows(page, TABLE)).toHaveCount(rowCount);
  await page.reload();
  await expect(page.getByLabel('Show', { exact: true })).toHaveValue('low');

  // Back to the default (from the all-SKUs view: in the low-stock view the row would leave at once).
  await page.goto(`/inventory?account=all&marketplace=all&q=${encodeURIComponent(sku)}`);
  await page.getByLabel(`Low-stock threshold for ${sku}`).first().fill('');
  await page
    .getByRole('button', { name: `Save threshold for ${sku}` })
    .first()
    .click();
  await expect(page.getByRole('status').filter({ hasText: `${sku} uses the default threshold again.` })).toBeVisible();
  await expect.poll(() => badgeCount(page)).toBe(before);

  // The audit log shows both changes, with who made them.
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await page.getByLabel('Action', { exact: true }).selectOption('inventory.set-low-stock-threshold');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=inventory\.set-low-stock-threshold/);
  const entries = page.getByRole('table', { name: 'Audit entries, newest first' }).locator('tbody tr').filter({ hasText: sku });
  await expect(entries.first()).toContainText('threshold: null');
  await expect(entries.nth(1)).toContainText('threshold: 1000000');
  await expect(entries.first()).toContainText('Olivia Owner');
  await expect(entries.first()).toContainText('Succeeded');
  await expectAccessible(page);
});
