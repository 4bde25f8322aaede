import { expect, type Page } from '@playwright/test';

/** The demo sellers sync right after first run: reload until the list has rows (no fixed sleeps). */
export async function openWhenSynced(page: Page, url: string, table: string, timeout = 120_000) {
  await expect(async () => {
    await page.goto(url);
    await expect(page.getByRole('table', { name: table }).getByRole('row').nth(1)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout, intervals: [1_000, 2_000, 3_000] });
}

/** Body rows of a table (the first row is the header). */
export function bodyRows(page: Page, table: string) {
  return page.getByRole('table', { name: table }).locator('tbody tr');
}

export function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
