/**
 * `npm run bench:browser`: what a seller's browser waits for on the daily pages. Seeds
 * BENCH_BROWSER_ORDERS orders (default 20,000) into a throw-away PGlite database, starts the
 * production server (`next start`, building `.next` first when it is stale), signs in through
 * the sign-in form in headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) and
 * loads orders, an order's page, inventory and outbound, each in a fresh browser context (an
 * empty cache: a first visit) BENCH_BROWSER_RUNS times (default 5). Per page it prints the
 * medians of Largest Contentful Paint, Total Blocking Time (long tasks after First Contentful
 * Paint, the part of each over 50 ms) and the JavaScript the page loaded (compressed bytes over
 * the wire), and ends with `browser: orders_lcp_ms=N orders_js_kb=N worst_lcp_ms=N`.
 * Goals (issue 16): orders LCP under 800 ms and under 150 kB of JavaScript.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { orders } from '@/db/schema';
import { startNextServer, type RunningNextServer } from './bench/next-server';
import { seedBenchWorkspace, type BenchWorkspace } from './bench/seed-bench-workspace';
import { buildIfStale } from './production-build.mjs';

const ORDERS = Number(process.env.BENCH_BROWSER_ORDERS ?? 20_000);
const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-browser-'));
const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });

interface Load {
  lcpMs: number;
  /** The LCP element's tag and first words: what the page waits on. */
  lcpElement: string;
  /** First byte and last byte of the HTML (a streamed page ends when its last part is sent). */
  ttfbMs: number;
  htmlMs: number;
  fcpMs: number;
  tbtMs: number;
  jsBytes: number;
}

/** Runs in the page before its own scripts: keeps LCP and long-task entries as they come. */
function observeVitals() {
  const vitals = { lcp: 0, lcpElement: '', longTasks: [] as Array<{ start: number; duration: number }> };
  (window as unknown as { __vitals: typeof vitals }).__vitals = vitals;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      vitals.lcp = entry.startTime;
      const element = (entry as PerformanceEntry & { element?: Element }).element;
      vitals.lcpElement = element ? `${element.tagName.toLowerCase()} ${(element.textContent ?? '').slice(0, 40)}` : '';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) vitals.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function measure(browser: Browser, state: BrowserContextOptions['storageState'], url: string, heading: RegExp): Promise<Load> {
  const context = await browser.newContext({ storageState: state, viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(observeVitals);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 10_000 });
    // Quiet for a moment, so late long tasks and the final LCP candidate are in.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    return await page.evaluate(() => {
      const { lcp, lcpElement, longTasks } = (
        window as unknown as { __vitals: { lcp: number; lcpElement: string; longTasks: Array<{ start: number; duration: number }> } }
      ).__vitals;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const tbt = longTasks.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (r) => r.initiatorType === 'script' || /\.js(\?|$)/.test(new URL(r.name).pathname),
      );
      return {
        lcpMs: lcp,
        lcpElement,
        ttfbMs: navigation?.responseStart ?? 0,
        htmlMs: navigation?.responseEnd ?? 0,
        fcpMs: fcp,
        tbtMs: tbt,
        jsBytes: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0),
      };
    });
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

let server: RunningNextServer | undefined;
let browser: Browser | undefined;
let seeded: BenchWorkspace | undefined;
try {
  if (!buildIfStale(root, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' })) throw new Error('next build failed');
  const handle = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
  let orderId: string;
  try {
    seeded = await seedBenchWorkspace(handle.db, ORDERS);
    const [order] = await handle.db.select({ id: orders.amazonOrderId }).from(orders).where(eq(orders.workspaceId, seeded.workspaceIds[0]!)).limit(1);
    orderId = order!.id;
  } finally {
    await handle.close();
  }
  console.log(`bench:browser: ${ORDERS} orders seeded; headless ${CHROMIUM} against next start`);

  server = await startNextServer(root, {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    BACKGROUND_SYNC: 'off',
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  // Signed in once through the form, as a seller does; every measured load starts from that session.
  const signInContext = await browser.newContext();
  const signInPage = await signInContext.newPage();
  await signInPage.goto(`${server.baseUrl}/sign-in`);
  await signInPage.getByLabel('Email').fill(seeded.owner.email);
  await signInPage.getByLabel('Password').fill(seeded.owner.password);
  await signInPage.getByRole('button', { name: 'Sign in' }).click();
  await signInPage.waitForURL(/\/orders/);
  const state = await signInContext.storageState();
  await signInContext.close();

  const pages: Array<[name: string, url: string, heading: RegExp]> = [
    ['orders', '/orders?account=all&marketplace=all', /^Orders$/],
    ['order detail', `/orders/${orderId}`, /^Order /],
    ['inventory', '/inventory', /^Inventory$/],
    ['outbound', '/outbound', /^Outbound$/],
  ];
  const results = new Map<string, { lcp: number; tbt: number; jsKb: number; ttfb: number; html: number; fcp: number; lcpElement: string }>();
  for (const [name, url, heading] of pages) {
    // One unmeasured load: the server has compiled and cached its paths.
    await measure(browser, state, `${server.baseUrl}${url}`, heading);
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await measure(browser, state, `${server.baseUrl}${url}`, heading));
    const result = {
      lcp: median(loads.map((l) => l.lcpMs)),
      tbt: median(loads.map((l) => l.tbtMs)),
      jsKb: median(loads.map((l) => l.jsBytes)) / 1024,
      ttfb: median(loads.map((l) => l.ttfbMs)),
      html: median(loads.map((l) => l.htmlMs)),
      fcp: median(loads.map((l) => l.fcpMs)),
      lcpElement: loads.find((l) => l.lcpMs === median(loads.map((x) => x.lcpMs)))?.lcpElement ?? '',
    };
    results.set(name, result);
    console.log(
      `${name.padEnd(14)} lcp_ms=${Math.round(result.lcp)}  tbt_ms=${Math.round(result.tbt)}  js_kb=${result.jsKb.toFixed(1)}  ` +
        `ttfb_ms=${Math.round(result.ttfb)}  html_done_ms=${Math.round(result.html)}  fcp_ms=${Math.round(result.fcp)}  (median of ${RUNS}; LCP: ${JSON.stringify(result.lcpElement)})`,
    );
  }
  const ordersResult = results.get('orders')!;
  const worst = Math.max(...[...results.values()].map((r) => r.lcp));
  console.log(`browser: orders_lcp_ms=${Math.round(ordersResult.lcp)} orders_js_kb=${Math.round(ordersResult.jsKb)} worst_lcp_ms=${Math.round(worst)}`);
} catch (error) {
  if (server) console.error(`[next start, last lines]\n${server.recentOutput()}`);
  throw error;
} finally {
  await browser?.close();
  await server?.stop();
  removeDataDir();
}
