/** axe on every page a seller can open, on a laptop and on a phone: no serious or critical problem anywhere. */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, OWNER_STATE, PHONE, SCREENS } from './support/helpers';
import { openWhenSynced } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });
// Each test opens a dozen pages and runs axe on every one (seconds each on a busy two-core machine).
test.setTimeout(240_000);

const LIST_PAGES = [
  '/orders',
  '/orders?status=all',
  '/inventory',
  '/outbound',
  '/outbound/import',
  '/outbound/new',
  '/inbound',
  '/inbound/new',
  '/settings',
  '/settings/account',
  '/settings/accounts',
  '/settings/users',
  '/settings/sync',
  '/settings/audit',
];

/** The href of the first link in a page's table whose address matches `pattern` (a record's own page). */
async function firstRecordHref(page: Page, url: string, pattern: RegExp): Promise<string | null> {
  await page.goto(url);
  const hrefs = await page.locator('table a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.find((href) => pattern.test(href)) ?? null;
}

async function checkPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
}

for (const [device, viewport] of SCREENS) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });
    // Each test opens several pages and runs axe on every one (the lists draw a table and its cards): more than one flow's minute.
    test.describe.configure({ timeout: 180_000 });

    test('every list and settings page', async ({ page }) => {
      await openWhenSynced(page, '/orders?status=all', 'Orders');
      for (const path of LIST_PAGES) await test.step(path, () => checkPage(page, path));
    });

    test("each kind of record's pages: an order and its ship, fulfill and message pages, an outbound order, an inbound shipment", async ({ page }) => {
      await openWhenSynced(page, '/orders?status=all', 'Orders');
      const order = await firstRecordHref(page, '/orders?status=all', /^\/orders\/[^/?]+$/);
      expect(order).not.toBeNull();
      for (const path of [order!, `${order}/ship`, `${order}/fulfill`, `${order}/messages`]) await test.step(path, () => checkPage(page, path));

      const outbound = await firstRecordHref(page, '/outbound?account=all', /^\/outbound\/[^/]+\/[^/?]+$/);
      if (outbound) await test.step(outbound, () => checkPage(page, outbound));
      const inbound = await firstRecordHref(page, '/inbound', /^\/inbound\/(?!new)[^?]+$/);
      if (inbound) await test.step(inbound, () => checkPage(page, inbound));
    });
  });
}

test('the sign-in page, signed out, on a phone', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: PHONE });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
