import { expect, test } from '@playwright/test';
import { expectAccessible, OWNER, SECTIONS, signIn, signInError, uniqueEmail } from './support/helpers';

test('a wrong password gives a clear error and no session', async ({ page }) => {
  await signIn(page, OWNER.email, 'not the password at all');
  await expect(signInError(page)).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page);
  await page.goto('/orders');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('repeated failures lock the email for a while', async ({ page }) => {
  const email = uniqueEmail('guess');
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `guess number ${i}`);
    await expect(signInError(page)).toHaveText('Wrong email or password.');
  }
  await signIn(page, email, 'one more guess');
  await expect(signInError(page)).toHaveText('Too many failed sign-ins. Try again in 15 minutes.');
});

test('every route sends an anonymous visitor to sign-in', async ({ page }) => {
  for (const path of ['/', ...SECTIONS.map((s) => s.path), '/settings/users']) {
    await page.goto(path);
    await expect(page, `visiting ${path}`).toHaveURL(/\/sign-in$/);
  }
});

test('the owner signs in, visits every section, and signs out', async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);
  await expect(page).toHaveURL(/\/orders$/);
  for (const section of SECTIONS) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section.label }).click();
    await expect(page).toHaveURL(new RegExp(`${section.path}$`));
    await expect(page.getByRole('heading', { name: section.label, level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  await page.getByRole('link', { name: 'Users and roles' }).click();
  await expect(page.getByRole('heading', { name: 'Users and roles', level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/orders');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('the sidebar works from the keyboard', async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);
  await expect(page).toHaveURL(/\/orders$/);
  const inventory = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' });
  await inventory.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/inventory$/);
  await expect(inventory).toHaveAttribute('aria-current', 'page');
});
