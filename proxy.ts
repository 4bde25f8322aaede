/**
 * Next.js Proxy (formerly middleware): the security headers of lib/security/headers.ts on every
 * response, static files included (no matcher), so they are set in this one place. It decides
 * nothing about who may see what; every page and action checks the session itself.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { requestUsesHttps } from '@/lib/security/https';
import { newNonce, securityHeaders } from '@/lib/security/headers';

export function proxy(request: NextRequest): NextResponse {
  // Route handlers and Next's own files (hashed scripts, styles) are not pages: no policy, no nonce.
  const { pathname } = request.nextUrl;
  const isPage = !pathname.startsWith('/api/') && !pathname.startsWith('/_next/');
  const nonce = isPage ? newNonce() : null;
  const headers = securityHeaders({
    nonce,
    development: process.env.NODE_ENV === 'development',
    https: requestUsesHttps(request.headers, env().NEXTAUTH_URL),
  });

  // Next.js reads the nonce for its scripts from the request's policy header (and pages may read x-nonce).
  const requestHeaders = new Headers(request.headers);
  const policy = headers['Content-Security-Policy'];
  if (nonce && policy) {
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', policy);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
