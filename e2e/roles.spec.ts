import { expect, test } from '@playwright/test';
import { addUser, expectAccessible, OWNER_STATE, signIn, signInError, uniqueEmail } from './support/helpers';

test.describe('as the owner', () => {
  test.use({ storageState: OWNER_STATE });

  test('a viewer cannot reach the owner and admin pages', async ({ page, browser }) => {
    const viewer = { name: 'Vic Viewer', email: uniqueEmail('viewer'), role: 'Viewer', password: 'viewer password 123' };
    await addUser(page, viewer);
    await expect(page.getByText(viewer.email, { exact: true })).toBeVisible();

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const viewerPage = await context.newPage();
    await signIn(viewerPage, viewer.email, viewer.password);
    await expect(viewerPage).toHaveURL(/\/orders$/);
    await viewerPage.goto('/settings');
    await expect(viewerPage.getByRole('link', { name: 'Users and roles' })).toHaveCount(0);
    await viewerPage.goto('/settings/users');
    await expect(viewerPage).toHaveURL(/\/no-access$/);
    await expect(viewerPage.getByRole('heading', { name: "You don't have access to that page" })).toBeVisible();
    await expectAccessible(viewerPage);

    // A role change takes effect at the viewer's next request, without signing in again.
    await page.reload();
    await page.getByLabel(`Role for ${viewer.email}`, { exact: true }).selectOption({ label: 'Admin' });
    await page.getByRole('button', { name: `Save role for ${viewer.email}` }).click();
    await expect(page.getByText('Role changed.')).toBeVisible();
    await viewerPage.goto('/settings/users');
    await expect(viewerPage.getByRole('heading', { name: 'Users and roles', level: 1 })).toBeVisible();
    await context.close();
  });

  test('form errors are shown next to the fields and nothing is created', async ({ page }) => {
    await page.goto('/settings/users');
    const form = page.getByRole('region', { name: 'Add a user' });
    await form.getByLabel('Email').fill('not-an-email');
    await form.getByLabel('Temporary password').fill('short');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByText('Enter a name.')).toBeVisible();
    await expect(form.getByText('Enter a valid email address.')).toBeVisible();
    await expect(form.getByText('Use at least 12 characters.')).toBeVisible();
    await expect(page.getByRole('cell', { name: /not-an-email/ })).toHaveCount(0);
  });

  test('a disabled user is signed out and can no longer sign in', async ({ page, browser }) => {
    const operator = { name: 'Opal Operator', email: uniqueEmail('operator'), role: 'Operator', password: 'operator password 1' };
    await addUser(page, operator);

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const other = await context.newPage();
    await signIn(other, operator.email, operator.password);
    await expect(other).toHaveURL(/\/orders$/);

    await page.reload();
    await page.getByRole('button', { name: `Disable ${operator.email}` }).click();
    await expect(page.getByRole('button', { name: `Enable ${operator.email}` })).toBeVisible();

    // The existing session ends at the next request, and signing in again is refused.
    await other.goto('/inventory');
    await expect(other).toHaveURL(/\/sign-in$/);
    await signIn(other, operator.email, operator.password);
    await expect(signInError(other)).toHaveText('This account has been disabled. Ask an owner or admin of your workspace.');
    await context.close();
  });
});
