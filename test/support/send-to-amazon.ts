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

/** The seller's first SKUs (up to 50) in a marketplace (the US unless named), stored for the tenant and split by the prep category Amazon has for them. */
export async function skusByPrepCategory(
  client: SpApiClient,
  db: Db,
  tenant: Tenant,
  marketplaceId = US_MARKETPLACE,
): Promise<{ plain: string[]; unknown: string[] }> {
  const { payload } = await client.fbaInventory.getInventorySummaries({
    details: true,
    granularityType: 'Marketplace',
    granularityId: marketplaceId,
    marketplaceIds: [marketplaceId],
  });
  const summaries = (payload?.inventorySummaries ?? []).slice(0, 50);
  await upsertInventorySummaries(
    db,
    summaries.flatMap((s) => reshapeInventorySummary(s, { ...tenant, marketplaceId }) ?? []),
  );
  const mskus = summaries.map((s) => s.sellerSku!);
  const { mskuPrepDetails } = await client.fulfillmentInbound20240320.listPrepDetails({ marketplaceId, mskus });
  return {
    plain: mskuPrepDetails.filter((d) => d.prepCategory === 'NONE').map((d) => d.msku),
    unknown: mskuPrepDetails.filter((d) => d.prepCategory === 'UNKNOWN').map((d) => d.msku),
  };
}
