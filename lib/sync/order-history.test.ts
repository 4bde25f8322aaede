import { describe, expect, it } from 'vitest';
import { historyWindow } from './order-history';

const DAY = 86_400_000;
const start = new Date('2026-12-01T12:00:00Z');
const from = new Date(start.getTime() - 365 * DAY);
const back = (days: number) => new Date(start.getTime() - days * DAY);

describe('the windows of a first orders sync', () => {
  it('go back from the start newest first: a day, then seven times all read so far, until the lookback', () => {
    const windows: Array<[number, number]> = [];
    let before = start;
    while (before > from) {
      const w = historyWindow({ start, from, before });
      windows.push([(start.getTime() - w.before.getTime()) / DAY, (start.getTime() - w.after.getTime()) / DAY]);
      before = w.after;
    }
    expect(windows).toEqual([
      [0, 1],
      [1, 8],
      [8, 64],
      [64, 365],
    ]);
  });

  it('never reaches past the lookback', () => {
    expect(historyWindow({ start, from, before: back(364.5) })).toEqual({ after: from, before: back(364.5) });
  });
});
