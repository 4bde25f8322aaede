import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_DATA_DIR } from '../playwright.config';
import { expectAccessible, OWNER, OWNER_STATE, signIn } from './support/helpers';

test('first run asks for the owner account, then the owner signs in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Welcome to Seller Ops' })).toBeVisible();
  await expectAccessible(page);

  // Bad input is refused field by field and nothing is created.
  await page.getByRole('button', { name: 'Create owner account' }).click();
  await expect(page.getByText('Enter the setup code printed by the server.')).toBeVisible();
  await expect(page.getByText('Enter your business name.')).toBeVisible();
  await page.getByLabel('Business name').fill(OWNER.workspaceName);
  await page.getByLabel('Your name').fill(OWNER.name);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Confirm password').fill('different');
  await page.getByRole('button', { name: 'Create owner account' }).click();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(page.getByText('The passwords do not match.')).toBeVisible();
  // What was typed survives the error; passwords are never echoed back.
  await expect(page.getByLabel('Business name')).toHaveValue(OWNER.workspaceName);
  await expect(page.getByLabel('Email')).toHaveValue(OWNER.email);

  // Reaching the port first is not enough: the owner needs the code the server printed at start.
  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByLabel('Confirm password').fill(OWNER.password);
  await page.getByLabel('Setup code').fill('ABCDE-FGHJK');
  await page.getByRole('button', { name: 'Create owner account' }).click();
  await expect(page.getByText("That is not the server's setup code. Copy it from the server's console or its setup-code file.")).toBeVisible();
  await expect(page.getByText(`saved on the server in ${path.join(E2E_DATA_DIR, 'secrets', 'setup-code')}`)).toBeVisible();

  // The operator reads it where the page says it is.
  const setupCode = (await readFile(path.join(E2E_DATA_DIR, 'secrets', 'setup-code'), 'utf8')).trim();
  await page.getByLabel('Setup code').fill(setupCode);
  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByLabel('Confirm password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create owner account' }).click();
  // Creating the owner also connects the demo sellers and reads their marketplaces from Amazon.
  await expect(page).toHaveURL(/\/sign-in/, { timeout: 30_000 });
  await expect(page.getByText('Owner account created. Sign in to continue.')).toBeVisible();

  // The set-up page is gone once an owner exists.
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, OWNER.email, OWNER.password);
  await expect(page).toHaveURL(/\/orders$/);
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  await page.context().storageState({ path: OWNER_STATE });
});
