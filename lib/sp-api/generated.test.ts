import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelsDir } from '@/simulator/core/models';
import { GENERATED_DIR, parseUsagePlan, writeSpApiModules } from '../../scripts/generate-sp-api';
import * as generated from './generated';

describe('lib/sp-api/generated', () => {
  const tempDir = mkdtempSync(path.join(tmpdir(), 'sp-api-generated-'));
  afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

  it('matches what the generator writes from the models today', () => {
    const written = writeSpApiModules(modelsDir(), tempDir).sort();
    // A stale or hand-written file in the folder would otherwise go unnoticed.
    expect(readdirSync(GENERATED_DIR).sort()).toEqual(written);
    for (const file of written) {
      const fresh = readFileSync(path.join(tempDir, file), 'utf8');
      const committed = readFileSync(path.join(GENERATED_DIR, file), 'utf8');
      expect(committed, `${file} is out of date: run npx tsx scripts/generate-sp-api.ts`).toBe(fresh);
    }
  });

  it('leaves the Orders v0 reads the product moved off out of the client, keeping their types for the simulator', () => {
    expect(Object.keys(generated.ordersV0.operations).sort()).toEqual([
      'confirmShipment',
      'getOrderRegulatedInfo',
      'updateShipmentStatus',
      'updateVerificationStatus',
    ]);
  });

  it('reads usage plans from the operation descriptions', () => {
    expect(generated.orders20260101.operations.searchOrders).toMatchObject({ rate: 0.0056, burst: 20 });
    expect(generated.orders20260101.operations.getOrder).toMatchObject({ rate: 0.5, burst: 30 });
    expect(generated.fbaInventory.operations.getInventorySummaries).toMatchObject({ rate: 2, burst: 2 });
    // The Uploads API's resource is a greedy path parameter: its slashes are sent as they are.
    expect(generated.uploads.operations.createUploadDestinationForResource).toMatchObject({ rate: 10, burst: 10, greedyPathParams: ['resource'] });
  });

  it('falls back to rate 1 burst 1 only where the model has no usage plan', () => {
    expect(generated.messaging.operations.sendInvoice).toMatchObject({ rate: 1, burst: 1 });
    expect(generated.fbaInventory.operations.addInventory).toMatchObject({ rate: 1, burst: 1, sandboxOnly: true });
    expect(parseUsagePlan('No plan here.')).toBeUndefined();
    expect(() => parseUsagePlan('**Usage Plan:** 5 requests per second')).toThrow(/usage-plan format/);
  });

  it('records where each parameter goes and how arrays are serialised', () => {
    const createFulfillmentOrder = generated.fulfillmentOutbound.operations.createFulfillmentOrder;
    expect(createFulfillmentOrder).toMatchObject({
      method: 'POST',
      path: '/fba/outbound/2020-07-01/fulfillmentOrders',
      hasBody: true,
      successStatus: 200,
    });
    expect(generated.orders20260101.operations.searchOrders.queryParams).toContainEqual({ name: 'marketplaceIds', collectionFormat: 'csv' });
    expect(generated.orders20260101.operations.searchOrders.queryParams).toContainEqual({ name: 'createdAfter' });
    expect(generated.ordersV0.operations.confirmShipment).toMatchObject({ pathParams: ['orderId'], successStatus: 204 });
  });

  it('gives every operation a usable usage plan', () => {
    for (const [namespace, module] of Object.entries(generated)) {
      for (const [operationId, operation] of Object.entries(module.operations)) {
        expect(operation.rate, `${namespace}.${operationId}`).toBeGreaterThan(0);
        expect(operation.burst, `${namespace}.${operationId}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('has every operation of every model', () => {
    const counts = Object.fromEntries(Object.entries(generated).map(([name, module]) => [name, Object.keys(module.operations).length]));
    expect(counts).toEqual({
      sellers: 2,
      ordersV0: 4, // 10 in the model; its six deprecated reads are left out (notCallable)
      orders20260101: 2,
      fbaInventory: 4,
      fulfillmentOutbound: 14,
      fulfillmentInboundV0: 6, // the reads Amazon kept on 2025-01-21
      fulfillmentInbound20240320: 45,
      messaging: 11,
      feeds: 6,
      uploads: 1,
      tokens: 1,
    });
  });
});
