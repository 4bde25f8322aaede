import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { addUser, expectAccessible, OWNER_STATE, signIn, uniqueEmail } from './support/helpers';
import { addSkus, advanceSimClock, fillBox, fillNewAddress, openNewPlan, scanLabelPdf } from './support/inbound-helpers';

test.use({ storageState: OWNER_STATE });
test.setTimeout(180_000);

const transportStatus = (page: Page) => page.getByRole('region', { name: 'Transport' }).getByRole('status').first();

async function createPlanFor(page: Page, skuCount: number, offset: number): Promise<string[]> {
  await openNewPlan(page);
  await addSkus(page, skuCount, '12', offset);
  await fillNewAddress(page);
  await page.getByRole('button', { name: 'Create shipment plan' }).click();
  await expect(page).toHaveURL(/\/inbound\/plans\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  return headings.map((h) => h.split(' ')[0]!).filter((id) => /^FBA/.test(id));
}

test('a seller plans several SKUs, creates the shipments, books partnered small parcel, voids and rebooks, and prints labels', async ({ page }) => {
  await openNewPlan(page);
  const skus = await addSkus(page, 3, '12', 0);
  // Amazon's guidance and prep requirements appear as SKUs are picked.
  await expect(page.getByRole('listitem', { name: skus[0] }).getByText('Inbound guidance:')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('listitem', { name: skus[0] }).getByText('Prep:')).toBeVisible();
  await fillNewAddress(page);

  // Both a country and a subdivision: refused next to both fields, nothing sent.
  await page.getByLabel('Destination country (optional)').fill('US');
  await page.getByLabel('Or destination subdivision (optional)').fill('US-WA');
  // The model caps DistrictOrCounty at 25 characters: refused next to its own field.
  await page.getByLabel('District or county (optional)').fill('D'.repeat(26));
  await page.getByRole('button', { name: 'Create shipment plan' }).click();
  await expect(page.getByText('Give a destination country or a subdivision, not both: Amazon refuses plans with both.')).toHaveCount(2);
  await expect(page.getByLabel('District or county (optional)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Use at most 25 characters.')).toBeVisible();
  await expect(page).toHaveURL(/\/inbound\/new/);
  await expect(page.getByLabel('Destination country (optional)')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await page.getByLabel('Or destination subdivision (optional)').fill('');
  await page.getByLabel('District or county (optional)').fill('');
  await page.getByRole('button', { name: 'Create shipment plan' }).click();
  await expect(page).toHaveURL(/\/inbound\/plans\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const planUrl = page.url();

  // Amazon's plans: destination, items, prep and labeling.
  const ids = (await page.getByRole('heading', { level: 2 }).allTextContents()).map((h) => h.split(' ')[0]!).filter((id) => /^FBA/.test(id));
  expect(ids.length).toBeGreaterThan(0);
  for (const sku of skus) await expect(page.getByRole('cell', { name: sku, exact: true })).toBeVisible();
  await expect(page.getByText('Destination:').first()).toBeVisible();
  await expect(page.getByText('Labeling:').first()).toBeVisible();
  await expectAccessible(page);

  // Every plan becomes a shipment, with an editable name.
  for (const [index, id] of ids.entries()) {
    await page.goto(planUrl);
    await page.getByLabel(`Name for ${id}`).fill(`Spring restock ${index + 1}`);
    await page.getByRole('button', { name: `Create shipment ${id}` }).click();
    await expect(page.getByRole('heading', { name: `Shipment ${id}`, level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(`Spring restock ${index + 1}`).first()).toBeVisible();
  }
  const shipmentId = ids[0]!;
  await page.goto('/inbound?status=WORKING');
  await expect(page.getByRole('link', { name: shipmentId })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: shipmentId }).click();
  await expect(page.getByRole('heading', { name: `Shipment ${shipmentId}`, level: 1 })).toBeVisible();

  // A box without dimensions is refused next to the field; nothing is sent.
  await page.getByRole('button', { name: 'Send transport details' }).click();
  await expect(page.getByText('Enter the length.')).toBeVisible();
  await expect(page.getByText('No carrier booked yet.')).toBeVisible();

  const box = { length: '12', width: '10', height: '8', weight: '6' };
  await fillBox(page, 0, box);
  await page.getByRole('button', { name: 'Add box' }).click();
  await fillBox(page, 1, box);
  await page.getByRole('button', { name: 'Send transport details' }).click();
  await expect(transportStatus(page)).toHaveText('Details sent; no estimate yet', { timeout: 20_000 });

  await page.getByRole('button', { name: 'Estimate cost' }).click();
  await expect(transportStatus(page)).toHaveText('Estimate ready', { timeout: 30_000 });
  await expect(page.getByText(/Estimated cost: \d+\.\d\d USD/)).toBeVisible();
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(transportStatus(page)).toHaveText('Confirmed', { timeout: 30_000 });
  await expect(page.getByText(/Void deadline in \d+h/)).toBeVisible();
  await expectAccessible(page);

  // Void within the deadline, then book again.
  await page.getByRole('button', { name: 'Void booking' }).click();
  await expect(transportStatus(page)).toHaveText('Voided', { timeout: 30_000 });
  await page.reload();
  await fillBox(page, 0, box);
  await page.getByRole('button', { name: 'Add box' }).click();
  await fillBox(page, 1, box);
  await page.getByRole('button', { name: 'Send transport details' }).click();
  await expect(transportStatus(page)).toHaveText('Details sent; no estimate yet', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Estimate cost' }).click();
  await expect(transportStatus(page)).toHaveText('Estimate ready', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(transportStatus(page)).toHaveText('Confirmed', { timeout: 30_000 });

  // Labels: shown in the page, printable, and downloaded with one barcode per box.
  await page.getByLabel('Page type').selectOption('PackageLabel_Letter_2');
  await page.getByLabel('Number of packages').fill('2');
  await page.getByRole('button', { name: 'Get labels' }).click();
  await expect(page.getByText('Labels ready.')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('iframe[title="Labels PDF"]')).toBeVisible();
  // Headless Chromium cannot drive a print dialog (printing the PDF viewer crashes the page), so the
  // viewer frame's print() is replaced by a recorder to check that the button prints that PDF.
  await page.locator('iframe[title="Labels PDF"]').evaluate((frame) => {
    const printed = { src: '' };
    Object.defineProperty(frame, 'contentWindow', { get: () => ({ print: () => (printed.src = (frame as HTMLIFrameElement).src) }) });
    (window as unknown as { printed: typeof printed }).printed = printed;
  });
  await page.getByRole('button', { name: 'Print labels' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: { src: string } }).printed.src)).toMatch(/^blob:/);
  await expectAccessible(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download labels (PDF)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`labels-${shipmentId}.pdf`);
  const pdf = new Uint8Array(await readFile((await download.path())!));
  expect(scanLabelPdf(pdf, 'PackageLabel_Letter_2')).toEqual([`${shipmentId}U000001`, `${shipmentId}U000002`]);

  // The list shows the booking: two boxes, confirmed small parcel transport, filtered through the URL.
  await page.goto(`/inbound?q=${shipmentId}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: shipmentId }) });
  await expect(row.getByRole('cell', { name: 'Small parcel: confirmed' })).toBeVisible();
  await expect(row.getByRole('cell', { name: '2', exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Shipment id or name' })).toHaveValue(shipmentId);
});

test('an LTL shipment goes through to its bill of lading, and cannot be voided once picked up', async ({ page }) => {
  const [shipmentId] = await createPlanFor(page, 1, 7);
  await page.getByRole('button', { name: `Create shipment ${shipmentId}` }).click();
  await expect(page.getByRole('heading', { name: `Shipment ${shipmentId}`, level: 1 })).toBeVisible({ timeout: 30_000 });

  // Quantities change while the shipment is working; a negative one is refused next to the field.
  const quantity = page.getByRole('region', { name: 'Items' }).getByRole('textbox', { name: /^Quantity of / });
  await quantity.fill('-1');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Enter 0 or more whole units (0 removes the SKU).')).toBeVisible();
  await quantity.fill('10');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Shipment updated.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('10 shipped · 0 received')).toBeVisible();

  await page.getByLabel('LTL freight (pallets)').check();
  await page.getByLabel('Contact name').fill('Pat Shipper');
  await page.getByLabel('Contact phone').fill('2065550100');
  await page.getByLabel('Contact email').fill('pat@acme.example');
  await page.getByLabel('Number of boxes').fill('10');
  // Missing pallet height and value: refused field by field.
  await page.getByRole('button', { name: 'Send transport details' }).click();
  await expect(page.getByText('Enter the height.')).toBeVisible();
  await expect(page.getByText('Enter the date the freight is ready.')).toBeVisible();
  await expect(page.getByText('No carrier booked yet.')).toBeVisible();

  const ready = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Freight ready date').fill(ready);
  await page.getByLabel('Length of pallet 1').fill('48');
  await page.getByLabel('Width of pallet 1').fill('40');
  await page.getByLabel('Height of pallet 1').fill('50');
  await page.getByLabel('Declared value of the goods').fill('1500');
  await page.getByRole('button', { name: 'Send transport details' }).click();
  await expect(transportStatus(page)).toHaveText('Details sent; no estimate yet', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Estimate cost' }).click();
  await expect(transportStatus(page)).toHaveText('Estimate ready', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(transportStatus(page)).toHaveText('Confirmed', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Void booking' })).toBeVisible();

  await page.getByRole('button', { name: 'Get bill of lading' }).click();
  await expect(page.getByText('Bill of lading ready.')).toBeVisible({ timeout: 30_000 });
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download bill of lading (PDF)' }).click();
  const download = await downloadPromise;
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // Pallet labels: four per pallet.
  await page.getByLabel('Label type').selectOption('PALLET');
  await page.getByLabel('Page type').selectOption('PackageLabel_Letter_4');
  await page.getByLabel('Number of pallets').fill('1');
  await page.getByRole('button', { name: 'Get labels' }).click();
  await expect(page.getByText('Labels ready.')).toBeVisible({ timeout: 30_000 });
  const palletDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download labels (PDF)' }).click();
  const palletPdf = new Uint8Array(await readFile((await (await palletDownload).path())!));
  expect(scanLabelPdf(palletPdf, 'PackageLabel_Letter_4')).toEqual(Array(4).fill(`${shipmentId}PLT001`));

  // Past the void deadline (Amazon's clock moves on 4 days) the carrier has picked it up: no void.
  await advanceSimClock(4 * 86_400);
  await page.getByRole('button', { name: 'Refresh from Amazon' }).click();
  await expect(page.getByText('The carrier has picked up this shipment: the void deadline has passed and Amazon charges the carrier cost.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: 'Void booking' })).toHaveCount(0);
});

test('a viewer reads inbound shipments but cannot plan or book; other workspaces and anonymous callers get nothing', async ({ browser, page }) => {
  const viewer = { name: 'Inbound Viewer', email: uniqueEmail('inbound-viewer'), role: 'Viewer', password: 'viewer password 123' };
  await addUser(page, viewer);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await signIn(viewerPage, viewer.email, viewer.password);
  await expect(viewerPage).toHaveURL(/\/orders$/);
  await viewerPage.goto('/inbound');
  await expect(viewerPage.getByRole('heading', { name: 'Inbound', level: 1 })).toBeVisible();
  await expect(viewerPage.getByRole('link', { name: 'New shipment plan' })).toHaveCount(0);
  // The demo sellers' synced shipments are listed; a viewer opens one and sees no booking controls.
  const first = viewerPage.getByRole('table', { name: 'Inbound shipments' }).getByRole('link').first();
  await expect(first).toBeVisible({ timeout: 30_000 });
  // Viewing a shipment reads the stored booking: the panel does not ask the server (and Amazon) again on load.
  const transportCalls: string[] = [];
  viewerPage.on('request', (request) => {
    if (/\/api\/inbound\/shipments\/.+\/transport$/.test(new URL(request.url()).pathname)) transportCalls.push(request.url());
  });
  await first.click();
  await expect(viewerPage.getByRole('heading', { name: /^Shipment FBA/, level: 1 })).toBeVisible();
  await viewerPage.waitForLoadState('networkidle');
  expect(transportCalls).toEqual([]);
  await expect(viewerPage.getByRole('button', { name: 'Send transport details' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Cancel shipment' })).toHaveCount(0);
  await viewerPage.goto('/inbound/new');
  await expect(viewerPage).toHaveURL(/\/no-access/);
  await context.close();

  // A forged account or shipment id shows nothing; the PDF route needs a session.
  const forged = await page.request.get(
    '/api/inbound/shipments/00000000-0000-0000-0000-000000000000/FBAFORGED/labels?pageType=PackageLabel_Thermal&labelType=UNIQUE&numberOfPackages=1',
  );
  expect(forged.status()).toBe(404);
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const anon = await anonymous.request.get(new URL('/api/inbound/shipments/00000000-0000-0000-0000-000000000000/FBAFORGED/labels', page.url()).toString());
  expect(anon.status()).toBe(401);
  await anonymous.close();
});
