/**
 * Amazon's JSON, made storable where it is parsed. PostgreSQL text and jsonb cannot hold
 * U+0000, and jsonb refuses a lone UTF-16 surrogate; Amazon's answers can carry either (free
 * text typed into Seller Central or another sales channel), and one such character made the
 * page holding it fail to save on every sync. Every SP-API answer and error body is parsed
 * here, so every upsert, refresh, message record and audit entry receives text the database
 * takes: a NUL is dropped, a lone surrogate becomes U+FFFD (what a UTF-8 decoder shows).
 *
 * Only escapes can carry them (JSON forbids a raw NUL, and the body was decoded from UTF-8,
 * which yields no lone surrogates), so an answer without such an escape is returned as parsed.
 */

/** A \u0000 or a \uD800-\uDFFF escape in the raw JSON. */
const UNSTORABLE_ESCAPE = /\\u(?:0000|[dD][89a-fA-F])/;
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storableText(text: string): string {
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}

function storable(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [storableText(key), storable(v)]));
  return value;
}

/** JSON.parse, then NUL and lone surrogates cleaned out of every string (keys too). Throws like JSON.parse. */
export function parseStorableJson(text: string): unknown {
  const parsed: unknown = JSON.parse(text);
  return UNSTORABLE_ESCAPE.test(text) ? storable(parsed) : parsed;
}
