/** The sample Shopify export of the import spec, and its recipients (the PII scan looks for them after the suite). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * e2e/fixtures/shopify-orders.csv with the run's tag in its order numbers ({{RUN}}) and two of
 * the simulator's stocked SKUs ({{SKU_A}}, {{SKU_B}}); its third order's SKU is not stocked.
 */
export function shopifyExport(run: string, skuA: string, skuB: string): Buffer {
  const text = readFileSync(path.join(process.cwd(), 'e2e', 'fixtures', 'shopify-orders.csv'), 'utf8');
  return Buffer.from(text.replaceAll('{{RUN}}', run).replaceAll('{{SKU_A}}', skuA).replaceAll('{{SKU_B}}', skuB));
}

export const IMPORT_RECIPIENTS = [
  { name: 'Orla Quinn', street: '18 Birch Lane' },
  { name: 'Bram Okafor', street: '77 Quarry Road' },
  { name: 'Tess Lindqvist', street: '5 Harbor View' },
];
