import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '@/db/schema';
import { planCancelled, planStep } from './step';

const empty: PlanSnapshot = { items: [], packingOptions: [], boxes: [], placementOptions: [], shipments: [] };
const group = { packingGroupId: 'pg1', items: [{ msku: 'A', quantity: 2 }] };
const accepted = { packingOptionId: 'po1', status: 'ACCEPTED', groups: [group], fees: [], discounts: [] };
const box = {
  packageId: 'pk1',
  packingGroupId: 'pg1',
  contentSource: 'BOX_CONTENT_PROVIDED',
  dimensions: { length: 1, width: 1, height: 1, unit: 'IN' },
  weight: { value: 1, unit: 'LB' },
  items: [],
};
const placement = { placementOptionId: 'pl1', status: 'ACCEPTED', shipmentIds: ['sh1'], fees: [], discounts: [] };
const shipment = (patch: object) => ({
  shipmentId: 'sh1',
  placementOptionId: 'pl1',
  confirmationId: 'FBA1X',
  status: 'WORKING',
  items: [],
  transportationOptions: [],
  deliveryWindows: [],
  ...patch,
});
const at = (snapshot: PlanSnapshot, extra: object = {}) => planStep({ status: 'ACTIVE', pendingOperation: null, snapshot, ...extra }).key;

describe('planStep', () => {
  it('says what Amazon is doing while an operation is under way, whatever the plan shows', () => {
    const step = planStep({ status: 'ACTIVE', pendingOperation: { operation: 'confirmPlacementOption', startedAt: '', operationId: 'x' }, snapshot: empty });
    expect(step).toEqual({ key: 'working', label: 'Amazon is confirming the destinations…', waitingOnSeller: false });
  });

  it('walks pack -> boxes -> place -> transport -> ship -> shipped as the snapshot fills', () => {
    expect(at(empty)).toBe('pack');
    expect(at({ ...empty, packingOptions: [accepted] })).toBe('boxes');
    expect(at({ ...empty, packingOptions: [accepted], boxes: [box] })).toBe('place');
    const placed = { ...empty, packingOptions: [accepted], boxes: [box], placementOptions: [placement] };
    expect(at({ ...placed, shipments: [shipment({})] })).toBe('transport');
    expect(at({ ...placed, shipments: [shipment({ selectedTransportationOptionId: 'to1', status: 'READY_TO_SHIP' })] })).toBe('ship');
    expect(at({ ...placed, shipments: [shipment({ selectedTransportationOptionId: 'to1', status: 'IN_TRANSIT' })] })).toBe('shipped');
  });

  it('waits for every group to have boxes, and every shipment to be shipped', () => {
    const twoGroups = { ...accepted, groups: [group, { packingGroupId: 'pg2', items: [] }] };
    expect(at({ ...empty, packingOptions: [twoGroups], boxes: [box] })).toBe('boxes');
    const placed = { ...empty, packingOptions: [accepted], boxes: [box], placementOptions: [placement] };
    const shipped = shipment({ selectedTransportationOptionId: 'to1', status: 'SHIPPED' });
    expect(at({ ...placed, shipments: [shipped, shipment({ shipmentId: 'sh2', selectedTransportationOptionId: 'to2', status: 'READY_TO_SHIP' })] })).toBe(
      'ship',
    );
  });

  it('names a refused plan and a cancelled one', () => {
    expect(at(empty, { status: 'ERRORED' })).toBe('failed');
    expect(at(empty, { status: 'VOIDED' })).toBe('cancelled');
    expect(planStep({ status: 'ERRORED', pendingOperation: null, snapshot: null }).waitingOnSeller).toBe(true);
  });
});

describe('planCancelled', () => {
  it('is true once Amazon voided the plan or while it cancels it, not for other work', () => {
    const op = (operation: string) => ({ operation, operationId: 'op-1', startedAt: new Date().toISOString() });
    expect(planCancelled({ status: 'VOIDED', pendingOperation: null })).toBe(true);
    expect(planCancelled({ status: 'ACTIVE', pendingOperation: op('cancelInboundPlan') })).toBe(true);
    expect(planCancelled({ status: 'ACTIVE', pendingOperation: op('confirmPlacementOption') })).toBe(false);
    expect(planCancelled({ status: 'SHIPPED', pendingOperation: null })).toBe(false);
  });
});
