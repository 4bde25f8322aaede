/**
 * `npm run bench:labels`: how long a seller waits for the labels of a big Send to Amazon plan.
 * A plan of four SKUs (2,000 units, 10 a box: 200 boxes, one shipment) is made through the
 * services against the simulator over HTTP, in a throw-away PGlite folder. Then the box labels
 * (getLabels for 200 boxes, Letter 6 a page) and the FNSKU labels (createMarketplaceItemLabels for
 * 2,000 units, Letter 30 a page) are asked for through the functions the label routes call and
 * turned into the routes' responses: Amazon's (the simulator's) generation, the document download
 * and the response all count. Each is timed BENCH_LABEL_RUNS times (default 7) after one warm-up;
 * prints the median and the slowest and ends with `labels: boxes200_ms=<n> fnsku2000_ms=<n>`
 * (medians).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@/db/client';
import { pdfResponse } from '@/lib/inbound/route-access';
import { boxLabelsPdf, itemLabelsPdf } from '@/lib/inbound/send-to-amazon/documents';
import {
  confirmPacking,
  confirmPlacement,
  followPlan,
  loadPlan,
  requestPlacementOptions,
  setBoxes,
  startPlan,
  type SendToAmazonPlan,
} from '@/lib/inbound/send-to-amazon/service';
import { planStep } from '@/lib/inbound/send-to-amazon/step';
import { OPERATION_DELAY_S } from '@/simulator/apis/inbound-plans';
import { startSimulator } from '@/simulator/core/server';
import { seedDemoAccount, simulatorClient } from '@/test/support/demo-account';
import { SOURCE_ADDRESS, skusByPrepCategory } from '@/test/support/send-to-amazon';

const RUNS = Number(process.env.BENCH_LABEL_RUNS ?? 7);
const US = 'ATVPDKIKX0DER';
const SKUS = 4;
const UNITS_PER_SKU = 500;
const UNITS_PER_BOX = 10;
const BOXES = (SKUS * UNITS_PER_SKU) / UNITS_PER_BOX;

const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-labels-'));
const sim = await startSimulator({ port: 0, seed: 3, orders: 20, clockScale: 0, enforceQuotas: false });
const handle = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });

try {
  const db = handle.db;
  const tenant = await seedDemoAccount(db);
  const client = simulatorClient(sim);

  // Four SKUs that need no prep, so Amazon takes the plan as it is.
  const { plain } = await skusByPrepCategory(client, db, tenant);
  if (plain.length < SKUS) throw new Error(`the simulator has ${plain.length} SKUs without prep; the bench needs ${SKUS}`);

  let plan: SendToAmazonPlan = await startPlan(
    db,
    client,
    { ...tenant, userId: null },
    {
      marketplaceId: US,
      name: 'Bench labels',
      sourceAddress: SOURCE_ADDRESS,
      saveAddress: false,
      items: plain.slice(0, SKUS).map((msku) => ({ msku, quantity: UNITS_PER_SKU, labelOwner: 'SELLER' as const, prepOwner: 'NONE' as const })),
    },
  );
  /** Lets Amazon finish what it works on, and follows the plan until it waits on the seller. */
  const settle = async () => {
    for (let round = 0; round < 10; round++) {
      sim.runtime.clock.advance(OPERATION_DELAY_S);
      plan = await followPlan(db, client, await loadPlan(db, tenant.workspaceId, plan.id));
      if (!plan.pendingOperation) return;
    }
    throw new Error(`Amazon is still working on ${plan.pendingOperation?.operation}`);
  };
  await settle();
  await confirmPacking(db, client, plan, plan.snapshot!.packingOptions[0]!.packingOptionId);
  await settle();
  for (const group of plan.snapshot!.packingOptions.find((o) => o.status === 'ACCEPTED')!.groups) {
    const box = { unit: 'IN' as const, length: 18, width: 14, height: 10, weightUnit: 'LB' as const, weight: 20 };
    const lines = group.items.map((i) => ({ ...box, count: i.quantity / UNITS_PER_BOX, items: [{ msku: i.msku, quantity: UNITS_PER_BOX }] }));
    await setBoxes(db, client, plan, group.packingGroupId, lines);
    await settle();
  }
  if (!plan.snapshot!.placementOptions.some((o) => o.status === 'OFFERED')) {
    await requestPlacementOptions(db, client, plan);
    await settle();
  }
  // The option with one shipment, so its labels are all 200 boxes.
  const single = plan.snapshot!.placementOptions.filter((o) => o.status === 'OFFERED').sort((a, b) => a.shipmentIds.length - b.shipmentIds.length)[0]!;
  await confirmPlacement(db, client, plan, single.placementOptionId);
  await settle();
  const shipment = plan.snapshot!.shipments.find((s) => s.confirmationId)!;
  const boxes = plan.snapshot!.boxes.filter((b) => b.shipmentId === shipment.shipmentId).length;
  if (boxes !== BOXES || planStep(plan).key !== 'transport')
    throw new Error(`the plan has ${boxes} boxes at step ${planStep(plan).key}; expected ${BOXES} at transport`);

  const pagesOf = (pdf: Uint8Array) =>
    (
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/Type\s*\/Page\b/g) ?? []
    ).length;
  const served = async (made: Promise<{ pdf: Uint8Array; filename: string }>) => {
    const { pdf, filename } = await made;
    return new Uint8Array(await pdfResponse(pdf, filename, false).arrayBuffer());
  };
  const measure = async (name: string, expectedPages: number, run: () => Promise<Uint8Array>) => {
    const first = await run();
    if (pagesOf(first) !== expectedPages) throw new Error(`${name}: ${pagesOf(first)} pages, expected ${expectedPages}`);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = Math.round(times[Math.floor(times.length / 2)]!);
    console.log(
      `${name}: median ${median} ms, slowest ${Math.round(times.at(-1)!)} ms over ${RUNS} runs (${expectedPages} pages, ${Math.round(first.byteLength / 1024)} KiB)`,
    );
    return median;
  };

  const boxesMs = await measure(`box labels, ${BOXES} boxes, Letter 6`, Math.ceil(BOXES / 6), () =>
    served(boxLabelsPdf(client, plan, { shipmentId: shipment.shipmentId, pageType: 'PackageLabel_Letter_6', kind: 'boxes' })),
  );
  const fnskuMs = await measure(`FNSKU labels, ${SKUS * UNITS_PER_SKU} units, Letter 30`, Math.ceil((SKUS * UNITS_PER_SKU) / 30), () =>
    served(itemLabelsPdf(client, plan, { format: 'Letter_30' })),
  );
  console.log(`labels: boxes200_ms=${boxesMs} fnsku2000_ms=${fnskuMs}`);
} finally {
  await handle.close();
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
}
