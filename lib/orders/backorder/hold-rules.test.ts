import { describe, expect, it } from 'vitest';
import { assessStock } from '../low-stock';
import { recheckVerdict, shipByAtRisk, shortfallText } from './hold-rules';

const HOUR = 3_600_000;
const now = new Date('2026-07-01T12:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);

describe('ship-by at risk', () => {
  it('is at risk within 24 hours of the ship-by date, at it and past it', () => {
    expect(shipByAtRisk(at(25), now)).toBe(false);
    expect(shipByAtRisk(new Date(at(24).getTime() + 1), now)).toBe(false);
    expect(shipByAtRisk(at(24), now)).toBe(true);
    expect(shipByAtRisk(at(1), now)).toBe(true);
    expect(shipByAtRisk(now, now)).toBe(true);
    expect(shipByAtRisk(at(-48), now)).toBe(true);
  });

  it('is not at risk without a ship-by date', () => {
    expect(shipByAtRisk(null, now)).toBe(false);
  });
});

describe('re-check verdict', () => {
  const lines = [
    { orderItemId: 'a', sellerSku: 'SKU-A', needed: 2 },
    { orderItemId: 'b', sellerSku: 'SKU-B', needed: 3 },
  ];
  const open = { canFulfill: true, statusLabel: 'Unshipped' };

  it('keeps holding while a line is short, saying what is missing', () => {
    const assessment = assessStock(
      lines,
      new Map([
        ['SKU-A', 5],
        ['SKU-B', 1],
      ]),
    );
    expect(recheckVerdict(open, assessment)).toEqual({ kind: 'hold', outcome: 'Still short at FBA: SKU-B: 1 of 3 fulfillable.' });
    const none = assessStock(
      lines,
      new Map([
        ['SKU-A', 0],
        ['SKU-B', 0],
      ]),
    );
    expect(shortfallText(none.lines)).toBe('SKU-A: none of 2 fulfillable; SKU-B: none of 3 fulfillable');
    // A line the preview flagged and the synced stock cannot count is said to be unknown.
    expect(shortfallText(assessStock(lines, new Map([['SKU-A', 9]]), { b: 3 }).lines)).toBe('SKU-B: an unknown number of 3 fulfillable');
  });

  it('releases once the stock covers every unit, two lines of one SKU sharing it', () => {
    const covered = assessStock(
      lines,
      new Map([
        ['SKU-A', 2],
        ['SKU-B', 3],
      ]),
    );
    expect(recheckVerdict(open, covered)).toEqual({ kind: 'release' });
    const shared = [
      { orderItemId: 'a', sellerSku: 'SKU-A', needed: 2 },
      { orderItemId: 'c', sellerSku: 'SKU-A', needed: 2 },
    ];
    expect(recheckVerdict(open, assessStock(shared, new Map([['SKU-A', 3]]))).kind).toBe('hold');
    expect(recheckVerdict(open, assessStock(shared, new Map([['SKU-A', 4]]))).kind).toBe('release');
  });

  it('ends the hold when the order no longer takes a fulfillment order or has nothing left to ship', () => {
    const covered = assessStock(lines, new Map([['SKU-A', 9]]));
    expect(recheckVerdict({ canFulfill: false, statusLabel: 'Cancelled' }, covered)).toEqual({
      kind: 'end',
      outcome: 'The order is Cancelled on Amazon: the hold ended, nothing was sent to FBA.',
    });
    const shipped = assessStock([{ orderItemId: 'a', sellerSku: 'SKU-A', needed: 0 }], new Map());
    expect(recheckVerdict(open, shipped).kind).toBe('end');
  });
});
