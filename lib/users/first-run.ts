/** Start-up: while no owner exists, the console shows the setup code that creating one needs. */
import 'server-only';
import { getDb } from '@/db';
import { announceSetupCode } from '@/lib/auth';
import { hasAnyUser } from './service';

export async function announceSetupCodeIfNoOwner(dataDir: string): Promise<void> {
  if (await hasAnyUser(await getDb())) return;
  announceSetupCode(dataDir);
}
