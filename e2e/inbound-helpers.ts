/** Inbound e2e helpers: the simulator's clock, and reading the barcodes of a downloaded label PDF. */
import { expect, type Page } from '@playwright/test';
import { readCode128, rasterisePdf } from '../simulator/apis/inbound/label-scanning';
import { labelCell, labelsPerPage } from '../simulator/apis/inbound/labels-pdf';
import type { PageType } from '../simulator/apis/inbound/model-types';

const simUrl = `http://localhost:${process.env.E2E_SIM_PORT ?? 4110}`;

export async function advanceSimClock(seconds: number): Promise<void> {
  const response = await fetch(`${simUrl}/_sim/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceSeconds: seconds }) });
  expect(response.ok).toBe(true);
}

/** Every label's Code 128, in print order, like a scanner at 200 dpi. */
export function scanLabelPdf(pdf: Uint8Array, pageType: PageType): (string | undefined)[] {
  const dpi = 200;
  const pages = rasterisePdf(pdf, dpi);
  const perPage = labelsPerPage(pageType);
  return pages.flatMap((page) => Array.from({ length: perPage }, (_, i) => readCode128(page, labelCell(pageType, i), dpi))).filter((text) => text !== undefined);
}

/** The New plan form for the NA demo seller on Amazon.com, once its inventory has synced. */
export async function openNewPlan(page: Page) {
  await page.goto('/inbound/new');
  await page.getByLabel('Plan for').selectOption({ label: 'Demo seller (North America) · Amazon.com' });
  await page.getByRole('button', { name: 'Show SKUs' }).click();
  await expect(page).toHaveURL(/for=.*ATVPDKIKX0DER/);
  // The first inventory sync may still be running when the suite starts.
  await expect(async () => {
    await page.reload();
    expect(await page.getByLabel('SKU to add').locator('option').count()).toBeGreaterThan(4);
  }).toPass({ timeout: 60_000 });
}

export async function addSkus(page: Page, count: number, quantity: string): Promise<string[]> {
  const skus: string[] = [];
  for (let i = 0; i < count; i++) {
    const select = page.getByLabel('SKU to add');
    // Spread over the catalog so different tests pick different SKUs.
    const options = await select.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
    const sku = options[Math.floor(Math.random() * options.length)]!;
    await select.selectOption(sku);
    await page.getByRole('button', { name: 'Add SKU' }).click();
    await page.getByLabel(`Quantity for ${sku}`).fill(quantity);
    skus.push(sku);
  }
  return skus;
}

export async function fillNewAddress(page: Page) {
  await page.getByLabel('Ship-from address').selectOption({ label: 'A new address…' });
  await page.getByLabel('Name', { exact: true }).fill('Acme Outdoor Warehouse');
  await page.getByLabel('Address line 1').fill('100 Harbor Way');
  await page.getByLabel('City').fill('Seattle');
  await page.getByLabel('State or province code').fill('WA');
  await page.getByLabel('Postal code').fill('98101');
  await page.getByLabel('Country code').fill('US');
}

export async function fillBox(page: Page, index: number, box: { length: string; width: string; height: string; weight: string }) {
  const n = index + 1;
  await page.getByLabel(`Length of box ${n}`).fill(box.length);
  await page.getByLabel(`Width of box ${n}`).fill(box.width);
  await page.getByLabel(`Height of box ${n}`).fill(box.height);
  await page.getByLabel(`Weight of box ${n}`).fill(box.weight);
}
