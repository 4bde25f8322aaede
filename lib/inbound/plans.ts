/**
 * Shipment plans made with createInboundShipmentPlan before Amazon removed it (2025-01-21): kept
 * readable, so a seller still finds what each plan held and which shipments came of it. New
 * plans are Send to Amazon plans (send-to-amazon/).
 */
import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inboundPlanShipments, inboundPlans } from '@/db/schema';

export async function getPlan(db: Db, workspaceId: string, planId: string) {
  const [plan] = await db
    .select()
    .from(inboundPlans)
    .where(and(eq(inboundPlans.id, planId), eq(inboundPlans.workspaceId, workspaceId)));
  if (!plan) return null;
  const shipments = await db.select().from(inboundPlanShipments).where(eq(inboundPlanShipments.planId, planId)).orderBy(inboundPlanShipments.shipmentId);
  return { plan, shipments };
}

/** The latest plans of the workspace, narrowed in SQL to the accounts in view (before the limit). */
export async function listPlans(db: Db, workspaceId: string, accountIds: string[] | null, limit = 20) {
  if (accountIds && !accountIds.length) return [];
  return db
    .select({ id: inboundPlans.id, accountId: inboundPlans.accountId, createdAt: inboundPlans.createdAt, requestItems: inboundPlans.requestItems })
    .from(inboundPlans)
    .where(and(eq(inboundPlans.workspaceId, workspaceId), accountIds ? inArray(inboundPlans.accountId, accountIds) : undefined))
    .orderBy(desc(inboundPlans.createdAt))
    .limit(limit);
}
