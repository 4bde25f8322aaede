/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The build checks the app's own code; `npm run typecheck` checks everything (tests, simulator, scripts).
  typescript: { tsconfigPath: 'tsconfig.next.json' },
  // Native and WASM packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres', 'pg', 'pg-boss', 'pdfkit', 'bwip-js'],
  // A buyer message may attach a file of up to 10 MB (lib/orders/messaging/attachment-file.ts); the form around it
  // needs a little more. Both limits default lower (server actions 1 MB, a request through proxy.ts 10 MB).
  experimental: { serverActions: { bodySizeLimit: '11mb' }, proxyClientMaxBodySize: '11mb' },
  // Security headers: proxy.ts (a fresh CSP nonce per request, HSTS only over TLS).
  // Metadata is resolved with the page, never streamed after it: every page's titles come from its
  // params alone (nothing to wait for), and a page is never seen, by a screen reader or axe, without one.
  htmlLimitedBots: /.*/,
};

export default nextConfig;
