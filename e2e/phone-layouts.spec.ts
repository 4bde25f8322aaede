/**
 * On a phone the lists are cards, not tables to scroll sideways: the orders list (whose cards
 * tick orders for the bulk bar), the outbound list, an order's page and an outbound order's page all fit 390 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, OWNER_STATE, PHONE } from './support/helpers';
import { openOrderPage, takeOrder } from './support/fulfill-helpers';
import { bodyRows, cellLabel, isoDaysAgo, openWhenSynced, orderCell } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE, viewport: PHONE });

/** Nothing on the page is wider than the screen (a table scrolling in its own box would still pass; the lists here have none). */
async function expectNoSidewaysScroll(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test('the orders list is cards that fit the screen; a card ticks its order for the bulk bar; sorting is above the cards', async ({ page }) => {
  await openWhenSynced(page, '/orders?status=all&account=all&marketplace=all&pageSize=25', 'Orders');
  // One structure for both screens: the table's rows are laid out as cards, its header hidden.
  const cards = bodyRows(page, 'Orders');
  await expect(cards).toHaveCount(25);
  await expect(page.getByRole('table', { name: 'Orders' }).getByRole('columnheader').first()).toBeHidden();
  await expectNoSidewaysScroll(page);
  const card = cards.first();
  const box = (await card.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(PHONE.width);
  // A card is taller than a table row: its values stack under their labels.
  expect(box.height).toBeGreaterThan(150);
  expect(await cellLabel(orderCell(card, 'shipBy'))).toBe('Ship by');
  expect(await cellLabel(orderCell(card, 'purchased'))).toBe('Purchased');

  // Each card carries the order's values: its link, what was bought, status, total, ship-by.
  const orderId = (await card.getByRole('link').first().textContent())!.trim();
  expect(orderId).toMatch(/^\d{3}-\d{7}-\d{7}$/);
  await expect(orderCell(card, 'status')).toHaveText(/\d+ of \d+ shipped/);
  await expect(orderCell(card, 'total')).not.toBeEmpty();
  await expect(orderCell(card, 'purchased').locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);

  const bar = page.getByRole('region', { name: 'Selected orders' });
  await card.getByRole('checkbox', { name: `Select order ${orderId}` }).check();
  await expect(bar.getByRole('status')).toHaveText('1 order selected.');
  await expect(bar.getByRole('link', { name: 'Export selected (1)' })).toBeVisible();
  await card.getByRole('checkbox', { name: `Select order ${orderId}` }).uncheck();
  await expect(bar.getByRole('status')).toHaveText('Tick orders to export or act on several at once.');
  await page.getByRole('checkbox', { name: 'Select all orders on this page' }).check();
  await expect(bar.getByRole('status')).toHaveText('25 orders selected.');
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);

  const sort = page.getByRole('navigation', { name: 'Sort orders' });
  await sort.getByRole('link', { name: /^Total/ }).click();
  await expect(page).toHaveURL(/sort=orderTotal&dir=desc/);
  await expect(sort.getByRole('link', { name: /^Total.*, sorted descending;/ })).toBeVisible();
  await expect(cards).toHaveCount(25);
});

test('the outbound list is cards that fit the screen', async ({ page }) => {
  await openWhenSynced(page, '/outbound?account=all', 'Outbound orders, newest first');
  // As the orders list: the table's rows are cards, its header hidden, each value labelled.
  await expect(page.getByRole('table', { name: 'Outbound orders, newest first' }).getByRole('columnheader').first()).toBeHidden();
  const card = bodyRows(page, 'Outbound orders, newest first').first();
  await expect(card.getByRole('link').first()).toBeVisible();
  expect((await card.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
  expect(await cellLabel(card.locator('td[data-label="Status changed"]'))).toBe('Status changed');
  await expect(card.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test("an order's page fits the screen: its items are cards and its actions are reachable", async ({ page }) => {
  // An older shipped order: the sync has read its items.
  await openWhenSynced(page, `/orders?account=all&marketplace=all&purchasedTo=${isoDaysAgo(10)}&status=SHIPPED`, 'Orders');
  const link = bodyRows(page, 'Orders').first().getByRole('link').first();
  const orderId = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { name: `Order ${orderId}`, level: 1 })).toBeVisible();
  const items = bodyRows(page, 'Items of this order');
  await expect(async () => {
    await page.reload();
    await expect(items.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 120_000 });
  // The table's rows are cards: the header hidden, each value under its label.
  await expect(page.getByRole('table', { name: 'Items of this order' }).getByRole('columnheader').first()).toBeHidden();
  expect((await items.first().boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
  expect(await cellLabel(items.first().locator('td[data-label="Ordered"]'))).toBe('Ordered');
  await expect(items.first().locator('td[data-label="Ordered"]')).toHaveText(/^\d+$/);
  await expect(items.first()).toContainText(/fulfillable|All shipped|No FBA stock record/);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  const message = page.getByRole('link', { name: 'Message the buyer' });
  await message.scrollIntoViewIfNeeded();
  await expect(message).toBeVisible();
  await message.click();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/messages$`));
  await expectNoSidewaysScroll(page);
});

test("an outbound order's page fits the screen: its items are cards", async ({ page }) => {
  await openWhenSynced(page, '/outbound?account=all', 'Outbound orders, newest first');
  await bodyRows(page, 'Outbound orders, newest first').first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Outbound order / })).toBeVisible();
  const items = bodyRows(page, 'Items of this outbound order');
  // The page reads the order's detail from Amazon once opened: the items come by themselves.
  await expect(items.first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('table', { name: 'Items of this outbound order' }).getByRole('columnheader').first()).toBeHidden();
  expect((await items.first().boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
  expect(await cellLabel(items.first().locator('td[data-label="Ordered"]'))).toBe('Ordered');
  await expect(items.first().locator('td[data-label="Ordered"]')).toHaveText(/^\d+$/);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test("the fulfill page's preview per speed is a card per speed, each radio reachable", async ({ page }) => {
  const order = await takeOrder();
  await openOrderPage(page, `/orders/${order.amazonOrderId}/fulfill`, `Fulfill order ${order.amazonOrderId} with FBA`);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const speeds = page.getByRole('table', { name: 'Preview per shipping speed' });
  const expedited = speeds.locator('tbody tr').filter({ has: page.getByRole('radio', { name: 'Expedited' }) });
  await expect(expedited).toBeVisible();
  // A card, not a row to scroll to: within the screen, its values labelled.
  await expect(speeds.getByRole('columnheader').first()).toBeHidden();
  expect((await expedited.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
  expect(await cellLabel(expedited.locator('td[data-label="Fees"]'))).toBe('Fees');
  await expect(expedited.locator('td[data-label="Fees"]')).toHaveText(/^\d+\.\d{2} [A-Z]{3}/);
  await expect(page.getByRole('group', { name: /scrolls sideways/ })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await page.getByRole('radio', { name: 'Expedited' }).check();
  await expect(page.getByRole('radio', { name: 'Expedited' })).toBeChecked();
  await expectAccessible(page);
});
