/** Inbound e2e helpers: the simulator's clock, and reading the barcodes of a downloaded label PDF. */
import { expect, type Page } from '@playwright/test';
export { scanLabelPdf } from '../../simulator/apis/inbound/label-scanning';

const simUrl = `http://localhost:${process.env.E2E_SIM_PORT ?? 4110}`;

export async function advanceSimClock(seconds: number): Promise<void> {
  const response = await fetch(`${simUrl}/_sim/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  expect(response.ok).toBe(true);
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

export async function addSkus(page: Page, count: number, quantity: string, offset: number): Promise<string[]> {
  const skus: string[] = [];
  for (let i = 0; i < count; i++) {
    const select = page.getByLabel('SKU to add');
    // Each test passes its own offset so tests pick different SKUs, the same ones on every run.
    const options = await select.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
    const sku = options[(offset + i) % options.length]!;
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
