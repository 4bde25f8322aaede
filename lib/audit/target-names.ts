/**
 * The names behind a page of audit entries' targets (target-label.ts turns them into words):
 * one query per kind of target on the page, each scoped to the workspace, so a target string
 * that happens to match another workspace's record never shows its name.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { boxTemplates, inboundShipments, orders, sellerAccounts, sendToAmazonPlans, userInvites, users } from '@/db/schema';
import { auditTargetKind, emptyAuditTargetNames, UUID_PATTERN, type AuditTargetKind, type AuditTargetNames } from './target-label';

export async function loadAuditTargetNames(db: Db, workspaceId: string, entries: { action: string; target: string | null }[]): Promise<AuditTargetNames> {
  const names = emptyAuditTargetNames();
  const wanted = new Map<AuditTargetKind, Set<string>>();
  const want = (kind: AuditTargetKind, value: string) => {
    if (!wanted.has(kind)) wanted.set(kind, new Set());
    wanted.get(kind)!.add(value);
  };
  for (const { action, target } of entries) {
    if (!target) continue;
    const kind = auditTargetKind(action);
    if (kind === 'outbound-order') want('account', target.split('/')[0]!);
    else want(kind, target);
  }
  // uuid columns: anything else in a target (an old entry, a typo'd filter) would fail the query's cast.
  const ids = (kind: AuditTargetKind) => [...(wanted.get(kind) ?? [])].filter((v) => UUID_PATTERN.test(v));
  const codes = (kind: AuditTargetKind) => [...(wanted.get(kind) ?? [])];

  const userIds = ids('user');
  if (userIds.length) {
    const rows = await db
      .select({ id: users.id, name: users.name, email: users.email, removedAt: users.removedAt })
      .from(users)
      .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, userIds)));
    for (const r of rows) names.users.set(r.id, { name: r.name, email: r.email, removed: r.removedAt !== null });
  }
  const inviteIds = ids('invite');
  if (inviteIds.length) {
    const rows = await db
      .select({ id: userInvites.id, email: userInvites.email, role: userInvites.role })
      .from(userInvites)
      .where(and(eq(userInvites.workspaceId, workspaceId), inArray(userInvites.id, inviteIds)));
    for (const r of rows) names.invites.set(r.id, { email: r.email, role: r.role });
  }
  const accountIds = ids('account');
  if (accountIds.length) {
    const rows = await db
      .select({ id: sellerAccounts.id, name: sellerAccounts.name })
      .from(sellerAccounts)
      .where(and(eq(sellerAccounts.workspaceId, workspaceId), inArray(sellerAccounts.id, accountIds)));
    for (const r of rows) names.accounts.set(r.id, r.name);
  }
  const orderIds = codes('order');
  if (orderIds.length) {
    const rows = await db
      .select({ amazonOrderId: orders.amazonOrderId, account: sellerAccounts.name })
      .from(orders)
      .innerJoin(sellerAccounts, eq(sellerAccounts.id, orders.accountId))
      .where(and(eq(orders.workspaceId, workspaceId), inArray(orders.amazonOrderId, orderIds)));
    for (const r of rows) names.orders.set(r.amazonOrderId, r.account);
  }
  const planIds = ids('inbound-plan');
  if (planIds.length) {
    const rows = await db
      .select({ id: sendToAmazonPlans.id, name: sendToAmazonPlans.name })
      .from(sendToAmazonPlans)
      .where(and(eq(sendToAmazonPlans.workspaceId, workspaceId), inArray(sendToAmazonPlans.id, planIds)));
    for (const r of rows) names.inboundPlans.set(r.id, r.name);
  }
  const shipmentIds = codes('inbound-shipment');
  if (shipmentIds.length) {
    const rows = await db
      .select({ shipmentId: inboundShipments.shipmentId, name: inboundShipments.name })
      .from(inboundShipments)
      .where(and(eq(inboundShipments.workspaceId, workspaceId), inArray(inboundShipments.shipmentId, shipmentIds)));
    for (const r of rows) if (r.name) names.inboundShipments.set(r.shipmentId, r.name);
  }
  const boxIds = ids('box-template');
  if (boxIds.length) {
    const rows = await db
      .select({ id: boxTemplates.id, name: boxTemplates.name })
      .from(boxTemplates)
      .where(and(eq(boxTemplates.workspaceId, workspaceId), inArray(boxTemplates.id, boxIds)));
    for (const r of rows) names.boxTemplates.set(r.id, r.name);
  }
  return names;
}
