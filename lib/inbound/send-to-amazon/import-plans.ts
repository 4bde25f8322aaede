/**
 * The sync's part of Send to Amazon: listInboundPlans brings in the active plans made in
 * Seller Central (or any other tool), so the list shows every plan; plans Amazon changed since
 * their last read, plans with an operation under way, and active plans Amazon stopped listing
 * as active (shipped or cancelled) are read again. Reads are capped per
 * run so a seller with many plans does not spend the sync's quota on them.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sendToAmazonPlans } from '@/db/schema';
import { paginate, type SpApiClient } from '@/lib/sp-api';
import type { Tenant } from '@/lib/tenancy';
import { followPlan, refreshPlan } from './service';

const MAX_PAGES = 10;
const MAX_READS_PER_RUN = 10;

export async function syncSendToAmazonPlans(db: Db, client: SpApiClient, tenant: Tenant, marketplaceIds: string[]): Promise<number> {
  const known = await db
    .select()
    .from(sendToAmazonPlans)
    .where(and(eq(sendToAmazonPlans.workspaceId, tenant.workspaceId), eq(sendToAmazonPlans.accountId, tenant.accountId)));
  const byAmazonId = new Map(known.map((p) => [p.inboundPlanId, p]));
  const stale: typeof known = [];
  const listed = new Set<string>();
  let pages = 0;
  let written = 0;
  for await (const page of paginate(
    client.fulfillmentInbound20240320.listInboundPlans,
    { status: 'ACTIVE', sortBy: 'LAST_UPDATED_TIME', sortOrder: 'DESC', pageSize: 30 },
    { maxPages: MAX_PAGES },
  )) {
    pages++;
    for (const summary of page.inboundPlans ?? []) {
      listed.add(summary.inboundPlanId);
      if (!summary.marketplaceIds.some((m) => marketplaceIds.includes(m))) continue;
      const existing = byAmazonId.get(summary.inboundPlanId);
      if (existing) {
        if (!existing.amazonUpdatedAt || existing.amazonUpdatedAt.getTime() < Date.parse(summary.lastUpdatedAt)) stale.push(existing);
        continue;
      }
      const [row] = await db
        .insert(sendToAmazonPlans)
        .values({
          ...tenant,
          inboundPlanId: summary.inboundPlanId,
          marketplaceId: summary.marketplaceIds[0]!,
          name: summary.name,
          status: summary.status,
          origin: 'amazon',
          sourceAddress: { ...summary.sourceAddress, phoneNumber: summary.sourceAddress.phoneNumber ?? '' },
          items: [],
          amazonCreatedAt: new Date(summary.createdAt),
        })
        .onConflictDoNothing()
        .returning();
      if (row) {
        stale.push(row);
        written++;
      }
    }
  }
  // A plan stored as active that Amazon no longer lists as active has shipped or been cancelled:
  // read it once more so its status follows (only when the whole list was read).
  if (pages < MAX_PAGES) stale.push(...known.filter((p) => p.status === 'ACTIVE' && !listed.has(p.inboundPlanId)));
  const following = known.filter((p) => p.pendingOperation);
  for (const plan of [...following, ...stale.filter((p) => !p.pendingOperation)].slice(0, MAX_READS_PER_RUN)) {
    // One plan Amazon cannot show now (removed, refused) must not stop the others; it is read
    // again on the next run, as its last read stays behind Amazon's lastUpdatedAt.
    try {
      await (plan.pendingOperation ? followPlan(db, client, plan) : refreshPlan(db, client, plan));
      written++;
    } catch (error) {
      console.warn(`[send-to-amazon] plan ${plan.inboundPlanId} was not read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return written;
}
