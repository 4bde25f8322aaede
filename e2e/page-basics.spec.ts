/** What every page owes a seller whatever it shows: a real 404, an icon, landmarks on a phone, tables readable by keyboard. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { OWNER_STATE, PHONE, SCREENS } from './support/helpers';
import { bodyRows } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });

/** axe's landmark and scrolling rules, moderate ones included (expectAccessible keeps to serious and critical). */
async function landmarkProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withRules(['region', 'landmark-unique', 'landmark-complementary-is-top-level', 'landmark-no-duplicate-banner', 'scrollable-region-focusable'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [device, viewport] of SCREENS) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test('an unknown address answers 404 with the not-found page, signed in or not', async ({ page, browser }) => {
      const response = await page.goto('/no-such-page');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

      // A record that does not exist (or is another workspace's) is not found either, not a 200 page saying so.
      for (const path of [
        '/orders/111-0000000-0000000',
        '/orders/111-0000000-0000000/ship',
        '/outbound/00000000-0000-4000-8000-000000000000/NO-SUCH-ORDER',
        '/inbound/plans/00000000-0000-4000-8000-000000000000',
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole('heading', { name: /not found$/ })).toBeVisible();
      }

      const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const response2 = await (await anonymous.newPage()).goto('/orders/no/such/thing');
      expect(response2?.status()).toBe(404);
      await anonymous.close();
    });

    test('pages have an icon, so the first load asks for nothing that is missing', async ({ page }) => {
      const missing: string[] = [];
      page.on('response', (r) => {
        if (r.status() === 404) missing.push(r.url());
      });
      await page.goto('/orders');
      const icon = page.locator('head link[rel="icon"]').first();
      await expect(icon).toHaveAttribute('href', /icon/);
      const href = await icon.getAttribute('href');
      expect((await page.request.get(href!)).status()).toBe(200);
      expect(missing).toEqual([]);
    });
  });
}

/** Compressed bytes of JavaScript the page loaded, as the browser received them. */
async function scriptBytes(page: Page): Promise<number> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.initiatorType === 'script' || /\.js$/.test(new URL(r.name).pathname))
      .reduce((sum, r) => sum + r.encodedBodySize, 0),
  );
}

// Issue 16's budget for a first visit: form rules (zod) and next-auth's browser client stay off the
// list pages, which only link to forms (npm run bench:browser prints the figures).
test('the daily pages load under 150 kB of JavaScript on a first visit', async ({ browser }) => {
  for (const [path, heading] of [
    ['/orders', 'Orders'],
    ['/inventory', 'Inventory'],
    ['/outbound', 'Outbound'],
  ] as const) {
    const context = await browser.newContext({ storageState: OWNER_STATE });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const bytes = await scriptBytes(page);
    expect(bytes, `${path}: ${Math.round(bytes / 1024)} kB`).toBeGreaterThan(50 * 1024);
    expect(bytes, `${path}: ${Math.round(bytes / 1024)} kB`).toBeLessThan(150 * 1024);
    await context.close();
  }
});

// A list links to dozens of pages; prefetching them would render the dashboard on the server for
// each, on every visit (components/ui/list-link.tsx). The sidebar's sections still prefetch.
test('a list page prefetches none of the orders, tabs, sorts or pages it links to', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!url.searchParams.has('_rsc') || !url.pathname.startsWith('/orders')) return;
    url.searchParams.delete('_rsc');
    // The page itself may be read again (a refresh once the browser's time zone is known).
    if (`${url.pathname}${url.search}` !== '/orders?status=all') prefetched.push(`${url.pathname}${url.search}`);
  });
  await page.goto('/orders?status=all');
  await expect(bodyRows(page, 'Orders').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
  const listLinks = prefetched.filter((path) => /^\/orders\/\d{3}-/.test(path) || /[?&](status|sort|page)=/.test(path));
  expect(listLinks).toEqual([]);
});

async function openFirstOutboundOrder(page: Page) {
  await page.goto('/outbound?account=all');
  const first = bodyRows(page, 'Outbound orders, newest first').getByRole('link').first();
  await expect(first).toBeVisible({ timeout: 30_000 });
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: /^Outbound order / })).toBeVisible();
}

test('an outbound order has one of each landmark, on a laptop too', async ({ page }) => {
  await openFirstOutboundOrder(page);
  expect(await landmarkProblems(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the header with the Menu button is a landmark, and the orders page has no content outside one', async ({ page }) => {
    await page.goto('/orders');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Menu' })).toBeVisible();
    expect(await landmarkProblems(page)).toEqual([]);
  });

  test('an outbound order has one of each landmark', async ({ page }) => {
    await openFirstOutboundOrder(page);
    expect(await landmarkProblems(page)).toEqual([]);
  });

  test('the audit table scrolls sideways by keyboard', async ({ page }) => {
    // One audited change, the default threshold saved as it is, so the log has a row.
    await page.goto('/inventory');
    await page.getByRole('button', { name: 'Save default' }).click();
    await expect(page.getByRole('status').filter({ hasText: /threshold/i })).toBeVisible();
    await page.goto('/settings/audit');
    const region = page.getByRole('group', { name: /\(scrolls sideways\)$/ }).first();
    await expect(region).toBeVisible();
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await landmarkProblems(page)).toEqual([]);
  });
});
