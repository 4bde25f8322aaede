/**
 * How the fuzz judges one answer: is a refusal in plain words, and does anything the call stored
 * or sent carry what no form should let through.
 */

/**
 * Why `message` is not a plain-words message for a seller, or null when it is: it must not be
 * empty, leak a JavaScript value (undefined, NaN, [object …]), be one of zod's default messages
 * (which name types and formats, not what to do), hold a stack trace, JSON or database text, or
 * repeat a paste at length. What the caller typed may be quoted ("Unknown SellerSKU: ' OR 1=1"):
 * the `quoted` values are left out before the message is read.
 */
export function unclearIn(message: string, quoted: readonly string[] = []): string | null {
  if (!message.trim()) return 'empty message';
  if (message.length > 1_000) return `${message.length} characters long`;
  for (const value of [...quoted]
    .map((q) => q.trim())
    .filter((q) => q.length >= 3)
    .sort((x, y) => y.length - x.length))
    message = message.replaceAll(value, ' ');
  const checks: Array<[RegExp, string]> = [
    [/\bundefined\b|\bNaN\b|\[object \w+\]|\bnull\b/, 'a JavaScript value'],
    [
      /^(Invalid (input|option|UUID|GUID|email|string|ISO|key|element|union|date|url|type|enum|format|literal|number)|Too (big|small))\b/i,
      "zod's default message",
    ],
    [/\bexpected\b.*\breceived\b|Unrecognized keys?/i, "zod's default message"],
    [
      /\b(invalid_type|invalid_value|invalid_format|invalid_union|too_big|too_small|unrecognized_keys|invalid_key|invalid_element|not_multiple_of)\b/,
      'a zod issue code',
    ],
    [/\n\s+at |\bat \S+ \(.*:\d+:\d+\)|\b(TypeError|RangeError|SyntaxError|ReferenceError|URIError|Error):/, 'a stack trace or error name'],
    // A message may quote what was typed ("{{7*7}} is not a SKU…"); JSON is a whole object or array, or a quoted key.
    [/^\s*[[{][\s\S]*[\]}]\s*$|\{"\w+"\s*:/, 'JSON'],
    [/\bJSON\b|Unexpected token|Unexpected end of/i, 'a parser message'],
    [
      /syntax error|relation "|column "|violates|duplicate key|invalid input syntax|invalid byte sequence|unterminated|SQLSTATE|postgres|pglite|drizzle|\bselect\b.*\bfrom\b|\binsert into\b/i,
      'database text',
    ],
  ];
  for (const [pattern, what] of checks) if (pattern.test(message)) return what;
  return null;
}

/**
 * Values that no form should store or send: control characters (line breaks aside), broken
 * UTF-16, a paste of 50,000+ characters. (U+FFFD is a character like any other: a form or a URL
 * delivers a lone surrogate as one, since both carry UTF-8.)
 */
export function hostileTextIn(value: unknown): string | null {
  const seen = new WeakSet<object>();
  let found: string | null = null;
  const visit = (v: unknown): void => {
    if (found) return;
    if (typeof v === 'string') {
      if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v)) found = `a control character in ${JSON.stringify(v.slice(0, 60))}`;
      else if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(v))
        found = `a lone surrogate in ${JSON.stringify(v.slice(0, 60))}`;
      else if (v.length >= 50_000) found = `a value of ${v.length} characters`;
      return;
    }
    if (typeof v === 'number' && !Number.isFinite(v)) found = `the number ${v}`;
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    for (const x of Array.isArray(v) ? v : Object.values(v)) visit(x);
  };
  visit(value);
  return found;
}

/** A snapshot row (`table <tab> JSON`) as its table and its data. */
export function rowData(row: string): { table: string; data: Record<string, unknown> } {
  const tab = row.indexOf('\t');
  return { table: row.slice(0, tab), data: JSON.parse(row.slice(tab + 1)) as Record<string, unknown> };
}

/** A request body as data: JSON when it is JSON, else the text itself. */
export function bodyData(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
