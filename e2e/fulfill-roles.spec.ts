import { expect, test } from '@playwright/test';
import { addUser, OWNER_STATE, signIn, uniqueEmail } from './support/helpers';
import { openOrderPage, takeOrder } from './support/fulfill-helpers';

test.use({ storageState: OWNER_STATE });

test('a viewer reads the shipment and messages of an order but cannot fulfill, confirm or send', async ({ page, browser }) => {
  const order = await takeOrder({ channel: 'AFN', stocked: false });
  // The owner makes sure the order is in the dashboard.
  await openOrderPage(page, `/orders/${order.amazonOrderId}/ship`, `Shipment of order ${order.amazonOrderId}`);
  const viewer = { name: 'Order Viewer', email: uniqueEmail('order-viewer'), role: 'Viewer', password: 'viewer password 123' };
  await addUser(page, viewer);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await signIn(viewerPage, viewer.email, viewer.password);
  await expect(viewerPage).toHaveURL(/\/orders$/);

  await viewerPage.goto(`/orders/${order.amazonOrderId}/fulfill`);
  await expect(viewerPage).toHaveURL(/\/no-access$/);

  await viewerPage.goto(`/orders/${order.amazonOrderId}/ship`);
  await expect(viewerPage.getByRole('heading', { name: `Shipment of order ${order.amazonOrderId}` })).toBeVisible();
  await expect(viewerPage.getByRole('heading', { name: 'Amazon ships this order' })).toBeVisible();
  // Only the page chrome's buttons: the account view and the user menu.
  await expect(viewerPage.getByRole('button')).toHaveText(['Show', 'Sign out', 'Sign out everywhere']);

  await viewerPage.goto(`/orders/${order.amazonOrderId}/messages`);
  await expect(viewerPage.getByRole('region', { name: 'Sent messages' })).toBeVisible();
  await expect(viewerPage.getByRole('heading', { name: 'Messages Amazon allows for this order' })).toHaveCount(0);
  await context.close();
});
