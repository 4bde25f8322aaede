/**
 * India's item compliance through the services against the simulator: an HSN code and declared
 * value are sent (updateItemComplianceDetails) and read back once Amazon's operation is done
 * (listItemComplianceDetails); outside India neither service calls Amazon. No demo seller sells
 * in India, so the EU demo seller joins India in the simulator here, with a catalog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureSpApiRequests } from '@/lib/sp-api/request-capture';
import { UserFacingError } from '@/lib/user-facing-error';
import { OPERATION_DELAY_S } from '@/simulator/apis/inbound-plans';
import { DEMO_SELLERS } from '@/simulator/core/contract';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { catalog } from '@/simulator/state/catalog';
import { sellers } from '@/simulator/state/sellers';
import { simControl, simulatorClient } from '@/test/support/demo-account';
import { INDIA_MARKETPLACE_ID as IN } from './compliance';
import { complianceDetailsOf, setItemCompliance } from './item-compliance';

const UK = 'A1F83G8C2ARO7P';
let sim: RunningSimulator;
let indianSkus: string[];

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 5, orders: 50, clockScale: 0, enforceQuotas: false });
  sellers.get(DEMO_SELLERS.eu.sellerId)!.marketplaceIds.push(IN);
  catalog.seedSeller(5, DEMO_SELLERS.eu.sellerId, [IN], new Date(sim.runtime.clock.nowMs()));
  indianSkus = catalog
    .list(DEMO_SELLERS.eu.sellerId)
    .filter((s) => s.marketplaceIds.includes(IN))
    .map((s) => s.sellerSku);
});
afterAll(() => sim.close());

describe('item compliance details', () => {
  it('sends an Indian SKU’s HSN code and declared value, and reads them back once Amazon is done', async () => {
    const client = simulatorClient(sim, 'eu');
    const [msku, other] = indianSkus as [string, string];
    expect(await complianceDetailsOf(client, IN, [msku, other])).toEqual([
      { msku, hsnCode: undefined, declaredValue: undefined },
      { msku: other, hsnCode: undefined, declaredValue: undefined },
    ]);
    await setItemCompliance(client, { marketplaceId: IN, msku, hsnCode: '61091000', declaredValue: 499.5 });
    await simControl(sim, 'POST', '/_sim/clock', { advanceSeconds: OPERATION_DELAY_S });
    expect(await complianceDetailsOf(client, IN, [msku, other])).toEqual([
      { msku, hsnCode: '61091000', declaredValue: { amount: 499.5, code: 'INR' } },
      { msku: other, hsnCode: undefined, declaredValue: undefined },
    ]);
  });

  it('asks Amazon nothing outside India', async () => {
    const client = simulatorClient(sim, 'eu');
    const { requests } = await captureSpApiRequests(async () => {
      expect(await complianceDetailsOf(client, UK, ['ANY-SKU'])).toEqual([]);
      await expect(setItemCompliance(client, { marketplaceId: UK, msku: 'ANY-SKU', hsnCode: '61091000', declaredValue: 10 })).rejects.toThrow(UserFacingError);
    });
    expect(requests).toEqual([]);
  });
});
