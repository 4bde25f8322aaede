/**
 * India's item compliance details through Fulfillment Inbound 2024-03-20: read for the plan form
 * (listItemComplianceDetails) and set from it (updateItemComplianceDetails). Other marketplaces
 * have none, so they are never asked.
 */
import 'server-only';
import { askAmazon, type SpApiClient } from '@/lib/sp-api';
import { UserFacingError } from '@/lib/user-facing-error';
import { needsItemCompliance, type SkuCompliance } from './compliance';

/** The model's limit of MSKUs per listItemComplianceDetails call. */
const MSKUS_PER_CALL = 100;

/** listItemComplianceDetails for the SKUs chosen; none outside India, without a call. */
export async function complianceDetailsOf(client: SpApiClient, marketplaceId: string, mskus: string[]): Promise<SkuCompliance[]> {
  if (!needsItemCompliance(marketplaceId)) return [];
  const details: SkuCompliance[] = [];
  for (let i = 0; i < mskus.length; i += MSKUS_PER_CALL) {
    const { complianceDetails = [] } = await askAmazon(() =>
      client.fulfillmentInbound20240320.listItemComplianceDetails({ marketplaceId, mskus: mskus.slice(i, i + MSKUS_PER_CALL) }),
    );
    for (const d of complianceDetails) {
      if (!d.msku) continue;
      details.push({ msku: d.msku, hsnCode: d.taxDetails?.hsnCode, declaredValue: d.taxDetails?.declaredValue });
    }
  }
  return details;
}

/**
 * updateItemComplianceDetails for one SKU: its HSN code and declared value in rupees. Amazon
 * completes it asynchronously; the returned operation id is not followed, as nothing waits on it
 * (the plan form shows what was sent, and Amazon's list shows it once done).
 */
export async function setItemCompliance(
  client: SpApiClient,
  input: { marketplaceId: string; msku: string; hsnCode: string; declaredValue: number },
): Promise<void> {
  if (!needsItemCompliance(input.marketplaceId)) throw new UserFacingError('Amazon asks for HSN codes only in India.');
  await askAmazon(() =>
    client.fulfillmentInbound20240320.updateItemComplianceDetails({
      marketplaceId: input.marketplaceId,
      body: { msku: input.msku, taxDetails: { hsnCode: input.hsnCode, declaredValue: { amount: input.declaredValue, code: 'INR' } } },
    }),
  );
}
