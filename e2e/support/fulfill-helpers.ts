/**
 * Test data for the fulfillment specs: orders found through the simulator's /_sim controls
 * (the seller would find them in the orders list), stock shaped there too, and the order
 * pages opened once the dashboard's sync has brought the order in.
 */
import { expect, type Page } from '@playwright/test';
import type { RecentOrder } from '../../simulator/state/orders';

export const SIM_URL = `http://localhost:${process.env.E2E_SIM_PORT ?? 4110}`;
export const NA_SELLER = 'A1DEMOSELLERNA';

export type SimOrder = RecentOrder;

export async function sim<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    new URL(path, SIM_URL),
    body === undefined ? {} : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
  );
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

export async function simNow(): Promise<number> {
  return Date.parse((await sim<{ now: string }>('/_sim/clock')).now);
}

export async function advanceSimClock(seconds: number): Promise<void> {
  await sim('/_sim/clock', { advanceSeconds: seconds });
}

export async function setFulfillable(sellerSku: string, fulfillable: number): Promise<void> {
  await sim('/_sim/inventory', { sellerId: NA_SELLER, sellerSku, fulfillable });
}

const used = new Set<string>();

/**
 * An order no other test of this run uses: MFN (or AFN), Unshipped for a while (so the first
 * sync stored it as such), collected in store only when `storePickup` asks for one. Unless
 * `stocked` is false, its SKUs get enough FBA stock.
 */
export async function takeOrder(
  options: { channel?: 'MFN' | 'AFN'; status?: string; stocked?: boolean; storePickup?: boolean; where?: (o: SimOrder) => boolean } = {},
): Promise<SimOrder> {
  const channel = options.channel ?? 'MFN';
  const status = options.status ?? 'Unshipped';
  const { orders } = await sim<{ orders: SimOrder[] }>(`/_sim/state/order-list?sellerId=${NA_SELLER}&channel=${channel}&status=${status}&limit=200`);
  const { skus } = await sim<{ skus: Array<{ sellerSku: string; qty: { fulfillable: number } }> }>(`/_sim/state/inventory?sellerId=${NA_SELLER}`);
  const stock = new Map(skus.map((s) => [s.sellerSku, s.qty.fulfillable]));
  const cutoff = (await simNow()) - 2 * 3_600_000;
  const wanted = (o: SimOrder) => o.isIspu === (options.storePickup ?? false) && (options.where?.(o) ?? true);
  let order: SimOrder | undefined;
  for (const candidate of orders.filter((o) => !used.has(o.amazonOrderId) && Date.parse(o.purchaseDate) < cutoff && wanted(o))) {
    used.add(candidate.amazonOrderId);
    // A retried test runs in a fresh worker that has forgotten `used`: Amazon's side still knows what earlier tests did.
    if (
      candidate.shipmentStatus === null &&
      !(await fulfillmentOrdersOnAmazon(candidate.amazonOrderId)).length &&
      !(await messagesOnAmazon(candidate.amazonOrderId)).length
    ) {
      order = candidate;
      break;
    }
  }
  if (!order) throw new Error(`No ${channel} ${status} order left in the simulated world for this test`);
  if (options.stocked !== false) {
    for (const item of order.items) {
      const have = stock.get(item.sellerSku) ?? 0;
      if (have < item.quantityOrdered + 5) await setFulfillable(item.sellerSku, item.quantityOrdered + 20);
    }
  }
  return order;
}

/**
 * Opens an order page; until the sync has stored the order it is "not found" (orders placed
 * after the last sync, or after a test moved Amazon's clock on), so ask for a sync and retry.
 */
export async function openOrderPage(page: Page, path: string, heading: RegExp | string): Promise<void> {
  await page.goto(path);
  const notFound = page.getByRole('heading', { name: 'Page not found' });
  // The page streams in after a loading state: wait for one answer or the other.
  await expect(page.getByRole('heading', { name: heading, level: 1 }).or(notFound)).toBeVisible();
  if (await notFound.isVisible()) {
    await page.goto('/settings/sync');
    await page.getByRole('button', { name: /^Sync all now for Demo seller \(North America\)/ }).click();
    await expect(page.getByText(/will sync now\./)).toBeVisible();
    await expect(async () => {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 120_000 });
  }
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

export async function fulfillmentOrdersOnAmazon(amazonOrderId: string) {
  return (
    await sim<{
      fulfillmentOrders: Array<{ sellerFulfillmentOrderId: string; fulfillmentPolicy: string; items: Array<{ sellerSku: string; quantity: number }> }>;
    }>(`/_sim/state/fulfillmentOutbound_2020-07-01?sellerId=${NA_SELLER}&displayableOrderId=${amazonOrderId}`)
  ).fulfillmentOrders;
}

export async function messagesOnAmazon(amazonOrderId: string) {
  return (
    await sim<{
      messages: Array<{ action: string; body: { text?: string }; attachments?: Array<{ fileName: string; contentType: string; size: number }> }>;
    }>(`/_sim/state/messages?orderId=${amazonOrderId}`)
  ).messages;
}

export async function orderOnAmazon(amazonOrderId: string): Promise<SimOrder | undefined> {
  for (const status of ['Unshipped', 'PartiallyShipped', 'Shipped']) {
    const { orders } = await sim<{ orders: SimOrder[] }>(`/_sim/state/order-list?sellerId=${NA_SELLER}&channel=MFN&status=${status}&limit=200`);
    const found = orders.find((o) => o.amazonOrderId === amazonOrderId);
    if (found) return found;
  }
  return undefined;
}

/** Multi-line orders first: one line can be out of stock while the others ship. Else a line of 2+ units. */
export async function takeOrderToShort(): Promise<SimOrder> {
  try {
    return await takeOrder({ where: (o) => o.items.length > 1 });
  } catch {
    return takeOrder({ where: (o) => o.items[0]!.quantityOrdered > 1 });
  }
}

/** Makes the dashboard's synced FBA stock current (Settings → Sync), as a seller would before deciding. */
export async function syncInventoryNow(page: Page): Promise<void> {
  await page.goto('/settings/sync');
  const section = page.getByRole('region', { name: 'Demo seller (North America)' });
  const inventory = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'FBA inventory' }) });
  await inventory.getByRole('button', { name: 'Sync now: FBA inventory for Demo seller (North America)' }).click();
  await expect(section.getByText('FBA inventory for Demo seller (North America) will sync now.')).toBeVisible();
  await expect(inventory.getByText('Up to date')).toBeVisible({ timeout: 60_000 });
}
