/**
 * Which MCF features (blank box, block Amazon Logistics) an account may use in a marketplace,
 * and for which SKUs: the one copy is the fulfillment_features table, refreshed from Amazon
 * when older than FEATURES_TTL_MS, so pages read the database and never Amazon.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentFeatures } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { featureEligibility, storedFeatures, type FeatureEligibility } from './queries';
import type { Tenant } from '@/lib/tenancy';
import type { FeatureChoice } from './requests';
import { FEATURE_NAMES } from './status-rules';

export const FEATURES_TTL_MS = 15 * 60_000;

/** Stored features fetched within the TTL; none stored means not known yet. */
export function featuresAreFresh(features: FeatureEligibility[], now = Date.now()): boolean {
  return features.length > 0 && features.every((f) => now - Date.parse(f.fetchedAt) < FEATURES_TTL_MS);
}

/** The features the account itself may use (some SKUs may still be refused). */
export function accountFeatures(features: FeatureEligibility[]): FeatureChoice {
  const eligible = (name: string) => features.some((f) => f.featureName === name && f.sellerEligible);
  return { blankBox: eligible('BLANK_BOX'), blockAmzl: eligible('BLOCK_AMZL') };
}

/** The stored features, refreshed from Amazon first when they are stale. */
export async function currentFeatures(db: Db, client: SpApiClient, tenant: Tenant, marketplaceId: string): Promise<FeatureEligibility[]> {
  const stored = await storedFeatures(db, tenant.workspaceId, tenant.accountId, marketplaceId);
  return featuresAreFresh(stored) ? stored : refreshFeatures(db, client, tenant, marketplaceId);
}

/**
 * getFeatures, then getFeatureInventory for each feature the seller may use: stored per
 * account and marketplace so the create form reads the database, not Amazon.
 */
export async function refreshFeatures(db: Db, client: SpApiClient, tenant: Tenant, marketplaceId: string): Promise<FeatureEligibility[]> {
  const { payload } = await client.fulfillmentOutbound.getFeatures({ marketplaceId });
  const features = (payload?.features ?? []).filter((f) => (FEATURE_NAMES as readonly string[]).includes(f.featureName));
  const rows: (typeof fulfillmentFeatures.$inferInsert & { fetchedAt: Date; eligibleSkus: string[]; sellerEligible: boolean })[] = [];
  for (const feature of features) {
    const skus: string[] = [];
    if (feature.sellerEligible) {
      let nextToken: string | undefined;
      do {
        const page = await client.fulfillmentOutbound.getFeatureInventory({
          marketplaceId,
          featureName: feature.featureName,
          ...(nextToken ? { nextToken } : {}),
        });
        for (const sku of page.payload?.featureSkus ?? []) if (sku.sellerSku) skus.push(sku.sellerSku);
        nextToken = page.payload?.nextToken || undefined;
      } while (nextToken);
    }
    rows.push({
      ...tenant,
      marketplaceId,
      featureName: feature.featureName,
      description: feature.featureDescription,
      sellerEligible: feature.sellerEligible ?? false,
      eligibleSkus: skus,
      fetchedAt: new Date(),
    });
  }
  await db.transaction(async (tx) => {
    await tx.delete(fulfillmentFeatures).where(and(eq(fulfillmentFeatures.accountId, tenant.accountId), eq(fulfillmentFeatures.marketplaceId, marketplaceId)));
    if (rows.length) await tx.insert(fulfillmentFeatures).values(rows);
  });
  return rows.map(featureEligibility);
}
