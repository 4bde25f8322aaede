import { describe, expect, it } from 'vitest';
import { likePrefix } from '@/db/like-pattern';
import { prefixRange } from './search';

describe('prefixRange', () => {
  it('spans exactly the strings that start with the prefix', () => {
    const [from, to] = prefixRange('111-00');
    expect([from, to]).toEqual(['111-00', '111-01']);
    for (const inside of ['111-00', '111-0012345-1234567', '111-00~']) expect(inside >= from && inside < to, inside).toBe(true);
    for (const outside of ['111-0', '111-01', '111-1']) expect(outside >= from && outside < to, outside).toBe(false);
  });
});

describe('likePrefix', () => {
  it('escapes LIKE wildcards so a search means them literally', () => {
    expect(likePrefix('50%_off\\')).toBe('50\\%\\_off\\\\%');
  });
});
