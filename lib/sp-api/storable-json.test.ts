import { describe, expect, it } from 'vitest';
import { errorFromResponse } from './errors';
import { parseStorableJson, storableText } from './storable-json';

describe('storable SP-API JSON', () => {
  it('drops NUL and replaces lone surrogates in every string, keys included', () => {
    const raw = JSON.stringify({ 'key\u0000': ['a\u0000b', { city: 'x\ud800y', pair: '😀', low: '\udc00' }], n: 3, ok: true, none: null });
    expect(parseStorableJson(raw)).toEqual({ key: ['ab', { city: 'x\uFFFDy', pair: '😀', low: '\uFFFD' }], n: 3, ok: true, none: null });
  });

  it('leaves clean answers as they are and still throws on broken JSON', () => {
    expect(parseStorableJson('{"a":"caf\\u00e9 \\\\u0000 literal"}')).toEqual({ a: 'café \\u0000 literal' });
    expect(() => parseStorableJson('{"a":')).toThrow(SyntaxError);
    expect(storableText('plain')).toBe('plain');
  });

  it('cleans Amazon error messages too (they reach the audit log)', () => {
    const error = errorFromResponse({
      status: 400,
      bodyText: JSON.stringify({ errors: [{ code: 'InvalidInput', message: 'Bad\u0000 value', details: 'd\ud800' }] }),
      requestId: 'r',
      operation: 'x.y',
    });
    expect(error.message).toBe('Bad value');
    expect(error.details).toBe('d\uFFFD');
  });
});
