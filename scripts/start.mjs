#!/usr/bin/env node
/**
 * `npm start`: one command from a fresh clone to a working dashboard.
 * Builds the app when the build is missing or older than the sources, starts the bundled
 * SP-API simulator when no real Amazon credentials are configured, then serves Next.js
 * (scripts/serve.mjs: on 127.0.0.1 unless HOST says otherwise). `--dev` serves `next dev`
 * instead of a production build.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './production-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

// LOG_FILE: the dashboard's own output (not the simulator's) is also appended there, e.g. for the e2e's PII scan.
if (env.LOG_FILE) mkdirSync(path.dirname(env.LOG_FILE), { recursive: true });
const logFile = env.LOG_FILE ? createWriteStream(env.LOG_FILE, { flags: 'a' }) : undefined;

const children = [];
/** An essential child's exit stops everything; the simulator's only costs fresh data, so it is reported. */
function run(name, command, args, { extraEnv = {}, essential = true, logged = false } = {}) {
  const teed = logged && logFile;
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: teed ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
  if (teed) {
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      from.pipe(to);
      from.pipe(logFile, { end: false });
    }
  }
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    if (!essential) {
      console.error(`[start] ${name} stopped (${signal ?? code}); the dashboard keeps serving what it has synced.`);
      return;
    }
    console.log(`[start] ${name} stopped (${signal ?? code}); stopping the rest.`);
    shutdown(code ?? 1);
  });
  return child;
}

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

// Built before anything starts, so a failed build leaves nothing running.
if (!dev && !buildIfStale(root, env)) process.exit(1);

// Real Amazon credentials switch the same code to Amazon; without them the simulator stands in.
const useSimulator = !env.LWA_CLIENT_ID && !env.SPAPI_ENDPOINT && existsSync(path.join(root, 'simulator', 'main.ts'));
if (useSimulator) {
  const simPort = env.SIM_PORT ?? '4010';
  const simOrigin = `http://127.0.0.1:${simPort}`;
  // One simulator, three regional hosts (/na, /eu, /fe): each account's calls go to its region's.
  env.SPAPI_ENDPOINT = `${simOrigin}/{region}`;
  env.LWA_ENDPOINT = `${simOrigin}/auth/o2/token`;
  env.SPAPI_CONSENT_URL = `${simOrigin}/apps/authorize/consent`;
  // The simulator's demo application and sellers: fixed, publishable values (see README).
  env.LWA_CLIENT_ID = 'amzn1.application-oa2-client.simdemo';
  env.LWA_CLIENT_SECRET = 'amzn1.oa2-cs.v1.simdemo-secret';
  env.SPAPI_APPLICATION_ID = 'amzn1.sp.solution.simdemo';
  env.SPAPI_DEMO_REFRESH_TOKENS = 'A1DEMOSELLERNA:na:Atzr|sim.demo.na,A1DEMOSELLEREU:eu:Atzr|sim.demo.eu';
  run('simulator', process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'simulator/main.ts'], {
    // Label and bill-of-lading links on the origin the dashboard trusts for documents (SPAPI_ENDPOINT's).
    extraEnv: { SIM_PORT: simPort, SIM_PUBLIC_URL: simOrigin },
    essential: false,
  });
}

// Our own server around Next.js (serve.mjs): it binds to HOST (loopback by default) and knows the client's address.
run('next', process.execPath, [path.join(root, 'scripts/serve.mjs'), ...(dev ? ['--dev'] : [])], { extraEnv: { PORT: port }, logged: true });
