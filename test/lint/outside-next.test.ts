/**
 * The sync worker, the benches and the crash tests run the domains in plain Node (tsx with the
 * react-server condition), not inside Next. A face that loads a Next-only module as it loads
 * (next/navigation cannot load there) breaks `npm run worker`; this loads every face, and the
 * worker's entry, in such a process.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const faces = readdirSync(`${root}lib`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${root}lib/${entry.name}/index.ts`))
  .map((entry) => `./lib/${entry.name}/index.ts`);

function loadOutsideNext(modules: string[]): string {
  const script = `for (const m of ${JSON.stringify(modules)}) { try { await import(m); } catch (e) { console.log(m + ': ' + e.message); } }`;
  return execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'test' },
  }).trim();
}

describe('outside Next', () => {
  it('every face loads in plain Node, as the sync worker loads them', { timeout: 120_000 }, () => {
    expect(faces.length).toBeGreaterThanOrEqual(10);
    expect(loadOutsideNext([...faces, './lib/sync/runner.ts'])).toBe('');
  });
});
