/**
 * Validates a request's path, query and body against the operation's parameters in the
 * model. The first problem becomes a 400 InvalidInput naming the field, as Amazon does.
 */
import type { ErrorObject } from 'ajv';
import { invalidInput, type SimError } from './contract.js';
import type { JsonSchema, ModelOperation, SwaggerParameter } from './models.js';
import { SchemaCompiler } from './schema-compiler.js';

const compiler = new SchemaCompiler();

/** Copies the JSON-Schema keywords a non-body Swagger parameter may carry. */
function parameterSchema(p: SwaggerParameter): JsonSchema {
  const schema: JsonSchema = {};
  for (const key of ['type', 'format', 'enum', 'items', 'maxItems', 'minItems', 'maximum', 'minimum', 'maxLength', 'minLength', 'pattern'] as const) {
    if (p[key] !== undefined) schema[key] = p[key];
  }
  return schema;
}

/** Query strings are text; turn them into the model's types so Ajv checks what was meant. */
function coerce(p: SwaggerParameter, raw: string | string[]): unknown {
  if (p.type === 'array') {
    const list = Array.isArray(raw) ? raw : [raw];
    const itemType = (p.items?.type as string | undefined) ?? 'string';
    return list.map((v) => coerceScalar(itemType, v));
  }
  return coerceScalar(p.type ?? 'string', Array.isArray(raw) ? (raw[0] ?? '') : raw);
}

function coerceScalar(type: string, value: string): unknown {
  if (type === 'integer' || type === 'number') return value.trim() === '' || Number.isNaN(Number(value)) ? value : Number(value);
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function describe(field: string, errors: ErrorObject[] | null | undefined): string {
  const first = errors?.[0];
  if (!first) return `Invalid ${field}`;
  const where = first.instancePath ? `${field}${first.instancePath.replace(/\//g, '.')}` : field;
  if (first.keyword === 'enum') {
    const allowed = (first.params as { allowedValues?: unknown[] }).allowedValues ?? [];
    return `${where} must be one of: ${allowed.join(', ')}`;
  }
  if (first.keyword === 'required') return `${where}.${(first.params as { missingProperty: string }).missingProperty} is required`;
  return `${where} ${first.message ?? 'is invalid'}`;
}

export function validateRequest(
  op: ModelOperation,
  input: { path: Record<string, string>; query: Record<string, string | string[]>; body: unknown; hasBody: boolean; headers: Record<string, string> },
): SimError | undefined {
  for (const p of op.parameters) {
    if (p.in === 'formData') continue;
    if (p.in === 'header') {
      if (p.required && !input.headers[p.name.toLowerCase()]) return invalidInput(`${p.name} header is required`);
      continue;
    }
    if (p.in === 'body') {
      if (!input.hasBody) {
        if (p.required) return invalidInput(`${p.name} is required`, 'The request body is missing.');
        continue;
      }
      const validate = compiler.compile(op.model, p.schema ?? {});
      if (!validate(input.body)) return invalidInput(describe(p.name, validate.errors));
      continue;
    }
    const raw = p.in === 'path' ? input.path[p.name] : input.query[p.name];
    if (raw === undefined || raw === '') {
      if (p.required) return invalidInput(`${p.name} is required`);
      continue;
    }
    const validate = compiler.compile(op.model, parameterSchema(p));
    if (!validate(coerce(p, raw))) return invalidInput(describe(p.name, validate.errors));
  }
  return undefined;
}
