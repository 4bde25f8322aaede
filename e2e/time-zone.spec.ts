import { expect, test } from '@playwright/test';
import { addUser, expectAccessible, OWNER_STATE, SCREENS, signIn, uniqueEmail } from './support/helpers';
import { bodyRows, openWhenSynced } from './support/orders-helpers';
import { formatDateTimeIn, formatDayIn } from '../lib/format';
import { localDay } from '../lib/orders/ship-by';
import { marketplaceTimeZone } from '../lib/sp-api/regions';

const PASSWORD = 'a long enough password';

// Each screen gets its own user, so one test's choice never changes what another sees.
for (const [screen, viewport] of SCREENS) {
  test(`dates follow the browser's time zone until the user chooses one; ship-by stays the marketplace's date (${screen})`, async ({ browser }) => {
    // The first sync of a fresh dashboard may still be bringing the orders in.
    test.setTimeout(180_000);
    const email = uniqueEmail(`tz-${screen}`);
    const owner = await browser.newContext({ storageState: OWNER_STATE });
    await addUser(await owner.newPage(), { name: 'Tia Zone', email, role: 'Viewer', password: PASSWORD });
    await owner.close();

    // A browser in New York: dates read in Eastern time, said so, with no setting made.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport, timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await signIn(page, email, PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await openWhenSynced(page, '/orders?status=all&account=all&marketplace=all', 'Orders');
    const orderUrl = (await bodyRows(page, 'Orders').first().getByRole('link').first().getAttribute('href'))!;
    await page.goto(orderUrl);
    const purchased = page.locator('dt', { hasText: 'Purchased' }).locator('xpath=following-sibling::dd[1]').locator('time');
    await expect(purchased).toHaveText(/ (EST|EDT)$/);
    const instant = new Date((await purchased.getAttribute('datetime'))!);
    const inZone = (timeZone: string) =>
      new Intl.DateTimeFormat('en-US', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      }).format(instant);
    await expect(purchased).toHaveText(inZone('America/New_York'));

    // Chosen in settings: Tokyo, whatever the browser says.
    await page.goto('/settings/account');
    const form = page.getByRole('region', { name: 'Time zone' });
    await expect(form.getByLabel('Show dates in')).toHaveValue('');
    await expect(form.getByLabel('Show dates in').locator('option:checked')).toHaveText('Your browser’s time zone (America/New_York)');
    await form.getByLabel('Show dates in').selectOption('Asia/Tokyo');
    await form.getByRole('button', { name: 'Save time zone' }).click();
    await expect(form.getByRole('status')).toHaveText('Dates now show in Asia/Tokyo.');
    await expectAccessible(page);
    await page.goto(orderUrl);
    await expect(purchased).toHaveText(inZone('Asia/Tokyo'));

    // Ship-by stays the marketplace's date, whatever zone the user reads in: an order whose
    // ship-by falls on another day in Tokyo than in its marketplace shows the marketplace's day.
    await page.goto('/orders?status=all&account=all&marketplace=all&pageSize=100');
    const rows = await bodyRows(page, 'Orders').evaluateAll((list) =>
      list.map((row) => ({
        href: row.querySelector('[data-cell="order"] a')!.getAttribute('href')!,
        shipBy: row.querySelector('[data-cell="shipBy"] time')?.getAttribute('datetime') ?? '',
        marketplaceId: (row.querySelector('[data-cell="marketplace"] [title]')?.getAttribute('title') ?? '').split(' · ')[1] ?? '',
      })),
    );
    const apart = rows.find(
      (r) => r.shipBy && localDay(new Date(r.shipBy), 'Asia/Tokyo') !== localDay(new Date(r.shipBy), marketplaceTimeZone(r.marketplaceId)),
    );
    expect(apart, 'an order whose ship-by is another day in Tokyo').toBeDefined();
    const shipByInstant = new Date(apart!.shipBy);
    const marketplaceZone = marketplaceTimeZone(apart!.marketplaceId);
    await page.goto(apart!.href);
    const shipBy = page.locator('dt', { hasText: 'Ship by' }).locator('xpath=following-sibling::dd[1]').locator('time');
    await expect(shipBy).toHaveText(formatDayIn(shipByInstant, marketplaceZone));
    await expect(shipBy).toHaveAttribute('title', formatDateTimeIn(shipByInstant, marketplaceZone));

    // Back to the browser's zone.
    await page.goto('/settings/account');
    await form.getByLabel('Show dates in').selectOption('');
    await form.getByRole('button', { name: 'Save time zone' }).click();
    await expect(form.getByRole('status')).toHaveText('Dates now follow your browser’s time zone.');
    await page.goto(orderUrl);
    await expect(purchased).toHaveText(inZone('America/New_York'));
    await context.close();
  });
}
