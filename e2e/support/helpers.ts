import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const OWNER = {
  workspaceName: 'Acme Outdoor Goods',
  name: 'Olivia Owner',
  email: 'owner@acme.example',
  password: 'correct horse battery staple',
};

export const OWNER_STATE = 'test-results/.auth/owner.json';

export const SECTIONS = [
  { label: 'Orders', path: '/orders' },
  { label: 'Inventory', path: '/inventory' },
  { label: 'Outbound', path: '/outbound' },
  { label: 'Inbound', path: '/inbound' },
  { label: 'Settings', path: '/settings' },
] as const;

/** The sign-in form's error (Next's route announcer is another alert on every page). */
export const signInError = (page: Page) => page.locator('form').getByRole('alert');

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Zero serious or critical accessibility violations on the page as it is now, and nothing the
 * Content-Security-Policy refused on it so far: every page a test looks at is checked for both.
 */
export async function expectAccessible(page: Page) {
  await expectNoPolicyViolations(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Chromium reports what the CSP refused in the console ("Refused to …", "… violates the following Content Security Policy directive …"). */
export async function expectNoPolicyViolations(page: Page) {
  const messages = await page.consoleMessages({ filter: 'all' });
  const refused = messages.map((m) => m.text()).filter((text) => /Content Security Policy|Refused to /.test(text));
  expect(refused, `the page ${page.url()}`).toEqual([]);
}

/** Each test that needs its own user gets a unique email, so tests never depend on each other's data. */
export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@acme.example`;
}

/** Adds a user from Settings → Users as the signed-in owner or admin. */
export async function addUser(page: Page, user: { name: string; email: string; role: string; password: string }) {
  await page.goto('/settings/users');
  const form = page.getByRole('region', { name: 'Add a user' });
  await form.getByLabel('Name').fill(user.name);
  await form.getByLabel('Email').fill(user.email);
  await form.getByLabel('Role').selectOption({ label: user.role });
  await form.getByLabel('Temporary password').fill(user.password);
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(form.getByRole('status')).toHaveText(`${user.email} can now sign in.`);
}

/** A phone's viewport (an iPhone 14's CSS pixels): the narrow layout every page must work in. */
export const PHONE = { width: 390, height: 844 };

/** The screens a seller's daily pages are checked on: a laptop and a phone. */
export const SCREENS = [
  ['laptop', { width: 1440, height: 900 }],
  ['phone', PHONE],
] as const;
