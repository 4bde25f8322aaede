/**
 * The address the sign-in limits count a request under. `npm start`'s server
 * (scripts/serve.mjs) puts the one client address it trusts in X-Forwarded-For; Next.js
 * itself puts the connection's there when it runs alone.
 *
 * One IPv6 client usually holds a whole /64 and can pick a fresh address from it for every
 * request, so IPv6 addresses count per /64; IPv4 addresses count one by one.
 */
import { isIPv4, isIPv6 } from 'node:net';

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

export function clientAddress(headers: HeaderBag): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(',')[0]?.trim();
  return first ? addressKey(first) : 'unknown';
}

export function addressKey(address: string): string {
  const mappedV4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mappedV4 && isIPv4(mappedV4)) return mappedV4;
  if (isIPv4(address)) return address;
  const groups = isIPv6(address) ? ipv6Groups(address.replace(/%.*$/, '')) : null;
  if (!groups) return address;
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, written without leading zeros. */
function ipv6Groups(address: string): string[] | null {
  let text = address.toLowerCase();
  // A trailing dotted IPv4 part (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) is two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (v4) {
    const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
    text = text.slice(0, -v4.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  if (groups.length !== 8) return null;
  return groups.map((g) => parseInt(g, 16).toString(16));
}
