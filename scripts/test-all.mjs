#!/usr/bin/env node
/**
 * `npm test`: the type check, lint (with the domain fence) and the format check, then unit and
 * integration tests (Vitest), then end-to-end tests (Playwright in Debian's Chromium), then one
 * closing line that counts both. A failed check is reported and fails the run at the end, but
 * the tests still run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
// Playwright empties test-results/ when it starts, so Vitest reports elsewhere.
mkdirSync('.test-reports', { recursive: true });

// How long each phase took, printed before the closing line: CI time is a budget (docs/contributing.md).
const phases = [];
let phaseStarted = Date.now();
function endPhase(name) {
  phases.push(`${name} ${((Date.now() - phaseStarted) / 60_000).toFixed(1)} min`);
  phaseStarted = Date.now();
}

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

/** Runs a package.json script through npm, so package.json stays the one place that says how. */
function runScript(name) {
  const npm = env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', '--silent', name], { stdio: 'inherit', env })
    : spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit', env });
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
const lintStatus = runScript('lint');
if (lintStatus !== 0) console.error('[test] lint failed (see above; docs/contributing.md explains the fence); running the tests anyway.');
const formatStatus = runScript('format:check');
if (formatStatus !== 0) console.error('[test] the format check failed (see above; `npm run format` fixes it); running the tests anyway.');

endPhase('checks');
const unitStatus = run(['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-reports/vitest.json']);

endPhase('unit and integration');
const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let e2eStatus = 0;
if (existsSync(chromium)) {
  e2eStatus = run(['node_modules/@playwright/test/cli.js', 'test']);
} else {
  console.error(`[test] ${chromium} is missing: install Debian's chromium package (apt-get install -y chromium) to run the end-to-end tests.`);
  e2eStatus = 1;
}

endPhase('end-to-end');
const vitest = readJson('.test-reports/vitest.json');
const playwright = readJson('test-results/playwright.json');
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
const failedChecks = [typeStatus && 'type check', lintStatus && 'lint', formatStatus && 'format check'].filter(Boolean);
if (failedChecks.length > 0) console.error(`[test] checks that failed (see above): ${failedChecks.join(', ')}`);
const status = typeStatus || lintStatus || formatStatus || unitStatus || e2eStatus;
console.log(`[test] time: ${phases.join(', ')}`);
// A runner that crashed before reporting still fails the run.
console.log(`tests: ${passed} passed, ${failed + (status && !failed ? 1 : 0)} failed, ${skipped} skipped`);
process.exit(status);
