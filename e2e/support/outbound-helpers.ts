/** Helpers for the outbound specs: the simulator's clock, and a new outbound order made through the form. */
import { expect, type Page } from '@playwright/test';

const simUrl = `http://localhost:${process.env.E2E_SIM_PORT ?? 4110}`;

/** Moves Amazon's clock forward (the simulator's control endpoint), e.g. past a ship time. */
export async function advanceSimClock(page: Page, seconds: number) {
  const response = await page.request.post(`${simUrl}/_sim/clock`, { data: { advanceSeconds: seconds } });
  expect(response.ok()).toBe(true);
}

export interface StockedSku {
  sellerSku: string;
  fulfillable: number;
}

/** The "Ship from" choice of the NA demo seller on Amazon.com (the new-order form and the import both offer it). */
export async function amazonComChoice(page: Page): Promise<string> {
  const choice = await page
    .getByLabel('Ship from')
    .locator('option')
    .evaluateAll((options) =>
      options.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })).find((o) => o.label.endsWith('— Amazon.com')),
    );
  expect(choice, 'the NA demo seller is connected').toBeTruthy();
  return choice!.value;
}

/**
 * Opens the new-order form for the NA demo seller on Amazon.com, once its stock has synced
 * (the first sync starts when the owner is created; the page is reloaded until SKUs appear).
 */
export async function openNewOutboundForm(page: Page): Promise<StockedSku[]> {
  await page.goto('/outbound/new');
  await page.goto(`/outbound/new?from=${encodeURIComponent(await amazonComChoice(page))}`);
  const skus = async () =>
    page
      .locator('#sku-options option')
      .evaluateAll((options) =>
        options.map((o) => ({ sellerSku: (o as HTMLOptionElement).value, fulfillable: Number((o as HTMLElement).dataset.fulfillable) })),
      );
  await expect(async () => {
    if ((await skus()).length === 0) {
      await page.reload();
      expect((await skus()).length).toBeGreaterThan(0);
    }
  }).toPass({ timeout: 90_000, intervals: [2_000] });
  return skus();
}

export interface Recipient {
  name: string;
  addressLine1: string;
  city: string;
  stateOrRegion: string;
  postalCode: string;
  countryCode: string;
}

export const WEB_SHOP_CUSTOMER: Recipient = {
  name: 'Maya Rivera',
  addressLine1: '742 Evergreen Terrace',
  city: 'Springfield',
  stateOrRegion: 'OR',
  postalCode: '97477',
  countryCode: 'US',
};
/** The same customer after a move (the change-order spec). */
export const MOVED_CUSTOMER: Recipient = {
  name: 'Maya Rivera',
  addressLine1: '9 Pine Rd',
  city: 'Portland',
  stateOrRegion: 'OR',
  postalCode: '97201',
  countryCode: 'US',
};

export async function fillRecipient(page: Page, recipient: Partial<Recipient>) {
  const labels: Record<keyof Recipient, string> = {
    name: 'Recipient name',
    addressLine1: 'Address line 1',
    city: 'City',
    stateOrRegion: 'State or region',
    postalCode: 'Postal code',
    countryCode: 'Country code',
  };
  for (const [key, value] of Object.entries(recipient) as [keyof Recipient, string][]) await page.getByLabel(labels[key], { exact: true }).fill(value);
}

export async function addItem(page: Page, sellerSku: string, quantity: number) {
  await page.getByLabel('SKU', { exact: true }).fill(sellerSku);
  await page.getByLabel('Quantity', { exact: true }).fill(String(quantity));
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByLabel(`Quantity of ${sellerSku}`)).toHaveValue(String(quantity));
}

/** Creates an order for a web-shop customer and waits for its detail page; returns its reference. */
export async function createWebShopOrder(page: Page, sku: StockedSku, options: { quantity?: number; speed?: string; policy?: string } = {}): Promise<string> {
  await page.getByLabel('Order number shown to the customer').fill(`WEB-${Date.now().toString(36)}`);
  await fillRecipient(page, WEB_SHOP_CUSTOMER);
  await addItem(page, sku.sellerSku, options.quantity ?? 1);
  if (options.speed) await page.getByLabel('Shipping speed').selectOption(options.speed);
  if (options.policy) await page.getByLabel('When stock is short').selectOption({ label: options.policy });
  const reference = await page.getByLabel('Order reference').inputValue();
  await page.getByRole('button', { name: 'Create order' }).click();
  await expect(page.getByRole('heading', { name: `Outbound order ${reference}`, level: 1 })).toBeVisible({ timeout: 30_000 });
  return reference;
}

export const orderStatus = (page: Page) => page.getByTestId('order-status');
