import { describe, expect, it } from 'vitest';
import { listModelFiles, loadModel } from '@/simulator/core/models';
import { findCurrentApiViolations, operationsTheClientCanCall, type ApiModel } from './current-api';
import { LEGACY_OPERATIONS, retiredOperation } from './legacy-operations';
import { EXAMPLE_RETIREMENT } from '@/test/support/retired-operation';

// The vendored models as they are (SP_API_MODELS_DIR may point at another copy).
const currentModels: ApiModel[] = listModelFiles().map((file) => loadModel(file));
const callable = operationsTheClientCanCall();

/** A copy of the current models with one operation marked deprecated, as Amazon would. */
function withDeprecated(file: string, path: string, method: string): ApiModel[] {
  return currentModels.map((model) => {
    if (model.file !== file) return model;
    const item = model.paths[path];
    if (!item?.[method]) throw new Error(`${file} has no ${method} ${path}`);
    return { ...model, paths: { ...model.paths, [path]: { ...item, [method]: { ...(item[method] as object), deprecated: true } } } };
  });
}

describe("the client calls Amazon's current APIs", () => {
  it('only calls current operations, or ones on the legacy list, and the list holds nothing more', () => {
    expect(findCurrentApiViolations({ callable, currentModels, legacy: LEGACY_OPERATIONS })).toEqual([]);
  });

  it('has an empty legacy list: of Fulfillment Inbound v0 only the six operations Amazon kept, no Orders v0 read', () => {
    expect(LEGACY_OPERATIONS).toEqual([]);
    const of = (model: string) => callable.filter((op) => op.model === model).map((op) => op.operationId);
    expect(of('fulfillmentInboundV0').sort()).toEqual(
      ['getBillOfLading', 'getLabels', 'getPrepInstructions', 'getShipmentItems', 'getShipmentItemsByShipmentId', 'getShipments'].sort(),
    );
    expect(of('ordersV0')).not.toContain('getOrders');
  });

  it('refuses a deprecated operation from its retirement day on, not before', () => {
    const entry = { ...EXAMPLE_RETIREMENT, retiredOn: '2027-03-27' };
    const op = [entry.model, entry.operationId] as const;
    expect(retiredOperation(...op, Date.parse('2027-03-26T23:59:59Z'), [entry])).toBeUndefined();
    expect(retiredOperation(...op, Date.parse('2027-03-27T00:00:00Z'), [entry])).toBe(entry);
    expect(retiredOperation('ordersV0', 'confirmShipment', Date.parse('2030-01-01T00:00:00Z'), [entry])).toBeUndefined();
  });

  it('catches an operation outside the current models that is not on the legacy list', () => {
    const made = {
      model: 'fulfillmentOutbound',
      operationId: 'getFulfillmentOrderV2019',
      method: 'GET',
      path: '/fba/outbound/2019-01-01/fulfillmentOrders/{id}',
    };
    expect(findCurrentApiViolations({ callable: [...callable, made], currentModels, legacy: LEGACY_OPERATIONS })).toEqual([
      {
        kind: 'outside-current-models',
        operation: 'fulfillmentOutbound.getFulfillmentOrderV2019',
        detail: expect.stringContaining('GET /fba/outbound/2019-01-01/'),
      },
    ]);
    // A legacy entry excuses it until the product moves off it.
    const listed = [
      { ...EXAMPLE_RETIREMENT, model: 'fulfillmentOutbound' as const, operationId: 'getFulfillmentOrderV2019', amazonStatus: 'removed' as const },
    ];
    expect(findCurrentApiViolations({ callable: [...callable, made], currentModels, legacy: listed })).toEqual([]);
  });

  it('trips the day Amazon marks an operation the client calls deprecated (MCF 2020-07-01, now that 2026-07-04 exists)', () => {
    const models = withDeprecated('fulfillmentOutbound_2020-07-01.json', '/fba/outbound/2020-07-01/fulfillmentOrders', 'post');
    expect(findCurrentApiViolations({ callable, currentModels: models, legacy: LEGACY_OPERATIONS })).toMatchObject([
      { kind: 'deprecated', operation: 'fulfillmentOutbound.createFulfillmentOrder', detail: expect.stringContaining('fulfillmentOutbound_2020-07-01.json') },
    ]);
  });

  it('reports legacy entries that are no longer needed, so the list only shrinks', () => {
    const legacy = [
      ...LEGACY_OPERATIONS,
      { model: 'fbaInventory', operationId: 'getInventorySummaries', amazonStatus: 'deprecated' } as const,
      { model: 'fulfillmentInboundV0', operationId: 'getInboundShipmentPlanV1', amazonStatus: 'removed' } as const,
    ];
    expect(findCurrentApiViolations({ callable, currentModels, legacy })).toMatchObject([
      { kind: 'stale-legacy-entry', operation: 'fbaInventory.getInventorySummaries', detail: expect.stringContaining('is current in fbaInventory.json') },
      { kind: 'stale-legacy-entry', operation: 'fulfillmentInboundV0.getInboundShipmentPlanV1', detail: expect.stringContaining('can no longer call it') },
    ]);
  });

  it("reports a legacy status the models contradict, and matches routes whatever a template's parameters are called", () => {
    const models = withDeprecated('fulfillmentOutbound_2020-07-01.json', '/fba/outbound/2020-07-01/fulfillmentOrders', 'post');
    const legacy = [{ ...EXAMPLE_RETIREMENT, model: 'fulfillmentOutbound' as const, operationId: 'createFulfillmentOrder', amazonStatus: 'removed' as const }];
    expect(findCurrentApiViolations({ callable, currentModels: models, legacy })).toMatchObject([
      { kind: 'wrong-legacy-status', operation: 'fulfillmentOutbound.createFulfillmentOrder' },
    ]);

    const renamed = callable.map((op) =>
      op.model === 'ordersV0' && op.operationId === 'confirmShipment' ? { ...op, path: op.path.replace('{orderId}', '{id}') } : op,
    );
    expect(findCurrentApiViolations({ callable: renamed, currentModels, legacy: LEGACY_OPERATIONS })).toEqual([]);
  });
});
