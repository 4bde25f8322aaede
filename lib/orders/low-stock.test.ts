import { describe, expect, it } from 'vitest';
import { assessStock, availabilityText, LowStockPlanError, planFulfillment } from './low-stock';

describe('low stock', () => {
  const lines = [
    { orderItemId: 'a', sellerSku: 'SKU-A', needed: 2 },
    { orderItemId: 'b', sellerSku: 'SKU-B', needed: 3 },
  ];

  it('is not short when stock covers every line', () => {
    const assessment = assessStock(
      lines,
      new Map([
        ['SKU-A', 5],
        ['SKU-B', 3],
      ]),
    );
    expect(assessment.short).toBe(false);
    expect(planFulfillment(assessment, 'FillOrKill', undefined)).toEqual({
      order: {
        policy: 'FillOrKill',
        items: [
          { orderItemId: 'a', sellerSku: 'SKU-A', quantity: 2 },
          { orderItemId: 'b', sellerSku: 'SKU-B', quantity: 3 },
        ],
      },
      decision: null,
    });
  });

  it('before a preview uses synced stock; after one, the preview decides which lines are short', () => {
    const byStock = assessStock(
      lines,
      new Map([
        ['SKU-A', 5],
        ['SKU-B', 1],
      ]),
    );
    expect(byStock.lines.map((l) => [l.available, l.short])).toEqual([
      [2, 0],
      [1, 2],
    ]);
    // Amazon's preview can ship B although the synced stock (older) says 1.
    expect(
      assessStock(
        lines,
        new Map([
          ['SKU-A', 5],
          ['SKU-B', 1],
        ]),
        {},
      ).short,
    ).toBe(false);
    // The preview flags B although the (stale) stock says 10: the stock is contradicted and the
    // preview does not say how many units remain, so the number is unknown, not made up.
    const byPreview = assessStock(
      lines,
      new Map([
        ['SKU-A', 5],
        ['SKU-B', 10],
      ]),
      { b: 3 },
    );
    expect(byPreview.lines[1]).toMatchObject({ available: null, short: 3 });
    expect(byPreview.short).toBe(true);
    // A synced count below what is needed is the data: it says how many can go.
    expect(assessStock(lines, new Map([['SKU-B', 1]]), { b: 3 }).lines[1]).toMatchObject({ available: 1, short: 2 });
    expect(assessStock(lines, new Map([['SKU-B', 2]]), { b: 3 }).lines[1]).toMatchObject({ available: 2, short: 1 });
    // No synced stock and a flagged line: unknown as well.
    const unknown = assessStock(lines, new Map(), { a: 2, b: 3 });
    expect(unknown.lines.map((l) => [l.available, l.short])).toEqual([
      [null, 2],
      [null, 3],
    ]);
    expect(unknown.nothingAvailable).toBe(true);
    const shared = assessStock(
      [
        { orderItemId: 'x', sellerSku: 'S', needed: 2 },
        { orderItemId: 'y', sellerSku: 'S', needed: 2 },
      ],
      new Map([['S', 3]]),
    );
    expect(shared.lines.map((l) => l.available)).toEqual([2, 1]);
  });

  it('turns each choice into the order to send and the decision to record', () => {
    const assessment = assessStock(
      lines,
      new Map([
        ['SKU-A', 5],
        ['SKU-B', 1],
      ]),
    );
    expect(() => planFulfillment(assessment, 'FillOrKill', undefined)).toThrow(LowStockPlanError);

    // A backorder is held: nothing goes to FBA now, not even the units in stock.
    const backorder = planFulfillment(assessment, 'FillOrKill', 'backorder');
    expect(backorder.order).toBeNull();
    expect(backorder.decision?.lines[1]).toMatchObject({ needed: 3, available: 1, shipNow: 0, short: 2 });

    const cancel = planFulfillment(assessment, 'FillAll', 'cancel-unavailable');
    expect(cancel.order).toEqual({
      policy: 'FillOrKill',
      items: [
        { orderItemId: 'a', sellerSku: 'SKU-A', quantity: 2 },
        { orderItemId: 'b', sellerSku: 'SKU-B', quantity: 1 },
      ],
    });
    expect(cancel.decision?.lines.map((l) => l.shipNow)).toEqual([2, 1]);

    const notify = planFulfillment(assessment, 'FillOrKill', 'notify-buyer');
    expect(notify.order).toBeNull();
    expect(notify.decision?.choice).toBe('notify-buyer');

    const none = assessStock(
      lines,
      new Map([
        ['SKU-A', 0],
        ['SKU-B', 0],
      ]),
    );
    expect(none.nothingAvailable).toBe(true);
    expect(() => planFulfillment(none, 'FillOrKill', 'cancel-unavailable')).toThrow(LowStockPlanError);
    // With nothing in stock, holding is exactly what a backorder is for.
    expect(planFulfillment(none, 'FillOrKill', 'backorder')).toMatchObject({ order: null, decision: { choice: 'backorder' } });
    expect(planFulfillment(none, 'FillOrKill', 'notify-buyer').order).toBeNull();
  });

  it('ships no unit of a line whose availability is unknown', () => {
    const assessment = assessStock(
      lines,
      new Map([
        ['SKU-A', 5],
        ['SKU-B', 10],
      ]),
      { b: 3 },
    );
    const cancel = planFulfillment(assessment, 'FillAll', 'cancel-unavailable');
    expect(cancel.order?.items).toEqual([{ orderItemId: 'a', sellerSku: 'SKU-A', quantity: 2 }]);
    expect(cancel.decision?.lines[1]).toMatchObject({ available: null, shipNow: 0, short: 3 });
    expect(availabilityText(null)).toBe('an unknown number available');
    expect(availabilityText(0)).toBe('0 available');
  });
});
