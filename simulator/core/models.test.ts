import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findOperation, listCurrentModelFiles, listModelFiles, modelsDir } from './models.js';

const REPOSITORY_MODELS = fileURLToPath(new URL('../../sp-api-models', import.meta.url));

describe('the models folder', () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is the repository's own sp-api-models/ unless SP_API_MODELS_DIR says otherwise", () => {
    vi.stubEnv('SP_API_MODELS_DIR', '');
    expect(modelsDir()).toBe(REPOSITORY_MODELS);
    vi.stubEnv('SP_API_MODELS_DIR', '/somewhere/else');
    expect(modelsDir()).toBe(path.resolve('/somewhere/else'));
  });

  it('names current models by file and legacy snapshots by their path under legacy/', () => {
    const current = listCurrentModelFiles(REPOSITORY_MODELS);
    expect(current).toContain('fulfillmentInboundV0.json');
    expect(current).not.toContain('fulfillmentInboundV0_2023-03-23.json');
    expect(listModelFiles(REPOSITORY_MODELS)).toEqual([...current, 'legacy/fulfillmentInboundV0_2023-03-23.json']);
    // The removed inbound operations are served from the snapshot.
    expect(findOperation('legacy/fulfillmentInboundV0_2023-03-23.json', 'createInboundShipmentPlan', REPOSITORY_MODELS)).toMatchObject({
      method: 'POST',
      pathTemplate: '/fba/inbound/v0/plans',
    });
  });

  it('needs no legacy/ folder in another copy of the models', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sp-api-models-'));
    try {
      mkdirSync(path.join(dir, 'notifications'));
      writeFileSync(path.join(dir, 'sellers.json'), '{"swagger":"2.0","paths":{}}');
      expect(listModelFiles(dir)).toEqual(['sellers.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
