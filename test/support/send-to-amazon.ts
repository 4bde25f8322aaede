/**
 * What tests and benches of Send to Amazon share: the warehouse plans ship from, and the demo
 * seller's SKUs by prep category (Amazon refuses a plan with a SKU whose category it lacks),
 * stored as the inventory sync would (a plan may only name SKUs the account's inventory knows).
 */
import type { Db } from '@/db/client';
import type { SourceAddress } from '@/db/schema';
import { reshapeInventorySummary, upsertInventorySummaries } from '@/lib/inventory';
import type { SpApiClient } from '@/lib/sp-api/client';
import type { Tenant } from '@/lib/tenancy';

export const US_MARKETPLACE = 'ATVPDKIKX0DER';

export const SOURCE_ADDRESS: SourceAddress = {
  name: 'Acme Warehouse',
  addressLine1: '1 Main St',
  city: 'Seattle',
  stateOrProvinceCode: 'WA',
  countryCode: 'US',
  postalCode: '98101',
  phoneNumber: '+1 206 555 0100',
};

/** The seller's first US SKUs (up to 50), stored for the tenant and split by the prep category Amazon has for them. */
export async function skusByPrepCategory(client: SpApiClient, db: Db, tenant: Tenant): Promise<{ plain: string[]; unknown: string[] }> {
  const { payload } = await client.fbaInventory.getInventorySummaries({
    details: true,
    granularityType: 'Marketplace',
    granularityId: US_MARKETPLACE,
    marketplaceIds: [US_MARKETPLACE],
  });
  const summaries = (payload?.inventorySummaries ?? []).slice(0, 50);
  await upsertInventorySummaries(
    db,
    summaries.flatMap((s) => reshapeInventorySummary(s, { ...tenant, marketplaceId: US_MARKETPLACE }) ?? []),
  );
  const mskus = summaries.map((s) => s.sellerSku!);
  const { mskuPrepDetails } = await client.fulfillmentInbound20240320.listPrepDetails({ marketplaceId: US_MARKETPLACE, mskus });
  return {
    plain: mskuPrepDetails.filter((d) => d.prepCategory === 'NONE').map((d) => d.msku),
    unknown: mskuPrepDetails.filter((d) => d.prepCategory === 'UNKNOWN').map((d) => d.msku),
  };
}
