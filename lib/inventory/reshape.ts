/** getInventorySummaries (details=true) -> one row per SKU and marketplace with every bucket. */
import type { InventorySummary } from '@/lib/sp-api/generated/fba-inventory';
import type { inventorySummaries } from '@/db/schema';
import type { Tenant } from '@/lib/tenancy';

export type InventorySummaryRow = typeof inventorySummaries.$inferInsert;

export function reshapeInventorySummary(summary: InventorySummary, context: Tenant & { marketplaceId: string }): InventorySummaryRow | undefined {
  if (!summary.sellerSku) return undefined;
  const details = summary.inventoryDetails;
  return {
    ...context,
    sellerSku: summary.sellerSku,
    asin: summary.asin ?? null,
    fnsku: summary.fnSku ?? null,
    productName: summary.productName ?? null,
    condition: summary.condition ?? null,
    fulfillable: details?.fulfillableQuantity ?? 0,
    inboundWorking: details?.inboundWorkingQuantity ?? 0,
    inboundShipped: details?.inboundShippedQuantity ?? 0,
    inboundReceiving: details?.inboundReceivingQuantity ?? 0,
    reservedTotal: details?.reservedQuantity?.totalReservedQuantity ?? 0,
    reservedCustomerOrders: details?.reservedQuantity?.pendingCustomerOrderQuantity ?? 0,
    reservedTransfers: details?.reservedQuantity?.pendingTransshipmentQuantity ?? 0,
    reservedProcessing: details?.reservedQuantity?.fcProcessingQuantity ?? 0,
    researchingTotal: details?.researchingQuantity?.totalResearchingQuantity ?? 0,
    unfulfillableTotal: details?.unfulfillableQuantity?.totalUnfulfillableQuantity ?? 0,
    totalQuantity: summary.totalQuantity ?? 0,
    lastUpdatedAt: summary.lastUpdatedTime ? new Date(summary.lastUpdatedTime) : null,
    syncedAt: new Date(),
  };
}
