/**
 * The bad input the fuzz sends, generated from a small catalogue with a seeded generator (no
 * dependency, the same cases on every machine and every run). Each field gets one case of every
 * category below; the generator picks the variant and whether it replaces the field's valid
 * value or is written before or after it (so a check that only looks at the start or the end of
 * a value is tested too). Each field's generator is seeded by the field's own label, so adding a
 * field or an action does not change the cases of the others.
 */

export type Category =
  | 'missing'
  | 'empty'
  | 'file'
  | 'duplicate'
  | 'huge'
  | 'number'
  | 'unicode'
  | 'lone-surrogate'
  | 'control'
  | 'line-break'
  | 'html'
  | 'sql'
  | 'traversal'
  | 'template';

/** A form's entries, in order; a key may repeat and a value may be a file, as in a multipart request. */
export type Entries = Array<[string, string | File]>;

/** 100 kB: past every limit of every form (the longest text field, the tracking numbers, takes 30,969 characters). */
export const HUGE_LENGTH = 100_000;

/** The strings of each category; `missing`, `file` and `duplicate` are built from the others. */
export const VARIANTS: Record<Exclude<Category, 'missing' | 'file' | 'duplicate'>, readonly string[]> = {
  empty: ['', '   ', '\u00A0\u3000'],
  huge: ['x'.repeat(HUGE_LENGTH), '<'.repeat(HUGE_LENGTH), 'é'.repeat(HUGE_LENGTH)],
  number: ['-1', '-0', 'NaN', 'Infinity', '-Infinity', '1e309', '9'.repeat(30), '9007199254740993', '-9999999999'],
  unicode: [
    'שלום עולם',
    'مرحبا بالعالم',
    '\u202Eevil.exe\u202C',
    '😀🚚📦',
    '👩‍👩‍👧‍👦',
    'e\u0301\u0301\u0301\u0301',
    'Z\u0334\u0321\u031B\u032F\u0353a\u0338l\u0336g\u0335o\u0337',
    '\u200B\u200D\uFEFF',
    'ｆｕｌｌｗｉｄｔｈ',
    '𝕳𝖊𝖑𝖑𝖔',
  ],
  'lone-surrogate': ['\uD800', '\uDFFF', 'a\uD83Db', '\uDE00x'],
  control: ['\u0000', 'a\u0000b', '\u0001', '\u001B[31m', '\u007F', '\u0008', '\u000B', '\u000C'],
  'line-break': ['line1\nline2', 'a\r\nb', 'a\tb', 'a\u2028b'],
  html: [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '<a href="javascript:alert(1)">x</a>',
    '</textarea><script>alert(1)</script>',
  ],
  sql: ["' OR 1=1 --", "'; DROP TABLE users; --", '" OR ""="', "1' UNION SELECT password_hash FROM users --", "%' OR '%'='"],
  traversal: ['../../etc/passwd', '..\\..\\windows\\win.ini', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/etc/passwd', 'file:///etc/passwd'],
  template: ['${7*7}', '{{7*7}}', '%s%s%n', '__proto__', 'constructor', '$(touch /tmp/x)'],
};

export const CATEGORIES: readonly Category[] = [
  'missing',
  'empty',
  'file',
  'duplicate',
  'huge',
  'number',
  'unicode',
  'lone-surrogate',
  'control',
  'line-break',
  'html',
  'sql',
  'traversal',
  'template',
];

/** mulberry32: small, fast and seeded, so the cases are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a: a field's seed from its label. */
export function seedOf(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

export interface FieldCase {
  category: Category;
  /** The field's value in the case as the action receives it: a string, a file, or undefined when the field is left out. */
  value: string | File | undefined;
  entries: Entries;
  /** Short, printable: what the case sent. */
  label: string;
}

/**
 * A value as a form delivers it: FormData (like HTTP, which carries UTF-8) turns a lone
 * surrogate into U+FFFD on the way in. Only a JSON field's escapes deliver one as it is.
 */
export function asFormDelivers(text: string): string {
  const form = new FormData();
  form.append('x', text);
  return form.get('x') as string;
}

/** Shortens and escapes a value for a report line. */
export function printable(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (typeof File !== 'undefined' && value instanceof File) return `(file ${value.name})`;
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const escaped = JSON.stringify(text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text);
  return escaped;
}

/** The string of a category for a field, placed before, after or instead of the valid value. */
function textFor(category: Exclude<Category, 'missing' | 'file' | 'duplicate'>, valid: string | undefined, random: () => number): string {
  const text = pick(random, VARIANTS[category]);
  // A huge value replaces (appending would only add a few characters to it); a number is read whole.
  if (!valid || category === 'huge' || category === 'number' || category === 'empty') return text;
  const place = pick(random, ['instead', 'after', 'before'] as const);
  return place === 'instead' ? text : place === 'after' ? `${valid}${text}` : `${text}${valid}`;
}

/**
 * One case of each category for `field` of a form whose valid entries are `base`. A field the
 * form does not carry yet (found in the schema, not in the valid form) is added.
 */
export function fieldCases(
  label: string,
  base: Entries,
  field: string,
  options: { files: boolean; missing: boolean } = { files: true, missing: true },
): FieldCase[] {
  const random = seededRandom(seedOf(label));
  const valid = base.find(([k]) => k === field)?.[1];
  const validText = typeof valid === 'string' ? valid : undefined;
  const without = base.filter(([k]) => k !== field);
  const at = Math.max(
    0,
    base.findIndex(([k]) => k === field),
  );
  const withValue = (value: string | File): Entries => (valid === undefined ? [...base, [field, value]] : base.map(([k, v]) => [k, k === field ? value : v]));
  const cases: FieldCase[] = [];
  for (const category of CATEGORIES) {
    if (category === 'missing') {
      if (options.missing) cases.push({ category, value: undefined, entries: without, label: '(missing)' });
    } else if (category === 'file') {
      if (!options.files) continue;
      const file = new File([pick(random, VARIANTS.html)], pick(random, ['x.html', '../../etc/passwd', 'a.exe']), { type: 'text/html' });
      cases.push({ category, value: file, entries: withValue(file), label: printable(file) });
    } else if (category === 'duplicate') {
      // Control characters first, the valid value last: Object.fromEntries (what the schemas read) keeps
      // the last, FormData.get the first, so a value checked in one place and read in another shows.
      const bad = pick(random, VARIANTS.control);
      const entries: Entries = [...without.slice(0, at), [field, bad], [field, validText ?? 'x'], ...without.slice(at)];
      cases.push({ category, value: validText ?? 'x', entries, label: `${printable(bad)} then ${printable(validText ?? 'x')}` });
    } else {
      const text = textFor(category, validText, random);
      cases.push({ category, value: asFormDelivers(text), entries: withValue(text), label: printable(text) });
    }
  }
  return cases;
}

/** JSON values for one key of the first item of a JSON-array field (the plan's SKU lines, boxes, pallets). */
export interface ItemCase {
  category: Category | 'json-type';
  /** The raw JSON text of the key's value, or undefined to leave the key out. */
  json: string | undefined;
  label: string;
}

export function itemCases(label: string, validValue: unknown): ItemCase[] {
  const random = seededRandom(seedOf(label));
  const valid = typeof validValue === 'string' ? validValue : undefined;
  const text = (category: Exclude<Category, 'missing' | 'file' | 'duplicate'>): ItemCase => {
    const value = textFor(category, valid, random);
    return { category, json: JSON.stringify(value), label: printable(value) };
  };
  // Raw literals JSON.stringify cannot write: 1e400 parses to Infinity.
  const numbers = ['-1', '-0', '1e400', '-1e400', '1.5', '9007199254740993', '1e21'];
  const wrongTypes = ['null', 'true', '[]', '{}', '[1]', '{"toString":1}', '"1"'];
  const number = pick(random, numbers);
  const wrong = pick(random, wrongTypes);
  return [
    { category: 'missing', json: undefined, label: '(missing)' },
    { category: 'json-type', json: wrong, label: wrong },
    { category: 'number', json: number, label: number },
    text('empty'),
    text('huge'),
    text('unicode'),
    // JSON carries what a form cannot: escapes that decode to a lone surrogate or a NUL.
    text('lone-surrogate'),
    text('control'),
    text('html'),
    text('sql'),
    text('traversal'),
    text('template'),
  ];
}

/** Whole-field cases for a JSON-array field: not JSON, not an array, too deep, too many items. */
export function jsonFieldCases(validItems: unknown[]): Array<{ json: string; label: string }> {
  const item = validItems[0] ?? {};
  const many = Array.from({ length: 1_000 }, () => item);
  const rest = JSON.stringify(item).slice(1);
  return [
    { json: '[{', label: 'not JSON' },
    { json: '{}', label: 'an object' },
    { json: 'null', label: 'null' },
    { json: '"[]"', label: 'a string' },
    { json: '[]', label: 'no items' },
    { json: '[null]', label: '[null]' },
    { json: `${'['.repeat(50_000)}${']'.repeat(50_000)}`, label: '50,000 nested arrays' },
    { json: JSON.stringify(many), label: '1,000 items' },
    // Written by hand: in an object literal __proto__ sets the prototype instead of making a key.
    { json: `[{"__proto__":{"polluted":true}${rest === '}' ? '}' : `,${rest}`}]`, label: 'an item with a __proto__ key' },
  ];
}

/**
 * Arguments a hand-made request can pass instead of a FormData (React's action protocol
 * serializes any of them), and forms that carry only what no form has.
 */
export function junkArguments(fields: string[]): Array<{ label: string; arg: unknown }> {
  const first = fields[0] ?? 'id';
  const odd = new FormData();
  odd.append('__proto__', '{"polluted":true}');
  odd.append('constructor', 'x');
  odd.append('$ACTION_ID_abc', 'x');
  return [
    { label: 'null', arg: null },
    { label: 'undefined', arg: undefined },
    { label: 'a number', arg: 42 },
    { label: 'a string', arg: 'orderId=1' },
    { label: 'true', arg: true },
    { label: 'an empty array', arg: [] },
    { label: 'an empty object', arg: {} },
    { label: 'an object of fields', arg: Object.fromEntries(fields.map((f) => [f, 'x'])) },
    { label: 'entries with a number', arg: [[first, 42]] },
    { label: 'entries with null', arg: [[first, null]] },
    { label: 'entries with an array', arg: [[first, ['a', 'b']]] },
    { label: 'entries with an object', arg: [[first, { toString: 'x' }]] },
    { label: 'a Map', arg: new Map(fields.map((f) => [f, 1])) },
    { label: 'a form of unknown keys', arg: odd },
  ];
}
