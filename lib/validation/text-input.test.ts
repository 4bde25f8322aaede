import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  afterTextRules,
  BROKEN_CHARACTER_MESSAGE,
  CONTROL_CHARACTER_MESSAGE,
  hasControlCharacter,
  hasLoneSurrogate,
  ONE_LINE_MESSAGE,
  optionalText,
  requiredText,
} from './text-input';

const messages = (result: { error?: { issues: Array<{ message: string }> } | undefined }) => result.error?.issues.map((i) => i.message);

describe('shared text input rules', () => {
  const name = requiredText('Enter the name.', { max: 10 });

  it('trims, requires and limits', () => {
    expect(name.parse('  Ada  ')).toBe('Ada');
    expect(messages(name.safeParse('   '))).toEqual(['Enter the name.']);
    expect(messages(name.safeParse(undefined))).toEqual(['Enter the name.']);
    expect(messages(name.safeParse('x'.repeat(11)))).toEqual(['Use at most 10 characters.']);
  });

  it('refuses NUL, other C0 controls and DEL in every field, with a message for the field', () => {
    for (const bad of ['A\u0000B', 'A\u0001', '\u001BESC', 'DEL\u007F', 'bell\u0007']) {
      expect(messages(name.safeParse(bad))).toEqual([CONTROL_CHARACTER_MESSAGE]);
    }
    expect(messages(optionalText({ max: 50 }).safeParse('x\u0000'))).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });

  it('refuses half of a surrogate pair, which would be stored and sent as U+FFFD, and keeps whole emoji', () => {
    for (const bad of ['\uD800', 'Ada\uDFFF', 'a\uD83Db', '\uDE00x']) {
      expect(messages(name.safeParse(bad))).toEqual([BROKEN_CHARACTER_MESSAGE]);
    }
    expect(messages(requiredText('Write the note.', { max: 100, multiline: true }).safeParse('Line\n\uD800'))).toEqual([BROKEN_CHARACTER_MESSAGE]);
    expect(name.parse('Ada 😀')).toBe('Ada 😀');
    expect(name.parse('👩‍👩‍👧')).toBe('👩‍👩‍👧');
    expect(hasLoneSurrogate('😀')).toBe(false);
    expect(hasLoneSurrogate('😀'.slice(1))).toBe(true);
  });

  it('allows tab and line breaks only where the field is multi-line', () => {
    expect(messages(name.safeParse('a\tb'))).toEqual([ONE_LINE_MESSAGE]);
    expect(messages(name.safeParse('a\r\nb'))).toEqual([ONE_LINE_MESSAGE]);
    const note = requiredText('Write the note.', { max: 100, multiline: true });
    expect(note.parse('Line 1\r\n\tLine 2')).toBe('Line 1\r\n\tLine 2');
    expect(messages(note.safeParse('Line 1\u0000'))).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });

  it('reads no further than a broken rule: checks chained with afterTextRules skip an over-long value', () => {
    let patternRuns = 0;
    const field = requiredText('Enter it.', { max: 5 }).refine(() => {
      patternRuns += 1;
      return true;
    }, afterTextRules);
    expect(messages(field.safeParse('\u0000'.repeat(150_000)))).toEqual(['Use at most 5 characters.']);
    expect(messages(field.safeParse('a\u0000'))).toEqual([CONTROL_CHARACTER_MESSAGE]);
    expect(patternRuns).toBe(0);
    expect(field.parse('fine')).toBe('fine');
    expect(patternRuns).toBe(1);
  });

  it("keeps the form's cross-field checks reporting alongside a field's issue", () => {
    const form = z
      .object({ country: requiredText('Enter the country.', { max: 2 }), city: optionalText({ max: 20 }) })
      .refine((v) => v.country === 'JP' || Boolean(v.city), { path: ['city'], message: 'Enter the city.' });
    const result = form.safeParse({ country: 'USA', city: '' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['city', 'country']);
  });

  it('turns an empty optional field into undefined', () => {
    expect(optionalText({ max: 5 }).parse('  ')).toBeUndefined();
    expect(optionalText({ max: 5 }).parse(undefined)).toBeUndefined();
    expect(optionalText({ max: 5 }).parse(' ok ')).toBe('ok');
  });

  it('answers the same question outside zod', () => {
    expect(hasControlCharacter('a\nb')).toBe(true);
    expect(hasControlCharacter('a\nb', true)).toBe(false);
    expect(hasControlCharacter('plain, “quoted” – fine')).toBe(false);
  });
});
