/**
 * The 2024-03-20 inbound state: plans and asynchronous operations per seller, over the v0
 * store that holds confirmed shipments (and through it the shared catalog). Operations finish
 * OPERATION_DELAY_S simulated seconds after they were started; `sync` runs the effects that
 * are due, in the order they were started, so a client that polls sees Amazon's behaviour.
 */
import { randomUUID } from 'node:crypto';
import { invalidInput, notFound } from '../../core/contract.js';
import type { OperationProblem } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import type { InboundStore } from '../inbound/store.js';
import type { InboundPlanRecord, OperationRecord, PlanShipmentRecord } from './records.js';

export const OPERATION_DELAY_S = 5;

/** Ids are 38 characters of letters, digits and '-' (the model's pattern): a prefix and a UUID. */
export const newId = (prefix: 'wf' | 'po' | 'pg' | 'pl' | 'sh' | 'to' | 'pk' | 'dw' | 'cu') => `${prefix}${randomUUID()}`;

export const problem = (code: string, message: string, details?: string): OperationProblem => ({
  code,
  message,
  severity: 'ERROR',
  ...(details ? { details } : {}),
});

export class InboundPlanStore {
  readonly plans = new Map<string, InboundPlanRecord>();
  readonly operations = new Map<string, OperationRecord>();

  constructor(readonly v0: InboundStore) {}

  reset(): void {
    this.plans.clear();
    this.operations.clear();
  }

  /** The seller's plan, or 404: another seller's plan id is as unknown as a made-up one. */
  plan(sellerId: string, inboundPlanId: string): InboundPlanRecord {
    const plan = this.plans.get(inboundPlanId);
    if (!plan || plan.sellerId !== sellerId) throw notFound(`Inbound plan ${inboundPlanId} was not found.`);
    return plan;
  }

  /** A plan the seller can still change. */
  activePlan(sellerId: string, inboundPlanId: string): InboundPlanRecord {
    const plan = this.plan(sellerId, inboundPlanId);
    if (plan.status !== 'ACTIVE') throw invalidInput(`Inbound plan ${inboundPlanId} is ${plan.status}; it can no longer be changed.`);
    return plan;
  }

  shipment(plan: InboundPlanRecord, shipmentId: string): PlanShipmentRecord {
    const shipment = plan.shipments.find((s) => s.shipmentId === shipmentId);
    if (!shipment) throw notFound(`Shipment ${shipmentId} was not found in inbound plan ${plan.inboundPlanId}.`);
    return shipment;
  }

  /** Starts an asynchronous operation; `complete` runs when it is due. */
  start(sellerId: string, operation: string, now: Date, complete: OperationRecord['complete']): { operationId: string } {
    const operationId = randomUUID();
    this.operations.set(operationId, {
      operationId,
      sellerId,
      operation,
      doneAt: new Date(now.getTime() + OPERATION_DELAY_S * 1000),
      status: 'IN_PROGRESS',
      problems: [],
      complete,
    });
    return { operationId };
  }

  /** Runs every due operation (oldest first), then brings the v0 shipments up to now. */
  sync(now: Date): void {
    for (const operation of this.operations.values()) {
      if (operation.status !== 'IN_PROGRESS' || operation.doneAt > now) continue;
      const problems = operation.complete?.(operation.doneAt) ?? [];
      operation.complete = undefined;
      operation.problems = problems;
      operation.status = problems.some((p) => p.severity === 'ERROR') ? 'FAILED' : 'SUCCESS';
    }
    this.v0.syncAll(now);
  }

  operation(sellerId: string, operationId: string): OperationRecord {
    const operation = this.operations.get(operationId);
    if (!operation || operation.sellerId !== sellerId) throw notFound(`Operation ${operationId} was not found.`);
    return operation;
  }
}
