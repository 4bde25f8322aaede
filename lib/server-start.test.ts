/**
 * The server's start-up checks end the process with a message saying what to do (Next.js
 * itself would only log a failed start-up hook and keep serving errors). Each case runs
 * prepareServer in a child process, as `next start` would.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { workspaces } from '@/db/schema';
import { connectSellerAccount } from '@/lib/accounts/service';
import { establishDataKey } from '@/lib/encryption/data-key';
import { LocalKeyFile } from '@/lib/encryption/key-file';

function startServerChecks(settings: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings };
  for (const name of ['DATABASE_URL', 'ENCRYPTION_KEY', 'AUTH_SECRET']) if (!(name in settings)) delete env[name];
  const script = "import('./lib/server-start.ts').then((m) => m.prepareServer()).then(() => process.exit(0))";
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', '--input-type=module', '-e', script], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('prepareServer', () => {
  it('stops a PostgreSQL start without ENCRYPTION_KEY and AUTH_SECRET, naming both', async () => {
    const result = await startServerChecks({ DATABASE_URL: 'postgres://app@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Seller Ops cannot start\. Invalid configuration:[\s\S]*ENCRYPTION_KEY: required with DATABASE_URL[\s\S]*AUTH_SECRET: required with DATABASE_URL/,
    );
  }, 60_000);

  it('stops an embedded start while another process holds the database, and when the key of sealed secrets is missing', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'server-start-'));
    const keyFile = new LocalKeyFile(dataDir);
    const handle = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    try {
      const box = await establishDataKey(handle.db, { keyFile });
      const [workspace] = await handle.db.insert(workspaces).values({ name: 'Start' }).returning({ id: workspaces.id });
      await connectSellerAccount(handle.db, box, {
        workspaceId: workspace!.id,
        userId: null,
        sellingPartnerId: 'A1START',
        region: 'na',
        name: 'Start',
        refreshToken: `Atzr|${randomBytes(4).toString('hex')}`,
      });

      const held = await startServerChecks({ DATA_DIR: dataDir });
      expect(held.code).toBe(1);
      expect(held.stderr).toContain(`Seller Ops cannot start. The embedded database in ${path.join(dataDir, 'pglite')} is in use by process ${process.pid}`);
    } finally {
      await handle.close();
    }

    rmSync(keyFile.path);
    const keyless = await startServerChecks({ DATA_DIR: dataDir });
    expect(keyless.code).toBe(1);
    expect(keyless.stderr).toContain(
      'Seller Ops cannot start. The database holds sealed secrets (Amazon refresh tokens in seller_accounts.refresh_token_sealed: 1)',
    );
  }, 120_000);
});
