#!/usr/bin/env node
/**
 * `npm test`: unit and integration tests (Vitest), then end-to-end tests (Playwright in
 * Debian's Chromium), then one closing line that counts both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
// Playwright empties test-results/ when it starts, so Vitest reports elsewhere.
mkdirSync('.test-reports', { recursive: true });

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

if (!env.TEST_DATABASE_URL) {
  console.log('[test] TEST_DATABASE_URL is not set: database tests run on PGlite only (CI runs them on PostgreSQL too).');
}
const typeStatus = run(['node_modules/typescript/bin/tsc', '--noEmit']);
if (typeStatus !== 0) console.error('[test] the type check failed (see above); running the tests anyway.');

const unitStatus = run([
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.test-reports/vitest.json',
]);

const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let e2eStatus = 0;
if (existsSync(chromium)) {
  e2eStatus = run(['node_modules/@playwright/test/cli.js', 'test']);
} else {
  console.error(`[test] ${chromium} is missing: install Debian's chromium package (apt-get install -y chromium) to run the end-to-end tests.`);
  e2eStatus = 1;
}

const vitest = readJson('.test-reports/vitest.json');
const playwright = readJson('test-results/playwright.json');
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
const status = typeStatus || unitStatus || e2eStatus;
// A runner that crashed before reporting still fails the run.
console.log(`tests: ${passed} passed, ${failed + (status && !failed ? 1 : 0)} failed, ${skipped} skipped`);
process.exit(status);
