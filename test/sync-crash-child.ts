/**
 * A sync run in its own process, for the kill -9 test (lib/sync/crash-resume.test.ts): runs the
 * orders sync of one account against a simulator, slowed down per page so the parent can kill
 * it part-way. Settings come from the environment the parent sets.
 */
import { openDatabase } from '@/db/client';
import { createSpApiClient } from '@/lib/sp-api/client';
import { silentSpApiLogger } from '@/lib/sp-api/log';
import { REGION_PLACEHOLDER } from '@/lib/sp-api/regions';
import { runSync } from '@/lib/sync/runner';
import { noQuotaWaits } from '@/lib/sync/test-fixtures';
import { DEMO_LWA_CLIENT_ID, DEMO_LWA_CLIENT_SECRET, DEMO_REFRESH_TOKENS } from '@/simulator/core/demo-credentials';

const need = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const handle = await openDatabase({ databaseUrl: need('CRASH_DATABASE_URL') });
const simUrl = need('CRASH_SIM_URL');
const client = createSpApiClient({
  credentials: { clientId: DEMO_LWA_CLIENT_ID, clientSecret: DEMO_LWA_CLIENT_SECRET, refreshToken: DEMO_REFRESH_TOKENS.na },
  sellingPartnerId: 'A1DEMOSELLERNA',
  region: 'na',
  endpoints: { spApiEndpoint: `${simUrl}/${REGION_PLACEHOLDER}`, lwaEndpoint: `${simUrl}/auth/o2/token` },
  quotaStore: noQuotaWaits,
  logger: silentSpApiLogger,
});
await runSync(handle.db, { workspaceId: need('CRASH_WORKSPACE_ID'), accountId: need('CRASH_ACCOUNT_ID'), kind: 'orders' }, {
  clientFor: async () => client,
  settings: { initialLookbackDays: 90, ordersPageSize: 10 },
  leaseTtlMs: 1_500,
  intervalMinutes: 15,
  hooks: { afterPageCommitted: () => new Promise((resolve) => setTimeout(resolve, 150)) },
});
await handle.close();
