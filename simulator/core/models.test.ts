import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findOperation, listModelFiles, loadModel, modelsDir, operationsOf } from './models.js';

const REPOSITORY_MODELS = fileURLToPath(new URL('../../sp-api-models', import.meta.url));

describe('the models folder', () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is the repository's own sp-api-models/ unless SP_API_MODELS_DIR says otherwise", () => {
    vi.stubEnv('SP_API_MODELS_DIR', '');
    expect(modelsDir()).toBe(REPOSITORY_MODELS);
    vi.stubEnv('SP_API_MODELS_DIR', '/somewhere/else');
    expect(modelsDir()).toBe(path.resolve('/somewhere/else'));
  });

  it("lists Amazon's current models by file name: the operations Amazon removed are in none of them", () => {
    const models = listModelFiles(REPOSITORY_MODELS);
    expect(models).toContain('fulfillmentInboundV0.json');
    expect(models).toContain('fulfillmentInbound_2024-03-20.json');
    expect(findOperation('fulfillmentInboundV0.json', 'getShipments', REPOSITORY_MODELS)).toMatchObject({
      method: 'GET',
      pathTemplate: '/fba/inbound/v0/shipments',
    });
    expect(models.filter((file) => operationsOf(loadModel(file, REPOSITORY_MODELS)).some((o) => o.operationId === 'createInboundShipmentPlan'))).toEqual([]);
  });

  it("leaves out the subfolders' files (notifications/ holds payload schemas, not APIs)", () => {
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
