/** The marketplaces the simulator sells in, with what orders need to look local. */
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
  ATVPDKIKX0DER: { id: 'ATVPDKIKX0DER', countryCode: 'US', name: 'Amazon.com', salesChannel: 'Amazon.com', currencyCode: 'USD', fxFromCatalog: 1, defaultLanguageCode: 'en_US', domainName: 'www.amazon.com', orderIdPrefixes: ['111', '112', '113', '114'], region: 'na' },
  A2EUQ1WTGCTBG2: { id: 'A2EUQ1WTGCTBG2', countryCode: 'CA', name: 'Amazon.ca', salesChannel: 'Amazon.ca', currencyCode: 'CAD', fxFromCatalog: 1.37, defaultLanguageCode: 'en_CA', domainName: 'www.amazon.ca', orderIdPrefixes: ['701', '702'], region: 'na' },
  A1AM78C64UM0Y8: { id: 'A1AM78C64UM0Y8', countryCode: 'MX', name: 'Amazon.com.mx', salesChannel: 'Amazon.com.mx', currencyCode: 'MXN', fxFromCatalog: 17.1, defaultLanguageCode: 'es_MX', domainName: 'www.amazon.com.mx', orderIdPrefixes: ['701', '702'], region: 'na' },
  A1F83G8C2ARO7P: { id: 'A1F83G8C2ARO7P', countryCode: 'GB', name: 'Amazon.co.uk', salesChannel: 'Amazon.co.uk', currencyCode: 'GBP', fxFromCatalog: 1, defaultLanguageCode: 'en_GB', domainName: 'www.amazon.co.uk', orderIdPrefixes: ['202', '203', '204', '205', '206'], region: 'eu' },
  A1PA6795UKMFR9: { id: 'A1PA6795UKMFR9', countryCode: 'DE', name: 'Amazon.de', salesChannel: 'Amazon.de', currencyCode: 'EUR', fxFromCatalog: 1.17, defaultLanguageCode: 'de_DE', domainName: 'www.amazon.de', orderIdPrefixes: ['302', '303', '304', '305', '306'], region: 'eu' },
};

export function marketplace(id: string): Marketplace {
  const found = MARKETPLACES[id];
  if (!found) throw new Error(`unknown marketplace ${id}`);
  return found;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
