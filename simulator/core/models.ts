/**
 * Loads Amazon's official Swagger 2.0 models (the repository's own copy in sp-api-models/) and
 * turns every path+method into an operation the router can match. The models are the
 * specification: nothing here knows about a particular API.
 *
 * A model is named by its file name inside the folder, e.g. 'ordersV0.json': Amazon's current
 * models, the only ones the simulator serves (sp-api-models/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export type JsonSchema = Record<string, unknown>;

export interface SwaggerParameter {
  name: string;
  in: 'path' | 'query' | 'body' | 'header' | 'formData';
  required?: boolean;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  collectionFormat?: string;
  /** The path parameter spans several segments (Uploads' `resource`). */
  'x-amazon-spds-greedy-path-parameter'?: boolean;
  maxItems?: number;
  minItems?: number;
  maximum?: number;
  minimum?: number;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  schema?: JsonSchema;
}

export interface SwaggerModel {
  file: string;
  paths: Record<string, Record<string, unknown>>;
  definitions?: Record<string, JsonSchema>;
}

export interface ModelOperation {
  model: string;
  operationId: string;
  method: string;
  pathTemplate: string;
  description: string;
  parameters: SwaggerParameter[];
  responses: Record<string, { schema?: JsonSchema } | undefined>;
  /** Path matcher; capture groups are the template's {names} in order. */
  pathPattern: RegExp;
  pathParamNames: string[];
  /** Literal segments count; more literal segments win when two templates match. */
  specificity: number;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/**
 * The models folder: SP_API_MODELS_DIR, else the repository's sp-api-models/. Resolved from
 * this file, not process.cwd(), so the simulator, scripts and tests find it from any directory.
 */
export function modelsDir(): string {
  const fromEnv = process.env.SP_API_MODELS_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  return fileURLToPath(new URL('../../sp-api-models', import.meta.url));
}

const modelCache = new Map<string, SwaggerModel>();

export function loadModel(file: string, dir = modelsDir()): SwaggerModel {
  const key = path.join(dir, file);
  let model = modelCache.get(key);
  if (!model) {
    const json = JSON.parse(readFileSync(key, 'utf8')) as Omit<SwaggerModel, 'file'>;
    model = { ...json, file };
    modelCache.set(key, model);
  }
  return model;
}

/** Amazon's current models: the JSON files at the top of the folder (notifications/ holds schemas). */
export function listModelFiles(dir = modelsDir()): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/**
 * Turns '/orders/v0/orders/{orderId}' into a regex with one capture group per parameter. A
 * greedy parameter (`x-amazon-spds-greedy-path-parameter`: Uploads' `resource`) takes the rest
 * of the path, slashes included.
 */
export function compilePathTemplate(template: string, greedy: readonly string[] = []): { pattern: RegExp; names: string[]; specificity: number } {
  const names: string[] = [];
  let specificity = 0;
  const source = template
    .split('/')
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      if (param?.[1]) {
        names.push(param[1]);
        return greedy.includes(param[1]) ? '(.+)' : '([^/]+)';
      }
      if (segment) specificity += 1;
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { pattern: new RegExp(`^${source}/?$`), names, specificity };
}

export function operationsOf(model: SwaggerModel): ModelOperation[] {
  const operations: ModelOperation[] = [];
  for (const [pathTemplate, item] of Object.entries(model.paths)) {
    const shared = (item.parameters as SwaggerParameter[] | undefined) ?? [];
    for (const [method, raw] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      const op = raw as {
        operationId: string;
        description?: string;
        parameters?: SwaggerParameter[];
        responses: ModelOperation['responses'];
      };
      // Operation-level parameters override path-level ones with the same name and location.
      const own = op.parameters ?? [];
      const merged = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      const greedy = merged.filter((p) => p.in === 'path' && p['x-amazon-spds-greedy-path-parameter'] === true).map((p) => p.name);
      const { pattern, names, specificity } = compilePathTemplate(pathTemplate, greedy);
      operations.push({
        model: model.file,
        operationId: op.operationId,
        method: method.toUpperCase(),
        pathTemplate,
        description: op.description ?? '',
        parameters: merged,
        responses: op.responses,
        pathPattern: pattern,
        pathParamNames: names,
        specificity,
      });
    }
  }
  return operations;
}

export function findOperation(model: string, operationId: string, dir = modelsDir()): ModelOperation {
  const op = operationsOf(loadModel(model, dir)).find((o) => o.operationId === operationId);
  if (!op) throw new Error(`${operationId} is not in ${model}`);
  return op;
}
