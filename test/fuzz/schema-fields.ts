/**
 * Which fields an action or route reads, found while it runs, so a field added to a schema is
 * fuzzed without anyone editing the test. The schemas cannot be imported: most live inside
 * 'use server' modules (which may export only actions) or are built inside a transform (the
 * plan's address, each transport mode, each buyer-message type). So the fuzz watches them work:
 *
 * - every zod object (or pipe of one) parsed with a plain object during a call is noted with
 *   that object (`recordParses`); the fields are its shape's keys;
 * - a FormData that notes the names read with get/getAll/has (`NotingFormData`), for actions
 *   that read a field without a schema;
 * - route handlers' query names read through URLSearchParams, and the fields of the list-param
 *   parser (`noteListFields`, fed by the test's mock of lib/validation/search-params.ts).
 *
 * Each field's schema then says what kind of value it takes (`describeField`), through zod's
 * public `def`: text, a number, one of a few values, a JSON array of items.
 */
import { z } from 'zod';

export interface ParsedObject {
  schema: z.ZodType;
  data: Record<string, unknown>;
}

/** What a call was seen reading: the object schemas it parsed, the names it read one by one. */
export interface Noted {
  parsed: ParsedObject[];
  reads: Set<string>;
}

let notes: (Noted & { query: string | null }) | null = null;

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

type ParseMethod = (this: z.ZodType, data: unknown, ...rest: unknown[]) => unknown;

/**
 * Wraps safeParse and parse of zod's object, pipe, union and intersection schemas (forms are one
 * of these). Zod 4 keeps each schema class's methods on one prototype shared by its instances,
 * as a getter that binds the method to the instance on first read (and answers the unbound
 * method when read without an instance, for spies); the wrapper is installed the same way.
 * Call it before any schema is used: an instance that already bound the original keeps it.
 * Fails loudly if zod moves the methods.
 */
export function installParseRecorder(): void {
  const samples: z.ZodType[] = [
    z.object({}),
    z.object({}).transform((v) => v),
    z.union([z.object({}), z.string()]),
    z.intersection(z.object({}), z.object({})),
  ];
  for (const sample of samples) {
    const proto = Object.getPrototypeOf(sample) as object & { __fuzzRecorder?: true };
    if (proto.__fuzzRecorder) continue;
    for (const method of ['safeParse', 'parse'] as const) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, method);
      const unbound: unknown = descriptor?.get?.call(undefined);
      if (typeof unbound !== 'function')
        throw new Error(`zod no longer keeps ${method} on the ${sample.def.type} schema prototype as it did: update test/fuzz/schema-fields.ts`);
      const original = unbound as ParseMethod;
      const wrapped: ParseMethod = function (data, ...rest) {
        if (notes && isPlainObject(data)) notes.parsed.push({ schema: this, data });
        return original.call(this, data, ...rest);
      };
      const own = (instance: object, value: unknown) => {
        Object.defineProperty(instance, method, { configurable: true, writable: true, enumerable: false, value });
        return value;
      };
      Object.defineProperty(proto, method, {
        configurable: true,
        get(this: z.ZodType | null | undefined) {
          return this == null ? wrapped : own(this, wrapped.bind(this));
        },
        set(this: object, value: unknown) {
          own(this, value);
        },
      });
    }
    Object.defineProperty(proto, '__fuzzRecorder', { value: true });
  }
  const params = URLSearchParams.prototype as unknown as Record<'get' | 'getAll' | 'has', (this: URLSearchParams, name: string) => unknown> & {
    __fuzzRecorder?: true;
  };
  if (!params.__fuzzRecorder) {
    for (const method of ['get', 'getAll', 'has'] as const) {
      const original = params[method];
      params[method] = function (name) {
        // The in-process simulator reads query strings too: only the request's own counts.
        if (notes?.query && this.toString() === notes.query) notes.reads.add(name);
        return original.call(this, name);
      };
    }
    Object.defineProperty(params, '__fuzzRecorder', { value: true });
  }
}

/** A FormData that notes the names an action reads from it one by one. */
export class NotingFormData extends FormData {
  override get(name: string) {
    notes?.reads.add(name);
    return super.get(name);
  }
  override getAll(name: string) {
    notes?.reads.add(name);
    return super.getAll(name);
  }
  override has(name: string) {
    notes?.reads.add(name);
    return super.has(name);
  }
}

/** Called by the test's wrapper of readSearchParams with the fields a list reads from the URL. */
export function noteListFields(fields: Record<string, unknown>): void {
  for (const name of Object.keys(fields)) notes?.reads.add(`list:${name}`);
}

/**
 * Runs `call` noting into `into` the object schemas it parses and the names it reads, kept even
 * when the call throws (a redirect after success is a throw); `query`: the request's query
 * string, for routes.
 */
export async function recordParsesInto<T>(into: Noted, query: string | null, call: () => Promise<T>): Promise<T> {
  notes = { parsed: into.parsed, reads: into.reads, query };
  try {
    return await call();
  } finally {
    notes = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a schema through zod's public `def`.
// ---------------------------------------------------------------------------------------------

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: readonly z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  format?: string;
}
const defOf = (schema: z.ZodType): Def => schema.def as unknown as Def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional', 'exact_optional']);

/** The object shapes a schema parses its input with (through pipes, wrappers, unions). */
export function shapesOf(schema: z.ZodType): Array<Record<string, z.ZodType>> {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) return [def.shape];
  if (def.type === 'pipe' && def.in) return shapesOf(def.in);
  if (WRAPPERS.has(def.type) && def.innerType) return shapesOf(def.innerType);
  if (def.type === 'union' && def.options) return def.options.flatMap(shapesOf);
  if (def.type === 'intersection' && def.left && def.right) return [...shapesOf(def.left), ...shapesOf(def.right)];
  return [];
}

/**
 * What a field takes: `choice` (one of a few values, or an id: nothing generated can be one),
 * `number`, `json` (a JSON array of items, with the items' shape), `text`, or `other`.
 */
export type FieldKind = 'text' | 'number' | 'choice' | 'json' | 'other';

export interface FieldInfo {
  kind: FieldKind;
  schema?: z.ZodType;
  /** The field's schema refuses a missing value. */
  required: boolean;
  /** For `json`: the shape of each item. */
  item?: Record<string, z.ZodType>;
  /** A list parameter: a value that does not pass is dropped and the default applies, by design. */
  listParam?: boolean;
}

function kindOf(schema: z.ZodType): { kind: FieldKind; item?: Record<string, z.ZodType> } {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) return kindOf(def.innerType);
  switch (def.type) {
    case 'pipe': {
      // What comes out says more (a string read as JSON, or as a number); a transform says nothing.
      const out = def.out ? kindOf(def.out) : { kind: 'other' as const };
      return out.kind !== 'other' ? out : def.in ? kindOf(def.in) : out;
    }
    case 'string':
      return { kind: def.format === 'uuid' || def.format === 'guid' ? 'choice' : 'text' };
    case 'number':
    case 'bigint':
    case 'int':
      return { kind: 'number' };
    case 'enum':
    case 'literal':
      return { kind: 'choice' };
    case 'union': {
      const kinds = (def.options ?? []).map(kindOf);
      if (kinds.every((k) => k.kind === 'choice')) return { kind: 'choice' };
      return kinds.find((k) => k.kind === 'text') ?? kinds.find((k) => k.kind !== 'other') ?? { kind: 'other' };
    }
    case 'array': {
      const item = def.element ? shapesOf(def.element)[0] : undefined;
      return item ? { kind: 'json', item } : { kind: 'other' };
    }
    default:
      return { kind: 'other' };
  }
}

export function describeField(schema: z.ZodType | undefined): FieldInfo {
  if (!schema) return { kind: 'other', required: false };
  return { ...kindOf(schema), schema, required: !schema.safeParse(undefined).success };
}

/** Whether the field's own schema takes the value (undefined: left out). */
export const fieldAccepts = (field: FieldInfo, value: unknown): boolean => !field.schema || field.schema.safeParse(value).success;

/** The field takes the value but makes of it what it makes of no value at all: the value is dropped (a lenient filter). */
export function fieldDrops(field: FieldInfo, value: unknown): boolean {
  if (!field.schema) return false;
  const given = field.schema.safeParse(value);
  const none = field.schema.safeParse(undefined);
  return given.success && none.success && JSON.stringify(given.data) === JSON.stringify(none.data);
}

/**
 * The fields a call's parses reveal: each noted object whose input shares a key with what the
 * caller sent (so a parse of something else, the environment or an answer, is not a form).
 */
export function fieldsFrom(parsed: ParsedObject[], sentKeys: string[]): Map<string, z.ZodType> {
  const fields = new Map<string, z.ZodType>();
  for (const { schema, data } of parsed) {
    if (!Object.keys(data).some((k) => sentKeys.includes(k))) continue;
    for (const shape of shapesOf(schema)) {
      for (const [name, fieldSchema] of Object.entries(shape)) {
        // The first schema with an opinion wins; a catch-all `unknown` has none.
        const known = fields.get(name);
        if (!known || kindOf(known).kind === 'other') fields.set(name, fieldSchema);
      }
    }
  }
  return fields;
}
