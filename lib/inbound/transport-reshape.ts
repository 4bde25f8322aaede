/** getTransportDetails' TransportContent -> the inbound_transports row the pages read. */
import type { TransportContent } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import type { inboundTransports } from '@/db/schema';
import type { Tenant } from '@/lib/tenancy';

export type InboundTransportRow = typeof inboundTransports.$inferInsert;

export function reshapeTransport(content: TransportContent, tenant: Tenant): InboundTransportRow {
  const header = content.TransportHeader;
  const d = content.TransportDetails;
  const sp = d.PartneredSmallParcelData;
  const ltl = d.PartneredLtlData;
  const estimate = sp?.PartneredEstimate ?? ltl?.PartneredEstimate;
  const carrierName =
    sp?.PackageList[0]?.CarrierName ??
    ltl?.CarrierName ??
    d.NonPartneredSmallParcelData?.PackageList[0]?.CarrierName ??
    d.NonPartneredLtlData?.CarrierName ??
    null;
  const packageCount = sp?.PackageList.length ?? ltl?.BoxCount ?? d.NonPartneredSmallParcelData?.PackageList.length ?? 0;
  return {
    ...tenant,
    shipmentId: header.ShipmentId,
    shipmentType: header.ShipmentType,
    isPartnered: header.IsPartnered,
    status: content.TransportResult.TransportStatus,
    carrierName,
    packageCount,
    palletCount: ltl?.PalletList.length ?? 0,
    estimateAmount: estimate ? String(estimate.Amount.Value) : null,
    estimateCurrency: estimate?.Amount.CurrencyCode ?? null,
    confirmDeadline: estimate?.ConfirmDeadline ? new Date(estimate.ConfirmDeadline) : null,
    voidDeadline: estimate?.VoidDeadline ? new Date(estimate.VoidDeadline) : null,
    isBillOfLadingAvailable: ltl?.IsBillOfLadingAvailable ?? false,
    errorDescription: content.TransportResult.ErrorDescription ?? null,
    details: d as Record<string, unknown>,
    updatedAt: new Date(),
  };
}
