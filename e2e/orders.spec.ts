import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addUser, expectAccessible, OWNER_STATE, SCREENS, signIn, uniqueEmail } from './support/helpers';
import { bodyRows, cellLabel, isoDaysAgo, openWhenSynced, orderCell } from './support/orders-helpers';
import { NA_SELLER, openOrderPage, sim, takeOrder } from './support/fulfill-helpers';
import { formatDayIn } from '../lib/format';
import { localDay } from '../lib/orders/ship-by';
import { marketplaceTimeZone } from '../lib/sp-api/regions';

test.use({ storageState: OWNER_STATE });

for (const [device, viewport] of SCREENS) {
  test(`on a ${device}: a status tab and then Apply filters keeps the status the tab chose`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openWhenSynced(page, '/orders', 'Orders');
    await page.getByRole('link', { name: /^Shipped \(\d[\d,]*\)$/ }).click();
    await expect(page).toHaveURL(/status=SHIPPED/);
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('SHIPPED');
    await page.getByLabel('Fulfillment channel').selectOption({ label: 'Seller-fulfilled' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/channel=MERCHANT/);
    await expect(page).toHaveURL(/status=SHIPPED/);
    await expect(page.getByRole('link', { name: /^Shipped \(\d[\d,]*\)$/ })).toHaveAttribute('aria-current', 'page');
  });
}

test('filter and search orders; the URL keeps the view across reload', async ({ page }) => {
  await openWhenSynced(page, '/orders', 'Orders');
  await expect(page.getByText(/Orders last synced|syncing now/).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Shipped' });
  await page.getByLabel('Fulfillment channel').selectOption({ label: 'Seller-fulfilled' });
  await page.getByLabel('Purchased to').fill(isoDaysAgo(5));
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=SHIPPED/);
  await expect(page).toHaveURL(/channel=MERCHANT/);
  const rows = bodyRows(page, 'Orders');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(orderCell(row, 'status')).toHaveText(/^Shipped/);
    await expect(orderCell(row, 'channel')).toContainText('Seller');
  }
  // Marketplaces by name, the country code and Amazon's id on hover.
  await expect(rows.first().getByTitle(/^[A-Z]{2} · A[0-9A-Z]+$/)).toHaveText(/^Amazon\.[a-z.]+$/);
  await expect(page.getByRole('link', { name: /^Shipped \(\d[\d,]*\)$/ })).toHaveAttribute('aria-current', 'page');

  // The view survives a reload: same URL, same filters in the form.
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('SHIPPED');
  await expect(page.getByLabel('Fulfillment channel')).toHaveValue('MERCHANT');
  await expect(page.getByLabel('Purchased to')).toHaveValue(isoDaysAgo(5));

  // Search by an order id finds exactly that order.
  const orderId = (await rows.first().getByRole('link').first().textContent())!.trim();
  await page.getByLabel('Search', { exact: true }).fill(orderId);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${orderId}`));
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('1 order matches.')).toBeVisible();

  // Sorting is a link in the column header and stays in the URL.
  await page.getByRole('link', { name: /^Total/ }).click();
  await expect(page).toHaveURL(/sort=orderTotal/);

  // A mangled link falls back with a message instead of failing.
  await page.goto('/orders?status=Lost&pageSize=7');
  await expect(page.getByText('“Lost” is not an order status; showing the orders to ship.')).toBeVisible();
  await expect(bodyRows(page, 'Orders').first()).toBeVisible();
});

test('open an order: items with FBA availability, buyer and address for the owner, next steps', async ({ page }) => {
  // Older orders have had their items read by the sync; reload until this one has. A shipped
  // one: Amazon gives no address for a pending or canceled order.
  await openWhenSynced(page, `/orders?account=all&marketplace=all&purchasedTo=${isoDaysAgo(10)}&channel=AMAZON&status=SHIPPED`, 'Orders');
  const link = bodyRows(page, 'Orders').first().getByRole('link').first();
  const orderId = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { name: `Order ${orderId}`, level: 1 })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(bodyRows(page, 'Items of this order').first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 120_000 });
  const item = bodyRows(page, 'Items of this order').first();
  await expect(item.getByRole('cell').nth(1)).not.toHaveText('—');
  await expect(item.getByRole('cell').nth(6)).toHaveText(/fulfillable|All shipped|No FBA stock record/);
  await expect(page.getByText('Amazon ships this order from FBA stock')).toBeVisible();
  // Ship-by is the marketplace's day; the exact time, in the marketplace's zone, on hover.
  const shipBy = page.locator('dt', { hasText: 'Ship by' }).locator('xpath=following-sibling::dd[1]');
  await expect(shipBy.locator('time')).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await expect(shipBy.locator('time')).toHaveAttribute('title', /\d{1,2}:\d{2}.*[A-Z]/);
  // The buyer's shipping speed in words, Amazon's code on hover.
  const serviceLevel = page.locator('dt', { hasText: 'Service level' }).locator('xpath=following-sibling::dd[1]').locator('span');
  await expect(serviceLevel).toHaveAttribute('title', /^[A-Z_]+$/);
  await expect(serviceLevel).toHaveText(/^[A-Z][a-z]+( [a-z]+)*$/);
  await expect(page.getByRole('link', { name: 'Fulfill with FBA' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Message the buyer' })).toHaveAttribute('href', `/orders/${orderId}/messages`);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Show buyer and address' }).click();
  const address = page.getByRole('region', { name: 'Buyer and shipping address' }).locator('address');
  await expect(address).toBeVisible();
  await expect(address).not.toBeEmpty();

  // An open seller-fulfilled order offers Fulfill with FBA and Confirm shipment.
  // Written in Orders v0's words, as links saved before the 2026 vocabulary were: still the same view.
  // A store pick-up order (the buyer collects it) offers its pick-up status instead: take the first that is not one.
  const unshippedMfn = '/orders?account=all&marketplace=all&status=Unshipped&channel=MFN';
  await openWhenSynced(page, unshippedMfn, 'Orders');
  const mfnIds = await bodyRows(page, 'Orders').evaluateAll((rows) => rows.slice(0, 10).map((row) => row.querySelector('a')?.textContent?.trim() ?? ''));
  let mfnId = '';
  for (const id of mfnIds) {
    await page.goto(`/orders/${id}`);
    await expect(page.getByRole('heading', { name: `Order ${id}`, level: 1 })).toBeVisible();
    if (await page.getByRole('link', { name: 'Set the store pick-up status' }).count()) continue;
    mfnId = id;
    break;
  }
  expect(mfnId, 'an unshipped seller-fulfilled order that is not a store pick-up').not.toBe('');
  await expect(page.getByRole('link', { name: 'Fulfill with FBA' })).toHaveAttribute('href', `/orders/${mfnId}/fulfill`);
  await expect(page.getByRole('link', { name: 'Confirm shipment' })).toHaveAttribute('href', `/orders/${mfnId}/ship`);

  // Unknown orders are a 404.
  await page.goto('/orders/000-0000000-0000000');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('a viewer sees the order but not the buyer or address', async ({ page, browser }) => {
  await openWhenSynced(page, '/orders?account=all&marketplace=all', 'Orders');
  const orderId = (await bodyRows(page, 'Orders').first().getByRole('link').first().textContent())!.trim();
  const viewer = { name: 'Order Viewer', email: uniqueEmail('orders-viewer'), role: 'Viewer', password: 'viewer password 123' };
  await addUser(page, viewer);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await signIn(viewerPage, viewer.email, viewer.password);
  await expect(viewerPage).toHaveURL(/\/orders$/);
  await viewerPage.goto(`/orders/${orderId}`);
  await expect(viewerPage.getByRole('heading', { name: `Order ${orderId}`, level: 1 })).toBeVisible();
  const buyer = viewerPage.getByRole('region', { name: 'Buyer and shipping address' });
  await expect(buyer).toContainText('Your role is viewer');
  await expect(buyer.getByRole('button')).toHaveCount(0);
  await expect(buyer.locator('address')).toHaveCount(0);
  // Viewers change nothing: no threshold forms on the inventory page either.
  await viewerPage.goto('/inventory');
  await expect(viewerPage.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Save default' })).toHaveCount(0);
  await expect(viewerPage.getByRole('region', { name: 'Replenish' })).toHaveCount(0);
  await expect(viewerPage.getByRole('checkbox')).toHaveCount(0);
  await context.close();
});

test('an operator sees the buyer and address on demand, as the owner does', async ({ page, browser }) => {
  // A shipped order: Amazon gives no address for a pending or canceled one.
  await openWhenSynced(page, `/orders?account=all&marketplace=all&purchasedTo=${isoDaysAgo(10)}&channel=AMAZON&status=SHIPPED`, 'Orders');
  const orderId = (await bodyRows(page, 'Orders').first().getByRole('link').first().textContent())!.trim();
  const operator = { name: 'Order Operator', email: uniqueEmail('orders-operator'), role: 'Operator', password: 'operator password 123' };
  await addUser(page, operator);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const operatorPage = await context.newPage();
  await signIn(operatorPage, operator.email, operator.password);
  await expect(operatorPage).toHaveURL(/\/orders$/);
  await operatorPage.goto(`/orders/${orderId}`);
  await expect(operatorPage.getByRole('heading', { name: `Order ${orderId}`, level: 1 })).toBeVisible();
  const buyer = operatorPage.getByRole('region', { name: 'Buyer and shipping address' });
  // Fetched only when asked for: nothing is shown before the click.
  await expect(buyer.locator('address')).toHaveCount(0);
  await buyer.getByRole('button', { name: 'Show buyer and address' }).click();
  await expect(buyer.locator('address')).toBeVisible();
  await expect(buyer.locator('address')).not.toBeEmpty();
  await context.close();
});

test('CSV export downloads the current view', async ({ page }) => {
  const view = `/orders?status=SHIPPED&channel=MERCHANT&account=all&marketplace=all&purchasedTo=${isoDaysAgo(7)}`;
  await openWhenSynced(page, view, 'Orders');
  const total = Number((await page.getByText(/^[\d,]+ orders? match(es)?\.$/).textContent())!.replace(/[^\d]/g, ''));
  expect(total).toBeGreaterThan(0);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Export CSV/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe(
    'Amazon order id,Purchase date,Last update,Status,Fulfilled by,Marketplace,Order total,Currency,Items shipped,Items unshipped,Ship service level,Prime,Ship country,Ship by,Deliver by',
  );
  expect(lines).toHaveLength(total + 1);
  for (const line of lines.slice(1)) expect(line).toMatch(/^\d{3}-\d{7}-\d{7},[^,]+,[^,]+,SHIPPED,MERCHANT,/);

  // Signed out, the export refuses.
  const anonymous = await page
    .context()
    .browser()!
    .newContext({ storageState: { cookies: [], origins: [] } });
  const response = await anonymous.request.get(`/api/orders/export?status=SHIPPED`);
  expect(response.status()).toBe(401);
  await anonymous.close();
});

/** The work queue's rows (or cards) as the seller sees them: status, what was bought, the ship-by instant and its mark. */
async function queueRows(page: Page) {
  return bodyRows(page, 'Orders').evaluateAll((rows) =>
    rows.map((row) => {
      const cell = (name: string) => row.querySelector(`[data-cell="${name}"]`)!;
      return {
        items: cell('items').textContent ?? '',
        shipBy: Date.parse(cell('shipBy').querySelector('time')?.getAttribute('datetime') ?? ''),
        shipByCell: cell('shipBy').textContent ?? '',
        deliverBy: Date.parse(cell('deliverBy').querySelector('time')?.getAttribute('datetime') ?? ''),
        deliverByDay: cell('deliverBy').querySelector('time')?.textContent ?? '',
        // The marketplace's name carries its id on hover: "US · ATVPDKIKX0DER".
        marketplaceId: (cell('marketplace').querySelector('[title]')?.getAttribute('title') ?? '').split(' · ')[1] ?? '',
        status: cell('status').textContent ?? '',
      };
    }),
  );
}

/** The count a status tab shows; a status with no orders has no tab, so 0. */
async function tabCount(page: Page, name: string): Promise<number> {
  const tab = page.getByRole('link', { name: new RegExp(`^${name} \\(`) });
  return (await tab.count()) ? Number((await tab.textContent())!.replace(/[^\d]/g, '')) : 0;
}

for (const [device, viewport] of SCREENS) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test('the list opens on what is still to ship, the earliest ship-by first, late and due-today orders marked, with deliver-by dates', async ({ page }) => {
      // A hundred orders: past the late ones at the top, into those due today and later.
      await openWhenSynced(page, '/orders?account=all&marketplace=all&pageSize=100', 'Orders');
      await expect(page.getByRole('link', { name: /^To ship \(/ })).toHaveAttribute('aria-current', 'page');
      expect(await tabCount(page, 'To ship')).toBe((await tabCount(page, 'Unshipped')) + (await tabCount(page, 'Partially shipped')));

      const rows = await queueRows(page);
      expect(rows.length).toBeGreaterThan(0);
      // One structure for both screens: a phone's card writes a value's label above it, a laptop's row has its column header.
      expect(await cellLabel(orderCell(bodyRows(page, 'Orders').first(), 'shipBy'))).toBe(device === 'phone' ? 'Ship by' : '');
      const now = Date.now();
      for (const row of rows) {
        // A store pick-up says so under its status.
        expect(row.status).toMatch(/^(Unshipped|Partially shipped)\d+ of \d+ shipped(Store pick-up: the buyer collects it)?$/);
        expect(row.items).toMatch(/^\d+ × .+/);
        // A minute's margin either side: the page was drawn a moment ago.
        if (row.shipBy < now - 60_000) expect(row.shipByCell).toContain('Late');
        if (row.shipBy > now + 60_000) expect(row.shipByCell).not.toContain('Late');
        // Due today counts the marketplace's days: a US order is due by the end of today in Pacific time.
        const timeZone = marketplaceTimeZone(row.marketplaceId);
        const dueOn = (at: number) => localDay(new Date(row.shipBy), timeZone) === localDay(new Date(at), timeZone);
        // Around the marketplace's midnight the page may have been drawn on the other day: no claim then.
        if (dueOn(now - 60_000) === dueOn(now + 60_000)) {
          if (row.shipBy > now + 60_000 && dueOn(now)) expect(row.shipByCell).toContain('Due today');
          if (!dueOn(now)) expect(row.shipByCell).not.toContain('Due today');
        }
        // The deliver-by date comes after the ship-by one, and is written as the marketplace's day.
        expect(row.deliverBy).toBeGreaterThan(row.shipBy);
        expect(row.deliverByDay).toBe(formatDayIn(new Date(row.deliverBy), timeZone));
      }
      expect(
        rows.some((row) => row.shipBy > now + 60_000),
        'the page reaches orders not yet late',
      ).toBe(true);
      const shipBy = rows.map((r) => r.shipBy);
      expect(shipBy).toEqual([...shipBy].sort((a, b) => a - b));
      await expectAccessible(page);

      // The header reverses the order; another tab gets its own (every status: newest first).
      await page.getByRole('link', { name: /^Ship by/ }).click();
      await expect(page).toHaveURL(/sort=shipBy&dir=desc/);
      const reversed = (await queueRows(page)).map((r) => r.shipBy);
      expect(reversed).toEqual([...reversed].sort((a, b) => b - a));
      await page.getByRole('link', { name: /^All statuses \(/ }).click();
      await expect(page).toHaveURL(/status=all/);
      await expect(page).not.toHaveURL(/sort=/);
      await expect(page.getByRole('link', { name: /^All statuses \(/ })).toHaveAttribute('aria-current', 'page');
      // Sorted by purchase date: said by the column header's link on a laptop, by the "Sort by" bar's on a phone.
      await expect(page.getByRole('link', { name: /^Purchased.*, sorted descending;/ })).toBeVisible();
      if (device === 'laptop') await expect(page.getByRole('columnheader', { name: /^Purchased/ })).toHaveAttribute('aria-sort', 'descending');
    });
  });
}

for (const [device, viewport] of SCREENS) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test('sorting by total keeps each currency together and says so: amounts are compared within a currency only', async ({ page }) => {
      // Two days of every marketplace's orders: dollars of three countries, pounds and euros.
      await openWhenSynced(page, `/orders?status=all&account=all&marketplace=all&purchasedFrom=${isoDaysAgo(2)}&pageSize=100`, 'Orders');
      await page.getByRole('link', { name: /^Total/ }).click();
      await expect(page).toHaveURL(/sort=orderTotal&dir=desc/);
      await expect(
        page.getByRole('status').filter({ hasText: 'Totals are sorted within each currency, one currency after another (A to Z), never converted.' }),
      ).toBeVisible();
      const totals = await bodyRows(page, 'Orders').evaluateAll((rows) => rows.map((row) => row.querySelector('[data-cell="total"]')!.textContent ?? ''));
      // en-US writes the order's own currency: "$" is US dollars, "CA$" Canadian, "MX$" Mexican.
      const currencyOf: Record<string, string> = { $: 'USD', CA$: 'CAD', MX$: 'MXN', '£': 'GBP', '€': 'EUR' };
      const read = totals
        .filter((text) => text !== '—')
        .map((text) => ({ currency: currencyOf[text.replace(/[\d.,\s-]/g, '')], amount: Number(text.replace(/[^\d.-]/g, '')) }));
      const currencies = read.map((t) => t.currency!);
      expect(currencies.every(Boolean), totals.join(' ')).toBe(true);
      expect(currencies).toEqual([...currencies].sort());
      expect(new Set(currencies).size, 'the page holds more than one currency').toBeGreaterThan(1);
      for (let i = 1; i < read.length; i++) if (read[i]!.currency === read[i - 1]!.currency) expect(read[i]!.amount).toBeLessThanOrEqual(read[i - 1]!.amount);
    });

    test('a long buyer e-mail wraps inside its card instead of running out of it', async ({ page }) => {
      const order = await takeOrder();
      // As long as an address's local part may be (64 characters), with nowhere a line may break.
      const email = `${'q7v2k9x4m1'.repeat(6)}${device.slice(0, 4)}@marketplace.amazon.com`;
      await sim('/_sim/buyer-email', { sellerId: NA_SELLER, amazonOrderId: order.amazonOrderId, email });
      await openOrderPage(page, `/orders/${order.amazonOrderId}`, `Order ${order.amazonOrderId}`);
      const buyer = page.getByRole('region', { name: 'Buyer and shipping address' });
      await buyer.getByRole('button', { name: 'Show buyer and address' }).click();
      const shown = buyer.getByText(email, { exact: true });
      await expect(shown).toBeVisible();
      // The kind of address in words, Amazon's code on hover.
      await expect(buyer.locator('address [title="RESIDENTIAL"], address [title="COMMERCIAL"]')).toHaveText(/^(Residential|Business) address$/);
      // The value stays within its card: nothing hidden past the card's edge, nothing scrolling sideways.
      expect(await shown.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      const card = (await buyer.boundingBox())!;
      const value = (await shown.boundingBox())!;
      expect(value.x + value.width).toBeLessThanOrEqual(card.x + card.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  });
}
