/**
 * Checks simulator responses against the official models, strictly: every object schema
 * is compiled with additionalProperties: false (unless the model says otherwise), so an
 * invented or misspelled field fails the test instead of slipping through.
 *
 *   const errors = validateResponse('ordersV0.json', 'getOrders', 200, body);
 *   expect(errors).toEqual([]);
 */
import { findOperation, type JsonSchema } from '../core/models.js';
import { SchemaCompiler } from '../core/schema-compiler.js';

/** Adds additionalProperties: false to every object schema that lists its properties. */
export function forbidUnknownFields(schema: JsonSchema): JsonSchema {
  return strict(schema, false) as JsonSchema;
}

function strict(node: unknown, insideAllOf: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => strict(n, insideAllOf));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'allOf' && Array.isArray(value)) out[key] = value.map((v) => strict(v, true));
    else if (key === 'properties' && value && typeof value === 'object') {
      // Property names are not schemas: recurse into each property's schema only.
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strict(sub, false)]));
    } else if (key === 'definitions' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strict(sub, false)]));
    } else out[key] = strict(value, false);
  }
  // allOf branches are validated separately, so a closed branch would reject its siblings' fields.
  if (!insideAllOf && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

const compiler = new SchemaCompiler({ transform: forbidUnknownFields });

export function validateResponse(modelFile: string, operationId: string, status: number, body: unknown): string[] {
  const op = findOperation(modelFile, operationId);
  const response = op.responses[String(status)];
  if (!response) return [`${operationId} has no ${status} response in ${modelFile}`];
  if (!response.schema) return body === undefined || body === '' || body === null ? [] : [`${operationId} ${status} must have no body`];
  const validate = compiler.compile(modelFile, response.schema);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : '';
    return `${e.instancePath || '(body)'} ${e.message ?? e.keyword}${extra}`;
  });
}
