/**
 * `npm run rotate-key` as an operator runs it, on the embedded default: refused while another
 * process holds the database; otherwise the token is re-encrypted, the key file replaced, and
 * the output says what happened and where the new key is.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { workspaces } from '@/db/schema';
import { connectSellerAccount, readRefreshToken } from '@/lib/accounts/service';
import { establishDataKey } from '@/lib/encryption/data-key';
import { LocalKeyFile } from '@/lib/encryption/key-file';

function rotateKey(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  for (const name of ['DATABASE_URL', 'ENCRYPTION_KEY', 'ENCRYPTION_KEY_NEW']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', path.join('scripts', 'rotate-key.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run rotate-key', () => {
  it('refuses while the dashboard holds the embedded database, then rotates the key file once it is stopped', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rotate-key-'));
    const keyFile = new LocalKeyFile(dataDir);
    const pgliteDir = path.join(dataDir, 'pglite');
    let handle = await openDatabase({ pgliteDir });
    const oldBox = await establishDataKey(handle.db, { keyFile });
    const [workspace] = await handle.db.insert(workspaces).values({ name: 'Script' }).returning({ id: workspaces.id });
    const account = {
      workspaceId: workspace!.id,
      userId: null,
      sellingPartnerId: 'A1SCRIPT',
      region: 'na' as const,
      name: 'Script seller',
      refreshToken: 'Atzr|script',
    };
    const accountId = await connectSellerAccount(handle.db, oldBox, account);

    const refused = await rotateKey(dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `is in use by process ${process.pid}; stop it or set DATABASE_URL for several processes. Stop the dashboard before rotating the key; nothing was changed.`,
    );
    await handle.close();

    const rotated = await rotateKey(dataDir);
    expect(rotated.stderr).toBe('');
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toContain('Re-encrypted Amazon refresh tokens in seller_accounts.refresh_token_sealed: 1.');
    expect(rotated.stdout).toContain(`from key ${oldBox.keyId} to key `);
    expect(rotated.stdout).toContain(`The new key is in ${keyFile.path}`);

    handle = await openDatabase({ pgliteDir });
    try {
      const box = await establishDataKey(handle.db, { keyFile });
      expect(box.keyId).not.toBe(oldBox.keyId);
      expect(rotated.stdout).toContain(`to key ${box.keyId}.`);
      expect(await readRefreshToken(handle.db, box, workspace!.id, accountId)).toBe('Atzr|script');
    } finally {
      await handle.close();
    }
  }, 120_000);
});
