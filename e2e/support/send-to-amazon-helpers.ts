/** Send to Amazon e2e helpers: SKUs by prep category (as the simulator decides them), the start form, and Amazon's pace. */
import { expect, type Page } from '@playwright/test';
import { PrepDetailsStore } from '../../simulator/apis/inbound-plans/prep-details';
import { OPERATION_DELAY_S } from '../../simulator/apis/inbound-plans/store';
import { advanceSimClock } from './inbound-helpers';

const simUrl = `http://localhost:${process.env.E2E_SIM_PORT ?? 4110}`;
const US = 'ATVPDKIKX0DER';
const NA_SELLER = 'A1DEMOSELLERNA';

/** The NA demo seller's SKUs in a marketplace (the US unless named) whose prep category is `category`, in SKU order. */
export async function skusWithPrep(category: 'NONE' | 'UNKNOWN', marketplaceId = US): Promise<string[]> {
  const response = await fetch(`${simUrl}/_sim/state/inventory?sellerId=${NA_SELLER}`);
  const { skus } = (await response.json()) as { skus: Array<{ sellerSku: string; marketplaceIds: string[] }> };
  const prep = new PrepDetailsStore();
  return skus
    .filter((s) => s.marketplaceIds.includes(marketplaceId) && prep.get(NA_SELLER, marketplaceId, s.sellerSku).prepCategory === category)
    .map((s) => s.sellerSku)
    .sort();
}

/** The Send to Amazon form for the NA demo seller in a marketplace (Amazon.com unless named), once its inventory has synced. */
export async function openSendToAmazon(page: Page, marketplace: { name: string; id: string } = { name: 'Amazon.com', id: US }) {
  await page.goto('/inbound/new');
  await page.getByLabel('Plan for').selectOption({ label: `Demo seller (North America) · ${marketplace.name}` });
  await page.getByRole('button', { name: 'Show SKUs' }).click();
  await expect(page).toHaveURL(new RegExp(`for=.*${marketplace.id}`));
  // The first inventory sync may still be running when the suite starts.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/^\d+ SKUs in this marketplace/)).not.toHaveText(/^0 SKUs/);
  }).toPass({ timeout: 60_000 });
}

/** Finds each SKU by search, adds it and types its units. */
export async function addPlanSkus(page: Page, lines: Array<[string, string]>) {
  for (const [sku, units] of lines) {
    await page.getByLabel('Find a SKU').fill(sku);
    await page.getByRole('button', { name: `Add ${sku}`, exact: true }).click();
    await page.getByLabel(`Units of ${sku}`).fill(units);
  }
}

/** Lets Amazon (the simulator) finish the operation the page is waiting for, and waits for the page to move on. */
export async function letAmazonWork(page: Page, next: RegExp | string) {
  await advanceSimClock(OPERATION_DELAY_S * 2);
  await expect(page.getByTestId('plan-step')).toHaveText(next, { timeout: 30_000 });
}
