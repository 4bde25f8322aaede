import { describe, expect, it } from 'vitest';
import { chunks, sendInBatches } from './batches';

describe('chunks', () => {
  it('splits into batches of the size, the last one shorter', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
  });
});

describe('sendInBatches', () => {
  const fail = (item: number, message: string) => ({ item, ok: false, message });

  it('hands every batch its results in order; refused and unreachable batches fail each of their items', async () => {
    const seen: Array<{ item: number; ok: boolean; message: string }[]> = [];
    let call = 0;
    await sendInBatches(
      [1, 2, 3, 4, 5],
      2,
      async (batch) => {
        call += 1;
        if (call === 2) return { status: 'error', message: 'Refused.' };
        if (call === 3) throw new Error('network');
        return { status: 'ok', results: batch.map((item) => ({ item, ok: true, message: '' })) };
      },
      fail,
      'Unreachable.',
      (results) => seen.push(results),
    );
    expect(seen).toEqual([
      [
        { item: 1, ok: true, message: '' },
        { item: 2, ok: true, message: '' },
      ],
      [
        { item: 3, ok: false, message: 'Refused.' },
        { item: 4, ok: false, message: 'Refused.' },
      ],
      [{ item: 5, ok: false, message: 'Unreachable.' }],
    ]);
  });
});
