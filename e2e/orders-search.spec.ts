import { expect, test } from '@playwright/test';
import { OWNER_STATE, SCREENS } from './support/helpers';
import { bodyRows, openWhenSynced } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });

/**
 * The search box finds an order by a SKU typed in lower case, its ASIN in lower case and by
 * words of an item title in any order and case, on a laptop and a phone. The newest order is
 * the one searched for: newest first, it is on the first page of any search that finds it.
 */
for (const [device, viewport] of SCREENS) {
  test(`on a ${device}: search finds an order by its SKU and ASIN in lower case and by words of its item title`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openWhenSynced(page, '/orders?status=all&account=all&marketplace=all', 'Orders');
    const rows = bodyRows(page, 'Orders');
    const link = rows.first().getByRole('link').first();
    const orderId = (await link.textContent())!.trim();
    await link.click();
    await expect(page.getByRole('heading', { name: `Order ${orderId}`, level: 1 })).toBeVisible();
    const item = bodyRows(page, 'Items of this order').first();
    const title = (await item.getByRole('cell').nth(0).textContent())!.trim();
    const sku = (await item.getByRole('cell').nth(1).textContent())!.trim();
    const asin = (await item.getByRole('cell').nth(2).textContent())!.trim();
    expect(sku).toMatch(/[A-Z]/);
    expect(asin).toMatch(/^B0[A-Z0-9]{8}$/);
    // Two words of the title, the last first, in other letter cases.
    const words = title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
    expect(words.length, title).toBeGreaterThan(0);
    const titleSearch = [words[words.length - 1]!.toUpperCase(), words[0]!.toLowerCase()].join(' ');

    for (const q of [sku.toLowerCase(), asin.toLowerCase(), titleSearch]) {
      await page.goto('/orders?status=all&account=all&marketplace=all');
      await page.getByLabel('Search', { exact: true }).fill(q);
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await expect(page).toHaveURL(/[?&]q=/);
      await expect(page.getByLabel('Search', { exact: true })).toHaveValue(q);
      await expect(bodyRows(page, 'Orders').getByRole('link', { name: orderId, exact: true }), q).toBeVisible();
    }
  });
}

/**
 * The buyer's name, as the owner sees it on the order page, finds the order: the sync stored
 * only keyed hashes of its words (the suite's PII scan checks that no name is stored).
 */
test('search finds an order by its buyer name, typed in other letter cases', async ({ page }) => {
  // Amazon names the buyer of an unshipped order (the simulator's demo app has the roles).
  const unshipped = '/orders?account=all&marketplace=all&status=UNSHIPPED';
  await openWhenSynced(page, unshipped, 'Orders');
  const link = bodyRows(page, 'Orders').first().getByRole('link').first();
  const orderId = (await link.textContent())!.trim();
  await link.click();
  await page.getByRole('button', { name: 'Show buyer and address' }).click();
  const buyer = page.getByRole('region', { name: 'Buyer and shipping address' }).locator('dt:text-is("Buyer") + dd');
  await expect(buyer).not.toHaveText(/^(—|)$/);
  const words = (await buyer.textContent())!.trim().split(/\s+/);
  const q = [words[words.length - 1]!.toLowerCase(), words[0]!.toUpperCase()].join(' ');

  await page.goto(unshipped);
  await page.getByLabel('Search', { exact: true }).fill(q);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(bodyRows(page, 'Orders').getByRole('link', { name: orderId, exact: true })).toBeVisible();
});

test('a search in the work queue that finds only a shipped order says so and shows it in all statuses', async ({ page }) => {
  await openWhenSynced(page, '/orders?status=SHIPPED&account=all&marketplace=all', 'Orders');
  const orderId = (await bodyRows(page, 'Orders').first().getByRole('link').first().textContent())!.trim();
  await page.goto('/orders?account=all&marketplace=all');
  await page.getByLabel('Search', { exact: true }).fill(orderId);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('heading', { name: 'No orders match' })).toBeVisible();
  await expect(page.getByText('1 matching order has another status.')).toBeVisible();
  await page.getByRole('link', { name: 'Show it in all statuses' }).click();
  await expect(page).toHaveURL(/status=all/);
  await expect(bodyRows(page, 'Orders').getByRole('link', { name: orderId, exact: true })).toBeVisible();
});
