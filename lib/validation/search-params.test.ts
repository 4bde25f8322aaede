import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDay, MAX_PAGE, pageNumber, readSearchParams, searchParam, searchParamsOf } from './search-params';

describe('list URL parameters', () => {
  it('take the first value, without control characters, trimmed; empty means absent', () => {
    expect(searchParam({ q: ['  a\u0000b\u0007 ', 'second'] }, 'q')).toBe('ab');
    expect(searchParam({ q: '\u0000' }, 'q')).toBeUndefined();
    expect(searchParam({ q: '   ' }, 'q')).toBeUndefined();
    expect(searchParam({}, 'q')).toBeUndefined();
    expect(searchParamsOf('http://x/api?q=%00a&q=b&page=2')).toEqual({ q: ['\u0000a', 'b'], page: ['2'] });
  });

  it('clamp page numbers to a safe range and refuse what is not one', () => {
    expect(pageNumber.parse('3')).toBe(3);
    expect(pageNumber.parse('99999999999999999999')).toBe(MAX_PAGE);
    expect(pageNumber.parse('9'.repeat(400))).toBe(MAX_PAGE);
    for (const bad of ['0', '-1', '1.5', '1e3', 'abc']) expect(pageNumber.safeParse(bad).success, bad).toBe(false);
  });

  it('accept only real calendar days', () => {
    expect(isoDay.safeParse('2026-02-28').success).toBe(true);
    expect(isoDay.safeParse('2026-02-30').success).toBe(false);
    expect(isoDay.safeParse('2026-13-01').success).toBe(false);
  });

  it("drop a value that fails its schema, with the list's message once", () => {
    const fields = { dir: z.enum(['asc', 'desc']), page: pageNumber };
    const { values, problems } = readSearchParams({ dir: 'up', page: 'x' }, fields, (name) => `bad ${name}`);
    expect(values).toEqual({ dir: null, page: null });
    expect(problems).toEqual(['bad dir', 'bad page']);
  });
});
