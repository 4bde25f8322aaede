/**
 * Usage plans (rate in requests per second, burst) as published in each operation's
 * description table, e.g. "| 0.0167 | 20 |". The dashboard's SP-API client reuses this.
 */
import { listModelFiles, loadModel, operationsOf, modelsDir } from './models.js';

export interface UsagePlan {
  rate: number;
  burst: number;
  /** The rate exactly as the model prints it; sent back in x-amzn-RateLimit-Limit. */
  rateText: string;
}

/**
 * Some operations (sandbox-only ones, sendInvoice) publish no table. Amazon then sends no
 * rate header; the simulator still throttles them with this conservative plan.
 */
export const FALLBACK_USAGE_PLAN: UsagePlan = { rate: 1, burst: 5, rateText: '' };

export function parseUsagePlanTable(description: string): UsagePlan | undefined {
  const match = /\|\s*(\d*\.?\d+)\s*\|\s*(\d+)\s*\|/.exec(description);
  if (!match?.[1] || !match[2]) return undefined;
  return { rate: Number(match[1]), burst: Number(match[2]), rateText: match[1] };
}

/**
 * operationId -> plan for every model. Two models may share an operationId (getOrder in
 * ordersV0 and orders_2026-01-01, same plan); use parseUsagePlansByModel when that matters.
 */
export function parseUsagePlans(dir = modelsDir()): Record<string, UsagePlan> {
  const plans: Record<string, UsagePlan> = {};
  for (const byOp of Object.values(parseUsagePlansByModel(dir))) Object.assign(plans, byOp);
  return plans;
}

/** model file -> operationId -> plan. */
export function parseUsagePlansByModel(dir = modelsDir()): Record<string, Record<string, UsagePlan>> {
  const result: Record<string, Record<string, UsagePlan>> = {};
  for (const file of listModelFiles(dir)) {
    const byOp: Record<string, UsagePlan> = {};
    for (const op of operationsOf(loadModel(file, dir))) {
      const plan = parseUsagePlanTable(op.description);
      if (plan) byOp[op.operationId] = plan;
    }
    result[file] = byOp;
  }
  return result;
}
