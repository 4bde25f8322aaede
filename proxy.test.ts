import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from './proxy';

const get = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));

/** The policy's directives by name, e.g. { 'script-src': ["'self'", ...] }. */
function directives(policy: string | null): Record<string, string[]> {
  expect(policy).toBeTruthy();
  return Object.fromEntries(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('the security headers on every page', () => {
  it('sends a Content-Security-Policy whose nonce Next.js also receives, so only its own scripts run', () => {
    const response = get('/orders');
    const policy = response.headers.get('content-security-policy');
    const csp = directives(policy);
    const nonce = csp['script-src']!.find((v) => v.startsWith("'nonce-"))!.slice("'nonce-".length, -1);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22,}={0,2}$/);
    expect(csp['script-src']).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp['style-src']).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp['connect-src']).toEqual(["'self'"]);
    // Labels and bills of lading are shown from a blob: URL in a frame of the page.
    expect(csp['frame-src']).toEqual(["'self'", 'blob:']);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe');
    // Next.js reads the nonce for its own scripts from the request's policy header.
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(response.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
  });

  it('makes a fresh nonce for every request', () => {
    const nonces = new Set([1, 2, 3].map(() => get('/orders').headers.get('x-middleware-request-x-nonce')));
    expect(nonces.size).toBe(3);
  });

  it('forbids framing, sniffing, referrers to other sites and the powerful browser features', () => {
    const { headers } = get('/sign-in');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy')).toMatch(/^camera=\(\), microphone=\(\), geolocation=\(\)/);
  });

  it('sends HSTS only when the request came over TLS', () => {
    expect(get('/orders').headers.get('strict-transport-security')).toBeNull();
    expect(get('/orders', { 'x-forwarded-proto': 'https' }).headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('leaves the page policy off route handlers (JSON, CSV and the label PDFs), which keep the other headers', () => {
    const { headers } = get('/api/inbound/shipments/a/b/labels');
    expect(headers.get('content-security-policy')).toBeNull();
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
  });
});
