/**
 * The guard that keeps the client on Amazon's current APIs. Every operation the client can call
 * must be in one of Amazon's current models (the files of sp-api-models/) and not marked
 * deprecated there, or be on the legacy list with the issue that moves off it. Entries
 * the list no longer needs are reported too, so it only shrinks. Pure: `current-api.test.ts`
 * feeds it the generated tables and the vendored models, and made-up ones to prove it trips.
 *
 * Operations are matched by HTTP method and path template, not by model file or operationId:
 * that is what Amazon actually serves, and a model's file name changes with every version.
 */
import type { LegacyOperation } from './legacy-operations';
import { MODEL_NAMES, operationIds, operationSpec } from './models';

export interface CallableOperation {
  /** The client namespace, e.g. `ordersV0`. */
  model: string;
  operationId: string;
  method: string;
  /** Path template, e.g. `/orders/v0/orders/{orderId}`. */
  path: string;
}

/** The part of a Swagger 2.0 model the guard reads. */
export interface ApiModel {
  file: string;
  paths: Record<string, Record<string, unknown>>;
}

export type LegacyListEntry = Pick<LegacyOperation, 'model' | 'operationId' | 'amazonStatus'>;

export type CurrentApiViolationKind =
  /** Called by the client, absent from every current model, not on the legacy list. */
  | 'outside-current-models'
  /** Called by the client, marked deprecated in the current models, not on the legacy list. */
  | 'deprecated'
  /** On the legacy list, but current again or no longer callable: remove the entry. */
  | 'stale-legacy-entry'
  /** On the legacy list with a status the models contradict ('removed' while still present). */
  | 'wrong-legacy-status';

export interface CurrentApiViolation {
  kind: CurrentApiViolationKind;
  /** `model.operationId` */
  operation: string;
  detail: string;
}

type StatusInCurrentModels = { status: 'current' | 'deprecated'; files: string[] } | { status: 'removed' };

/** Every operation of the generated tables: the client exposes each one (client.ts). */
export function operationsTheClientCanCall(): CallableOperation[] {
  return MODEL_NAMES.flatMap((model) =>
    operationIds(model).map((operationId) => {
      const { method, path } = operationSpec(model, operationId);
      return { model, operationId, method, path };
    }),
  );
}

export function findCurrentApiViolations(input: {
  callable: readonly CallableOperation[];
  currentModels: readonly ApiModel[];
  legacy: readonly LegacyListEntry[];
}): CurrentApiViolation[] {
  const statusOf = indexCurrentModels(input.currentModels);
  const violations: CurrentApiViolation[] = [];

  for (const op of input.callable) {
    const operation = `${op.model}.${op.operationId}`;
    const found = statusOf(op.method, op.path);
    const entry = input.legacy.find((e) => e.model === op.model && e.operationId === op.operationId);
    const where = `${op.method} ${op.path}`;
    if (!entry) {
      if (found.status === 'removed') {
        violations.push({
          kind: 'outside-current-models',
          operation,
          detail: `${where} is in none of Amazon's current models; move off it or add it to lib/sp-api/legacy-operations.ts.`,
        });
      } else if (found.status === 'deprecated') {
        violations.push({
          kind: 'deprecated',
          operation,
          detail: `${where} is deprecated in ${found.files.join(', ')}; move off it or add it to lib/sp-api/legacy-operations.ts.`,
        });
      }
    } else if (found.status === 'current') {
      violations.push({ kind: 'stale-legacy-entry', operation, detail: `${where} is current in ${found.files.join(', ')}; remove its legacy entry.` });
    } else if (found.status !== entry.amazonStatus) {
      violations.push({
        kind: 'wrong-legacy-status',
        operation,
        detail: `the legacy list says ${entry.amazonStatus}, Amazon's current models say ${found.status}.`,
      });
    }
  }

  for (const entry of input.legacy) {
    if (!input.callable.some((op) => op.model === entry.model && op.operationId === entry.operationId)) {
      violations.push({
        kind: 'stale-legacy-entry',
        operation: `${entry.model}.${entry.operationId}`,
        detail: 'the client can no longer call it; remove its legacy entry.',
      });
    }
  }
  return violations;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/** `/orders/v0/orders/{orderId}` and `/orders/v0/orders/{id}` are the same route. */
function routeKey(method: string, pathTemplate: string): string {
  return `${method.toUpperCase()} ${pathTemplate.replace(/\{[^}]+\}/g, '{}')}`;
}

function indexCurrentModels(models: readonly ApiModel[]): (method: string, path: string) => StatusInCurrentModels {
  const routes = new Map<string, Array<{ file: string; deprecated: boolean }>>();
  for (const model of models) {
    for (const [pathTemplate, item] of Object.entries(model.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!HTTP_METHODS.has(method)) continue;
        const key = routeKey(method, pathTemplate);
        const deprecated = (operation as { deprecated?: unknown } | null)?.deprecated === true;
        routes.set(key, [...(routes.get(key) ?? []), { file: model.file, deprecated }]);
      }
    }
  }
  return (method, path) => {
    const found = routes.get(routeKey(method, path));
    if (!found) return { status: 'removed' };
    // One current, undeprecated home is enough: that is the route Amazon keeps.
    const current = found.filter((f) => !f.deprecated);
    return current.length > 0 ? { status: 'current', files: current.map((f) => f.file) } : { status: 'deprecated', files: found.map((f) => f.file) };
  };
}
