/**
 * The production build (`.next`) that `npm start` and `npm run bench:pages` serve: rebuilt
 * only when it is missing or older than the sources, so both reuse one build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'public'];
const SOURCE_FILES = ['next.config.js', 'postcss.config.mjs', 'package.json', 'tsconfig.json', 'instrumentation.ts', 'proxy.ts'];

function newestSourceMtime(root) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p)) visit(path.join(p, e));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const d of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(path.join(root, d));
  return newest;
}

/** True when `.next` is missing or older than the newest source file. */
export function productionBuildIsStale(root) {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  return !existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceMtime(root);
}

/** Runs `next build` when the build is stale; returns false when the build failed. */
export function buildIfStale(root, env) {
  if (!productionBuildIsStale(root)) return true;
  console.log('[build] building the dashboard (first start or sources changed)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: root, env, stdio: 'inherit' });
  return result.status === 0;
}
