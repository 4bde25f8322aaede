import { expect, test } from '@playwright/test';
import { expectAccessible, OWNER_STATE } from './support/helpers';

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
