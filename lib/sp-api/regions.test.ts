import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '@/simulator/state/marketplaces';
import { isAmazonSpApiHost, LWA_TOKEN_ENDPOINT, marketplaceLabel, regionForMarketplace, resolveEndpoints, UnknownMarketplaceError } from './regions';

describe('regions', () => {
  it('maps marketplaces to regions', () => {
    expect(regionForMarketplace('ATVPDKIKX0DER')).toBe('na');
    expect(regionForMarketplace('A1AM78C64UM0Y8')).toBe('na');
    expect(regionForMarketplace('A1F83G8C2ARO7P')).toBe('eu');
    expect(regionForMarketplace('A1PA6795UKMFR9')).toBe('eu');
    expect(regionForMarketplace('A21TJRUUN4KGV')).toBe('eu');
    expect(regionForMarketplace('A1VC38T7YXB528')).toBe('fe');
    expect(() => regionForMarketplace('NOPE')).toThrow(UnknownMarketplaceError);
  });

  it('names marketplaces as sellers do, keeping the code and id', () => {
    expect(marketplaceLabel('A2EUQ1WTGCTBG2')).toEqual({ name: 'Amazon.ca', countryCode: 'CA', marketplaceId: 'A2EUQ1WTGCTBG2' });
    expect(marketplaceLabel('A1F83G8C2ARO7P').name).toBe('Amazon.co.uk');
    // One Amazon does not list (a non-Amazon sales channel) shows its id rather than a made-up name.
    expect(marketplaceLabel('A2ZV50J4W1RKNI')).toEqual({ name: 'A2ZV50J4W1RKNI', countryCode: 'A2ZV50J4W1RKNI', marketplaceId: 'A2ZV50J4W1RKNI' });
    // The names agree with what getMarketplaceParticipations answers (the simulator's copy of it).
    for (const m of Object.values(MARKETPLACES)) expect(marketplaceLabel(m.id).name).toBe(m.name);
  });

  it('uses the regional host unless the config overrides it', () => {
    expect(resolveEndpoints('eu')).toEqual({ spApiEndpoint: 'https://sellingpartnerapi-eu.amazon.com', lwaEndpoint: LWA_TOKEN_ENDPOINT });
    expect(resolveEndpoints('na', { spApiEndpoint: 'http://127.0.0.1:4010/', lwaEndpoint: 'http://127.0.0.1:4010/auth/o2/token' })).toEqual({
      spApiEndpoint: 'http://127.0.0.1:4010',
      lwaEndpoint: 'http://127.0.0.1:4010/auth/o2/token',
    });
    // A simulator (or proxy) serving every region puts the region into the base URL.
    expect(resolveEndpoints('eu', { spApiEndpoint: 'http://127.0.0.1:4010/{region}' }).spApiEndpoint).toBe('http://127.0.0.1:4010/eu');
    expect(resolveEndpoints('fe', { spApiEndpoint: 'https://proxy.example/{region}/' }).spApiEndpoint).toBe('https://proxy.example/fe');
    // Empty env values count as unset.
    expect(resolveEndpoints('fe', { spApiEndpoint: '', lwaEndpoint: undefined }).spApiEndpoint).toBe('https://sellingpartnerapi-fe.amazon.com');
  });

  it("tells Amazon's own regional hosts from the simulator, proxies and look-alikes", () => {
    for (const region of ['na', 'eu', 'fe'] as const) expect(isAmazonSpApiHost(resolveEndpoints(region).spApiEndpoint)).toBe(true);
    expect(isAmazonSpApiHost('https://sellingpartnerapi-na.amazon.com/')).toBe(true); // an override naming the real host
    expect(isAmazonSpApiHost('http://127.0.0.1:4010')).toBe(false);
    expect(isAmazonSpApiHost('https://sandbox.sellingpartnerapi-na.amazon.com')).toBe(false);
    expect(isAmazonSpApiHost('https://sellingpartnerapi-na.amazon.com.example.test')).toBe(false);
    expect(isAmazonSpApiHost('not a url')).toBe(false);
  });
});
