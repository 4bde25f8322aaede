/**
 * Item compliance (tax) details, which Amazon asks for only in India (client-safe): the plan form
 * shows each SKU's HSN code and declared value there, and asks for them where Amazon has none.
 */

/** Amazon.in: the only marketplace whose compliance validation uses item tax details. */
export const INDIA_MARKETPLACE_ID = 'A21TJRUUN4KGV';

export function needsItemCompliance(marketplaceId: string): boolean {
  return marketplaceId === INDIA_MARKETPLACE_ID;
}

/** India's HSN codes have 4, 6 or 8 digits (chapter and heading, subheading, tariff item). */
export const HSN_CODE = /^(?:\d{4}|\d{6}|\d{8})$/;

/** One SKU's compliance details as the plan form shows them. */
export interface SkuCompliance {
  msku: string;
  hsnCode?: string | undefined;
  /** Declared value, in the currency Amazon holds it in (INR in India). */
  declaredValue?: { amount: number; code: string } | undefined;
}
