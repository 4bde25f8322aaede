import { expect, test } from '@playwright/test';
import { addUser, expectAccessible, OWNER_STATE, SCREENS, signIn, uniqueEmail } from './support/helpers';
import {
  addItem,
  advanceSimClock,
  createWebShopOrder,
  fillRecipient,
  MOVED_CUSTOMER,
  openNewOutboundForm,
  orderStatus,
  WEB_SHOP_CUSTOMER,
} from './support/outbound-helpers';

test.use({ storageState: OWNER_STATE });

const HOUR = 3600;

test('an order for a web-shop customer: preview, create, watch it ship, read its tracking, return', async ({ page }) => {
  test.setTimeout(180_000);
  const skus = await openNewOutboundForm(page);
  const sku = skus.find((s) => s.fulfillable >= 5) ?? skus[0]!;
  await expectAccessible(page);

  // Blank box and block-AMZL are offered per SKU, from Amazon's feature inventory.
  const blankBox = page.getByLabel('Ship in a blank box (no Amazon branding)');
  await expect(blankBox).toBeDisabled();
  await expect(page.getByText(/^Add items first: \d+ of your SKUs may use it\.$/).first()).toBeVisible({ timeout: 30_000 });

  await page.getByLabel('Order number shown to the customer').fill('WEB-55123');
  await fillRecipient(page, WEB_SHOP_CUSTOMER);
  await addItem(page, sku.sellerSku, 1);
  await expect(page.locator('#blankBox-why')).toHaveText(/^(Available for every item\.|Not available for .+\.)$/);
  if ((await page.locator('#blankBox-why').textContent()) === 'Available for every item.') await expect(blankBox).toBeEnabled();
  else await expect(blankBox).toBeDisabled();

  // Speeds and fees before committing.
  await page.getByRole('button', { name: 'Preview speeds and fees' }).click();
  const preview = page.getByRole('region', { name: 'Speeds and fees' });
  await expect(preview.getByRole('rowheader', { name: 'Standard' })).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByRole('row', { name: /Standard Yes \d+\.\d{2} USD/ })).toBeVisible();
  await expect(preview.getByRole('rowheader', { name: 'Priority' })).toBeVisible();
  // What was typed survives the preview.
  await expect(page.getByLabel('Recipient name')).toHaveValue(WEB_SHOP_CUSTOMER.name);

  // Priority ships 2 hours after release (the simulator's clock is moved as little as possible:
  // other specs share it).
  await page.getByLabel('Shipping speed').selectOption('Priority');
  const reference = await page.getByLabel('Order reference').inputValue();
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByRole('heading', { name: `Outbound order ${reference}`, level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`Amazon accepted fulfillment order ${reference}.`)).toBeVisible();
  await expect(orderStatus(page)).toHaveText(/Received|Planning/);
  await expect(page.getByRole('region', { name: 'Items' }).getByRole('rowheader', { name: sku.sellerSku })).toBeVisible();
  await expectAccessible(page);

  // Amazon ships it; the page follows by itself.
  await advanceSimClock(page, 3 * HOUR);
  await expect(orderStatus(page)).toHaveText('Complete', { timeout: 45_000 });
  const timeline = page.getByRole('region', { name: 'Status history' });
  await expect(timeline.getByText('Received', { exact: true })).toBeVisible();
  await expect(timeline.getByText('Complete', { exact: true })).toBeVisible();
  const shipments = page.getByRole('region', { name: 'Shipments' });
  await expect(shipments.getByText(/carrier Amazon Logistics · tracking number TBA\d+/)).toBeVisible();
  await expect(shipments.getByTitle('AMZN_US')).toHaveText('Amazon Logistics');
  const tracking = shipments.getByRole('region', { name: /Tracking for package \d+/ });
  await expect(tracking).toBeVisible({ timeout: 30_000 });
  await expect(tracking.getByText('Estimated arrival')).toBeVisible();
  const events = tracking.getByRole('list', { name: /Carrier events/ }).getByRole('listitem');
  await expect(events.filter({ hasText: 'Carrier notified to pick up package.' })).toBeVisible();
  await expect(tracking.getByText('Current position')).toBeVisible();
  // Still on its way: the page keeps following it (delivery is covered by the integration tests).
  await expect(page.getByText(/^Updating by itself while the order moves/)).toBeVisible();

  // A return with one of Amazon's reason codes.
  const returns = page.getByRole('region', { name: 'Create a return' });
  await returns.getByLabel('Return reason').selectOption({ label: 'No longer needed/wanted' });
  await returns.getByRole('button', { name: 'Create return' }).click();
  await expect(returns.getByText(/Return authorized for 1 unit \(RMA \w+\)/)).toBeVisible({ timeout: 30_000 });
  const returnsTable = page.getByRole('region', { name: 'Returns', exact: true });
  // The reason in words, Amazon's code on hover.
  await expect(returnsTable.getByRole('cell', { name: 'Unwanted item' })).toBeVisible();
  await expect(returnsTable.getByTitle('CR-UNWANTED_ITEM')).toHaveText('Unwanted item');
  await expect(returnsTable.getByRole('link', { name: /RMA/ })).toBeVisible();

  // The list finds it by its reference, with the status counts and CSV export.
  await page.goto(`/outbound?q=${reference}`);
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Orders by status' }).getByRole('link', { name: /Complete 1/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const csv = await (await download).createReadStream();
  const text = await new Promise<string>((resolve) => {
    let body = '';
    csv.on('data', (chunk) => (body += chunk));
    csv.on('end', () => resolve(body));
  });
  expect(text).toContain(`${reference},WEB-55123,`);
  await expectAccessible(page);
});

test('change an order, then cancel it before it ships', async ({ page }) => {
  const skus = await openNewOutboundForm(page);
  const sku = skus.find((s) => s.fulfillable >= 3) ?? skus[0]!;
  const reference = await createWebShopOrder(page, sku);
  const change = page.getByRole('region', { name: 'Change or cancel' });
  await change.getByLabel('Shipping speed').selectOption('Expedited');
  await change.getByLabel(`Quantity of ${sku.sellerSku}`).fill('2');
  // The customer moved: a new address, checked like the create form's.
  await change.getByLabel('Change the delivery address').check();
  await change.getByLabel('Recipient name').fill(MOVED_CUSTOMER.name);
  await change.getByLabel('Address line 1').fill(MOVED_CUSTOMER.addressLine1);
  await change.getByLabel('City').fill(MOVED_CUSTOMER.city);
  await change.getByLabel('State or region').fill(MOVED_CUSTOMER.stateOrRegion);
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(change.getByText('Enter the postal code.')).toBeVisible();
  await change.getByLabel('Postal code').fill(MOVED_CUSTOMER.postalCode);
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(change.getByText('Order updated.')).toBeVisible({ timeout: 30_000 });
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByText('Expedited')).toBeVisible();
  await expect(summary.getByText('Portland, OR, US')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Items' }).getByRole('row', { name: new RegExp(`^${sku.sellerSku} 2 0 0`) })).toBeVisible();

  // Cancelling asks first, naming the order and what happens; Go back leaves it untouched.
  await page.getByRole('button', { name: 'Cancel this order' }).click();
  const dialog = page.getByRole('dialog', { name: `Cancel fulfillment order ${reference}?` });
  await expect(dialog).toContainText('nothing ships to the customer');
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect(dialog).toBeHidden();
  await expect(orderStatus(page)).not.toHaveText('Cancelled');
  await page.getByRole('button', { name: 'Cancel this order' }).click();
  await dialog.getByRole('button', { name: 'Cancel the order' }).click();
  await expect(page.getByText('Cancellation accepted by Amazon.')).toBeVisible({ timeout: 30_000 });
  await expect(orderStatus(page)).toHaveText('Cancelled');
  await expect(page.getByText('This order is Cancelled: Amazon no longer accepts changes or a cancellation.')).toBeVisible();
  await page.goto(`/outbound?status=Cancelled&q=${reference}`);
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
});

test('Amazon refuses to cancel an order that has shipped, and the page says why', async ({ page }) => {
  const skus = await openNewOutboundForm(page);
  const reference = await createWebShopOrder(page, skus.find((s) => s.fulfillable >= 3) ?? skus[0]!, { speed: 'Priority' });
  // Our copy goes stale (no polling) while Amazon ships the order.
  await page.route('**/api/outbound/**', (route) => route.abort());
  await advanceSimClock(page, 3 * HOUR);
  await page.getByRole('button', { name: 'Cancel this order' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel the order' }).click();
  await expect(
    page.getByText(new RegExp(`Amazon refused to cancel this order: Fulfillment order ${reference} cannot be cancelled because its status is Complete`)),
  ).toBeVisible({ timeout: 30_000 });
  await page.unroute('**/api/outbound/**');
  // The refusal also brought the stored copy up to date.
  await page.reload();
  await expect(orderStatus(page)).toHaveText('Complete');
  await expect(page.getByRole('button', { name: 'Cancel this order' })).toHaveCount(0);
  await expect(page.getByText('This order is Complete: Amazon no longer accepts changes or a cancellation.')).toBeVisible();
});

test('bad input gets a clear message and creates nothing', async ({ page }) => {
  const skus = await openNewOutboundForm(page);
  const reference = await page.getByLabel('Order reference').inputValue();

  // A malformed address: nothing leaves the browser's form without the required fields.
  await page.getByLabel('Order number shown to the customer').fill('PHONE-7');
  await fillRecipient(page, { ...WEB_SHOP_CUSTOMER, postalCode: '', countryCode: 'USA' });
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByText('Enter the postal code.')).toBeVisible();
  await expect(page.getByText('Use the two-letter country code, such as US or GB.')).toBeVisible();
  await expect(page.getByText('Add at least one item.')).toBeVisible();
  await expect(page.getByLabel('Recipient name')).toHaveValue(WEB_SHOP_CUSTOMER.name);
  await expect(page.getByLabel('Postal code')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  // An unknown SKU never reaches the list (the next test); the server refuses one too (service.integration.test.ts).
  await fillRecipient(page, { postalCode: WEB_SHOP_CUSTOMER.postalCode, countryCode: 'US' });

  // More than is in stock, with fill or kill.
  const sku = skus.find((s) => s.fulfillable > 0 && s.fulfillable < 200)!;
  await addItem(page, sku.sellerSku, sku.fulfillable + 1);
  await expect(page.getByText(`Only ${sku.fulfillable} fulfillable; with fill or kill Amazon would refuse the order.`)).toBeVisible();
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByText(`Only ${sku.fulfillable} of ${sku.sellerSku} can be shipped; with "fill or kill" the whole order would be refused.`)).toBeVisible(
    { timeout: 30_000 },
  );
  await expect(page.getByRole('status').filter({ hasText: 'Some items cannot be shipped. Nothing was sent to Amazon.' })).toBeVisible();

  await page.goto(`/outbound?q=${reference}`);
  await expect(page.getByRole('heading', { name: 'No orders match these filters' })).toBeVisible();
});

test('a viewer reads outbound orders but is offered no changes', async ({ page, browser }) => {
  const skus = await openNewOutboundForm(page);
  const reference = await createWebShopOrder(page, skus.find((s) => s.fulfillable >= 3) ?? skus[0]!);
  const url = page.url();
  const viewer = { name: 'Outbound Viewer', email: uniqueEmail('outbound-viewer'), role: 'Viewer', password: 'viewer password 123' };
  await addUser(page, viewer);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await signIn(viewerPage, viewer.email, viewer.password);
  await expect(viewerPage).toHaveURL(/\/orders$/);
  await viewerPage.goto(url);
  await expect(viewerPage.getByRole('heading', { name: `Outbound order ${reference}` })).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Cancel this order' })).toHaveCount(0);
  await viewerPage.goto('/outbound');
  await expect(viewerPage.getByRole('link', { name: 'New outbound order' })).toHaveCount(0);
  await viewerPage.goto('/outbound/new');
  await expect(viewerPage).toHaveURL(/\/no-access$/);
  await context.close();
});

test('the list honours the sidebar account view and the filters in the URL', async ({ page }) => {
  await page.goto('/outbound');
  await page.getByLabel('Account and marketplace').selectOption({ label: 'Demo seller (Europe): all marketplaces' });
  // The view is saved by a server action whose answer carries the cookie.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && response.ok()),
    page.getByRole('button', { name: 'Show' }).click(),
  ]);
  await page.goto('/outbound');
  await expect(page.getByLabel('Account and marketplace').locator('option:checked')).toHaveText('Demo seller (Europe): all marketplaces');
  const accounts = page.getByRole('table').getByRole('row').locator('td:last-child');
  await expect(accounts.first()).toBeVisible({ timeout: 30_000 });
  expect(new Set(await accounts.allTextContents())).toEqual(new Set(['Demo seller (Europe)']));

  // Filters travel in the URL; the status counts follow them.
  await page.getByLabel('Status', { exact: true }).selectOption('Complete');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]status=Complete/);
  await expect(page.getByRole('navigation', { name: 'Orders by status' }).getByRole('link', { name: /^Complete \d+$/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const statuses = await page.getByRole('table').getByRole('row').locator('td:nth-child(2)').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(['Complete']));
  await expectAccessible(page);

  // A link that names the accounts shows the same rows whatever the recipient's sidebar says, and the filters keep it.
  await page.goto('/outbound?account=all');
  await expect(accounts.filter({ hasText: 'Demo seller (North America)' }).first()).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption('Complete');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]account=all/);
  await expect(page).toHaveURL(/[?&]status=Complete/);
});

for (const [device, viewport] of SCREENS) {
  test(`on a ${device}: Add item refuses a SKU without FBA stock here, and says why next to the field`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const skus = await openNewOutboundForm(page);
    await page.getByLabel('SKU', { exact: true }).fill('NO-SUCH-SKU-123');
    await page.getByRole('button', { name: 'Add item' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'NO-SUCH-SKU-123 has no fulfillable FBA stock in this marketplace' })).toBeVisible();
    await expect(page.getByLabel('SKU', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('table', { name: 'Items in this order' })).toHaveCount(0);

    // A SKU from the list goes in, and the message goes away.
    await addItem(page, skus[0]!.sellerSku, 1);
    await expect(page.getByText('has no fulfillable FBA stock')).toHaveCount(0);
  });

  test(`on a ${device}: an order's fill policy reads in words, its code on hover`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const skus = await openNewOutboundForm(page);
    await createWebShopOrder(page, skus.find((s) => s.fulfillable >= 2) ?? skus[0]!, {
      policy: 'Fill all available: ship what is available, cancel the rest',
    });
    const policy = page.locator('dt', { hasText: 'Fill policy' }).locator('xpath=following-sibling::dd[1]');
    await expect(policy).toHaveText('Fill all available');
    await expect(policy.getByTitle('FillAllAvailable')).toBeVisible();
  });
}
