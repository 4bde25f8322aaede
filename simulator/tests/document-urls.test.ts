/**
 * Links the simulator hands out (inbound labels, bills of lading) are built on its configured
 * public URL, never on the request's Host header: a client controls that header, and behind a
 * proxy it names the wrong host anyway.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { SimTestClient } from '../testing/harness.js';

const US = 'ATVPDKIKX0DER';
let sim: SimTestClient | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** GET with headers fetch will not forge (Host). */
function rawGet(base: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Labels for one of the NA seller's seeded working shipments, asked for with a forged Host. */
async function labelUrlWithForgedHost(client: SimTestClient): Promise<string> {
  const token = await client.accessToken('na');
  const shipments = await client.call<{ payload: { ShipmentData: Array<{ ShipmentId: string }> } }>('GET', '/fba/inbound/v0/shipments', {
    token,
    query: { QueryType: 'SHIPMENT', MarketplaceId: US, ShipmentStatusList: 'WORKING' },
  });
  const shipmentId = shipments.body.payload.ShipmentData[0]?.ShipmentId;
  expect(shipmentId).toBeDefined();
  const res = await rawGet(
    client.url,
    `/fba/inbound/v0/shipments/${shipmentId}/labels?PageType=PackageLabel_Letter_6&LabelType=UNIQUE&PackageLabelsToPrint=${shipmentId}U000001`,
    {
      host: 'attacker.example',
      'x-forwarded-proto': 'https',
      'x-amz-access-token': token,
    },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as { payload: { DownloadURL: string } }).payload.DownloadURL;
}

describe('document URLs', () => {
  it('are on the public URL the simulator was given, whatever Host the request names', async () => {
    sim = await SimTestClient.start({ enforceQuotas: false, publicUrl: 'https://sim.example:8443' });
    expect(await labelUrlWithForgedHost(sim)).toMatch(/^https:\/\/sim\.example:8443\/_sim\/documents\/[0-9a-f]{32}$/);
  });

  it("are on the simulator's own listen address by default, which serves them", async () => {
    sim = await SimTestClient.start({ enforceQuotas: false });
    const url = await labelUrlWithForgedHost(sim);
    expect(url.startsWith(`${sim.url}/_sim/documents/`)).toBe(true);
    const pdf = await fetch(url);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });
});
