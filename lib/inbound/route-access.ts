/**
 * Session and workspace checks for the Inbound route handlers (PDF proxy, polling): the same
 * rules as pages, answered as HTTP statuses instead of redirects.
 */
import 'server-only';
import { NextResponse } from 'next/server';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { spApiForAccount } from '@/lib/accounts';
import type { Role, CurrentUser } from '@/lib/auth/types';
import { routeUser } from '@/lib/auth';
import type { SpApiClient } from '@/lib/sp-api/types';
import { UserFacingError } from '@/lib/user-facing-error';
import { couldBeShipment } from './shipment-input';
import { loadShipment } from './shipments';
import { loadPlan, planOfShipment, type SendToAmazonPlan } from './send-to-amazon/service';
import { whyNoLabels } from './status';
import type { Tenant } from '@/lib/tenancy';

export interface ShipmentAccess {
  user: CurrentUser;
  db: Db;
  client: SpApiClient;
  tenant: Tenant;
  shipment: Awaited<ReturnType<typeof loadShipment>>['shipment'];
}

/**
 * The signed-in user's shipment, or the Response to send instead (401, 403 below `atLeast`,
 * 404). Reading what is stored is for everyone; a route that asks Amazon for an operator's
 * panel (the pre-order check) passes 'operator'.
 */
const NOT_FOUND = 'That inbound shipment was not found.';

export async function shipmentAccess(accountId: string, shipmentId: string, atLeast: Role = 'viewer'): Promise<ShipmentAccess | Response> {
  const user = await routeUser(atLeast);
  if (user instanceof Response) return user;
  if (!couldBeShipment(accountId, shipmentId)) return NextResponse.json({ error: NOT_FOUND }, { status: 404 });
  const db = await getDb();
  const tenant = { workspaceId: user.workspaceId, accountId };
  try {
    const { shipment } = await loadShipment(db, tenant, shipmentId);
    const client = await spApiForAccount(db, user.workspaceId, accountId);
    return { user, db, client, tenant, shipment };
  } catch (error) {
    if (error instanceof UserFacingError) return NextResponse.json({ error: error.message }, { status: 404 });
    throw error;
  }
}

/**
 * Why a shipment's labels or bill of lading are refused, or null when they may print: the
 * shipment page's rule (whyNoLabels), and a cancelled Send to Amazon plan, whose shipments
 * Amazon may still list as open until the next sync reads them cancelled.
 */
export async function whyNoShipmentDocuments(access: ShipmentAccess, transportStatus: string | null | undefined): Promise<string | null> {
  const refusal = whyNoLabels(access.shipment.status, transportStatus);
  if (refusal) return refusal;
  const plan = await planOfShipment(access.db, access.tenant, access.shipment.shipmentId);
  return plan?.cancelled ? `This shipment's Send to Amazon plan, ${plan.name}, was cancelled; there is nothing to print.` : null;
}

export function errorResponse(error: unknown): Response {
  if (error instanceof UserFacingError) return NextResponse.json({ error: error.message }, { status: 422 });
  console.error('[inbound route]', error);
  return NextResponse.json({ error: 'Something went wrong; try again.' }, { status: 500 });
}

export function pdfResponse(pdf: Uint8Array, filename: string, download: boolean): Response {
  return new Response(pdf as unknown as BodyInit, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

export interface PlanAccess {
  user: CurrentUser;
  db: Db;
  client: SpApiClient;
  plan: SendToAmazonPlan;
}

const PLAN_NOT_FOUND = 'That plan was not found.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in user's Send to Amazon plan, or the Response to send instead (401, 403 below `atLeast`, 404). */
export async function planAccess(planId: string, atLeast: Role = 'operator'): Promise<PlanAccess | Response> {
  const user = await routeUser(atLeast);
  if (user instanceof Response) return user;
  if (!UUID.test(planId)) return NextResponse.json({ error: PLAN_NOT_FOUND }, { status: 404 });
  const db = await getDb();
  try {
    const plan = await loadPlan(db, user.workspaceId, planId);
    const client = await spApiForAccount(db, user.workspaceId, plan.accountId);
    return { user, db, client, plan };
  } catch (error) {
    if (error instanceof UserFacingError) return NextResponse.json({ error: PLAN_NOT_FOUND }, { status: 404 });
    throw error;
  }
}
