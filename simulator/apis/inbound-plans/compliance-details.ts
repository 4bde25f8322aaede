/**
 * Item compliance (tax) details per MSKU (listItemComplianceDetails / updateItemComplianceDetails).
 * Amazon uses them only for India's compliance validation, so only India's are kept; a SKU
 * nobody set has none, as a new listing has none at Amazon.
 */
import type { TaxDetails } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';

export const INDIA_MARKETPLACE_ID = 'A21TJRUUN4KGV';

/** The simulator's rule for an Indian HSN code: 4, 6 or 8 digits (chapter, heading, tariff item). */
export const HSN_CODE = /^(?:\d{4}|\d{6}|\d{8})$/;

export class ComplianceDetailsStore {
  /** sellerId|marketplaceId|msku -> what the seller set. */
  private readonly set = new Map<string, TaxDetails>();

  reset(): void {
    this.set.clear();
  }

  get(sellerId: string, marketplaceId: string, msku: string): TaxDetails | undefined {
    return this.set.get(`${sellerId}|${marketplaceId}|${msku}`);
  }

  put(sellerId: string, marketplaceId: string, msku: string, taxDetails: TaxDetails): void {
    this.set.set(`${sellerId}|${marketplaceId}|${msku}`, structuredClone(taxDetails));
  }
}
