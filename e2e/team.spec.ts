import { expect, test, type Browser, type Page } from '@playwright/test';
import { addUser, expectAccessible, OWNER, OWNER_STATE, PHONE, SCREENS, signIn, signInError, uniqueEmail } from './support/helpers';

/** Makes an invite from Settings → Users as the signed-in owner; returns the link shown to copy. */
async function createInvite(page: Page, email: string, role: string): Promise<string> {
  await page.goto('/settings/users');
  const invite = page.getByRole('region', { name: 'Invite by link' });
  await invite.getByLabel('Email').fill(email);
  await invite.getByLabel('Role').selectOption({ label: role });
  await invite.getByRole('button', { name: 'Create invite link' }).click();
  await expect(invite.getByRole('status').filter({ hasText: `Invite link for ${email} created.` })).toBeVisible();
  const link = await invite.getByLabel('Invite link').inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return link;
}

/** A browser with nobody signed in, as the invited person or a teammate on their own device. */
async function freshPage(browser: Browser, viewport?: { width: number; height: number }) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, ...(viewport ? { viewport } : {}) });
  return { context, page: await context.newPage() };
}

const auditRows = (page: Page) => page.getByRole('table', { name: 'Audit entries, newest first' }).locator('tbody tr');

test.describe('as the owner', () => {
  test.use({ storageState: OWNER_STATE });

  test('a revoked or made-up invite link says why it does not work', async ({ page, browser }) => {
    const email = uniqueEmail('revoked');
    const link = await createInvite(page, email, 'Viewer');
    await page.reload();
    await page.getByRole('button', { name: `Revoke the invite for ${email}` }).click();
    await expect(page.getByText(email)).toHaveCount(0);

    const { context, page: visitor } = await freshPage(browser);
    await visitor.goto(link);
    await expect(visitor.getByRole('heading', { name: 'This invite link does not work' })).toBeVisible();
    await expect(visitor.getByRole('alert').filter({ hasText: 'This invite was withdrawn.' })).toBeVisible();
    await expectAccessible(visitor);
    await visitor.goto('/invite/not-a-real-token');
    await expect(visitor.getByRole('alert').filter({ hasText: 'This invite link is not valid.' })).toBeVisible();
    await context.close();

    // In the audit log in words, the raw id, code and detail on hover; the filter takes the code and shows only words.
    await page.goto('/settings/audit?action=users.invite.revoke');
    await expect(page.getByLabel('Action', { exact: true }).locator('option:checked')).toHaveText('Revoked an invitation');
    const row = auditRows(page).filter({ hasText: `Invite for ${email} (Viewer)` });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(`Invite for ${email} (Viewer)`)).toHaveAttribute('title', /^[0-9a-f-]{36}$/);
    await expect(row.getByText('Revoked an invitation', { exact: true })).toHaveAttribute('title', 'users.invite.revoke');
    const detail = row.getByText(`Email: ${email}`, { exact: false });
    await expect(detail).toContainText('Role: Viewer');
    await expect(detail).toHaveAttribute('title', /"role":"viewer"/);
    await expect(row).not.toContainText('users.invite.revoke');
  });

  for (const [device, viewport] of SCREENS) {
    test.describe(`on a ${device}`, () => {
      test.use({ viewport });

      test('an invite by link made on this screen: the invited person joins on a phone, once, and signs in with the role', async ({ page, browser }) => {
        const email = uniqueEmail(`invited-${device}`);
        const link = await createInvite(page, email, 'Operator');
        await expect(page.getByRole('table', { name: 'Invites waiting to be accepted' })).toContainText(email);
        await expectAccessible(page);

        const { context, page: phone } = await freshPage(browser, PHONE);
        await phone.goto(link);
        await expect(phone.getByRole('heading', { name: `Join ${OWNER.workspaceName}` })).toBeVisible();
        await expect(phone.getByText(email)).toBeVisible();
        await expectAccessible(phone);
        // The password rule of every other form, field by field.
        await phone.getByLabel('Your name').fill('Ivy Invited');
        await phone.getByLabel('Password', { exact: true }).fill('short');
        await phone.getByLabel('Confirm password').fill('different');
        await phone.getByRole('button', { name: 'Join the workspace' }).click();
        await expect(phone.getByText('Use at least 12 characters.')).toBeVisible();
        await expect(phone.getByText('The passwords do not match.')).toBeVisible();
        await phone.getByLabel('Password', { exact: true }).fill('invited password 1');
        await phone.getByLabel('Confirm password').fill('invited password 1');
        await phone.getByRole('button', { name: 'Join the workspace' }).click();
        await expect(phone).toHaveURL(/\/sign-in\?joined=1/);
        await expect(phone.getByText('Your account is ready. Sign in with the password you just chose.')).toBeVisible();
        await signIn(phone, email, 'invited password 1');
        await expect(phone).toHaveURL(/\/orders$/);
        // An operator: not a user manager.
        await phone.goto('/settings/users');
        await expect(phone).toHaveURL(/\/no-access$/);

        // The link worked once.
        await phone.context().clearCookies();
        await phone.goto(link);
        await expect(phone.getByRole('alert').filter({ hasText: 'This invite link has already been used.' })).toBeVisible();
        await context.close();

        await page.reload();
        await expect(page.getByRole('table', { name: 'Users of this workspace' })).toContainText(email);
        await expect(page.getByRole('table', { name: 'Invites waiting to be accepted' }).getByText(email)).toHaveCount(0);
      });

      test('removing a user asks first, ends their session, and keeps their name in the audit log', async ({ page, browser }) => {
        const leaving = { name: 'Rex Removed', email: uniqueEmail(`removed-${device}`), role: 'Operator', password: 'removed password 1' };
        await addUser(page, leaving);
        const { context, page: other } = await freshPage(browser);
        await signIn(other, leaving.email, leaving.password);
        await expect(other).toHaveURL(/\/orders$/);

        await page.reload();
        // The owner cannot remove themselves: no button on their own row.
        await expect(page.getByRole('button', { name: `Remove ${OWNER.email}` })).toHaveCount(0);
        await page.getByRole('button', { name: `Remove ${leaving.email}` }).click();
        const dialog = page.getByRole('dialog', { name: `Remove ${leaving.name} from the workspace?` });
        await expect(dialog).toContainText(`${leaving.name} (${leaving.email}) can no longer sign in`);
        // The dialog and the page behind it fit the screen: nothing to scroll sideways to.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        expect((await dialog.boundingBox())!.width).toBeLessThanOrEqual(viewport.width);
        await expectAccessible(page);
        await dialog.getByRole('button', { name: `Remove ${leaving.name}` }).click();
        await expect(page.getByRole('table', { name: 'Users of this workspace' })).not.toContainText(leaving.email);

        await other.goto('/inventory');
        await expect(other).toHaveURL(/\/sign-in$/);
        await signIn(other, leaving.email, leaving.password);
        await expect(signInError(other)).toHaveText('Wrong email or password.');
        await context.close();

        await page.goto('/settings/audit?action=users.remove');
        const row = auditRows(page).filter({ hasText: `User ${leaving.name} (${leaving.email}), removed` });
        await expect(row).toHaveCount(1);
        await expect(row).toContainText(OWNER.name);
        await expect(row).toContainText('Removed a user');
        await expect(row).toContainText(`Email: ${leaving.email}`);
        await expect(row).toContainText('Role: Operator');
        await expect(row).toContainText('Succeeded');
        await expectAccessible(page);
      });
    });
  }
});

for (const [device, viewport] of SCREENS) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test('a user changes their password: a wrong current one is refused, then only the new one signs in', async ({ page, browser }) => {
      const user = { name: 'Pia Password', email: uniqueEmail(`password-${device}`), role: 'Viewer', password: 'first password 12' };
      const owner = await browser.newContext({ storageState: OWNER_STATE });
      await addUser(await owner.newPage(), user);
      await owner.close();

      await signIn(page, user.email, user.password);
      await expect(page).toHaveURL(/\/orders$/);
      await page.goto('/settings');
      await page.getByRole('link', { name: 'Your account' }).click();
      await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
      await expectAccessible(page);

      await page.getByLabel('Current password').fill('not my password');
      await page.getByLabel('New password', { exact: true }).fill('second password 34');
      await page.getByLabel('Confirm new password').fill('second password 34');
      await page.getByRole('button', { name: 'Change password' }).click();
      await expect(page.getByText('That is not your current password.')).toBeVisible();
      await expect(page.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');

      await page.getByLabel('Current password').fill(user.password);
      await page.getByLabel('New password', { exact: true }).fill('second password 34');
      await page.getByLabel('Confirm new password').fill('second password 34');
      await page.getByRole('button', { name: 'Change password' }).click();
      await expect(page).toHaveURL(/\/sign-in\?signed-out=password-changed/);
      await expect(page.getByText('Your password is changed and you are signed out on every device.')).toBeVisible();

      await signIn(page, user.email, user.password);
      await expect(signInError(page)).toHaveText('Wrong email or password.');
      await signIn(page, user.email, 'second password 34');
      await expect(page).toHaveURL(/\/orders$/);
    });
  });
}
