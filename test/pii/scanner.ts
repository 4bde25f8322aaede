/**
 * Finds buyer PII in plain text: given the values a buyer's data is made of (names, e-mails,
 * street lines, phones), reports every place a text holds one. A value counts however it was
 * written down: in any letter case, JSON-escaped (`\u00fc`, `\"`, once or twice), URL- or
 * form-encoded, or with its accents decomposed. Sealed values (AES-GCM) never match: that is the point.
 */

export type PiiKind = 'name' | 'email' | 'street' | 'phone';

export interface PiiValue {
  kind: PiiKind;
  value: string;
}

/** One text to search and where it came from, e.g. `orders.ship_city (row 12)` or `server.log:340`. */
export interface TextSource {
  where: string;
  text: string;
}

export interface PiiHit {
  where: string;
  kind: PiiKind;
  value: string;
  /** The form found, lower-cased. */
  found: string;
}

/** Shorter values would match ordinary words and numbers; none of the simulator's buyers has one. */
export const MIN_PII_LENGTH = 6;

const jsonInner = (text: string) => JSON.stringify(text).slice(1, -1);
const asciiJson = (text: string) => jsonInner(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Every lower-cased way the value may have been written down. */
export function piiForms(value: string, kind: PiiKind): string[] {
  const base = value.normalize('NFC').toLowerCase();
  const forms = new Set<string>();
  for (const text of [base, base.normalize('NFD')]) {
    forms.add(text);
    forms.add(jsonInner(text));
    forms.add(asciiJson(text).toLowerCase());
    // JSON inside a JSON string (a logged body, an error message quoting Amazon's answer).
    forms.add(jsonInner(asciiJson(text)).toLowerCase());
    forms.add(encodeURIComponent(text).toLowerCase());
    forms.add(encodeURIComponent(text).replace(/%20/g, '+').toLowerCase());
  }
  // A phone reformatted without its spaces or dashes (the leading + keeps it apart from other numbers).
  if (kind === 'phone') forms.add(base.replace(/[\s().-]/g, ''));
  return [...forms].filter((form) => form.length >= MIN_PII_LENGTH);
}

export interface PiiScanner {
  /** How many distinct values are looked for. */
  readonly size: number;
  scan(source: TextSource): PiiHit[];
}

/** One pass over each text whatever the number of values: candidates are indexed by their first characters. */
export function createPiiScanner(values: Iterable<PiiValue>): PiiScanner {
  const byPrefix = new Map<string, Array<{ form: string; value: PiiValue }>>();
  let size = 0;
  const seen = new Set<string>();
  for (const value of values) {
    const key = `${value.kind}:${value.value}`;
    if (seen.has(key) || value.value.trim().length < MIN_PII_LENGTH) continue;
    seen.add(key);
    size += 1;
    for (const form of piiForms(value.value, value.kind)) {
      const prefix = form.slice(0, MIN_PII_LENGTH);
      const list = byPrefix.get(prefix) ?? [];
      list.push({ form, value });
      byPrefix.set(prefix, list);
    }
  }
  return {
    size,
    scan({ where, text }) {
      const hay = text.toLowerCase();
      const hits = new Map<string, PiiHit>();
      for (let i = 0; i + MIN_PII_LENGTH <= hay.length; i++) {
        const candidates = byPrefix.get(hay.slice(i, i + MIN_PII_LENGTH));
        if (!candidates) continue;
        for (const { form, value } of candidates) {
          if (hay.startsWith(form, i)) hits.set(`${value.kind}:${value.value}`, { where, kind: value.kind, value: value.value, found: form });
        }
      }
      return [...hits.values()];
    },
  };
}

/** The PII in a simulator order's buyer and address (GET /_sim/state/buyers). */
export function buyerPii(buyer: { name: string; email: string; address: { name: string; line1: string; line2?: string; phone: string } }): PiiValue[] {
  return [
    { kind: 'name', value: buyer.name },
    { kind: 'email', value: buyer.email },
    { kind: 'name', value: buyer.address.name },
    { kind: 'street', value: buyer.address.line1 },
    ...(buyer.address.line2 ? [{ kind: 'street' as const, value: buyer.address.line2 }] : []),
    { kind: 'phone', value: buyer.address.phone },
  ];
}

/** A text's lines as sources named `<file>:<line number>`. */
export function linesOf(file: string, text: string): TextSource[] {
  return text.split('\n').map((line, i) => ({ where: `${file}:${i + 1}`, text: line }));
}

export function describeHits(hits: PiiHit[]): string {
  return hits.map((h) => `${h.where}: ${h.kind} "${h.value}" (as "${h.found}")`).join('\n');
}
