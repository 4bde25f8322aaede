import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const simPort = Number(process.env.E2E_SIM_PORT ?? 4110);
export const baseURL = `http://localhost:${port}`;
/** The dashboard's data folder under test; the first-run test reads the setup code from it as its operator would. */
export const E2E_DATA_DIR = '.data/e2e';
/** Everything the dashboard printed during the run, for the PII scan (e2e/pii-scan.teardown.ts). */
export const E2E_SERVER_LOG = `${E2E_DATA_DIR}/server.log`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One browser at a time on a two-core machine next to the app server and the simulator.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // After the last spec: no buyer PII in plain text in the database or the server's output.
  globalTeardown: './e2e/pii-scan.teardown.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'first-run', testMatch: /first-run\.setup\.ts/ },
    { name: 'chromium', dependencies: ['first-run'], testIgnore: /first-run\.setup\.ts/ },
  ],
  webServer: {
    // A fresh data folder each run: the suite starts from a first-run dashboard.
    command: `rm -rf ${E2E_DATA_DIR} && node scripts/start.mjs`,
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      SIM_PORT: String(simPort),
      // Amazon's side moves 20x faster (orders ship, quotas refill), so the suite sees life
      // cycles and a full first sync in minutes; the simulator tells the app the faster rates.
      SIM_CLOCK_SCALE: process.env.E2E_SIM_CLOCK_SCALE ?? '20',
      // More orders than the demo's 2,000: the fulfillment specs each take unshipped
      // merchant-fulfilled orders of their own, and the last three days hold only a few dozen.
      SIM_ORDERS: process.env.E2E_SIM_ORDERS ?? '5000',
      DATA_DIR: E2E_DATA_DIR,
      LOG_FILE: E2E_SERVER_LOG,
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
