import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, OWNER_STATE } from './support/helpers';

test.use({ storageState: OWNER_STATE });

test('the demo sellers are connected on first run, with their marketplaces', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Amazon accounts' }).click();
  await expect(page.getByRole('heading', { name: 'Amazon accounts', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Demo seller (North America)' })).toBeVisible();
  await expect(page.getByText('Seller A1DEMOSELLERNA · North America')).toBeVisible();
  const na = page.getByRole('list', { name: 'Marketplaces of Demo seller (North America)' });
  await expect(na.getByRole('listitem')).toHaveText([/^CA/, /^MX/, /^US/]);
  const eu = page.getByRole('list', { name: 'Marketplaces of Demo seller (Europe)' });
  await expect(eu.getByRole('listitem')).toHaveText([/^DE/, /^GB/]);
  await expectAccessible(page);
});

test('an admin connects another seller through Amazon consent', async ({ page }) => {
  await page.goto('/settings/accounts');
  const before = await page.getByRole('button', { name: /^Disconnect / }).count();
  await page.getByLabel('Region').selectOption({ label: 'North America' });
  await page.getByRole('button', { name: 'Connect with Amazon' }).click();

  // Amazon's (here: the simulator's) consent page.
  await expect(page).toHaveURL(/\/apps\/authorize\/consent\?/);
  await page.getByLabel('Selling account to authorize').selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Confirm' }).click();

  await expect(page).toHaveURL(/\/settings\/accounts\?connected=/);
  await expect(page.getByRole('status').filter({ hasText: /^Connected seller / })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Disconnect / })).toHaveCount(before + 1);
});

test('a forged or replayed callback is refused with a clear message', async ({ page }) => {
  await page.goto('/api/amazon/callback?state=forged&spapi_oauth_code=x&selling_partner_id=A1DEMOSELLERNA');
  await expect(page).toHaveURL(/\/settings\/accounts\?error=/);
  await expect(page.getByRole('alert').filter({ hasText: 'This authorization link has expired or was already used.' })).toBeVisible();
});

test('the account switcher keeps the chosen account and marketplace across pages and reloads', async ({ page }) => {
  await page.goto('/orders');
  const switcher = page.getByLabel('Account and marketplace');
  await switcher.selectOption({ label: 'Demo seller (Europe): Amazon.de' });
  await submitView(page);
  await expect(switcher.locator('option:checked')).toHaveText('Demo seller (Europe): Amazon.de');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await page.reload();
  await expect(page.getByLabel('Account and marketplace').locator('option:checked')).toHaveText('Demo seller (Europe): Amazon.de');
  await page.getByLabel('Account and marketplace').selectOption({ label: 'All accounts' });
  await submitView(page);
  await expect(page.getByLabel('Account and marketplace').locator('option:checked')).toHaveText('All accounts');
});

/** Clicks Show and waits for the server action's answer, which carries the cookie. */
async function submitView(page: Page) {
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && response.ok()),
    page.getByRole('button', { name: 'Show' }).click(),
  ]);
}
