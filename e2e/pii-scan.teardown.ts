/**
 * After the suite: no buyer PII in plain text anywhere the dashboard writes. The simulator
 * knows every buyer's name, e-mail, street lines and phone (GET /_sim/state/buyers); the specs
 * typed a few web-shop recipients of their own. Each is searched for, in every form it could
 * take (test/pii/scanner.ts), in every column of every table (audit entries included) and in
 * every line the dashboard printed (its stdout and stderr, error reports included, are teed to
 * LOG_FILE by scripts/start.mjs). Any hit fails the run, naming the table and column or the
 * log line.
 *
 * Runs as Playwright's globalTeardown, before the web server is stopped: it asks the simulator
 * first, then stops the dashboard itself (the pid holding the embedded database's lock), since
 * one process at a time may open PGlite's folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { databaseText } from '@/test/pii/database-text';
import { buyerPii, createPiiScanner, describeHits, linesOf, type PiiHit, type PiiValue } from '@/test/pii/scanner';
import { E2E_DATA_DIR, E2E_SERVER_LOG } from '../playwright.config';
import { MOVED_CUSTOMER, WEB_SHOP_CUSTOMER } from './support/outbound-helpers';
import { IMPORT_RECIPIENTS } from './support/outbound-import-helpers';

const simUrl = `http://localhost:${process.env.E2E_SIM_PORT ?? 4110}`;
const pgliteDir = path.join(E2E_DATA_DIR, 'pglite');

interface SimBuyer {
  name: string;
  email: string;
  address: { name: string; line1: string; line2?: string; phone: string };
}

async function piiValues(): Promise<PiiValue[]> {
  const response = await fetch(`${simUrl}/_sim/state/buyers`);
  if (!response.ok) throw new Error(`The simulator did not list its buyers (${response.status}); the PII scan needs them.`);
  const { buyers } = (await response.json()) as { buyers: SimBuyer[] };
  const typed = [WEB_SHOP_CUSTOMER, MOVED_CUSTOMER].flatMap((r): PiiValue[] => [
    { kind: 'name', value: r.name },
    { kind: 'street', value: r.addressLine1 },
  ]);
  // The recipients of the imported shop file (outbound-import.spec.ts): Amazon gets them, the database must not.
  const imported = IMPORT_RECIPIENTS.flatMap((r): PiiValue[] => [
    { kind: 'name', value: r.name },
    { kind: 'street', value: r.street },
  ]);
  return [...buyers.flatMap(buyerPii), ...typed, ...imported];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops the dashboard that holds the embedded database (its lock names it), and waits until it is gone. */
async function stopDashboard(): Promise<void> {
  const lockFile = `${pgliteDir}.lock`;
  if (!existsSync(lockFile)) return;
  const { pid } = JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number };
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; alive(pid); waited += 100) {
    if (waited > 30_000) throw new Error(`The dashboard (pid ${pid}) did not stop; the PII scan cannot open its database.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export default async function piiScan(): Promise<void> {
  if (!existsSync(pgliteDir)) return; // The dashboard never started: nothing was written.
  const scanner = createPiiScanner(await piiValues());
  await stopDashboard();

  const hits: PiiHit[] = [];
  let values = 0;
  const handle = await openDatabase({ pgliteDir });
  try {
    for await (const source of databaseText(handle.db)) {
      values += 1;
      hits.push(...scanner.scan(source));
    }
  } finally {
    await handle.close();
  }
  // A scan of nothing proves nothing: the owner, the accounts and the synced orders are there by now.
  if (values === 0) throw new Error(`The PII scan read nothing from ${pgliteDir}.`);
  const lines = existsSync(E2E_SERVER_LOG) ? linesOf(E2E_SERVER_LOG, readFileSync(E2E_SERVER_LOG, 'utf8')) : [];
  for (const line of lines) hits.push(...scanner.scan(line));

  console.log(
    `PII scan: ${scanner.size} buyer values searched for in ${values} database values and ${lines.length} lines of ${E2E_SERVER_LOG}: ${hits.length} found.`,
  );
  if (hits.length)
    throw new Error(
      `Buyer PII in plain text (${hits.length}):\n${describeHits(hits.slice(0, 50))}${hits.length > 50 ? `\n… and ${hits.length - 50} more` : ''}`,
    );
}
