/** Inbound e2e helpers: the simulator's clock, and reading the barcodes of a downloaded label PDF. */
import { expect } from '@playwright/test';
export { scanLabelPdf } from '../../simulator/apis/inbound/label-scanning';

const simUrl = `http://localhost:${process.env.E2E_SIM_PORT ?? 4110}`;

export async function advanceSimClock(seconds: number): Promise<void> {
  const response = await fetch(`${simUrl}/_sim/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  expect(response.ok).toBe(true);
}
