import { expect, type Locator, type Page } from '@playwright/test';

/** The demo sellers sync right after first run: reload until the list has rows (no fixed sleeps). */
export async function openWhenSynced(page: Page, url: string, table: string, timeout = 120_000) {
  await expect(async () => {
    await page.goto(url);
    await expect(bodyRows(page, table).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout, intervals: [1_000, 2_000, 3_000] });
}

/**
 * The rows of a list as the seller sees it: a table's body rows, or the cards of the list of that
 * name that stands in for it on a narrow screen. The layout not shown is hidden, and role queries
 * skip hidden elements, so this finds whichever the screen shows.
 */
export function bodyRows(page: Page, name: string) {
  return page.getByRole('table', { name }).locator('tbody tr').or(page.getByRole('list', { name }).locator(':scope > li'));
}

/** One value of an order on the orders list, in a table row or a card (`data-cell` in components/orders/order-table.tsx). */
export function orderCell(
  row: Locator,
  cell: 'order' | 'items' | 'shipBy' | 'deliverBy' | 'status' | 'purchased' | 'channel' | 'marketplace' | 'total' | 'lastUpdate',
) {
  return row.locator(`[data-cell="${cell}"]`);
}

/** The label a card draws above a value (the cell's data-label, by CSS before it); '' where none is drawn (a laptop's table row). */
export async function cellLabel(cell: Locator): Promise<string> {
  return cell.evaluate((element) => {
    const before = getComputedStyle(element, '::before');
    return before.content === 'none' || before.content === 'normal' || before.display === 'none' ? '' : before.content.replace(/^"|"$/g, '');
  });
}

export function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
