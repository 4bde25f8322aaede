/** The transport as the browser sees it (dates as ISO strings), shared by the page and the polling route. */
import type { inboundTransports } from '@/db/schema';

export interface TransportView {
  shipmentType: 'SP' | 'LTL';
  isPartnered: boolean;
  status: string;
  carrierName: string | null;
  packageCount: number;
  palletCount: number;
  estimate: { amount: string; currency: string } | null;
  confirmDeadline: string | null;
  voidDeadline: string | null;
  isBillOfLadingAvailable: boolean;
  errorDescription: string | null;
  packages: { trackingId: string; status: string; carrier: string }[];
  pickupDate: string | null;
  deliveryDate: string | null;
  proNumber: string | null;
}

export function toTransportView(row: typeof inboundTransports.$inferSelect): TransportView {
  const d = (row.details ?? {}) as {
    PartneredSmallParcelData?: { PackageList?: { TrackingId: string; PackageStatus: string; CarrierName: string }[] };
    NonPartneredSmallParcelData?: { PackageList?: { TrackingId: string; PackageStatus: string; CarrierName: string }[] };
    PartneredLtlData?: { PreviewPickupDate?: string; PreviewDeliveryDate?: string };
    NonPartneredLtlData?: { ProNumber?: string };
  };
  const packages = d.PartneredSmallParcelData?.PackageList ?? d.NonPartneredSmallParcelData?.PackageList ?? [];
  return {
    shipmentType: row.shipmentType,
    isPartnered: row.isPartnered,
    status: row.status,
    carrierName: row.carrierName,
    packageCount: row.packageCount,
    palletCount: row.palletCount,
    estimate: row.estimateAmount && row.estimateCurrency ? { amount: row.estimateAmount, currency: row.estimateCurrency } : null,
    confirmDeadline: row.confirmDeadline?.toISOString() ?? null,
    voidDeadline: row.voidDeadline?.toISOString() ?? null,
    isBillOfLadingAvailable: row.isBillOfLadingAvailable,
    // Amazon leaves the description of an earlier failure on a booking that went on past it.
    errorDescription: row.status.startsWith('ERROR') ? row.errorDescription : null,
    packages: packages.map((p) => ({ trackingId: p.TrackingId, status: p.PackageStatus, carrier: p.CarrierName })),
    pickupDate: d.PartneredLtlData?.PreviewPickupDate ?? null,
    deliveryDate: d.PartneredLtlData?.PreviewDeliveryDate ?? null,
    proNumber: d.NonPartneredLtlData?.ProNumber ?? null,
  };
}
