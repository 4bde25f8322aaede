import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './headers';
import { requestUsesHttps, siteUsesHttps } from './https';

describe('the security headers', () => {
  it('let `next dev` evaluate code and inline styles, and nothing else does', () => {
    const dev = contentSecurityPolicy('n0nce', { development: true, https: false });
    expect(dev).toContain("script-src 'self' 'nonce-n0nce' 'strict-dynamic' 'unsafe-eval'");
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(contentSecurityPolicy('n0nce', { development: false, https: false })).not.toContain('unsafe');
  });

  it('turn on HSTS and upgrade plain-http subresources on an https site only', () => {
    const https = securityHeaders({ nonce: 'n0nce', development: false, https: true });
    expect(https['Strict-Transport-Security']).toBe('max-age=31536000');
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests');
    const http = securityHeaders({ nonce: 'n0nce', development: false, https: false });
    expect(http['Strict-Transport-Security']).toBeUndefined();
    expect(http['Content-Security-Policy']).not.toContain('upgrade-insecure-requests');
  });

  it('call the site https from its public URL, or from the proxy in front of it', () => {
    expect(siteUsesHttps('https://ops.acme.example')).toBe(true);
    expect(siteUsesHttps('http://localhost:3000')).toBe(false);
    expect(siteUsesHttps(undefined)).toBe(false);
    expect(requestUsesHttps(new Headers(), 'https://ops.acme.example')).toBe(true);
    expect(requestUsesHttps(new Headers({ 'x-forwarded-proto': 'https' }), 'http://localhost:3000')).toBe(true);
    expect(requestUsesHttps(new Headers({ 'x-forwarded-proto': 'http' }), undefined)).toBe(false);
  });
});
