/**
 * The fence (eslint.config.mjs, docs/architecture.md): each case lints a few lines of synthetic
 * code as if they lived at `filePath`, so the result does not depend on today's tree.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: fileURLToPath(new URL('../../eslint.config.mjs', import.meta.url)) });

const FENCE_RULES = new Set(['no-restricted-imports', 'fence/dynamic-imports']);

/** The fence's complaints about `code` placed at `filePath` (other rules are not this test's business). */
async function fenceErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && FENCE_RULES.has(m.ruleId)).map((m) => m.message);
}

describe('the fence', () => {
  it('stops a component deep-importing a domain module', async () => {
    const errors = await fenceErrors('components/orders/example.tsx', "import { listOrders } from '@/lib/orders/queries';\nexport const x = listOrders;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('@/lib/orders/actions');
  });

  it('stops a relative deep import that climbs from app/ into a domain', async () => {
    const errors = await fenceErrors(
      'app/(dashboard)/orders/page.tsx',
      "import { listOrders } from '../../../lib/orders/queries';\nexport const x = listOrders;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('stops lib/ importing the simulator', async () => {
    const errors = await fenceErrors('lib/orders/example.ts', "import { startSimulator } from '@/simulator/core/server';\nexport const x = startSimulator;\n");
    expect(errors).toEqual([expect.stringContaining('separate program')]);
  });

  it('stops a domain reaching into another one, by alias or by a relative climb', async () => {
    const code = "import { a } from '@/lib/inbound/queries';\nimport { b } from '../inbound/queries';\nexport const x = [a, b];\n";
    expect(await fenceErrors('lib/orders/example.ts', code)).toHaveLength(2);
  });

  it('stops components importing server actions from app/', async () => {
    const errors = await fenceErrors(
      'components/orders/example.tsx',
      "import { shipOrder } from '@/app/(dashboard)/orders/actions';\nexport const x = shipOrder;\n",
    );
    expect(errors).toEqual([expect.stringContaining('@/lib/<domain>/actions')]);
  });

  it('stops app/ using the SP-API client internals', async () => {
    const errors = await fenceErrors('app/api/example/route.ts', "import { SpApiError } from '@/lib/sp-api/errors';\nexport const x = SpApiError;\n");
    expect(errors).toHaveLength(1);
  });

  it('sees dynamic imports and import() types too', async () => {
    const code = "export type T = import('@/lib/orders/queries').Row;\nexport const load = () => import('@/lib/orders/queries');\n";
    expect(await fenceErrors('app/(dashboard)/orders/page.tsx', code)).toHaveLength(2);
  });

  it("lets anyone import a domain's face", async () => {
    const code = [
      "import { listOrders } from '@/lib/orders';",
      "import { shipOrder } from '@/lib/orders/actions';",
      "import type { OrderRow } from '@/lib/orders/types';",
      'export const x = [listOrders, shipOrder];',
      'export type Y = OrderRow;',
      '',
    ].join('\n');
    expect(await fenceErrors('components/orders/example.tsx', code)).toEqual([]);
    expect(await fenceErrors('app/(dashboard)/orders/page.tsx', code)).toEqual([]);
    expect(await fenceErrors('lib/outbound/example.ts', code)).toEqual([]);
  });

  it('lets a domain import its own internals and the shared folders of lib/', async () => {
    const code =
      "import { a } from '@/lib/orders/queries';\nimport { b } from '../shipment/service';\nimport { c } from '@/lib/validation/text-input';\nexport const x = [a, b, c];\n";
    expect(await fenceErrors('lib/orders/messaging/example.ts', code)).toEqual([]);
  });

  it('lets tests deep-import internals and start the simulator', async () => {
    const code =
      "import { a } from '@/lib/orders/queries';\nimport { startSimulator } from '@/simulator/core/server';\nexport const x = [a, startSimulator];\n";
    expect(await fenceErrors('lib/outbound/example.test.ts', code)).toEqual([]);
  });
});
