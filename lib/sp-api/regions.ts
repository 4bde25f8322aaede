/**
 * Where each marketplace's SP-API lives. Amazon serves every marketplace from one of three
 * regional hosts, and one refresh token is valid in one region only.
 */

export type SpApiRegion = 'na' | 'eu' | 'fe';

export const REGIONAL_HOSTS: Record<SpApiRegion, string> = {
  na: 'https://sellingpartnerapi-na.amazon.com',
  eu: 'https://sellingpartnerapi-eu.amazon.com',
  fe: 'https://sellingpartnerapi-fe.amazon.com',
};

export const LWA_TOKEN_ENDPOINT = 'https://api.amazon.com/auth/o2/token';

/**
 * From Amazon's marketplace id list (developer-docs.amazon.com/sp-api/docs/marketplace-ids); the
 * name is the marketplace's site, as sellers call it (and as getMarketplaceParticipations names it).
 * The time zone is the one the marketplace's days are counted in (a ship-by "today"); North
 * American Seller Central counts in Pacific time.
 */
export const MARKETPLACE_REGIONS: Record<string, { name: string; country: string; region: SpApiRegion; timeZone: string }> = {
  // North America
  A2EUQ1WTGCTBG2: { name: 'Amazon.ca', country: 'CA', region: 'na', timeZone: 'America/Los_Angeles' },
  ATVPDKIKX0DER: { name: 'Amazon.com', country: 'US', region: 'na', timeZone: 'America/Los_Angeles' },
  A1AM78C64UM0Y8: { name: 'Amazon.com.mx', country: 'MX', region: 'na', timeZone: 'America/Mexico_City' },
  A2Q3Y263D00KWC: { name: 'Amazon.com.br', country: 'BR', region: 'na', timeZone: 'America/Sao_Paulo' },
  // Europe, Middle East, Africa and India
  A28R8C7NBKEWEA: { name: 'Amazon.ie', country: 'IE', region: 'eu', timeZone: 'Europe/Dublin' },
  A1RKKUPIHCS9HS: { name: 'Amazon.es', country: 'ES', region: 'eu', timeZone: 'Europe/Madrid' },
  A1F83G8C2ARO7P: { name: 'Amazon.co.uk', country: 'UK', region: 'eu', timeZone: 'Europe/London' },
  A13V1IB3VIYZZH: { name: 'Amazon.fr', country: 'FR', region: 'eu', timeZone: 'Europe/Paris' },
  AMEN7PMS3EDWL: { name: 'Amazon.com.be', country: 'BE', region: 'eu', timeZone: 'Europe/Brussels' },
  A1805IZSGTT6HS: { name: 'Amazon.nl', country: 'NL', region: 'eu', timeZone: 'Europe/Amsterdam' },
  A1PA6795UKMFR9: { name: 'Amazon.de', country: 'DE', region: 'eu', timeZone: 'Europe/Berlin' },
  APJ6JRA9NG5V4: { name: 'Amazon.it', country: 'IT', region: 'eu', timeZone: 'Europe/Rome' },
  A2NODRKZP88ZB9: { name: 'Amazon.se', country: 'SE', region: 'eu', timeZone: 'Europe/Stockholm' },
  AE08WJ6YKNBMC: { name: 'Amazon.co.za', country: 'ZA', region: 'eu', timeZone: 'Africa/Johannesburg' },
  A1C3SOZRARQ6R3: { name: 'Amazon.pl', country: 'PL', region: 'eu', timeZone: 'Europe/Warsaw' },
  ARBP9OOSHTCHU: { name: 'Amazon.eg', country: 'EG', region: 'eu', timeZone: 'Africa/Cairo' },
  A33AVAJ2PDY3EV: { name: 'Amazon.com.tr', country: 'TR', region: 'eu', timeZone: 'Europe/Istanbul' },
  A17E79C6D8DWNP: { name: 'Amazon.sa', country: 'SA', region: 'eu', timeZone: 'Asia/Riyadh' },
  A2VIGQ35RCS4UG: { name: 'Amazon.ae', country: 'AE', region: 'eu', timeZone: 'Asia/Dubai' },
  A21TJRUUN4KGV: { name: 'Amazon.in', country: 'IN', region: 'eu', timeZone: 'Asia/Kolkata' },
  // Far East
  A19VAU5U5O7RUS: { name: 'Amazon.sg', country: 'SG', region: 'fe', timeZone: 'Asia/Singapore' },
  A39IBJ37TRP1C6: { name: 'Amazon.com.au', country: 'AU', region: 'fe', timeZone: 'Australia/Sydney' },
  A1VC38T7YXB528: { name: 'Amazon.co.jp', country: 'JP', region: 'fe', timeZone: 'Asia/Tokyo' },
};

export class UnknownMarketplaceError extends Error {
  constructor(readonly marketplaceId: string) {
    super(`Unknown marketplace id ${marketplaceId}.`);
    this.name = 'UnknownMarketplaceError';
  }
}

export function regionForMarketplace(marketplaceId: string): SpApiRegion {
  const entry = MARKETPLACE_REGIONS[marketplaceId];
  if (!entry) throw new UnknownMarketplaceError(marketplaceId);
  return entry.region;
}

/** The time zone a marketplace's days are counted in; UTC for a marketplace this list does not know. */
export function marketplaceTimeZone(marketplaceId: string): string {
  return MARKETPLACE_REGIONS[marketplaceId]?.timeZone ?? 'UTC';
}

/** How a page shows one marketplace: its name, with the country code and Amazon's id for hover and exports. */
export interface MarketplaceLabel {
  name: string;
  countryCode: string;
  marketplaceId: string;
}

/** A marketplace this list does not know keeps its id as name and code. */
export function marketplaceLabel(marketplaceId: string): MarketplaceLabel {
  const entry = MARKETPLACE_REGIONS[marketplaceId];
  return { name: entry?.name ?? marketplaceId, countryCode: entry?.country ?? marketplaceId, marketplaceId };
}

/** In an endpoint override, stands for the account's region: `http://127.0.0.1:4010/{region}`. */
export const REGION_PLACEHOLDER = '{region}';

export interface EndpointOverrides {
  /**
   * Replaces the regional hosts (the simulator, a proxy). App: env SPAPI_ENDPOINT. With
   * REGION_PLACEHOLDER in it, each region gets its own base URL, as on Amazon, so a seller's
   * calls reach its own region's host (the simulator serves /na, /eu and /fe); without it,
   * every region shares the one URL.
   */
  spApiEndpoint?: string | undefined;
  /** Replaces Login with Amazon's token URL. App: env LWA_ENDPOINT. */
  lwaEndpoint?: string | undefined;
}

export interface ResolvedEndpoints {
  spApiEndpoint: string;
  lwaEndpoint: string;
}

/** True for Amazon's own regional SP-API hosts; false for the simulator, a proxy or anything else. */
export function isAmazonSpApiHost(endpoint: string): boolean {
  if (!URL.canParse(endpoint)) return false;
  const origin = new URL(endpoint).origin;
  return Object.values(REGIONAL_HOSTS).some((host) => new URL(host).origin === origin);
}

export function resolveEndpoints(region: SpApiRegion, overrides: EndpointOverrides = {}): ResolvedEndpoints {
  return {
    spApiEndpoint: (overrides.spApiEndpoint || REGIONAL_HOSTS[region]).replaceAll(REGION_PLACEHOLDER, region).replace(/\/+$/, ''),
    lwaEndpoint: overrides.lwaEndpoint || LWA_TOKEN_ENDPOINT,
  };
}
