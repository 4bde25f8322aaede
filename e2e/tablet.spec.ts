import { expect, test } from '@playwright/test';
import { expectAccessible, OWNER_STATE } from './support/helpers';
import { bodyRows, cellLabel, isoDaysAgo, openWhenSynced } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE, viewport: { width: 820, height: 1180 } });

test('on a tablet the sidebar opens from the Menu button and closes after navigating', async ({ page }) => {
  await page.goto('/orders');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page);
  await nav.getByRole('link', { name: 'Outbound' }).click();
  await expect(page).toHaveURL(/\/outbound$/);
  await expect(page.getByRole('heading', { name: 'Outbound', level: 1 })).toBeVisible();
  await expect(nav).toBeHidden();
});

test('on a tablet the orders, inventory and outbound lists and an order page are cards that fit the screen', async ({ page }) => {
  const width = page.viewportSize()!.width;
  for (const [path, table] of [
    ['/orders?status=all&account=all&marketplace=all', 'Orders'],
    ['/inventory?account=all&marketplace=all', 'FBA inventory per SKU'],
    ['/outbound?account=all', 'Outbound orders, newest first'],
  ] as const) {
    await openWhenSynced(page, path, table);
    // The table's header is hidden: its rows are cards, each within the screen.
    await expect(page.getByRole('table', { name: table }).getByRole('columnheader').first()).toBeHidden();
    expect((await bodyRows(page, table).first().boundingBox())!.width, path).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
  }
  await openWhenSynced(page, `/orders?account=all&marketplace=all&purchasedTo=${isoDaysAgo(10)}&status=SHIPPED`, 'Orders');
  await bodyRows(page, 'Orders').first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /^Order /, level: 1 })).toBeVisible();
  const item = bodyRows(page, 'Items of this order').first();
  await expect(item).toBeVisible({ timeout: 60_000 });
  expect(await cellLabel(item.locator('td[data-label="Ordered"]'))).toBe('Ordered');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
