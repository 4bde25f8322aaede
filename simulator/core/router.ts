/**
 * Maps method + path to an operation of the models whose API modules are registered.
 * Templates with more literal segments win, so /orderItems/buyerInfo beats /{orderId}.
 */
import type { SimApiModule, SimHandler } from './contract.js';
import { loadModel, modelsDir, operationsOf, type ModelOperation } from './models.js';
import { FALLBACK_USAGE_PLAN, parseUsagePlanTable, type UsagePlan } from './usage-plans.js';

export interface Route {
  op: ModelOperation;
  handler: SimHandler | undefined;
  module: SimApiModule;
  plan: UsagePlan;
}

export class OperationRouter {
  private readonly routes: Route[] = [];

  constructor(modules: SimApiModule[], dir = modelsDir()) {
    for (const module of modules) {
      for (const op of operationsOf(loadModel(module.model, dir))) {
        this.routes.push({ op, module, handler: module.handlers[op.operationId], plan: parseUsagePlanTable(op.description) ?? FALLBACK_USAGE_PLAN });
      }
      for (const operationId of Object.keys(module.handlers)) {
        if (!this.routes.some((r) => r.module === module && r.op.operationId === operationId)) {
          throw new Error(`${module.model} has no operation ${operationId}`);
        }
      }
    }
    this.routes.sort((a, b) => b.op.specificity - a.op.specificity);
  }

  match(method: string, pathname: string): { route: Route; pathParams: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.op.method !== method) continue;
      const found = route.op.pathPattern.exec(pathname);
      if (!found) continue;
      const pathParams: Record<string, string> = {};
      route.op.pathParamNames.forEach((name, i) => {
        pathParams[name] = decodeURIComponent(found[i + 1] ?? '');
      });
      return { route, pathParams };
    }
    return undefined;
  }

  all(): Route[] {
    return this.routes;
  }
}
