/** No module reads, as it loads, a value from a module still loading because of it (test/lint/load-order.ts). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadOrderHazards } from './load-order';

const root = fileURLToPath(new URL('../../', import.meta.url));

function productFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'app', 'components', 'lib', 'db', 'instrumentation.ts', 'proxy.ts'], {
    cwd: root,
    encoding: 'utf8',
  });
  return listed
    .split('\n')
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('lib/sp-api/generated/'))
    .filter((file) => !file.endsWith('.d.ts'));
}

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'load-order-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('load order', () => {
  it('finds a top-level read across a cycle of faces, and not one inside a function', () => {
    const dir = tree({
      'lib/a/index.ts': "export { SET } from './upsert';\n",
      'lib/a/upsert.ts': "import { helper } from '@/lib/b';\nexport const SET = helper();\nexport function later() { return helper(); }\n",
      'lib/b/index.ts': "export { helper } from './helper';\n",
      'lib/b/helper.ts': "import { SET } from '@/lib/a';\nexport function helper() { return 1; }\nexport const twice = () => SET;\n",
    });
    const hazards = loadOrderHazards(dir, ['lib/a/upsert.ts', 'lib/b/helper.ts', 'lib/a/index.ts', 'lib/b/index.ts']);
    expect(hazards).toEqual([{ at: 'lib/a/upsert.ts:2', name: 'helper', cycle: ['lib/b/index.ts', 'lib/b/helper.ts', 'lib/a/index.ts', 'lib/a/upsert.ts'] }]);
  });

  it('ignores type-only imports, which are erased', () => {
    const dir = tree({
      'lib/a/x.ts': "import { type Y, makeY } from './y';\nexport const X: Y = makeY();\n",
      'lib/a/y.ts': "import type { X } from './x';\nexport type Y = number;\nexport function makeY(): Y { return 1; }\nexport type Z = typeof X;\n",
    });
    expect(loadOrderHazards(dir, ['lib/a/x.ts', 'lib/a/y.ts'])).toEqual([]);
  });

  it('holds for the whole product', () => {
    const hazards = loadOrderHazards(root, productFiles());
    expect(hazards.map((h) => `${h.at} reads ${h.name} while loading: ${h.cycle.join(' -> ')}`)).toEqual([]);
  });
});
