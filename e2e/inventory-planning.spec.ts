import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, OWNER_STATE, SCREENS } from './support/helpers';
import { cellLabel } from './support/orders-helpers';

test.use({ storageState: OWNER_STATE });

const LIST = 'FBA inventory per SKU';
const SUGGESTED = /^Replenish (.+) \((\d+) units suggested\)$/;

/** Orders sync after the stock: reload until the list shows a SKU that sells (a rate "… a day"). */
async function openWithSales(page: Page, url: string) {
  await expect(async () => {
    await page.goto(url);
    await expect(
      page
        .getByText(/ a day$/)
        .filter({ visible: true })
        .first(),
    ).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 180_000, intervals: [1_000, 2_000, 3_000] });
}

for (const [device, viewport] of SCREENS) {
  test(`on a ${device}: sales, days of cover and a reorder point per SKU; Replenish opens a plan filled in, not sent`, async ({ page }) => {
    // Many steps, each a server render on a shared machine.
    test.slow();
    await page.setViewportSize(viewport);
    // One account and marketplace, the first Replenish offers: every SKU listed is one it can send.
    await openWithSales(page, '/inventory?account=all&marketplace=all');
    const target = await page.getByLabel('Send to').locator('option').first().getAttribute('value');
    const [accountId, marketplaceId] = target!.split('|');
    await openWithSales(page, `/inventory?account=${accountId}&marketplace=${marketplaceId}&sort=cover`);

    const list = page.getByRole('table', { name: LIST });
    await expect(list).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /^Days of cover/ })).toHaveCount(device === 'phone' ? 0 : 1);
    // The page fits the screen: nothing scrolls sideways, the table neither.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expect(page.getByRole('group', { name: /scrolls sideways/ })).toHaveCount(0);

    // Sorted by days of cover: the first SKU runs out first, and it sells.
    const first = list.locator('tbody tr').first();
    await expect(first.getByText(/ a day$/)).toBeVisible();
    // On a phone the row is a card: each number under its label, within the screen.
    expect(await cellLabel(first.locator('td[data-label="Days of cover"]'))).toBe(device === 'phone' ? 'Days of cover' : '');
    expect((await first.boundingBox())!.width).toBeLessThanOrEqual(viewport.width);
    await expect(first.getByText(/^(< 1 day|\d[\d,]* days?)$/)).toBeVisible();
    await expect(first.getByText(/^\d+ · \d+ · \d+$/)).toBeVisible();
    await expectAccessible(page);

    // Tick the first SKU with units to send; the link carries them to a new plan.
    const box = page.getByRole('checkbox', { name: SUGGESTED }).filter({ visible: true }).first();
    const [, sku, units] = SUGGESTED.exec((await box.getAttribute('aria-label'))!)!;
    await box.check();
    await page.getByRole('link', { name: `Replenish 1 SKU (${Number(units).toLocaleString('en-US')} units)` }).click();
    await expect(page).toHaveURL(/\/inbound\/new\?/);
    await expect(page.getByRole('heading', { name: 'Send to Amazon', level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '1 SKU filled in with suggested units from Replenish' })).toBeVisible();
    await expect(page.getByLabel('Plan for')).toHaveValue(target!);
    await expect(page.getByLabel(`Units of ${sku}`)).toHaveValue(units!);
    // Filled in only: the plan starts when the seller says so.
    await expect(page.getByRole('button', { name: 'Create the plan' })).toBeEnabled();
  });
}

test('the needs-reorder view, ticking them all, and a hand-made link checked line by line', async ({ page }) => {
  // Many steps, each a server render on a shared machine.
  test.slow();
  await openWithSales(page, '/inventory?account=all&marketplace=all');
  const target = await page.getByLabel('Send to').locator('option').first().getAttribute('value');
  const [accountId, marketplaceId] = target!.split('|');
  await page.goto(`/inventory?account=${accountId}&marketplace=${marketplaceId}&view=reorder`);
  const rows = page.getByRole('table', { name: LIST }).locator('tbody tr');
  const count = await rows.count();
  test.skip(count === 0, 'No SKU needs a reorder in this world.');
  await expect(rows.getByText('Needs reorder', { exact: true })).toHaveCount(count);
  await page.getByRole('button', { name: /^Tick the \d+ needing reorder$/ }).click();
  const ticked = await page.getByRole('checkbox', { checked: true }).filter({ visible: true }).count();
  expect(ticked).toBeGreaterThan(0);
  await page.getByRole('link', { name: new RegExp(`^Replenish ${ticked} SKUs?`) }).click();
  await expect(page.getByRole('table', { name: 'SKUs in the plan' }).locator('tbody tr')).toHaveCount(ticked);

  // A link typed by hand: a SKU of no marketplace here and impossible units are left out, and said so.
  const sku = (await page.getByRole('table', { name: 'SKUs in the plan' }).getByRole('rowheader').first().textContent())!.trim();
  await page.goto(`/inbound/new?for=${encodeURIComponent(target!)}&add=${encodeURIComponent(`4:${sku}`)}&add=5:NOT-A-SKU&add=0:${encodeURIComponent(sku)}`);
  await expect(page.getByText("Not in this marketplace's FBA inventory, left out: NOT-A-SKU.")).toBeVisible();
  await expect(page.getByText('1 line asked for 0 units or more than 500,000, left out.')).toBeVisible();
  await expect(page.getByLabel(`Units of ${sku}`)).toHaveValue('4');
});
