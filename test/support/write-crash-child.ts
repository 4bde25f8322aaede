/**
 * Dashboard writes in their own process, for the kill -9 tests in lib/sync/faults.test.ts: each
 * write stops at its stall point (test/support/crash-child-support.ts), once Amazon's answer to it has
 * arrived and before anything was stored, and the parent kills the process once all have; then
 * the parent, another process, submits each again as the seller would.
 *
 * CRASH_WRITES (JSON array), run side by side:
 * - `{ "write": "create-fulfillment-order", "form": { ...the create form's fields } }`
 * - `{ "write": "confirm-placement", "planId": "...", "placementOptionId": "pl..." }`: Send to Amazon's irreversible placement
 * - `{ "write": "cancel-order", "amazonOrderId": "..." }`: the whole order, with the order acknowledgement feed
 * The `write` is the step its stall point names.
 */
import { confirmPlacement, loadPlan } from '@/lib/inbound/send-to-amazon/service';
import { requestCancellation } from '@/lib/orders/cancellation/service';
import { findOrder } from '@/lib/orders/order-context';
import { createInput } from '@/lib/outbound/order-input';
import { createOutboundOrder } from '@/lib/outbound/service';
import { crashClient, need, openCrashDatabase, stepDone, tenantFromEnv, type CrashWrite } from './crash-child-support';

const writes = JSON.parse(need('CRASH_WRITES')) as CrashWrite[];
const handle = await openCrashDatabase();
const tenant = tenantFromEnv();

async function submit(write: CrashWrite): Promise<void> {
  const client = crashClient(write.write);
  if (write.write === 'create-fulfillment-order') await createOutboundOrder(handle.db, client, { ...tenant, userId: null }, createInput.parse(write.form));
  else if (write.write === 'confirm-placement')
    await confirmPlacement(handle.db, client, await loadPlan(handle.db, tenant.workspaceId, write.planId), write.placementOptionId);
  else await requestCancellation(handle.db, client, (await findOrder(handle.db, tenant.workspaceId, write.amazonOrderId))!, null, null);
  stepDone(write.write);
}

try {
  await Promise.all(writes.map(submit));
} finally {
  await handle.close();
}
