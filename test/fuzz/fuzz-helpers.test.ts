/**
 * The input fuzz's own instruments: if the generator repeated itself, the field finder missed a
 * sub-form, or the judge misread a message, the fuzz would pass while proving nothing.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asFormDelivers, CATEGORIES, fieldCases, HUGE_LENGTH, itemCases, jsonFieldCases, junkArguments, seededRandom } from './cases';
import { describeField, fieldAccepts, fieldDrops, fieldsFrom, installParseRecorder, NotingFormData, recordParsesInto, type Noted } from './schema-fields';
import { hostileTextIn, unclearIn } from './verdict';

installParseRecorder();

describe('cases', () => {
  const base: Array<[string, string]> = [
    ['name', 'Pat'],
    ['city', 'Austin'],
  ];

  it('are the same on every run, and differ from field to field', () => {
    expect(seededRandom(7)()).toBe(seededRandom(7)());
    const labels = (label: string) => fieldCases(label, base, 'name').map((c) => c.label);
    expect(labels('form.name')).toEqual(labels('form.name'));
    expect(labels('form.name')).not.toEqual(labels('other.name'));
  });

  it('give each field one case of every category, the other fields left valid', () => {
    const cases = fieldCases('form.name', base, 'name');
    expect(cases.map((c) => c.category)).toEqual(CATEGORIES);
    for (const c of cases) expect(c.entries.filter(([k]) => k === 'city')).toEqual([['city', 'Austin']]);
    expect(cases.find((c) => c.category === 'missing')!.entries.some(([k]) => k === 'name')).toBe(false);
    expect(cases.find((c) => c.category === 'huge')!.value).toHaveLength(HUGE_LENGTH);
    expect(cases.find((c) => c.category === 'file')!.value).toBeInstanceOf(File);
    // A repeated key: control characters first (what FormData.get reads), the valid value last (what Object.fromEntries keeps).
    const repeated = cases.find((c) => c.category === 'duplicate')!.entries.filter(([k]) => k === 'name');
    expect(repeated).toHaveLength(2);
    expect(hostileTextIn(repeated[0]![1])).not.toBeNull();
    expect(repeated[1]![1]).toBe('Pat');
  });

  it('say what a form delivers: a lone surrogate arrives as U+FFFD, as over HTTP', () => {
    expect(asFormDelivers('a\uD800b')).toBe('a\uFFFDb');
    const surrogate = fieldCases('form.name', base, 'name').find((c) => c.category === 'lone-surrogate')!;
    expect(hostileTextIn(surrogate.value)).toBeNull();
  });

  it('give a JSON item key the JSON types a form field cannot carry', () => {
    const cases = itemCases('plan.items[0].quantity', 2);
    expect(cases.find((c) => c.category === 'missing')!.json).toBeUndefined();
    for (const c of cases.filter((x) => x.json !== undefined)) expect(() => JSON.parse(c.json!)).not.toThrow();
    // A JSON escape delivers what a form cannot.
    expect(hostileTextIn(JSON.parse(cases.find((c) => c.category === 'lone-surrogate')!.json!))).toMatch(/lone surrogate/);
    expect(jsonFieldCases([{ a: 1 }]).find((c) => c.label.includes('__proto__'))!.json).toBe('[{"__proto__":{"polluted":true},"a":1}]');
  });

  it('send what a hand-made request can send instead of a form', () => {
    const kinds = junkArguments(['orderId']).map((j) =>
      j.arg === null ? 'null' : j.arg instanceof FormData ? 'form' : j.arg instanceof Map ? 'map' : Array.isArray(j.arg) ? 'array' : typeof j.arg,
    );
    expect(new Set(kinds)).toEqual(new Set(['null', 'undefined', 'number', 'string', 'boolean', 'array', 'object', 'map', 'form']));
  });
});

describe('finding the fields', () => {
  const address = z.object({ fromCity: z.string().min(1), fromCountryCode: z.enum(['US', 'CA']) });
  const form = z
    .object({
      accountId: z.uuid(),
      mode: z.enum(['saved', 'new']),
      items: z
        .string()
        .transform((t) => JSON.parse(t) as unknown)
        .pipe(z.array(z.object({ sku: z.string(), quantity: z.coerce.number().int() }))),
    })
    .catchall(z.unknown())
    .transform((input, ctx) => {
      if (input.mode === 'new')
        for (const issue of address.safeParse(input).error?.issues ?? []) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return input;
    });

  it('sees the form and the sub-form a transform parses, but nothing parsed about something else', async () => {
    const noted: Noted = { parsed: [], reads: new Set() };
    await recordParsesInto(noted, null, async () => {
      form.safeParse({ accountId: '0fe86fda-d263-422f-8693-564e962aa5b3', mode: 'new', items: '[]' });
      z.object({ PORT: z.string() }).safeParse({ PORT: '1' });
    });
    expect([...fieldsFrom(noted.parsed, ['accountId', 'mode', 'items']).keys()]).toEqual(['accountId', 'mode', 'items', 'fromCity', 'fromCountryCode']);
  });

  it('keeps what it saw when the call throws, as a redirect after success does', async () => {
    const noted: Noted = { parsed: [], reads: new Set() };
    const failing = recordParsesInto(noted, null, async () => {
      form.safeParse({ mode: 'saved' });
      throw new Error('NEXT_REDIRECT');
    });
    await expect(failing).rejects.toThrow('NEXT_REDIRECT');
    expect(noted.parsed).toHaveLength(1);
  });

  it('notes the names an action reads one by one', async () => {
    const noted: Noted = { parsed: [], reads: new Set() };
    const data = new NotingFormData();
    data.set('region', 'na');
    await recordParsesInto(noted, null, async () => data.get('region'));
    expect([...noted.reads]).toEqual(['region']);
  });

  it('tells a field by its schema: text, number, choice, id, JSON items', () => {
    const shape = form.def.in.def.shape;
    expect(describeField(shape.accountId)).toMatchObject({ kind: 'choice', required: true });
    expect(describeField(shape.mode)).toMatchObject({ kind: 'choice' });
    expect(describeField(shape.items)).toMatchObject({ kind: 'json' });
    expect(Object.keys(describeField(shape.items).item ?? {})).toEqual(['sku', 'quantity']);
    expect(describeField(z.string().optional())).toMatchObject({ kind: 'text', required: false });
    expect(describeField(z.string().regex(/^\d+$/).transform(Number).pipe(z.number().max(9)))).toMatchObject({ kind: 'number' });
  });

  it("says what a field's own schema refuses, and when it only drops a value", () => {
    const checkbox = describeField(
      z
        .string()
        .optional()
        .transform((v) => v === 'on'),
    );
    expect(fieldDrops(checkbox, '\u0000')).toBe(true);
    expect(fieldDrops(checkbox, 'on')).toBe(false);
    const lenient = describeField(
      z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional()
        .catch(undefined),
    );
    expect(fieldDrops(lenient, 'not a country')).toBe(true);
    expect(fieldAccepts(describeField(z.uuid()), 'x')).toBe(false);
  });
});

describe('the judge', () => {
  it('calls a message unclear when it shows zod, JavaScript, a stack, JSON or the database', () => {
    for (const message of [
      'Invalid UUID',
      'Invalid input: expected string, received undefined',
      'Invalid option: expected one of "a"|"b"',
      'Too big: expected string to have <=200 characters',
      'Expected a value, received null',
      'TypeError: x is not a function',
      '[{"code":"invalid_type"}]',
      'Unexpected token < in JSON at position 0',
      'invalid input syntax for type uuid: "x"',
      '',
      'x'.repeat(1_001),
    ]) {
      expect(unclearIn(message), message.slice(0, 40)).not.toBeNull();
    }
  });

  it('lets plain messages through, one that quotes what was typed too', () => {
    for (const message of [
      'Enter the city.',
      'That inbound shipment was not found.',
      '{{7*7}} is not a SKU of this account.',
      'Amazon refused: the order is already shipping.',
      'Use at most 40 characters.',
    ]) {
      expect(unclearIn(message), message).toBeNull();
    }
    const typed = "1' UNION SELECT password_hash FROM users --";
    expect(unclearIn(`Amazon refused: CarrierName ${typed} is not a partnered carrier.`)).toBe('database text');
    expect(unclearIn(`Amazon refused: CarrierName ${typed} is not a partnered carrier.`, [typed])).toBeNull();
  });

  it('finds what should never be stored or sent, and nothing else', () => {
    expect(hostileTextIn({ name: 'a\u0000b' })).toMatch(/control character/);
    expect(hostileTextIn(['a\uDFFF'])).toMatch(/lone surrogate/);
    expect(hostileTextIn({ note: 'x'.repeat(50_000) })).toMatch(/50000 characters/);
    expect(hostileTextIn({ note: 'Line 1\r\n\tLine 2 😀 \uFFFD <script>' })).toBeNull();
  });
});
