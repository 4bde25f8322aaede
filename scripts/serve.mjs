#!/usr/bin/env node
/**
 * The dashboard's HTTP server: Next.js behind node:http instead of `next start`, because only
 * here is the connection visible. It listens on loopback unless HOST says otherwise, and gives
 * Next.js the client's real address (client-address.mjs) for the sign-in limits.
 * `scripts/start.mjs` runs it; `--dev` serves `next dev`.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyClientAddress, listenHost, trustedProxyHops } from './client-address.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
// Before Next.js loads: it picks React's development or production build from it.
process.env.NODE_ENV = dev ? 'development' : 'production';

let hops;
try {
  hops = trustedProxyHops(process.env);
} catch (error) {
  console.error(`[serve] ${error.message}`);
  process.exit(1);
}
const host = listenHost(process.env);
const port = Number(process.env.PORT ?? 3000);

const { default: next } = await import('next');
let handle = null;
const server = createServer((req, res) => {
  applyClientAddress(req, hops);
  handle(req, res).catch((error) => {
    console.error(`[serve] ${req.method} ${req.url}: ${error instanceof Error ? error.message : error}`);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
const app = next({ dev, dir: root, hostname: host, port, httpServer: server });
await app.prepare();
handle = app.getRequestHandler();

server.on('error', (error) => {
  console.error(`[serve] cannot listen on ${host}:${port}: ${error.code ?? error.message}. Check HOST and PORT.`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`[serve] Seller Ops on http://${host.includes(':') ? `[${host}]` : host}:${port}${dev ? ' (development)' : ''}`);
});

let closing = false;
function close() {
  if (closing) return;
  closing = true;
  server.close();
  app.close().finally(() => process.exit(0));
}
process.on('SIGTERM', close);
process.on('SIGINT', close);
