import { expect, test } from '@playwright/test';
import { addUser, expectAccessible, OWNER_STATE, signIn, uniqueEmail } from './support/helpers';
import { bodyRows, openWhenSynced } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });

test('a seller connected through consent has its orders synced, with progress on the Sync page', async ({ page }) => {
  await page.goto('/settings/accounts');
  await page.getByLabel('Region').selectOption({ label: 'North America' });
  await page.getByRole('button', { name: 'Connect with Amazon' }).click();
  await expect(page).toHaveURL(/\/apps\/authorize\/consent\?/);
  await page.getByLabel('Selling account to authorize').selectOption({ label: 'A new seller (North America, with seeded data)' });
  await page.getByRole('button', { name: 'Confirm' }).click();

  const connected = page.getByRole('status').filter({ hasText: /^Connected seller / });
  await expect(connected).toBeVisible();
  const sellerId = (await connected.textContent())!.match(/Connected seller (\w+)/)![1]!;
  const card = page
    .locator('li, section, article')
    .filter({ hasText: `Seller ${sellerId}` })
    .last();
  const accountName = (await card.getByRole('heading').first().textContent())!.trim();

  // The new account starts syncing at once; its orders arrive page by page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: /Sync/ }).first().click();
  await expect(page).toHaveURL(/\/settings\/sync$/);
  const section = page.getByRole('region', { name: accountName });
  const orders = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Orders' }) });
  await expect(orders.getByText(/^[1-9]\d* (updated|so far)|^[1-9]\d* of \d+/).first()).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);

  // "Sync now" for a kind that is idle again starts it and says so.
  const inventory = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'FBA inventory' }) });
  await expect(inventory.getByText('Up to date')).toBeVisible({ timeout: 30_000 });
  await inventory.getByRole('button', { name: `Sync now: FBA inventory for ${accountName}` }).click();
  await expect(section.getByText(`FBA inventory for ${accountName} will sync now.`)).toBeVisible();
  await expect(inventory.getByText('Up to date')).toBeVisible({ timeout: 30_000 });

  // And its orders are on the Orders page, read from the database: choose the account in the switcher.
  await page.goto('/orders');
  await page.getByLabel('Account and marketplace').selectOption({ label: `${accountName}: all marketplaces` });
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && response.ok()),
    page.getByRole('button', { name: 'Show' }).click(),
  ]);
  await openWhenSynced(page, '/orders?status=all', 'Orders');
  const firstOrder = bodyRows(page, 'Orders').first().getByRole('link').first();
  await firstOrder.click();
  await expect(page.getByRole('main').getByText(new RegExp(`^${accountName} · `))).toBeVisible();
});

test('a viewer sees the sync status but cannot start a sync', async ({ page, browser }) => {
  const viewer = { name: 'Sync Viewer', email: uniqueEmail('sync-viewer'), role: 'Viewer', password: 'viewer password 123' };
  await addUser(page, viewer);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await signIn(viewerPage, viewer.email, viewer.password);
  await expect(viewerPage).toHaveURL(/\/orders$/);
  await viewerPage.goto('/settings/sync');
  await expect(viewerPage.getByRole('heading', { name: 'Orders' }).first()).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: /Sync/ })).toHaveCount(0);
  await context.close();
});
