import { expect, test } from '@playwright/test';
import { expectAccessible, OWNER_STATE, SCREENS } from './support/helpers';
import {
  advanceSimClock,
  fulfillmentOrdersOnAmazon,
  messagesOnAmazon,
  openOrderPage,
  orderOnAmazon,
  setFulfillable,
  syncInventoryNow,
  takeOrder,
  takeOrderToShort,
} from './support/fulfill-helpers';
import { bodyRows } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });

const fulfillHeading = (id: string) => `Fulfill order ${id} with FBA`;

test('fulfill an MFN order from the preview; a double click and a second tab still make one fulfillment order', async ({ page, browser }) => {
  const order = await takeOrder();
  const path = `/orders/${order.amazonOrderId}/fulfill`;
  await openOrderPage(page, path, fulfillHeading(order.amazonOrderId));
  await expectAccessible(page);

  // A second tab opens the same order and previews it too.
  const other = await browser.newContext({ storageState: OWNER_STATE });
  const tab2 = await other.newPage();
  await tab2.goto(path);

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const speeds = page.getByRole('table', { name: 'Preview per shipping speed' });
  await expect(speeds.getByRole('row')).toHaveCount(4);
  for (const speed of ['Standard', 'Expedited', 'Priority']) await expect(speeds.getByRole('radio', { name: speed })).toBeVisible();
  await expect(speeds.getByText(/\d+\.\d{2} USD/).first()).toBeVisible();
  await expect(speeds.getByText('Per unit:').first()).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Standard' })).toBeChecked();
  await expectAccessible(page);
  await tab2.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(tab2.getByRole('radio', { name: 'Standard' })).toBeChecked();

  // Changed options need a new preview; a bad notification address is refused next to its field.
  const emails = page.getByLabel('Notification e-mails (optional)');
  await emails.fill('ops@example.com, not-an-address');
  await expect(page.getByRole('button', { name: 'Create fulfillment order' })).toBeDisabled();
  await page.getByRole('button', { name: 'Preview again' }).click();
  await expect(page.getByText('not-an-address is not a valid e-mail address.')).toBeVisible();
  await expect(emails).toHaveAttribute('aria-invalid', 'true');
  await emails.fill('ops@example.com');
  await page.getByRole('button', { name: /^Preview( again)?$/ }).click();
  await expect(page.getByText('not-an-address is not a valid e-mail address.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create fulfillment order' })).toBeEnabled();
  expect(await fulfillmentOrdersOnAmazon(order.amazonOrderId)).toHaveLength(0);

  await page.getByRole('radio', { name: 'Expedited' }).check();
  await page.getByRole('button', { name: 'Create fulfillment order' }).dblclick();
  const card = page.getByRole('region', { name: `Fulfillment order MCF-${order.amazonOrderId}` });
  await expect(card).toBeVisible();
  await expect(card.getByText('Expedited')).toBeVisible();
  await expect(card.getByTitle('FillOrKill')).toHaveText('Fill or kill');

  // The second tab's create finds the order instead of making another.
  await tab2.getByRole('button', { name: 'Create fulfillment order' }).click();
  await expect(tab2.getByRole('region', { name: `Fulfillment order MCF-${order.amazonOrderId}` })).toBeVisible();
  await other.close();

  expect(await fulfillmentOrdersOnAmazon(order.amazonOrderId)).toHaveLength(1);
  await page.reload();
  await expect(page.getByRole('region', { name: /^Fulfillment order / })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Create fulfillment order' })).toHaveCount(0);
});

test('low stock: the seller must choose; a backorder is held without calling Amazon and sent by the sync once the stock is back', async ({ page }) => {
  // An order with a second unit to ship, so part of it could go now.
  const order = await takeOrderToShort();
  const first = order.items[0]!;
  await setFulfillable(first.sellerSku, order.items.length > 1 ? 0 : first.quantityOrdered - 1);
  if (order.items.length === 1) await syncInventoryNow(page);
  await openOrderPage(page, `/orders/${order.amazonOrderId}/fulfill`, fulfillHeading(order.amazonOrderId));

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Items FBA cannot ship' })).toBeVisible();
  await expect(page.getByText(new RegExp(`${first.sellerSku} .*Not enough fulfillable stock at FBA`))).toBeVisible();
  const lowStock = page.getByRole('group', { name: 'Not enough stock at FBA' });
  await expect(lowStock).toBeVisible();
  await expectAccessible(page);

  // No choice: nothing is sent, the question is asked next to the choices.
  await page.getByRole('button', { name: 'Create fulfillment order' }).click();
  await expect(lowStock.getByText('Some units are out of stock at FBA: choose what to do about them.')).toBeVisible();
  expect(await fulfillmentOrdersOnAmazon(order.amazonOrderId)).toHaveLength(0);

  // Backorder: held, nothing sent to Amazon; the page points at the hold instead of the form.
  const backorder = 'Backorder: hold the order and ship it in full when FBA has the stock';
  await lowStock.getByRole('radio', { name: backorder }).check();
  await page.getByRole('button', { name: 'Hold as backorder' }).click();
  await expect(page.getByText(/^This order is held as a backorder: the next sync sends it to FBA/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hold as backorder' })).toHaveCount(0);
  const decisions = page.getByRole('region', { name: 'Low-stock decisions' });
  await expect(decisions.getByText(backorder)).toBeVisible();
  await expect(decisions.getByText(/^Held: nothing sent to Amazon yet/)).toBeVisible();
  await expect(decisions.getByText(new RegExp(`${first.sellerSku}: .* backordered`))).toBeVisible();
  await expect(page.getByRole('region', { name: /^Fulfillment order / })).toHaveCount(0);
  expect(await fulfillmentOrdersOnAmazon(order.amazonOrderId)).toHaveLength(0);

  // The order page shows the hold, with a way to cancel it; the orders list marks the row.
  const orderPath = `/orders/${order.amazonOrderId}`;
  await page.getByRole('link', { name: 'See the hold on the order page' }).click();
  const hold = page.getByRole('region', { name: 'Held as backorder' });
  await expect(hold.getByText(/^Held as backorder since .+, re-checked after the next sync\.$/)).toBeVisible();
  // Letting go of the hold asks first, saying what it means; going back keeps the hold.
  await hold.getByRole('button', { name: 'Cancel the hold' }).click();
  const ask = page.getByRole('dialog', { name: `Cancel the backorder hold on order ${order.amazonOrderId}?` });
  await expect(ask).toContainText('no longer send it to FBA when the stock is back');
  await expectAccessible(page);
  await ask.getByRole('button', { name: 'Go back' }).click();
  await expect(ask).toBeHidden();
  await page.reload();
  await expect(hold.getByRole('button', { name: 'Cancel the hold' })).toBeVisible();
  await page.goto(`/orders?q=${order.amazonOrderId}`);
  await expect(bodyRows(page, 'Orders').filter({ hasText: order.amazonOrderId })).toContainText('Held as backorder');

  // An inventory sync with the stock still short: still held, re-checked, saying what is missing.
  await syncInventoryNow(page);
  // The re-check runs as the sync ends: the page may be read a moment before it.
  await expect(async () => {
    await page.goto(orderPath);
    await expect(hold.getByText(/^Held as backorder since .+, re-checked (?!after the next sync).+\.$/)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(hold.getByText(new RegExp(`^Still short at FBA: .*${first.sellerSku}: `))).toBeVisible();
  expect(await fulfillmentOrdersOnAmazon(order.amazonOrderId)).toHaveLength(0);

  // Restocked at Amazon: the next inventory sync sends the whole order to FBA, once, and releases the hold.
  for (const item of order.items) await setFulfillable(item.sellerSku, item.quantityOrdered + 20);
  await syncInventoryNow(page);
  await expect(async () => {
    await page.goto(orderPath);
    await expect(page.getByRole('heading', { name: `Order ${order.amazonOrderId}`, level: 1 })).toBeVisible();
    await expect(hold).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const onAmazon = await fulfillmentOrdersOnAmazon(order.amazonOrderId);
  expect(onAmazon.map((o) => o.sellerFulfillmentOrderId)).toEqual([`MCF-${order.amazonOrderId}`]);
  expect(onAmazon[0]!.fulfillmentPolicy).toBe('FillOrKill');
  await page.goto(`${orderPath}/fulfill`);
  await expect(page.getByRole('region', { name: 'Low-stock decisions' }).getByText(/^Released: sent to FBA/)).toBeVisible();
});

test('low stock: ship what is available and cancel the rest; only the available units go to FBA', async ({ page }) => {
  const order = await takeOrderToShort();
  const first = order.items[0]!;
  const left = order.items.length > 1 ? 0 : first.quantityOrdered - 1;
  await setFulfillable(first.sellerSku, left);
  if (order.items.length === 1) await syncInventoryNow(page);
  await openOrderPage(page, `/orders/${order.amazonOrderId}/fulfill`, fulfillHeading(order.amazonOrderId));
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const lowStock = page.getByRole('group', { name: 'Not enough stock at FBA' });
  await lowStock.getByRole('radio', { name: 'Ship what is available and cancel the unavailable units' }).check();
  await page.getByRole('button', { name: 'Create fulfillment order' }).click();
  await expect(page.getByRole('region', { name: `Fulfillment order MCF-${order.amazonOrderId}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Low-stock decisions' }).getByText(new RegExp(`${first.sellerSku}: .* cancelled`))).toBeVisible();
  const [onAmazon] = await fulfillmentOrdersOnAmazon(order.amazonOrderId);
  expect(onAmazon!.fulfillmentPolicy).toBe('FillOrKill');
  const sent = onAmazon!.items.find((i) => i.sellerSku === first.sellerSku)?.quantity ?? 0;
  expect(sent).toBe(left);

  await page.getByRole('navigation', { name: 'Order actions' }).getByRole('link', { name: 'Order details' }).click();
  const cancellations = page.getByRole('region', { name: 'Cancellations sent to Amazon' });
  if (left > 0) {
    // Amazon's feed cancels whole items: the missing units of a partly available item are refunded by hand.
    await expect(cancellations).toHaveCount(0);
    return;
  }
  // The item FBA has none of is canceled on the Amazon order, through the order acknowledgement feed.
  await expect(cancellations).toContainText('Waiting at Amazon');
  await expect(cancellations).toContainText(`items ${order.items[0]!.orderItemId}`);
  await advanceSimClock(120);
  await cancellations.getByRole('button', { name: 'Check on Amazon now' }).click();
  await expect(cancellations.getByText('Amazon canceled 1 item. The buyer is refunded and told by Amazon.')).toBeVisible();
  await expect(cancellations).toContainText('Processed by Amazon');
  expect((await orderOnAmazon(order.amazonOrderId))?.items.find((i) => i.sellerSku === first.sellerSku)?.quantityOrdered).toBe(0);
  // Read again from Amazon, the order no longer asks for the canceled item.
  await page.getByRole('button', { name: 'Refresh from Amazon' }).click();
  await expect(page.getByText(/^Read from Amazon just now/)).toBeVisible();
  await expectAccessible(page);
});

test('low stock: tell the buyer instead of shipping; the message is required and recorded', async ({ page }) => {
  const order = await takeOrder();
  await setFulfillable(order.items[0]!.sellerSku, 0);
  await openOrderPage(page, `/orders/${order.amazonOrderId}/fulfill`, fulfillHeading(order.amazonOrderId));
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const lowStock = page.getByRole('group', { name: 'Not enough stock at FBA' });
  await lowStock.getByRole('radio', { name: 'Do not ship yet; tell the buyer about the delay' }).check();
  await page.getByRole('button', { name: 'Tell the buyer' }).click();
  await expect(page.getByText('Write what the buyer should know about the delay.')).toBeVisible();
  expect(await messagesOnAmazon(order.amazonOrderId)).toHaveLength(0);

  await page.getByLabel('Message to the buyer').fill('One item is out of stock. It ships within a week; we will confirm when it leaves.');
  await page.getByRole('button', { name: 'Tell the buyer' }).click();
  await expect(page.getByRole('region', { name: 'Low-stock decisions' }).getByText('Do not ship yet; tell the buyer about the delay')).toBeVisible();
  expect((await messagesOnAmazon(order.amazonOrderId)).map((m) => m.action)).toEqual(['unexpectedProblem']);
  expect(await fulfillmentOrdersOnAmazon(order.amazonOrderId)).toHaveLength(0);

  await page.getByRole('navigation', { name: 'Order actions' }).getByRole('link', { name: 'Buyer messages' }).click();
  // The message's row on a laptop, its card on a phone: whichever the screen shows.
  await expect(bodyRows(page, 'Messages sent to the buyer').filter({ hasText: 'One item is out of stock.' })).toBeVisible();
});

test('send a buyer message: bad input is refused next to the field and nothing is sent', async ({ page }) => {
  const order = await takeOrder({ channel: 'AFN', stocked: false });
  await openOrderPage(page, `/orders/${order.amazonOrderId}/messages`, `Buyer messages for order ${order.amazonOrderId}`);
  const form = page.getByRole('region', { name: 'Confirm order details' });
  await expect(form).toBeVisible();
  await expectAccessible(page);

  await form.getByRole('button', { name: 'Send confirm order details message' }).click();
  await expect(form.getByText('Write the message.')).toBeVisible();
  await form.getByLabel('Message').fill('Reply to orders@example.com please');
  await form.getByRole('button', { name: 'Send confirm order details message' }).click();
  await expect(form.getByText('Amazon does not allow e-mail addresses in buyer messages.')).toBeVisible();
  await expect(form.getByLabel('Message')).toHaveAttribute('aria-invalid', 'true');
  expect(await messagesOnAmazon(order.amazonOrderId)).toHaveLength(0);

  await form.getByLabel('Message').fill('Could you confirm the colour you would like? Reply through Amazon messages.');
  await form.getByRole('button', { name: 'Send confirm order details message' }).click();
  const sent = page.getByRole('region', { name: 'Sent messages' });
  await expect(sent.getByRole('row').filter({ hasText: 'Could you confirm the colour' })).toContainText('Sent');
  await expect(
    sent
      .getByRole('row')
      .filter({ hasText: 'Could you confirm the colour' })
      .getByText(/^[0-9a-f-]{36}$/),
  ).toBeVisible();
  // Amazon allows it once per order: the form is gone now.
  await expect(page.getByRole('region', { name: 'Confirm order details' })).toHaveCount(0);
  expect((await messagesOnAmazon(order.amazonOrderId)).map((m) => m.action)).toEqual(['confirmOrderDetails']);

  // The order page lists what was sent, too.
  await page.getByRole('navigation', { name: 'Order actions' }).getByRole('link', { name: 'Order details' }).click();
  await expect(
    page.getByRole('region', { name: 'Messages sent to the buyer' }).getByRole('row').filter({ hasText: 'Could you confirm the colour' }),
  ).toContainText('Sent');
  await page.getByRole('link', { name: 'Audit log of this order' }).click();
  const entries = page.getByRole('table', { name: 'Audit entries, newest first' }).locator('tbody tr');
  await expect(entries.filter({ hasText: 'Sent a buyer message' }).filter({ hasText: 'Succeeded' })).toHaveCount(1);
});

test('send an invoice with a PDF: a missing file or one that is not a PDF is refused at the field; the sent invoice names its file', async ({ page }) => {
  // Amazon offers an invoice once the order has shipped; FBA orders ship within hours, so there are plenty.
  const order = await takeOrder({ channel: 'AFN', status: 'Shipped', stocked: false });
  await openOrderPage(page, `/orders/${order.amazonOrderId}/messages`, `Buyer messages for order ${order.amazonOrderId}`);
  const form = page.getByRole('region', { name: 'Invoice', exact: true });
  await expect(form).toBeVisible();
  await expectAccessible(page);
  const send = form.getByRole('button', { name: 'Send invoice message' });

  await send.click();
  await expect(form.getByText('Choose a file.')).toBeVisible();
  // Named like a PDF, but its bytes are not one: the server reads the bytes.
  await form.getByLabel('File').setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a PDF</html>') });
  await send.click();
  await expect(form.getByText('This file is not a PDF or an image (JPEG, PNG or GIF).')).toBeVisible();
  await expect(form.getByLabel('File')).toHaveAttribute('aria-invalid', 'true');
  expect(await messagesOnAmazon(order.amazonOrderId)).toHaveLength(0);

  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await form.getByLabel('File').setInputFiles({ name: 'invoice-1001.pdf', mimeType: 'application/pdf', buffer: pdf });
  await send.click();
  const sent = page.getByRole('region', { name: 'Sent messages' });
  await expect(sent.getByRole('row').filter({ hasText: 'Attached: invoice-1001.pdf' })).toContainText('Sent');
  // Amazon allows one invoice per order: the form is gone now.
  await expect(page.getByRole('region', { name: 'Invoice', exact: true })).toHaveCount(0);
  expect(await messagesOnAmazon(order.amazonOrderId)).toEqual([
    expect.objectContaining({
      action: 'invoice',
      attachments: [expect.objectContaining({ fileName: 'invoice-1001.pdf', contentType: 'application/pdf', size: pdf.byteLength })],
    }),
  ]);
});

test('confirm the MFN shipment with the FBA package once it ships; the order shows Shipped', async ({ page }) => {
  const order = await takeOrder();
  await openOrderPage(page, `/orders/${order.amazonOrderId}/fulfill`, fulfillHeading(order.amazonOrderId));
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await page.getByRole('radio', { name: 'Priority' }).check();
  await page.getByRole('button', { name: 'Create fulfillment order' }).click();
  await expect(page.getByRole('region', { name: `Fulfillment order MCF-${order.amazonOrderId}` })).toBeVisible();

  await page.getByRole('link', { name: 'confirm the shipment on the Amazon order' }).click();
  await expect(page.getByRole('heading', { name: `Shipment of order ${order.amazonOrderId}`, level: 1 })).toBeVisible();
  // Nothing has shipped yet: nothing to confirm, so no Confirm button.
  await expect(page.getByRole('button', { name: 'Check FBA shipment status' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm shipment on Amazon' })).toHaveCount(0);

  // Priority ships two hours after creation on Amazon's clock.
  await advanceSimClock(3 * 3600);
  await page.getByRole('button', { name: 'Check FBA shipment status' }).click();
  await expect(page.getByText(/Updated from Amazon: .* is Complete/)).toBeVisible();
  const pending = page.getByText(/^Package \d+: Amazon Logistics \S+, shipped/);
  await expect(pending).toBeVisible();
  const [, tracking] = /^Package \d+: Amazon Logistics (\S+),/.exec((await pending.textContent())!)!;
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Confirm shipment on Amazon' }).click();
  await expect(page.getByText(new RegExp(`Shipment confirmed on the Amazon order: Amazon Logistics ${tracking}\\. The order is now Shipped\\.`))).toBeVisible();
  // Shipped: the message stays, Confirm is no longer offered, and nothing says the page is out of date.
  await expect(page.getByRole('button', { name: 'Confirm shipment on Amazon' })).toHaveCount(0);
  await expect(page.getByText(/out of date/)).toHaveCount(0);
  const confirmed = page.getByRole('region', { name: 'Confirmed shipments' });
  await expect(confirmed.getByRole('row').filter({ hasText: tracking! })).toContainText('FBA, on a click');
  await expect(page.getByTestId('order-status')).toHaveText('Shipped');
  expect((await orderOnAmazon(order.amazonOrderId))?.status).toBe('Shipped');

  // Both writes are in the audit log, reached from the order.
  await page.getByRole('navigation', { name: 'Order actions' }).getByRole('link', { name: 'Order details' }).click();
  await page.getByRole('link', { name: 'Audit log of this order' }).click();
  await expect(page.getByLabel('Target')).toHaveValue(order.amazonOrderId);
  const entries = page.getByRole('table', { name: 'Audit entries, newest first' }).locator('tbody tr');
  // In words, with the action's code on hover.
  const confirmedEntries = entries.filter({ hasText: 'Confirmed the shipment with the FBA package' });
  await expect(confirmedEntries.filter({ hasText: 'Succeeded' })).toHaveCount(1);
  await expect(confirmedEntries.first().getByTitle('orders.confirm-shipment.fba')).toHaveText('Confirmed the shipment with the FBA package');
  const created = entries.filter({ has: page.getByTitle('orders.fulfillment-order.create') });
  await expect(created).toContainText('Succeeded');
  await expect(created.getByText(/^[0-9a-f-]{36}$/)).toBeVisible();
  await expect(entries.filter({ hasNotText: order.amazonOrderId })).toHaveCount(0);
});

test('manual shipment confirmation: bad package details are refused next to each field and nothing is sent', async ({ page }) => {
  const order = await takeOrder({ stocked: false });
  await openOrderPage(page, `/orders/${order.amazonOrderId}/ship`, `Shipment of order ${order.amazonOrderId}`);
  const form = page.getByRole('region', { name: 'Confirm a shipment by hand' });
  const item = order.items[0]!;
  await form.getByLabel('Carrier', { exact: true }).fill('');
  await form.getByLabel('Tracking number').fill('1Z 999');
  await form.getByLabel('Package number').fill('0');
  await form.getByLabel(new RegExp(`^${item.sellerSku} \\(`)).fill(String(item.quantityOrdered + 1));
  await form.getByRole('button', { name: 'Confirm shipment' }).click();
  await expect(form.getByText('Enter the carrier.')).toBeVisible();
  await expect(form.getByText('Use letters, digits and hyphens only.')).toBeVisible();
  await expect(form.getByText('Use a positive whole number (Amazon accepts numbers only).')).toBeVisible();
  await expect(form.getByLabel('Carrier', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // A carrier Amazon does not list is refused at the field; one typed in lower case is Amazon's code.
  await form.getByLabel('Carrier', { exact: true }).fill('UPSS');
  await form.getByRole('button', { name: 'Confirm shipment' }).click();
  await expect(form.getByText("“UPSS” is not a carrier Amazon knows. Choose one from the list, or choose Other and type the carrier's name.")).toBeVisible();
  await expect(form.getByLabel('Carrier', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('datalist#carriers option[value="Royal Mail"]')).toHaveCount(1);

  await form.getByLabel('Carrier', { exact: true }).fill('ups');
  await form.getByLabel('Tracking number').fill('1Z999AA10123456784');
  await form.getByLabel('Package number').fill('1');
  await form.getByLabel(new RegExp(`^${item.sellerSku} \\(`)).fill(String(item.quantityOrdered + 1));
  await form.getByRole('button', { name: 'Confirm shipment' }).click();
  await expect(form.getByText(`At most ${item.quantityOrdered} (still unshipped).`)).toBeVisible();
  expect((await orderOnAmazon(order.amazonOrderId))?.status).toBe('Unshipped');
  await expect(page.getByRole('region', { name: 'Confirmed shipments' }).getByText('No shipment has been confirmed from the dashboard yet.')).toBeVisible();
});

for (const [device, viewport] of SCREENS) {
  test(`on a ${device}: a carrier Amazon does not list is confirmed as Other with its name, shown in words`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const order = await takeOrder({ stocked: false });
    await openOrderPage(page, `/orders/${order.amazonOrderId}/ship`, `Shipment of order ${order.amazonOrderId}`);
    const form = page.getByRole('region', { name: 'Confirm a shipment by hand' });
    await form.getByLabel('Carrier', { exact: true }).fill('other');
    // One tracking number per screen and run (a retry takes another order): the search below finds just this order.
    const tracking = `AP${device === 'laptop' ? 1 : 2}${Date.now().toString().slice(-8)}`;
    await form.getByLabel('Tracking number').fill(tracking);
    await form.getByLabel('Package number').fill('1');
    for (const item of order.items) await form.getByLabel(new RegExp(`^${item.sellerSku} \\(`)).fill(String(item.quantityOrdered));
    await form.getByRole('button', { name: 'Confirm shipment' }).click();
    await expect(form.getByText('Name the carrier when it is Other.')).toBeVisible();
    expect((await orderOnAmazon(order.amazonOrderId))?.status).toBe('Unshipped');

    await form.getByLabel('Carrier name (when the carrier is Other)').fill('Acme Post');
    await form.getByRole('button', { name: 'Confirm shipment' }).click();
    await expect(page.getByTestId('order-status')).toHaveText('Shipped');
    expect((await orderOnAmazon(order.amazonOrderId))?.status).toBe('Shipped');
    const row = bodyRows(page, 'Confirmed shipments').filter({ hasText: tracking });
    await expect(row).toContainText('Acme Post');
    await expect(row.locator('[title="Other"]')).toHaveText('Acme Post');

    // The orders search finds the order by its tracking number, typed in lower case.
    await page.goto('/orders?status=all&account=all&marketplace=all');
    await page.getByLabel('Search', { exact: true }).fill(tracking.toLowerCase());
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByText(/^1 order matches\.$/)).toBeVisible();
    await expect(bodyRows(page, 'Orders').getByRole('link', { name: order.amazonOrderId, exact: true })).toBeVisible();
  });
}

test('a split shipment: a first package makes the order Partially shipped, the second Shipped; Amazon and the order read again agree', async ({ page }) => {
  const order = await takeOrderToShort();
  const id = order.amazonOrderId;
  // Package 1 carries the first item in full when there are several, else one unit.
  const first = new Map(order.items.map((item, i) => [item.sellerSku, order.items.length > 1 ? (i === 0 ? item.quantityOrdered : 0) : 1]));
  /** Fills the form for one package; `units` lists the items still unshipped (the form shows only those). */
  const confirm = async (carrier: string, tracking: string, packageNumber: string, units: Array<[sku: string, units: number]>) => {
    const form = page.getByRole('region', { name: 'Confirm a shipment by hand' });
    await form.getByLabel('Carrier', { exact: true }).fill(carrier);
    await form.getByLabel('Tracking number').fill(tracking);
    await form.getByLabel('Package number').fill(packageNumber);
    for (const [sku, n] of units) await form.getByLabel(new RegExp(`^${sku} \\(`)).fill(String(n));
    await form.getByRole('button', { name: 'Confirm shipment' }).click();
  };
  await openOrderPage(page, `/orders/${id}/ship`, `Shipment of order ${id}`);

  await confirm(
    'UPS',
    '1Z999AA10123456784',
    '1',
    order.items.map((item) => [item.sellerSku, first.get(item.sellerSku)!]),
  );
  await expect(page.getByText('Shipment confirmed: UPS 1Z999AA10123456784. The order is now Partially shipped.')).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Partially shipped');
  expect((await orderOnAmazon(id))?.status).toBe('PartiallyShipped');

  await confirm(
    'USPS',
    '9400111899223344556677',
    '2',
    order.items
      .filter((item) => first.get(item.sellerSku)! < item.quantityOrdered)
      .map((item) => [item.sellerSku, item.quantityOrdered - first.get(item.sellerSku)!]),
  );
  // Nothing is left to ship, so the form gives way to the order's status and its shipments.
  await expect(page.getByTestId('order-status')).toHaveText('Shipped');
  const onAmazon = await orderOnAmazon(id);
  expect(onAmazon?.status).toBe('Shipped');
  expect(onAmazon?.items.every((item) => item.quantityShipped === item.quantityOrdered)).toBe(true);
  const confirmed = page.getByRole('region', { name: 'Confirmed shipments' });
  await expect(confirmed.getByRole('row').filter({ hasText: '1Z999AA10123456784' })).toBeVisible();
  await expect(confirmed.getByRole('row').filter({ hasText: '9400111899223344556677' })).toBeVisible();

  // The order as Orders 2026-01-01 has it now: shipped in full.
  await page.getByRole('navigation', { name: 'Order actions' }).getByRole('link', { name: 'Order details' }).click();
  await page.getByRole('button', { name: 'Refresh from Amazon' }).click();
  await expect(page.getByText(/^Read from Amazon just now, with \d+ items?\.$/)).toBeVisible();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Shipped');
  const units = order.items.reduce((n, item) => n + item.quantityOrdered, 0);
  await expect(summary).toContainText(`${units} shipped, 0 to ship`);
  await expectAccessible(page);
});

test('store pick-up: only the pick-up status is offered; a status must be chosen; Amazon records it', async ({ page }) => {
  const order = await takeOrder({ storePickup: true, stocked: false });
  await openOrderPage(page, `/orders/${order.amazonOrderId}`, `Order ${order.amazonOrderId}`);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Store pick-up');
  const actions = page.getByRole('region', { name: 'Actions' });
  await expect(actions.getByRole('link', { name: 'Fulfill with FBA' })).toHaveCount(0);
  await expect(actions.getByRole('link', { name: 'Confirm shipment' })).toHaveCount(0);
  await actions.getByRole('link', { name: 'Set the store pick-up status' }).click();

  await expect(page.getByRole('heading', { name: `Shipment of order ${order.amazonOrderId}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Confirm a shipment by hand' })).toHaveCount(0);
  const pickup = page.getByRole('region', { name: 'Store pick-up status' });
  await pickup.getByRole('button', { name: 'Update status' }).click();
  await expect(pickup.getByText('Choose a status.')).toBeVisible();
  await expect(pickup.getByLabel('Pick-up status')).toHaveAttribute('aria-invalid', 'true');
  expect((await orderOnAmazon(order.amazonOrderId))?.shipmentStatus).toBeNull();

  await pickup.getByLabel('Pick-up status').selectOption({ label: 'Ready for pick-up' });
  await pickup.getByRole('button', { name: 'Update status' }).click();
  await expect(pickup.getByText('Pick-up status set to Ready for pick-up.')).toBeVisible();
  expect((await orderOnAmazon(order.amazonOrderId))?.shipmentStatus).toBe('ReadyForPickup');
  await expectAccessible(page);

  await page.goto(`/orders/${order.amazonOrderId}/fulfill`);
  await expect(page.getByRole('heading', { name: 'The buyer collects this order in store' })).toBeVisible();
});

test('an AFN order says Amazon ships it; an unknown order is not found', async ({ page }) => {
  const afn = await takeOrder({ channel: 'AFN', stocked: false });
  await openOrderPage(page, `/orders/${afn.amazonOrderId}/fulfill`, fulfillHeading(afn.amazonOrderId));
  await expect(page.getByRole('heading', { name: 'Amazon ships this order' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Preview', exact: true })).toHaveCount(0);
  await page.goto('/orders/000-0000000-0000000/fulfill');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('automatic confirmation: once an admin turns it on, a shipped FBA package is confirmed without a click', async ({ page }) => {
  const order = await takeOrder();
  await openOrderPage(page, `/orders/${order.amazonOrderId}/fulfill`, fulfillHeading(order.amazonOrderId));
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await page.getByRole('radio', { name: 'Priority' }).check();
  await page.getByRole('button', { name: 'Create fulfillment order' }).click();
  await expect(page.getByRole('region', { name: `Fulfillment order MCF-${order.amazonOrderId}` })).toBeVisible();
  await page.getByRole('navigation', { name: 'Order actions' }).getByRole('link', { name: 'Shipment' }).click();

  const setting = page.getByRole('region', { name: 'Workspace setting' });
  await setting.getByLabel('Confirm FBA shipments on Amazon orders').selectOption({ label: 'Automatically after each sync' });
  await setting.getByRole('button', { name: 'Save setting' }).click();
  await expect(setting.getByText('FBA shipments will be confirmed on Amazon orders automatically.')).toBeVisible();
  try {
    await advanceSimClock(3 * 3600);
    await page.getByRole('button', { name: 'Check FBA shipment status' }).click();
    await expect(page.getByText(/is Complete\. 1 package confirmed on the Amazon order\./)).toBeVisible();
    await expect(bodyRows(page, 'Confirmed shipments').filter({ hasText: 'FBA, automatic' })).toBeVisible();
    await expect(page.getByTestId('order-status')).toHaveText('Shipped');
    expect((await orderOnAmazon(order.amazonOrderId))?.status).toBe('Shipped');
  } finally {
    // The setting is the workspace's: put it back for the other tests.
    await setting.getByLabel('Confirm FBA shipments on Amazon orders').selectOption({ label: 'On a click (review first)' });
    await setting.getByRole('button', { name: 'Save setting' }).click();
    await expect(setting.getByText('FBA shipments will wait for a click to be confirmed.')).toBeVisible();
  }
});
