/**
 * HTTP contract test of item compliance details (Fulfillment Inbound 2024-03-20): an Indian SKU
 * gets its HSN code and declared value through updateItemComplianceDetails, an asynchronous
 * operation, and listItemComplianceDetails returns them; bad HSN codes and other marketplaces are
 * refused. No demo seller sells in India, so the EU demo seller joins India here, with a catalog.
 * Every response is checked against the model.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SELLERS } from '../../core/contract.js';
import { catalog } from '../../state/catalog.js';
import { sellers } from '../../state/sellers.js';
import { SimTestClient, type SimCallResult } from '../../testing/harness.js';
import { validateResponse } from '../../testing/model-validator.js';
import { createInboundModule } from '../inbound/index.js';
import { INDIA_MARKETPLACE_ID as IN } from './compliance-details.js';
import { createInboundPlansModule, OPERATION_DELAY_S } from './index.js';

const inboundV0 = createInboundModule(catalog, { seedDemoShipments: false });
const inboundPlans = createInboundPlansModule(catalog, inboundV0.store);
const UK = 'A1F83G8C2ARO7P';
const PATH = '/inbound/fba/2024-03-20/items/compliance';
const TAX = { hsnCode: '61091000', declaredValue: { amount: 499, code: 'INR' } };
let client: SimTestClient;
let token: string;
let mskus: string[];

async function call(operationId: string, method: string, expected: number, options: { body?: unknown; query?: Record<string, unknown> }) {
  const result: SimCallResult<any> = await client.call(method, PATH, { token, ...(options as { body?: unknown; query?: Record<string, string> }) });
  expect(result.status, `${operationId} ${JSON.stringify(result.body)}`).toBe(expected);
  expect(validateResponse(inboundPlans.model, operationId, result.status, result.body)).toEqual([]);
  return result.body;
}

beforeAll(async () => {
  const start = new Date('2026-03-03T15:00:00Z');
  client = await SimTestClient.start({ modules: [inboundV0, inboundPlans], enforceQuotas: false, start, clockScale: 0 });
  sellers.get(DEMO_SELLERS.eu.sellerId)!.marketplaceIds.push(IN);
  catalog.seedSeller(7, DEMO_SELLERS.eu.sellerId, [IN], start);
  mskus = catalog
    .list(DEMO_SELLERS.eu.sellerId)
    .filter((s) => s.marketplaceIds.includes(IN))
    .slice(0, 2)
    .map((s) => s.sellerSku);
  token = await client.accessToken('eu');
});

afterAll(async () => {
  await client.close();
});

describe('item compliance details over HTTP', () => {
  it('stores an Indian SKU’s tax details when the operation completes, and lists them', async () => {
    const [msku, other] = mskus as [string, string];
    const before = await call('listItemComplianceDetails', 'GET', 200, { query: { marketplaceId: IN, mskus: [msku, other] } });
    expect(before.complianceDetails.map((d: any) => [d.msku, d.taxDetails])).toEqual([
      [msku, undefined],
      [other, undefined],
    ]);

    const { operationId } = await call('updateItemComplianceDetails', 'PUT', 202, { query: { marketplaceId: IN }, body: { msku, taxDetails: TAX } });
    const pending = await call('listItemComplianceDetails', 'GET', 200, { query: { marketplaceId: IN, mskus: msku } });
    expect(pending.complianceDetails[0].taxDetails).toBeUndefined();

    await client.advance(OPERATION_DELAY_S);
    token = await client.accessToken('eu');
    const status: SimCallResult<any> = await client.call('GET', `/inbound/fba/2024-03-20/operations/${operationId}`, { token });
    expect(status.body.operationStatus).toBe('SUCCESS');
    const after = await call('listItemComplianceDetails', 'GET', 200, { query: { marketplaceId: IN, mskus: [msku, other] } });
    expect(after.complianceDetails[0]).toMatchObject({ msku, taxDetails: TAX });
    expect(after.complianceDetails[1].taxDetails).toBeUndefined();
  });

  it('refuses HSN codes that are not 4, 6 or 8 digits, a declared value outside INR, and other marketplaces', async () => {
    const msku = mskus[1]!;
    for (const hsnCode of ['', '123', '12345', '6109 10', '610910001']) {
      const refused = await call('updateItemComplianceDetails', 'PUT', 400, { query: { marketplaceId: IN }, body: { msku, taxDetails: { ...TAX, hsnCode } } });
      expect(refused.errors[0].message).toMatch(/hsn ?code/i);
    }
    await call('updateItemComplianceDetails', 'PUT', 400, {
      query: { marketplaceId: IN },
      body: { msku, taxDetails: { ...TAX, declaredValue: { amount: 10, code: 'USD' } } },
    });
    const elsewhere = await call('updateItemComplianceDetails', 'PUT', 400, { query: { marketplaceId: UK }, body: { msku, taxDetails: TAX } });
    expect(elsewhere.errors[0].message).toContain('only in the India marketplace');
  });
});
