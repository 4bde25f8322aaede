import { expect, test } from '@playwright/test';
import { addUser, expectAccessible, OWNER_STATE, SCREENS, signIn, uniqueEmail } from './support/helpers';
import { bodyRows, openWhenSynced } from './support/orders-helpers';

const PASSWORD = 'a long enough password';

// Each screen gets its own user, so one test's choice never changes what another sees.
for (const [screen, viewport] of SCREENS) {
  test(`dates follow the browser's time zone until the user chooses one (${screen})`, async ({ browser }) => {
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
