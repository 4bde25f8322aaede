import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { applyClientAddress, clientAddressOf, listenHost, trustedProxyHops } from './client-address.mjs';

const request = (remoteAddress: string, headers: IncomingMessage['headers']) => ({ socket: { remoteAddress } as IncomingMessage['socket'], headers });

describe('where the server listens', () => {
  it('listens on loopback unless HOST says otherwise, and ignores the HOSTNAME shells and containers set', () => {
    expect(listenHost({})).toBe('127.0.0.1');
    expect(listenHost({ HOSTNAME: 'build-box-7' })).toBe('127.0.0.1');
    expect(listenHost({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
    expect(listenHost({ HOST: ' ' })).toBe('127.0.0.1');
  });
});

describe('the client address', () => {
  it('is the connection when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    const req = request('198.51.100.7', {
      'x-forwarded-for': '203.0.113.1',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'evil.example',
      host: 'localhost:3000',
    });
    expect(applyClientAddress(req, 0)).toBe('198.51.100.7');
    // Next.js fills the others in from the connection; a client's claims never reach it.
    expect(req.headers).toEqual({ 'x-forwarded-for': '198.51.100.7', host: 'localhost:3000' });
  });

  it('is what the nearest trusted proxy saw, not what the client wrote before it', () => {
    expect(clientAddressOf('10.0.0.2', '203.0.113.1, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientAddressOf('10.0.0.2', '203.0.113.1, 198.51.100.7, 10.0.0.9', 2)).toBe('198.51.100.7');
    expect(clientAddressOf('10.0.0.2', '198.51.100.7', 3)).toBe('198.51.100.7');
    // Straight to the app, around the proxy: the connection it came on.
    expect(clientAddressOf('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    const req = request('10.0.0.2', { 'x-forwarded-for': '203.0.113.1, 198.51.100.7', 'x-forwarded-proto': 'https' });
    expect(applyClientAddress(req, 1)).toBe('198.51.100.7');
    expect(req.headers).toEqual({ 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' });
  });

  it('reads TRUST_PROXY as a number of proxies and refuses anything else with a message', () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: '1' })).toBe(1);
    expect(trustedProxyHops({ TRUST_PROXY: 'true' })).toBe(1);
    expect(trustedProxyHops({ TRUST_PROXY: '2' })).toBe(2);
    expect(() => trustedProxyHops({ TRUST_PROXY: 'yes please' })).toThrow(
      'TRUST_PROXY must be the number of proxies in front of the dashboard (0-9), not "yes please".',
    );
  });
});
