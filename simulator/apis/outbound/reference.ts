/**
 * Fixed reference data for Multi-Channel Fulfillment: marketplaces, the countries each region
 * ships to, fulfillment centers, carriers, return reason codes and the feature list.
 */
import type { Address } from '../../../lib/sp-api/generated/fulfillment-outbound.js';

export type Region = 'na' | 'eu';

export interface MarketplaceInfo {
  countryCode: string;
  currencyCode: string;
  region: Region;
  /** Fees are quoted in USD and converted with this rough rate. */
  usdRate: number;
}

export const MARKETPLACES: Record<string, MarketplaceInfo> = {
  ATVPDKIKX0DER: { countryCode: 'US', currencyCode: 'USD', region: 'na', usdRate: 1 },
  A2EUQ1WTGCTBG2: { countryCode: 'CA', currencyCode: 'CAD', region: 'na', usdRate: 1.35 },
  A1AM78C64UM0Y8: { countryCode: 'MX', currencyCode: 'MXN', region: 'na', usdRate: 17 },
  A1F83G8C2ARO7P: { countryCode: 'GB', currencyCode: 'GBP', region: 'eu', usdRate: 0.8 },
  A1PA6795UKMFR9: { countryCode: 'DE', currencyCode: 'EUR', region: 'eu', usdRate: 0.92 },
  A13V1IB3VIYZZH: { countryCode: 'FR', currencyCode: 'EUR', region: 'eu', usdRate: 0.92 },
  APJ6JRA9NG5V4: { countryCode: 'IT', currencyCode: 'EUR', region: 'eu', usdRate: 0.92 },
  A1RKKUPIHCS9HS: { countryCode: 'ES', currencyCode: 'EUR', region: 'eu', usdRate: 0.92 },
};

/** Destination countries each region's fulfillment network delivers to. */
export const SERVED_COUNTRIES: Record<Region, readonly string[]> = {
  na: ['US', 'CA', 'MX', 'PR'],
  eu: ['GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'AT', 'PL', 'SE', 'IE', 'LU', 'DK', 'CZ', 'PT'],
};

export interface FulfillmentCenter {
  id: string;
  address: Address;
}

const fc = (id: string, line1: string, city: string, state: string, postalCode: string, countryCode: string): FulfillmentCenter => ({
  id,
  address: { name: `Amazon.com Services ${id}`, addressLine1: line1, city, stateOrRegion: state, postalCode, countryCode },
});

const US_CENTERS = [
  fc('PHX6', '4750 W Mohave St', 'Phoenix', 'AZ', '85043', 'US'),
  fc('MDW2', '250 Emerald Dr', 'Joliet', 'IL', '60433', 'US'),
  fc('ABE8', '401 Independence Rd', 'Florence', 'NJ', '08518', 'US'),
];
const CA_CENTER = fc('YYZ4', '8050 Heritage Rd', 'Brampton', 'ON', 'L6Y 0C9', 'CA');
const GB_CENTER = fc('LTN2', 'Boundary Way', 'Hemel Hempstead', 'Hertfordshire', 'HP2 7LF', 'GB');
const DE_CENTER = fc('FRA3', 'Amazonstrasse 1', 'Bad Hersfeld', 'Hessen', '36251', 'DE');

/** The center that ships to (and takes returns for) a destination; `pick` spreads US orders. */
export function fulfillmentCenterFor(countryCode: string, pick: number): FulfillmentCenter {
  if (countryCode === 'CA') return CA_CENTER;
  if (countryCode === 'GB' || countryCode === 'IE') return GB_CENTER;
  if (SERVED_COUNTRIES.eu.includes(countryCode)) return DE_CENTER;
  return US_CENTERS[Math.abs(pick) % US_CENTERS.length] ?? CA_CENTER;
}

export interface Carrier {
  carrierCode: string;
  carrierURL: string;
  /** Amazon's own network; BLOCK_AMZL (Required) picks another carrier. */
  amazonLogistics: boolean;
  trackingNumber(n: number): string;
}

const digits = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0').slice(-width);

const CARRIERS: Record<string, Carrier> = {
  AMZN_US: { carrierCode: 'AMZN_US', carrierURL: 'https://track.amazon.com', amazonLogistics: true, trackingNumber: (n) => `TBA${digits(n, 12)}` },
  UPS: { carrierCode: 'UPS', carrierURL: 'https://www.ups.com', amazonLogistics: false, trackingNumber: (n) => `1Z999AA1${digits(n, 10)}` },
  AMZN_UK: { carrierCode: 'AMZN_UK', carrierURL: 'https://track.amazon.co.uk', amazonLogistics: true, trackingNumber: (n) => `QA${digits(n, 10)}` },
  ROYAL_MAIL: { carrierCode: 'ROYAL_MAIL', carrierURL: 'https://www.royalmail.com', amazonLogistics: false, trackingNumber: (n) => `RM${digits(n, 9)}GB` },
  DHL: { carrierCode: 'DHL', carrierURL: 'https://www.dhl.de', amazonLogistics: false, trackingNumber: (n) => `00340${digits(n, 15)}` },
};

export function carrierFor(countryCode: string, blockAmzl: boolean): Carrier {
  const pick = (code: string) => CARRIERS[code] as Carrier;
  if (countryCode === 'GB' || countryCode === 'IE') return pick(blockAmzl ? 'ROYAL_MAIL' : 'AMZN_UK');
  if (SERVED_COUNTRIES.eu.includes(countryCode)) return pick('DHL');
  return pick(blockAmzl ? 'UPS' : 'AMZN_US');
}

export function carrierByCode(code: string): Carrier | undefined {
  return CARRIERS[code];
}

/** Swiship is Amazon's recipient-facing tracking site (named in the model). */
export function customerTrackingLink(countryCode: string, trackingNumber: string): string {
  const host = countryCode === 'GB' ? 'www.swiship.co.uk' : SERVED_COUNTRIES.eu.includes(countryCode) ? 'www.swiship.de' : 'www.swiship.com';
  return `https://${host}/track?id=${encodeURIComponent(trackingNumber)}`;
}

/** Regional sort centers a package passes through between the fulfillment center and the destination. */
export function sortCenterFor(countryCode: string): { city: string; state: string; country: string } {
  if (countryCode === 'CA') return { city: 'Mississauga', state: 'ON', country: 'CA' };
  if (countryCode === 'GB' || countryCode === 'IE') return { city: 'Milton Keynes', state: 'Buckinghamshire', country: 'GB' };
  if (SERVED_COUNTRIES.eu.includes(countryCode)) return { city: 'Leipzig', state: 'Sachsen', country: 'DE' };
  return { city: 'Memphis', state: 'TN', country: 'US' };
}

export interface ReturnReason {
  returnReasonCode: string;
  description: string;
  de: string;
  /** How the item is graded when it arrives back at the fulfillment center. */
  condition: 'Sellable' | 'Defective' | 'CustomerDamaged' | 'CarrierDamaged' | 'FulfillerDamaged';
}

export const RETURN_REASONS: readonly ReturnReason[] = [
  { returnReasonCode: 'CR-UNWANTED_ITEM', description: 'No longer needed/wanted', de: 'Wird nicht mehr benötigt', condition: 'Sellable' },
  { returnReasonCode: 'CR-ORDERED_WRONG_ITEM', description: 'Bought by mistake', de: 'Versehentlich gekauft', condition: 'Sellable' },
  { returnReasonCode: 'CR-FOUND_BETTER_PRICE', description: 'Better price available', de: 'Günstigeren Preis gefunden', condition: 'Sellable' },
  { returnReasonCode: 'CR-DEFECTIVE', description: "Item defective or doesn't work", de: 'Artikel defekt oder funktioniert nicht', condition: 'Defective' },
  {
    returnReasonCode: 'CR-DAMAGED_BY_CARRIER',
    description: 'Product and shipping box both damaged',
    de: 'Artikel und Versandkarton beschädigt',
    condition: 'CarrierDamaged',
  },
  {
    returnReasonCode: 'CR-DAMAGED_BY_FC',
    description: 'Product damaged, but shipping box OK',
    de: 'Artikel beschädigt, Versandkarton in Ordnung',
    condition: 'FulfillerDamaged',
  },
  { returnReasonCode: 'CR-MISSING_PARTS', description: 'Missing parts or accessories', de: 'Teile oder Zubehör fehlen', condition: 'Defective' },
  { returnReasonCode: 'CR-NOT_AS_DESCRIBED', description: 'Inaccurate website description', de: 'Beschreibung auf der Website ungenau', condition: 'Sellable' },
];

export const FEATURES = [
  { featureName: 'BLANK_BOX', featureDescription: 'Ships orders in non-Amazon branded packaging (blank boxes).' },
  { featureName: 'BLOCK_AMZL', featureDescription: 'Blocks orders from being shipped using Amazon Logistics (AMZL).' },
] as const;

export type FeatureName = (typeof FEATURES)[number]['featureName'];

export function isFeatureName(name: string): name is FeatureName {
  return FEATURES.some((f) => f.featureName === name);
}

/** Timestamps as SP-API prints them: ISO 8601, second precision. */
export function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A stable 32-bit hash (FNV-1a), for deterministic ids and picks. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
