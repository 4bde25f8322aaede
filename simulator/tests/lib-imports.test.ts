/**
 * The simulator is a separate program: from the dashboard's lib/ it may take only the types
 * generated from the models (lib/sp-api/generated/), as type-only imports erased at runtime.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SIMULATOR_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO_DIR = path.resolve(SIMULATOR_DIR, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every import statement (possibly spanning lines) and the module it names. */
const IMPORT = /^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms;

describe('simulator imports from lib/', () => {
  it('are type-only imports of the generated wire types', () => {
    const offending = sourceFiles(SIMULATOR_DIR).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .filter(([, typeOnly, from]) => {
          const target = from!.startsWith('@/')
            ? from!.slice(2)
            : path
                .relative(REPO_DIR, path.resolve(path.dirname(file), from!))
                .split(path.sep)
                .join('/');
          if (!target.startsWith('lib/')) return false;
          return !typeOnly || !target.startsWith('lib/sp-api/generated/');
        })
        .map(([statement]) => `${path.relative(SIMULATOR_DIR, file)}: ${statement.split('\n')[0]}`),
    );
    expect(offending).toEqual([]);
  });
});
