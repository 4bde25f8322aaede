/**
 * Where the dashboard's server listens, and whose address a request comes from. Plain
 * JavaScript because `scripts/serve.mjs` runs it before anything is compiled; its types are in
 * client-address.d.mts.
 *
 * The sign-in limits count failures per client address, so the address must be one a client
 * cannot choose: the connection's own, unless the operator says that proxies stand in front
 * (TRUST_PROXY=<how many>), in which case the address the nearest of those proxies reports.
 * Anything else a client sends in X-Forwarded-* is dropped before Next.js sees the request.
 */

/** Loopback unless HOST says otherwise: before the owner exists, whoever reaches the port can try to set up. */
export const DEFAULT_HOST = '127.0.0.1';

/**
 * HOST only. HOSTNAME, which Next's standalone server reads, is not used: many shells and every
 * container set it to the machine's name, which would quietly open the port to the network.
 */
export function listenHost(env) {
  const host = env.HOST?.trim();
  return host ? host : DEFAULT_HOST;
}

/** TRUST_PROXY: how many proxies in front of the dashboard append to X-Forwarded-For; 0 (default) for none. */
export function trustedProxyHops(env) {
  const raw = env.TRUST_PROXY?.trim() ?? '';
  if (raw === '' || raw === '0' || raw.toLowerCase() === 'false') return 0;
  if (raw.toLowerCase() === 'true') return 1;
  if (/^[1-9]$/.test(raw)) return Number(raw);
  throw new Error(`TRUST_PROXY must be the number of proxies in front of the dashboard (0-9), not "${raw}". See README.md, "Configuration".`);
}

/**
 * The client's address. Each proxy appends the address it received the request from, so with
 * `hops` trusted proxies the client is the hops-th entry from the right; entries left of it were
 * written by the client and prove nothing. A request that arrives without the header did not
 * come through the proxies, and is known by its connection.
 */
export function clientAddressOf(socketAddress, forwardedFor, hops) {
  const connection = socketAddress ?? 'unknown';
  if (hops === 0 || !forwardedFor) return connection;
  const entries = String(forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return connection;
  return entries[Math.max(0, entries.length - hops)];
}

const FORWARDED_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-port', 'x-forwarded-proto', 'x-real-ip', 'forwarded'];

/**
 * Rewrites a request's forwarding headers before Next.js handles it: X-Forwarded-For becomes the
 * one client address; without trusted proxies every other X-Forwarded-* header is dropped too,
 * and Next.js fills them in from the connection itself.
 */
export function applyClientAddress(req, hops) {
  const address = clientAddressOf(req.socket?.remoteAddress, req.headers['x-forwarded-for'], hops);
  if (hops === 0) for (const name of FORWARDED_HEADERS) delete req.headers[name];
  req.headers['x-forwarded-for'] = address;
  return address;
}
