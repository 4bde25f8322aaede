/**
 * The transport workflow (putTransportDetails, estimateTransport, confirmTransport,
 * voidTransport) as a state machine over timestamps:
 *
 *   WORKING --estimate--> ESTIMATING --(ESTIMATE_DELAY_S)--> ESTIMATED | ERROR_ON_ESTIMATING
 *   ESTIMATED --confirm (before ConfirmDeadline)--> CONFIRMING --(CONFIRM_DELAY_S)--> CONFIRMED
 *   CONFIRMING | CONFIRMED --void (before VoidDeadline)--> VOIDING --(VOID_DELAY_S)--> VOIDED
 *
 * Non-partnered transport stays WORKING (Amazon has nothing to estimate). A confirmed
 * partnered shipment is picked up by the carrier when its void window closes.
 */
import { invalidInput, SimError } from '../../core/contract.js';
import { currencyForCountry } from './fulfillment-centers.js';
import { bucketOf, hashString } from './hash.js';
import type {
  Amount,
  Dimensions,
  Pallet,
  PartneredEstimate,
  PartneredLtlDataInput,
  PutTransportDetailsRequest,
  SellerFreightClass,
  TransportStatus,
  Weight,
} from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import type { TransportRecord } from './records.js';

export const ESTIMATE_DELAY_S = 30;
export const CONFIRM_DELAY_S = 30;
export const VOID_DELAY_S = 30;
/** An estimate must be confirmed within a day. */
export const CONFIRM_WINDOW_S = 24 * 3600;
/** Void windows from the model: 24 hours for small parcel, one hour for LTL. */
export const VOID_WINDOW_S = { SP: 24 * 3600, LTL: 3600 } as const;
/** Carriers Amazon partners with, per destination country (PartneredSmallParcelDataInput.CarrierName). */
export const PARTNERED_SP_CARRIERS: Record<string, string[]> = {
  US: ['UNITED_PARCEL_SERVICE_INC'],
  GB: ['UNITED_PARCEL_SERVICE_INC'],
  FR: ['UNITED_PARCEL_SERVICE_INC'],
  IT: ['UNITED_PARCEL_SERVICE_INC'],
  ES: ['UNITED_PARCEL_SERVICE_INC'],
  DE: ['DHL_STANDARD', 'UNITED_PARCEL_SERVICE_INC'],
};
export const PARTNERED_LTL_COUNTRIES = ['US'];
const LTL_CARRIERS = ['ABF FREIGHT SYSTEM', 'ESTES EXPRESS LINES', 'XPO LOGISTICS FREIGHT'];
/** Small parcel limits: beyond them the partnered carrier cannot estimate. */
const MAX_PACKAGE_LB = 150;
const MAX_PACKAGE_SIDE_IN = 108;

const addSeconds = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);
const toPounds = (weight: Weight) => (weight.Unit === 'kilograms' ? weight.Value * 2.20462 : weight.Value);
const toInches = (value: number, unit: Dimensions['Unit']) => (unit === 'centimeters' ? value / 2.54 : value);
const round2 = (value: number) => Math.round(value * 100) / 100;

export function estimatedAt(transport: TransportRecord): Date | undefined {
  return transport.estimateRequestedAt && addSeconds(transport.estimateRequestedAt, ESTIMATE_DELAY_S);
}

export function confirmedAt(transport: TransportRecord): Date | undefined {
  return transport.confirmRequestedAt && addSeconds(transport.confirmRequestedAt, CONFIRM_DELAY_S);
}

export function confirmDeadline(transport: TransportRecord): Date | undefined {
  const at = estimatedAt(transport);
  return at && addSeconds(at, CONFIRM_WINDOW_S);
}

export function voidDeadline(transport: TransportRecord): Date | undefined {
  const at = confirmedAt(transport);
  return at && addSeconds(at, VOID_WINDOW_S[transport.shipmentType]);
}

export function transportStatusAt(transport: TransportRecord, now: Date): TransportStatus {
  if (!transport.isPartnered) return 'WORKING';
  const t = now.getTime();
  if (transport.voidRequestedAt) {
    return t < addSeconds(transport.voidRequestedAt, VOID_DELAY_S).getTime() ? 'VOIDING' : 'VOIDED';
  }
  const confirmed = confirmedAt(transport);
  if (confirmed) return t < confirmed.getTime() ? 'CONFIRMING' : 'CONFIRMED';
  const estimated = estimatedAt(transport);
  if (estimated) {
    if (t < estimated.getTime()) return 'ESTIMATING';
    return transport.estimate && 'errorCode' in transport.estimate ? 'ERROR_ON_ESTIMATING' : 'ESTIMATED';
  }
  return 'WORKING';
}

/** When the partnered carrier picks the shipment up: the void window closes (LTL: not before the freight is ready). */
export function carrierPickupAt(transport: TransportRecord): Date | undefined {
  if (!transport.isPartnered || transport.voidRequestedAt) return undefined;
  const deadline = voidDeadline(transport);
  if (!deadline) return undefined;
  const ready = transport.details.PartneredLtlData?.FreightReadyDate;
  const readyAt = ready ? new Date(`${ready}T12:00:00Z`) : undefined;
  return readyAt && readyAt > deadline ? readyAt : deadline;
}

function validateDimensions(dimensions: Dimensions, what: string): void {
  for (const side of [dimensions.Length, dimensions.Width, dimensions.Height]) {
    if (!(side > 0)) throw invalidInput(`${what} dimensions must be positive.`);
  }
}

function validatePallet(pallet: Pallet, index: number): void {
  const d = pallet.Dimensions;
  validateDimensions(d, `Pallet ${index + 1}`);
  const sides = [toInches(d.Length, d.Unit), toInches(d.Width, d.Unit)].map(Math.round).sort((a, b) => a - b);
  if (sides[0] !== 40 || sides[1] !== 48) {
    throw invalidInput(`Pallet ${index + 1} must be 40 inches by 48 inches.`);
  }
  if (toInches(d.Height, d.Unit) > 60) throw invalidInput(`Pallet ${index + 1} must be at most 60 inches high.`);
  if (pallet.Weight && !(pallet.Weight.Value > 0)) throw invalidInput(`Pallet ${index + 1} weight must be positive.`);
}

const DETAIL_KEY = {
  'SP:true': 'PartneredSmallParcelData',
  'SP:false': 'NonPartneredSmallParcelData',
  'LTL:true': 'PartneredLtlData',
  'LTL:false': 'NonPartneredLtlData',
} as const;

/** Checks a putTransportDetails body against the rules the model states in prose. */
export function validateTransportRequest(request: PutTransportDetailsRequest, country: string, today: string): void {
  const expected = DETAIL_KEY[`${request.ShipmentType}:${request.IsPartnered}`];
  const given = Object.keys(request.TransportDetails);
  if (given.length !== 1 || given[0] !== expected) {
    throw invalidInput(
      `TransportDetails must contain exactly ${expected} when ShipmentType is ${request.ShipmentType} and IsPartnered is ${request.IsPartnered}.`,
    );
  }
  const details = request.TransportDetails;
  if (details.PartneredSmallParcelData) {
    const carriers = PARTNERED_SP_CARRIERS[country];
    if (!carriers) throw invalidInput(`Amazon-partnered small parcel carriers are not available for shipments to ${country}.`);
    const carrier = details.PartneredSmallParcelData.CarrierName ?? 'UNITED_PARCEL_SERVICE_INC';
    if (!carriers.includes(carrier)) {
      throw invalidInput(`CarrierName ${carrier} is not an Amazon-partnered carrier for ${country}; use ${carriers.join(' or ')}.`);
    }
    const packages = details.PartneredSmallParcelData.PackageList ?? [];
    if (packages.length === 0) throw invalidInput('PartneredSmallParcelData.PackageList must list every package with Dimensions and Weight.');
    packages.forEach((pkg, index) => {
      validateDimensions(pkg.Dimensions, `Package ${index + 1}`);
      if (!(pkg.Weight.Value > 0)) throw invalidInput(`Package ${index + 1} weight must be positive.`);
    });
  }
  if (details.NonPartneredSmallParcelData) {
    const data = details.NonPartneredSmallParcelData;
    if (data.CarrierName.trim() === '') throw invalidInput('NonPartneredSmallParcelData.CarrierName is required.');
    if (data.PackageList.length === 0) throw invalidInput('NonPartneredSmallParcelData.PackageList must list a TrackingId per package.');
    const ids = data.PackageList.map((pkg) => pkg.TrackingId);
    if (ids.some((id) => id.trim() === '')) throw invalidInput('Every package needs a TrackingId.');
    if (new Set(ids).size !== ids.length) throw invalidInput('TrackingId values must be unique.');
  }
  if (details.PartneredLtlData) {
    if (!PARTNERED_LTL_COUNTRIES.includes(country)) {
      throw invalidInput(`Amazon-partnered LTL carriers are not available for shipments to ${country}.`);
    }
    const data = details.PartneredLtlData;
    const missing = (['Contact', 'BoxCount', 'FreightReadyDate'] as const).filter((field) => data[field] === undefined);
    if (missing.length > 0) throw invalidInput(`PartneredLtlData requires ${missing.join(', ')}.`);
    if (!(data.BoxCount !== undefined && data.BoxCount > 0)) throw invalidInput('PartneredLtlData.BoxCount must be at least 1.');
    const ready = data.FreightReadyDate ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(ready) || Number.isNaN(Date.parse(ready))) {
      throw invalidInput('PartneredLtlData.FreightReadyDate must be a YYYY-MM-DD date.');
    }
    if (ready < today) throw invalidInput(`PartneredLtlData.FreightReadyDate ${ready} is in the past.`);
    (data.PalletList ?? []).forEach(validatePallet);
    if (data.TotalWeight && !(data.TotalWeight.Value > 0)) throw invalidInput('PartneredLtlData.TotalWeight must be positive.');
  }
  if (details.NonPartneredLtlData) {
    const data = details.NonPartneredLtlData;
    if (data.CarrierName.trim() === '' || data.ProNumber.trim() === '') {
      throw invalidInput('NonPartneredLtlData requires CarrierName and ProNumber.');
    }
  }
}

export function newTransportRecord(request: PutTransportDetailsRequest, shipmentId: string, now: Date): TransportRecord {
  const packages = request.TransportDetails.PartneredSmallParcelData?.PackageList ?? [];
  return {
    isPartnered: request.IsPartnered,
    shipmentType: request.ShipmentType,
    details: request.TransportDetails,
    putAt: now,
    trackingIds: packages.map((_, index) => `1Z${(hashString(`${shipmentId}:${index}:${now.getTime()}`) % 1e10).toString().padStart(10, '0')}A${index + 1}`),
    amazonReferenceId: request.TransportDetails.PartneredLtlData
      ? String(100_000_000 + (hashString(`ref:${shipmentId}:${now.getTime()}`) % 900_000_000))
      : undefined,
  };
}

/** Pallets and weight for partnered LTL: what the seller sent, or 20 boxes of 25 lb per pallet. */
export function ltlLoad(data: PartneredLtlDataInput): { pallets: Pallet[]; totalWeight: Weight } {
  const boxes = data.BoxCount ?? 1;
  const pallets: Pallet[] =
    data.PalletList && data.PalletList.length > 0
      ? data.PalletList
      : Array.from({ length: Math.ceil(boxes / 20) }, () => ({
          Dimensions: { Length: 40, Width: 48, Height: 50, Unit: 'inches' as const },
          Weight: { Value: 500, Unit: 'pounds' as const },
          IsStacked: false,
        }));
  const totalWeight = data.TotalWeight ?? { Value: boxes * 25, Unit: 'pounds' as const };
  return { pallets, totalWeight };
}

/** Freight class from density (pounds per cubic foot), as carriers classify. */
export function previewFreightClass(data: PartneredLtlDataInput): SellerFreightClass {
  if (data.SellerFreightClass) return data.SellerFreightClass;
  const { pallets, totalWeight } = ltlLoad(data);
  const cubicFeet = pallets.reduce((sum, pallet) => {
    const d = pallet.Dimensions;
    return sum + (toInches(d.Length, d.Unit) * toInches(d.Width, d.Unit) * toInches(d.Height, d.Unit)) / 1728;
  }, 0);
  const density = toPounds(totalWeight) / Math.max(cubicFeet, 1);
  if (density >= 15) return '70';
  if (density >= 10) return '85';
  if (density >= 8) return '100';
  if (density >= 6) return '125';
  return '150';
}

export function ltlCarrierName(shipmentId: string): string {
  return LTL_CARRIERS[bucketOf(shipmentId, LTL_CARRIERS.length, 'ltl-carrier')] ?? 'ABF FREIGHT SYSTEM';
}

/** The partnered carrier's price: per package for small parcel, per pallet and pound for LTL. */
export function computeEstimate(transport: TransportRecord): NonNullable<TransportRecord['estimate']> {
  const sp = transport.details.PartneredSmallParcelData;
  if (sp) {
    let amount = 0;
    for (const [index, pkg] of (sp.PackageList ?? []).entries()) {
      const pounds = toPounds(pkg.Weight);
      const d = pkg.Dimensions;
      const longest = Math.max(toInches(d.Length, d.Unit), toInches(d.Width, d.Unit), toInches(d.Height, d.Unit));
      if (pounds > MAX_PACKAGE_LB || longest > MAX_PACKAGE_SIDE_IN) {
        return {
          errorCode: 'PackageExceedsCarrierLimits',
          errorDescription: `Package ${index + 1} exceeds the partnered carrier's limits (${MAX_PACKAGE_LB} lb, ${MAX_PACKAGE_SIDE_IN} in).`,
        };
      }
      amount += 5.5 + 0.42 * pounds;
    }
    return { amount: round2(amount) };
  }
  const ltl = transport.details.PartneredLtlData;
  if (ltl) {
    const { pallets, totalWeight } = ltlLoad(ltl);
    return { amount: round2(150 + 45 * pallets.length + 0.11 * toPounds(totalWeight)) };
  }
  return { amount: 0 };
}

export function partneredEstimate(transport: TransportRecord, country: string, now: Date): PartneredEstimate | undefined {
  const status = transportStatusAt(transport, now);
  if (!transport.estimate || !('amount' in transport.estimate)) return undefined;
  if (!['ESTIMATED', 'CONFIRMING', 'CONFIRMED', 'VOIDING', 'VOIDED'].includes(status)) return undefined;
  const amount: Amount = { CurrencyCode: currencyForCountry(country), Value: transport.estimate.amount };
  const estimate: PartneredEstimate = { Amount: amount };
  if (status === 'ESTIMATED') estimate.ConfirmDeadline = confirmDeadline(transport)?.toISOString();
  if (status === 'CONFIRMED') estimate.VoidDeadline = voidDeadline(transport)?.toISOString();
  return estimate;
}

function requirePartnered(transport: TransportRecord | undefined, operation: string): TransportRecord {
  if (!transport) throw invalidInput(`Call putTransportDetails before ${operation}.`);
  if (!transport.isPartnered) {
    throw invalidInput(`${operation} applies only to Amazon-partnered carriers; this shipment uses a non-partnered carrier.`);
  }
  return transport;
}

/** putTransportDetails may replace details until the request is confirmed (or after it was voided). */
export function assertTransportEditable(transport: TransportRecord | undefined, now: Date): void {
  if (!transport) return;
  const status = transportStatusAt(transport, now);
  if (!['WORKING', 'ESTIMATED', 'ERROR_ON_ESTIMATING', 'VOIDED'].includes(status)) {
    throw invalidInput(`Transport details cannot be changed while TransportStatus is ${status}.`);
  }
}

export function requestEstimate(transport: TransportRecord | undefined, now: Date): TransportRecord {
  const record = requirePartnered(transport, 'estimateTransport');
  const status = transportStatusAt(record, now);
  if (!['WORKING', 'ESTIMATED', 'ERROR_ON_ESTIMATING'].includes(status)) {
    throw invalidInput(`Cannot estimate while TransportStatus is ${status}.`);
  }
  record.estimateRequestedAt = now;
  record.estimate = computeEstimate(record);
  return record;
}

export function requestConfirm(transport: TransportRecord | undefined, now: Date): TransportRecord {
  const record = requirePartnered(transport, 'confirmTransport');
  const status = transportStatusAt(record, now);
  if (status !== 'ESTIMATED') {
    throw invalidInput(`Cannot confirm while TransportStatus is ${status}; confirm an ESTIMATED transport request.`);
  }
  const deadline = confirmDeadline(record);
  if (deadline && now > deadline) {
    throw invalidInput(`The estimate expired at ${deadline.toISOString()} (ConfirmDeadline); call estimateTransport again.`);
  }
  record.confirmRequestedAt = now;
  return record;
}

export function requestVoid(transport: TransportRecord | undefined, now: Date): TransportRecord {
  const record = requirePartnered(transport, 'voidTransport');
  const status = transportStatusAt(record, now);
  if (status !== 'CONFIRMED' && status !== 'CONFIRMING') {
    throw invalidInput(`Cannot void while TransportStatus is ${status}; only a confirmed transport request can be voided.`);
  }
  const deadline = voidDeadline(record);
  if (deadline && now >= deadline) {
    throw new SimError(
      400,
      'InvalidInput',
      `The void deadline passed at ${deadline.toISOString()} (VoidDeadline); the transport request can no longer be voided and the shipping cost is charged.`,
    );
  }
  record.voidRequestedAt = now;
  return record;
}
