/** The sample Shopify and WooCommerce exports of the import spec, and their recipients (the PII scan looks for them after the suite). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * e2e/fixtures/shopify-orders.csv with the run's tag in its order numbers ({{RUN}}) and two of
 * the simulator's stocked SKUs ({{SKU_A}}, {{SKU_B}}); its third order's SKU is not stocked.
 */
export function shopifyExport(run: string, skuA: string, skuB: string): Buffer {
  return shopExport('shopify-orders.csv', run, skuA, skuB);
}

/** e2e/fixtures/woocommerce-orders.csv, filled in the same way: two orders, one of two lines. */
export function wooCommerceExport(run: string, skuA: string, skuB: string): Buffer {
  return shopExport('woocommerce-orders.csv', run, skuA, skuB);
}

function shopExport(fixture: string, run: string, skuA: string, skuB: string): Buffer {
  const text = readFileSync(path.join(process.cwd(), 'e2e', 'fixtures', fixture), 'utf8');
  return Buffer.from(text.replaceAll('{{RUN}}', run).replaceAll('{{SKU_A}}', skuA).replaceAll('{{SKU_B}}', skuB));
}

export const IMPORT_RECIPIENTS = [
  { name: 'Orla Quinn', street: '18 Birch Lane' },
  { name: 'Bram Okafor', street: '77 Quarry Road' },
  { name: 'Tess Lindqvist', street: '5 Harbor View' },
  { name: 'Noor Haddad', street: '410 Alder Street' },
  { name: 'Wendell Park', street: '9 Cedar Court' },
];
