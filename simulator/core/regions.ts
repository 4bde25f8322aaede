/**
 * Amazon serves the SP-API from three regional hosts (sellingpartnerapi-na/-eu/-fe.amazon.com)
 * and a seller's tokens work on its own region's host only. The simulator listens on one port,
 * so a region is a path prefix instead of a host name: http://127.0.0.1:4010/eu is the EU host.
 * A client picks the base URL per region exactly as it would pick Amazon's host, and nothing
 * else in the request changes (restricted data tokens name paths without the prefix).
 *
 * A path without a prefix is answered as the calling seller's own region: the shortcut for
 * curl and for clients configured with one base URL. Only the prefixes can catch a client
 * that sends a seller's calls to the wrong region.
 */
export type SimRegion = 'na' | 'eu' | 'fe';

const REGIONAL_PREFIX = /^\/(na|eu|fe)(\/.*)$/;

/** '/eu/orders/v0/orders' -> { region: 'eu', path: '/orders/v0/orders' }; no prefix: region undefined. */
export function splitRegionalPath(pathname: string): { region: SimRegion | undefined; path: string } {
  const match = REGIONAL_PREFIX.exec(pathname);
  if (!match?.[1] || !match[2]) return { region: undefined, path: pathname };
  return { region: match[1] as SimRegion, path: match[2] };
}
