/**
 * The security headers of every response, in one place; proxy.ts sets them per request.
 *
 * Pages get a Content-Security-Policy with a fresh nonce: Next.js puts that nonce on its own
 * scripts and inline styles ('strict-dynamic' lets the scripts they load run too), so an
 * injected script has nothing to run with. Route handlers answer JSON, CSV and PDF rather
 * than pages, and keep only the other headers.
 */

export interface SecurityHeaderOptions {
  /** A fresh random value per request; null for responses that are not pages. */
  nonce: string | null;
  /** `next dev`: React's debugging needs eval, and the error overlay inline styles. */
  development: boolean;
  /** Served over TLS: HSTS, and plain-http subresources are upgraded. */
  https: boolean;
}

export function contentSecurityPolicy(nonce: string, { development, https }: Omit<SecurityHeaderOptions, 'nonce'>): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // A nonce switches 'unsafe-inline' off, so development gets 'unsafe-inline' alone.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The inbound labels panel shows label and bill-of-lading PDFs from a blob: URL in a frame.
    "frame-src 'self' blob:",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Features the dashboard never uses, refused to it and to anything it frames. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()';

/**
 * One year, this host only: includeSubDomains or preload would bind every other site under the
 * seller's domain to https, which is not ours to decide.
 */
const HSTS = 'max-age=31536000';

export function securityHeaders({ nonce, development, https }: SecurityHeaderOptions): Record<string, string> {
  return {
    ...(nonce ? { 'Content-Security-Policy': contentSecurityPolicy(nonce, { development, https }) } : {}),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // Browsers ignore HSTS received over plain http, so a forged X-Forwarded-Proto gains nothing.
    ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/** 128 random bits, base64: what CSP nonces are made of. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
