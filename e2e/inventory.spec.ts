import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, OWNER_STATE } from './support/helpers';
import { bodyRows, openWhenSynced } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });

const TABLE = 'FBA inventory per SKU';

async function badgeCount(page: Page): Promise<number> {
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Inventory/ });
  const name = (await link.textContent()) ?? '';
  const match = name.match(/(\d+)\s*low-stock SKUs/);
  return match ? Number(match[1]) : 0;
}

/** The SKU's threshold form sits under its marketplaces, folded away. */
async function thresholdInput(page: Page, sku: string) {
  const row = bodyRows(page, TABLE).filter({ has: page.getByRole('rowheader', { name: new RegExp(sku) }) });
  await row.getByText(/marketplaces? · threshold/).click();
  return page.getByLabel(`Low-stock threshold for ${sku}`).filter({ visible: true });
}

test('inventory per SKU with its buckets; a low-stock threshold moves the sidebar badge and is audited', async ({ page }) => {
  // Many steps, each a server render on a shared machine.
  test.slow();
  await openWhenSynced(page, '/inventory?account=all&marketplace=all', TABLE);
  for (const column of [
    'SKU',
    'Available',
    'Inbound',
    'Reserved',
    'Unfulfillable',
    'Sold 7 · 30 · 90 days',
    'Days of cover',
    'Reorder point',
    'Suggested units',
    'Status',
  ]) {
    await expect(page.getByRole('columnheader', { name: new RegExp(`^${column}`) })).toBeVisible();
  }
  await expectAccessible(page);

  // A SKU that is not low: sort by available units, most first.
  await page.goto('/inventory?account=all&marketplace=all&sort=fulfillable&dir=desc');
  const sku = (await bodyRows(page, TABLE).first().getByRole('rowheader').locator('span').first().textContent())!.trim();
  await page.getByLabel('Search', { exact: true }).fill(sku);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(sku)}`));
  const skuRows = bodyRows(page, TABLE);
  // One row a SKU, whatever the number of marketplaces.
  await expect(skuRows).toHaveCount(1);
  await expect(skuRows.getByText(/^(Low|Needs reorder)$/)).toHaveCount(0);
  const before = await badgeCount(page);

  // Bad input is refused next to the field.
  const input = await thresholdInput(page, sku);
  await input.fill('-3');
  await page
    .getByRole('button', { name: `Save threshold for ${sku}` })
    .filter({ visible: true })
    .click();
  await expect(page.getByText('Enter a whole number of units, 0 or more.').filter({ visible: true })).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  await input.fill('1000000');
  await page
    .getByRole('button', { name: `Save threshold for ${sku}` })
    .filter({ visible: true })
    .click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `${sku}: low below 1000000 units.` })
      .filter({ visible: true }),
  ).toBeVisible();
  await expect(skuRows.getByText(/^(Low|Needs reorder)$/)).toBeVisible();
  await expect.poll(() => badgeCount(page)).toBe(before + 1);

  // The low-stock view lists it.
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Low stock' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/view=low/);
  await expect(bodyRows(page, TABLE)).toHaveCount(1);
  await page.reload();
  await expect(page.getByLabel('Show', { exact: true })).toHaveValue('low');

  // Back to the default (from the all-SKUs view: in the low-stock view the row would leave at once).
  await page.goto(`/inventory?account=all&marketplace=all&q=${encodeURIComponent(sku)}`);
  await (await thresholdInput(page, sku)).fill('');
  await page
    .getByRole('button', { name: `Save threshold for ${sku}` })
    .filter({ visible: true })
    .click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `${sku} uses the default threshold again.` })
      .filter({ visible: true }),
  ).toBeVisible();
  await expect.poll(() => badgeCount(page)).toBe(before);

  // The audit log shows both changes, with who made them.
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await page.getByLabel('Action', { exact: true }).selectOption('inventory.set-low-stock-threshold');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=inventory\.set-low-stock-threshold/);
  const entries = page.getByRole('table', { name: 'Audit entries, newest first' }).locator('tbody tr').filter({ hasText: sku });
  await expect(entries.first()).toContainText('Low-stock threshold: the default');
  await expect(entries.nth(1)).toContainText('Low-stock threshold: 1000000');
  await expect(entries.first()).toContainText('Olivia Owner');
  await expect(entries.first()).toContainText('Succeeded');
  await expectAccessible(page);
});
