/** The marketplaces the simulator sells in, with what orders need to look local. */
import type { SimRegion } from '../core/regions.js';

export interface Marketplace {
  id: string;
  countryCode: string;
  name: string;
  salesChannel: string;
  currencyCode: string;
  /** Multiplier from the region's catalog currency (USD in NA, GBP in EU). */
  fxFromCatalog: number;
  defaultLanguageCode: string;
  domainName: string;
  /** First block of AmazonOrderId numbers seen in this marketplace. */
  orderIdPrefixes: string[];
  region: 'na' | 'eu';
}

export const MARKETPLACES: Record<string, Marketplace> = {
  ATVPDKIKX0DER: {
    id: 'ATVPDKIKX0DER',
    countryCode: 'US',
    name: 'Amazon.com',
    salesChannel: 'Amazon.com',
    currencyCode: 'USD',
    fxFromCatalog: 1,
    defaultLanguageCode: 'en_US',
    domainName: 'www.amazon.com',
    orderIdPrefixes: ['111', '112', '113', '114'],
    region: 'na',
  },
  A2EUQ1WTGCTBG2: {
    id: 'A2EUQ1WTGCTBG2',
    countryCode: 'CA',
    name: 'Amazon.ca',
    salesChannel: 'Amazon.ca',
    currencyCode: 'CAD',
    fxFromCatalog: 1.37,
    defaultLanguageCode: 'en_CA',
    domainName: 'www.amazon.ca',
    orderIdPrefixes: ['701', '702'],
    region: 'na',
  },
  A1AM78C64UM0Y8: {
    id: 'A1AM78C64UM0Y8',
    countryCode: 'MX',
    name: 'Amazon.com.mx',
    salesChannel: 'Amazon.com.mx',
    currencyCode: 'MXN',
    fxFromCatalog: 17.1,
    defaultLanguageCode: 'es_MX',
    domainName: 'www.amazon.com.mx',
    orderIdPrefixes: ['701', '702'],
    region: 'na',
  },
  A1F83G8C2ARO7P: {
    id: 'A1F83G8C2ARO7P',
    countryCode: 'GB',
    name: 'Amazon.co.uk',
    salesChannel: 'Amazon.co.uk',
    currencyCode: 'GBP',
    fxFromCatalog: 1,
    defaultLanguageCode: 'en_GB',
    domainName: 'www.amazon.co.uk',
    orderIdPrefixes: ['202', '203', '204', '205', '206'],
    region: 'eu',
  },
  A1PA6795UKMFR9: {
    id: 'A1PA6795UKMFR9',
    countryCode: 'DE',
    name: 'Amazon.de',
    salesChannel: 'Amazon.de',
    currencyCode: 'EUR',
    fxFromCatalog: 1.17,
    defaultLanguageCode: 'de_DE',
    domainName: 'www.amazon.de',
    orderIdPrefixes: ['302', '303', '304', '305', '306'],
    region: 'eu',
  },
};

export function marketplace(id: string): Marketplace {
  const found = MARKETPLACES[id];
  if (!found) throw new Error(`unknown marketplace ${id}`);
  return found;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Every marketplace Amazon lists (developer-docs.amazon.com/sp-api/docs/marketplace-ids), with
 * its ISO country and region, including those the simulator does not sell in: a request naming
 * Amazon.fr or Amazon.co.jp is refused for being in a region or marketplace the seller is not
 * in, not for being unknown.
 */
export const AMAZON_MARKETPLACES: Record<string, { countryCode: string; region: SimRegion }> = {
  A2EUQ1WTGCTBG2: { countryCode: 'CA', region: 'na' },
  ATVPDKIKX0DER: { countryCode: 'US', region: 'na' },
  A1AM78C64UM0Y8: { countryCode: 'MX', region: 'na' },
  A2Q3Y263D00KWC: { countryCode: 'BR', region: 'na' },
  A28R8C7NBKEWEA: { countryCode: 'IE', region: 'eu' },
  A1RKKUPIHCS9HS: { countryCode: 'ES', region: 'eu' },
  A1F83G8C2ARO7P: { countryCode: 'GB', region: 'eu' },
  A13V1IB3VIYZZH: { countryCode: 'FR', region: 'eu' },
  AMEN7PMS3EDWL: { countryCode: 'BE', region: 'eu' },
  A1805IZSGTT6HS: { countryCode: 'NL', region: 'eu' },
  A1PA6795UKMFR9: { countryCode: 'DE', region: 'eu' },
  APJ6JRA9NG5V4: { countryCode: 'IT', region: 'eu' },
  A2NODRKZP88ZB9: { countryCode: 'SE', region: 'eu' },
  AE08WJ6YKNBMC: { countryCode: 'ZA', region: 'eu' },
  A1C3SOZRARQ6R3: { countryCode: 'PL', region: 'eu' },
  ARBP9OOSHTCHU: { countryCode: 'EG', region: 'eu' },
  A33AVAJ2PDY3EV: { countryCode: 'TR', region: 'eu' },
  A17E79C6D8DWNP: { countryCode: 'SA', region: 'eu' },
  A2VIGQ35RCS4UG: { countryCode: 'AE', region: 'eu' },
  A21TJRUUN4KGV: { countryCode: 'IN', region: 'eu' },
  A19VAU5U5O7RUS: { countryCode: 'SG', region: 'fe' },
  A39IBJ37TRP1C6: { countryCode: 'AU', region: 'fe' },
  A1VC38T7YXB528: { countryCode: 'JP', region: 'fe' },
};

/** The region whose fulfillment network serves a country (one with an Amazon marketplace), else undefined. */
export function regionOfCountry(countryCode: string): SimRegion | undefined {
  return Object.values(AMAZON_MARKETPLACES).find((m) => m.countryCode === countryCode)?.region;
}
