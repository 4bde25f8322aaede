/**
 * Whether the dashboard is served over TLS. The public URL (NEXTAUTH_URL) says so for the whole
 * site; a TLS-terminating proxy says so per request with X-Forwarded-Proto, which `npm start`'s
 * server passes on only from proxies TRUST_PROXY names (scripts/client-address.mjs).
 */
export function siteUsesHttps(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith('https://') ?? false;
}

export function requestUsesHttps(headers: Headers, publicUrl: string | undefined): boolean {
  return siteUsesHttps(publicUrl) || headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
