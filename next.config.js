/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The build checks the app's own code; `npm run typecheck` checks everything (tests, simulator, scripts).
  typescript: { tsconfigPath: 'tsconfig.next.json' },
  // Native and WASM packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres', 'pg', 'pg-boss', 'pdfkit', 'bwip-js'],
  // Security headers: proxy.ts (a fresh CSP nonce per request, HSTS only over TLS).
};

export default nextConfig;
