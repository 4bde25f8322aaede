/**
 * shipmentItems: what each shipment of a placement carries. Boxes with listed contents carry
 * exactly those; boxes without (MANUAL_PROCESS, BARCODE_2D) carry their group's units spread
 * over them. Either way the shipments of one placement option carry the plan's units, no more
 * and no fewer.
 */
import { describe, expect, it } from 'vitest';
import type { SimCatalog, SimRequest } from '../../core/contract.js';
import type { BoxContentInformationSource, ItemInput } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import type { InboundStore } from '../inbound/store.js';
import type { InboundPlansContext } from './context.js';
import { generatePlacementOptions, shipmentItems } from './placement.js';
import { ComplianceDetailsStore } from './compliance-details.js';
import { PrepDetailsStore } from './prep-details.js';
import type { BoxRecord, InboundPlanRecord, PackingGroupRecord, PlanItem, PlanShipmentRecord } from './records.js';
import { InboundPlanStore, OPERATION_DELAY_S } from './store.js';

const SELLER = 'A1DEMOSELLERNA';
const START = new Date('2026-03-02T15:00:00Z');

function planItem(msku: string, quantity: number, expiration?: string): PlanItem {
  return { msku, asin: `B0${msku}`, fnsku: `X00${msku}`, quantity, labelOwner: 'SELLER', prepOwner: 'NONE', ...(expiration ? { expiration } : {}) };
}

function item(msku: string, quantity: number, expiration?: string): ItemInput {
  return { msku, quantity, labelOwner: 'SELLER', prepOwner: 'NONE', ...(expiration ? { expiration } : {}) };
}

let boxCount = 0;
function box(packingGroupId: string, items: ItemInput[], source: BoxContentInformationSource = 'BOX_CONTENT_PROVIDED'): BoxRecord {
  boxCount += 1;
  return {
    packageId: `pk-${boxCount}`,
    packingGroupId,
    contentInformationSource: source,
    dimensions: { length: 20, width: 14, height: 10, unitOfMeasurement: 'IN' },
    weight: { value: 20, unit: 'LB' },
    items: source === 'BOX_CONTENT_PROVIDED' ? items : [],
  };
}

function plan(items: PlanItem[], groups: PackingGroupRecord[], boxes: BoxRecord[]): InboundPlanRecord {
  return {
    inboundPlanId: 'wf00000000-0000-0000-0000-000000000001',
    sellerId: SELLER,
    name: 'Test plan',
    marketplaceId: 'ATVPDKIKX0DER',
    country: 'US',
    sourceAddress: {
      name: 'Northwind',
      addressLine1: '2201 Westlake Avenue',
      city: 'Seattle',
      countryCode: 'US',
      postalCode: '98121',
      phoneNumber: '+1 206 555 0100',
    },
    createdAt: START,
    lastUpdatedAt: START,
    status: 'ACTIVE',
    items,
    packingOptions: [{ packingOptionId: 'po-1', groups, fees: [], discounts: [], expiresAt: new Date(START.getTime() + 86_400_000), status: 'ACCEPTED' }],
    boxes,
    placementOptions: [],
    shipments: [],
    transportationConfirmed: false,
  };
}

/** Deals the plan's boxes to `count` shipments in turn, as generatePlacementOptions does, and adds them to the plan. */
function split(p: InboundPlanRecord, count: number, placementOptionId = 'pl-1'): PlanShipmentRecord[] {
  const shipments: PlanShipmentRecord[] = Array.from({ length: count }, (_, index) => ({
    shipmentId: `sh-${placementOptionId}-${index}`,
    placementOptionId,
    warehouseId: 'SEA8',
    packageIds: [],
    transportationOptions: [],
    deliveryWindowOptions: [],
    contentUpdatePreviews: [],
  }));
  p.boxes.forEach((b, index) => shipments[index % count]!.packageIds.push(b.packageId));
  p.shipments.push(...shipments);
  return shipments;
}

/** Units per MSKU (and expiration) over some shipments. */
function carried(p: InboundPlanRecord, shipments: PlanShipmentRecord[]): Record<string, number> {
  const units: Record<string, number> = {};
  for (const shipment of shipments) {
    for (const i of shipmentItems(p, shipment)) units[`${i.msku}|${i.expiration ?? ''}`] = (units[`${i.msku}|${i.expiration ?? ''}`] ?? 0) + i.quantity;
  }
  return units;
}

function planned(p: InboundPlanRecord): Record<string, number> {
  return Object.fromEntries(p.items.map((i) => [`${i.msku}|${i.expiration ?? ''}`, i.quantity]));
}

describe('shipmentItems with listed box contents', () => {
  const items = [planItem('A', 11), planItem('B', 7), planItem('C', 3, '2026-09-01')];
  const groups = [{ packingGroupId: 'pg-1', items }];
  const boxes = () => [
    box('pg-1', [item('A', 4), item('B', 2)]),
    box('pg-1', [item('A', 4), item('B', 2)]),
    box('pg-1', [item('A', 3), item('C', 3, '2026-09-01')]),
    box('pg-1', [item('B', 3)]),
  ];

  it('gives each shipment exactly its boxes’ contents, with the plan item’s details', () => {
    const p = plan(items, groups, boxes());
    const [first, second, third] = split(p, 3);
    // Boxes 1 and 4 go to the first shipment, 2 to the second, 3 to the third.
    expect(shipmentItems(p, first!).map((i) => [i.msku, i.quantity])).toEqual([
      ['A', 4],
      ['B', 5],
    ]);
    expect(shipmentItems(p, second!).map((i) => [i.msku, i.quantity])).toEqual([
      ['A', 4],
      ['B', 2],
    ]);
    expect(shipmentItems(p, third!)).toEqual([
      { ...items[0], quantity: 3 },
      { ...items[2], quantity: 3 },
    ]);
  });

  it('adds up to the plan for one, two and three shipments', () => {
    for (const count of [1, 2, 3]) {
      const p = plan(items, groups, boxes());
      expect(carried(p, split(p, count)), `${count} shipments`).toEqual(planned(p));
    }
  });

  it('leaves out nothing a shipment does not carry', () => {
    const p = plan(items, groups, boxes());
    const [, , third] = split(p, 3);
    expect(shipmentItems(p, third!).map((i) => i.msku)).not.toContain('B');
  });
});

describe('shipmentItems with boxes without listed contents', () => {
  // Totals chosen so that neither divides evenly over the boxes.
  const items = [planItem('A', 5), planItem('B', 3)];

  for (const [source, boxesInGroup, shipmentCount] of [
    ['MANUAL_PROCESS', 7, 3],
    ['MANUAL_PROCESS', 4, 3],
    ['BARCODE_2D', 5, 2],
    ['MANUAL_PROCESS', 2, 1],
    ['BARCODE_2D', 3, 3],
  ] as const) {
    it(`adds up to the plan: ${boxesInGroup} ${source} boxes over ${shipmentCount} shipments`, () => {
      const p = plan(
        items,
        [{ packingGroupId: 'pg-1', items }],
        Array.from({ length: boxesInGroup }, () => box('pg-1', [], source)),
      );
      const shipments = split(p, shipmentCount);
      expect(carried(p, shipments)).toEqual(planned(p));
      // Each box carries a whole share: the floor or the ceiling of the units per box.
      for (const shipment of shipments) {
        const mine = shipment.packageIds.length;
        for (const i of shipmentItems(p, shipment)) {
          const total = items.find((x) => x.msku === i.msku)!.quantity;
          expect(i.quantity).toBeGreaterThanOrEqual(mine * Math.floor(total / boxesInGroup));
          expect(i.quantity).toBeLessThanOrEqual(mine * Math.ceil(total / boxesInGroup));
        }
      }
    });
  }

  it('adds up per group when the first shipment carries none of a group’s boxes', () => {
    const plain = [planItem('A', 5)];
    const prepped = [planItem('B', 3)];
    // Four boxes of the first group, then two of the second: dealt over three shipments, the
    // second group's boxes (the fifth and sixth) go to the second and third shipments only.
    const p = plan(
      [...plain, ...prepped],
      [
        { packingGroupId: 'pg-1', items: plain },
        { packingGroupId: 'pg-2', items: prepped },
      ],
      [...Array.from({ length: 4 }, () => box('pg-1', [], 'MANUAL_PROCESS')), box('pg-2', [], 'MANUAL_PROCESS'), box('pg-2', [], 'MANUAL_PROCESS')],
    );
    const shipments = split(p, 3);
    expect(shipmentItems(p, shipments[0]!).map((i) => i.msku)).toEqual(['A']);
    expect(carried(p, shipments)).toEqual(planned(p));
  });

  it('adds up for every placement option while several are on offer', () => {
    const p = plan(
      items,
      [{ packingGroupId: 'pg-1', items }],
      Array.from({ length: 7 }, () => box('pg-1', [], 'MANUAL_PROCESS')),
    );
    const options = [split(p, 3, 'pl-optimized'), split(p, 2, 'pl-partial'), split(p, 1, 'pl-minimal')];
    for (const shipments of options) expect(carried(p, shipments), shipments[0]!.placementOptionId).toEqual(planned(p));
  });

  it('carries what the listed boxes of a mixed group do not', () => {
    const p = plan(
      items,
      [{ packingGroupId: 'pg-1', items }],
      [box('pg-1', [item('A', 2), item('B', 1)]), box('pg-1', [], 'MANUAL_PROCESS'), box('pg-1', [], 'MANUAL_PROCESS')],
    );
    const shipments = split(p, 3);
    expect(shipmentItems(p, shipments[0]!).map((i) => [i.msku, i.quantity])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    expect(carried(p, shipments)).toEqual(planned(p));
  });
});

describe('generatePlacementOptions', () => {
  it('offers three options whose shipments each carry the whole plan, with per-unit fees', () => {
    const items = [planItem('A', 5), planItem('B', 3)];
    const p = plan(
      items,
      [{ packingGroupId: 'pg-1', items }],
      Array.from({ length: 7 }, () => box('pg-1', [], 'MANUAL_PROCESS')),
    );
    const store = new InboundPlanStore({ syncAll: () => {} } as unknown as InboundStore);
    store.plans.set(p.inboundPlanId, p);
    const ctx: InboundPlansContext = { plans: store, prep: new PrepDetailsStore(), compliance: new ComplianceDetailsStore(), catalog: {} as SimCatalog };
    const req = {
      operationId: 'generatePlacementOptions',
      sellerId: SELLER,
      path: { inboundPlanId: p.inboundPlanId },
      query: {},
      body: {},
      headers: {},
      clock: { now: () => START },
      publicUrl: 'http://127.0.0.1',
      piiRoles: true,
    } satisfies SimRequest;
    generatePlacementOptions(ctx, req);
    expect(p.placementOptions).toEqual([]);
    store.sync(new Date(START.getTime() + OPERATION_DELAY_S * 1000));

    expect(p.placementOptions.map((o) => [o.shipmentIds.length, o.fees[0]!.value.amount, o.fees[0]!.value.code])).toEqual([
      [3, 0, 'USD'],
      [2, 1.2, 'USD'],
      [1, 2.4, 'USD'],
    ]);
    for (const option of p.placementOptions) {
      const shipments = p.shipments.filter((s) => s.placementOptionId === option.placementOptionId);
      expect(shipments.map((s) => s.packageIds.length).reduce((a, b) => a + b)).toBe(7);
      expect(carried(p, shipments), option.fees[0]!.description).toEqual(planned(p));
    }
  });
});
