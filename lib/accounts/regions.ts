/** Seller Central consent pages per SP-API region (the website authorization workflow starts there). */
export type Region = 'na' | 'eu' | 'fe';

export const REGION_LABELS: Record<Region, string> = {
  na: 'North America',
  eu: 'Europe',
  fe: 'Far East',
};

const CONSENT_BASES: Record<Region, string> = {
  na: 'https://sellercentral.amazon.com/apps/authorize/consent',
  eu: 'https://sellercentral-europe.amazon.com/apps/authorize/consent',
  fe: 'https://sellercentral.amazon.co.jp/apps/authorize/consent',
};

export function consentBaseUrl(region: Region, override?: string): string {
  return override ?? CONSENT_BASES[region];
}
