import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimTestClient } from '../testing/harness.js';
import { validateResponse } from '../testing/model-validator.js';

const UPLOADS = 'uploads_2020-11-01.json';
const MESSAGING = 'messaging.json';
const US = 'ATVPDKIKX0DER';
const SELLER = 'A1DEMOSELLERNA';
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('base64');

let sim: SimTestClient;
let token: string;
beforeAll(async () => {
  sim = await SimTestClient.start({ enforceQuotas: false });
  token = await sim.accessToken('na');
});
afterAll(() => sim.close());

interface Destination {
  payload: { uploadDestinationId: string; url: string; headers: Record<string, string> };
}

/** A shipped US order no test has messaged yet (invoice and warranty are offered once shipped). */
const used = new Set<string>();
async function shippedOrder(): Promise<string> {
  const list = await sim.control<{ orders: Array<{ amazonOrderId: string; marketplaceId: string }> }>(
    'GET',
    `/_sim/state/order-list?sellerId=${SELLER}&status=Shipped&limit=100`,
  );
  const order = list.orders.find((o) => o.marketplaceId === US && !used.has(o.amazonOrderId));
  if (!order) throw new Error('no shipped order left');
  used.add(order.amazonOrderId);
  return order.amazonOrderId;
}

const createDestination = (resource: string, contentMD5: string, contentType = 'application/pdf') =>
  sim.call<Destination>('POST', `/uploads/2020-11-01/uploadDestinations/${resource}`, { token, query: { marketplaceIds: US, contentMD5, contentType } });

/** The whole upload a seller's app makes: the destination, then the PUT with its headers. */
async function uploaded(resource: string, bytes: Uint8Array<ArrayBuffer> = PDF): Promise<string> {
  const destination = await createDestination(resource, md5(bytes));
  expect(destination.status).toBe(201);
  const put = await fetch(destination.body.payload.url, {
    method: 'PUT',
    body: bytes,
    headers: { ...destination.body.payload.headers, 'content-type': 'application/pdf' },
  });
  expect(put.status).toBe(200);
  return destination.body.payload.uploadDestinationId;
}

const send = (orderId: string, action: string, body: unknown) =>
  sim.call<{ errors?: Array<{ code: string; message: string }> }>('POST', `/messaging/v1/orders/${orderId}/messages/${action}`, {
    token,
    query: { marketplaceIds: US },
    body,
  });

describe('Uploads 2020-11-01: upload destinations for message attachments', () => {
  it('hands out a destination for a message resource whose URL takes the file with its Content-MD5, and checks the bytes', async () => {
    const orderId = await shippedOrder();
    const resource = `messaging/v1/orders/${orderId}/messages/invoice`;
    const destination = await createDestination(resource, md5(PDF));
    expect(destination.status).toBe(201);
    expect(validateResponse(UPLOADS, 'createUploadDestinationForResource', 201, destination.body)).toEqual([]);
    const { url, headers, uploadDestinationId } = destination.body.payload;
    expect(headers['Content-MD5']).toBe(md5(PDF));

    // Another Content-MD5, or bytes that do not hash to it, are refused as S3 would.
    expect((await fetch(url, { method: 'PUT', body: PDF, headers: { 'content-md5': md5(new Uint8Array([0x78])) } })).status).toBe(403);
    expect((await fetch(url, { method: 'PUT', body: new Uint8Array([...PDF, 0x20]), headers })).status).toBe(400);
    expect((await fetch(url, { method: 'PUT', body: PDF, headers: { ...headers, 'content-type': 'application/pdf' } })).status).toBe(200);

    const state = await sim.control<{ uploadDestinations: Array<{ uploadDestinationId: string; size: number | null; uploadedContentType?: string }> }>(
      'GET',
      '/_sim/state/uploads_2020-11-01',
    );
    expect(state.uploadDestinations.find((d) => d.uploadDestinationId === uploadDestinationId)).toMatchObject({
      size: PDF.byteLength,
      uploadedContentType: 'application/pdf',
    });
  });

  it('refuses an upload after the URL expired (900 simulated seconds)', async () => {
    const orderId = await shippedOrder();
    const destination = await createDestination(`messaging/v1/orders/${orderId}/messages/invoice`, md5(PDF));
    await sim.control('POST', '/_sim/clock', { advanceSeconds: 901 });
    const late = await fetch(destination.body.payload.url, { method: 'PUT', body: PDF, headers: destination.body.payload.headers });
    expect(late.status).toBe(403);
  });

  it('takes the resource with or without its leading slash, and refuses a bad MD5, an unknown order or another API with the model error shape', async () => {
    const orderId = await shippedOrder();
    const slashed = await createDestination(`%2Fmessaging/v1/orders/${orderId}/messages/legalDisclosure`, md5(PDF));
    expect(slashed.status).toBe(201);

    for (const [resource, contentMD5, status] of [
      [`messaging/v1/orders/${orderId}/messages/invoice`, 'not-an-md5', 400],
      ['messaging/v1/orders/111-0000000-0000000/messages/invoice', md5(PDF), 404],
      ['aplus/2020-11-01/contentDocuments', md5(PDF), 400],
    ] as const) {
      const refused = await createDestination(resource, contentMD5);
      expect(refused.status, resource).toBe(status);
      expect(validateResponse(UPLOADS, 'createUploadDestinationForResource', status, refused.body)).toEqual([]);
    }
  });
});

describe('Messaging attachments', () => {
  it('sends an invoice with its uploaded PDF and keeps the attachment with the message; the upload cannot be attached again', async () => {
    const orderId = await shippedOrder();
    const id = await uploaded(`messaging/v1/orders/${orderId}/messages/invoice`);
    const sent = await send(orderId, 'invoice', { attachments: [{ uploadDestinationId: id, fileName: 'invoice-1001.pdf' }] });
    expect(sent.status).toBe(201);
    expect(validateResponse(MESSAGING, 'sendInvoice', 201, sent.body)).toEqual([]);

    const state = await sim.control<{ messages: Array<{ action: string; attachments?: unknown[] }> }>('GET', `/_sim/state/messages?orderId=${orderId}`);
    expect(state.messages).toEqual([
      expect.objectContaining({
        action: 'invoice',
        attachments: [{ uploadDestinationId: id, fileName: 'invoice-1001.pdf', contentType: 'application/pdf', size: PDF.byteLength, contentMD5: md5(PDF) }],
      }),
    ]);

    // The upload is spent: a warranty (still offered) cannot reuse it, nor can it be PUT again.
    const reused = await send(orderId, 'warranty', { attachments: [{ uploadDestinationId: id, fileName: 'again.pdf' }] });
    expect(reused.status).toBe(400);
    expect(validateResponse(MESSAGING, 'CreateWarranty', 400, reused.body)).toEqual([]);
  });

  it('refuses an unknown, foreign-resource, reused or empty upload, and a missing attachment where the model needs one, with 400 in the model shape', async () => {
    const orderId = await shippedOrder();
    const forWarranty = await uploaded(`messaging/v1/orders/${orderId}/messages/warranty`);
    const notUploaded = (await createDestination(`messaging/v1/orders/${orderId}/messages/invoice`, md5(PDF))).body.payload.uploadDestinationId;
    const cases: Array<[string, string, unknown, RegExp]> = [
      ['sendInvoice', 'invoice', {}, /needs at least one attachment/],
      ['sendInvoice', 'invoice', { attachments: [] }, /needs at least one attachment/],
      ['createLegalDisclosure', 'legalDisclosure', {}, /needs at least one attachment/],
      ['sendInvoice', 'invoice', { attachments: [{ uploadDestinationId: 'no-such-upload', fileName: 'a.pdf' }] }, /was not found/],
      ['sendInvoice', 'invoice', { attachments: [{ uploadDestinationId: forWarranty, fileName: 'a.pdf' }] }, /was made for .*warranty, not for .*invoice/],
      ['sendInvoice', 'invoice', { attachments: [{ uploadDestinationId: notUploaded, fileName: 'a.pdf' }] }, /Nothing was uploaded/],
      [
        'createUnexpectedProblem',
        'unexpectedProblem',
        { text: 'Late', attachments: [{ uploadDestinationId: forWarranty, fileName: 'a.pdf' }] },
        /does not take attachments/,
      ],
      [
        'sendInvoice',
        'invoice',
        { attachments: Array.from({ length: 6 }, (_, i) => ({ uploadDestinationId: `u${i}`, fileName: `${i}.pdf` })) },
        /at most 5 attachments/,
      ],
    ];
    for (const [operationId, action, body, message] of cases) {
      const refused = await send(orderId, action, body);
      expect(refused.status, `${action} ${JSON.stringify(body)}`).toBe(400);
      expect(validateResponse(MESSAGING, operationId, 400, refused.body)).toEqual([]);
      expect(refused.body.errors?.[0]?.message).toMatch(message);
    }
    // Nothing above was sent, so the warranty upload is still good for its own message.
    const warranty = await send(orderId, 'warranty', {
      coverageStartDate: '2026-01-01T00:00:00Z',
      coverageEndDate: '2027-01-01T00:00:00Z',
      attachments: [{ uploadDestinationId: forWarranty, fileName: 'warranty.pdf' }],
    });
    expect(warranty.status).toBe(201);
  });

  it('refuses an upload made by another seller as unknown', async () => {
    const orderId = await shippedOrder();
    const id = await uploaded(`messaging/v1/orders/${orderId}/messages/invoice`);
    const euToken = await sim.accessToken('eu');
    const euOrders = await sim.control<{ orders: Array<{ amazonOrderId: string; marketplaceId: string }> }>(
      'GET',
      '/_sim/state/order-list?sellerId=A1DEMOSELLEREU&status=Shipped&limit=1',
    );
    const euOrder = euOrders.orders[0]!;
    const refused = await sim.call<{ errors: Array<{ message: string }> }>('POST', `/messaging/v1/orders/${euOrder.amazonOrderId}/messages/invoice`, {
      token: euToken,
      region: 'eu',
      query: { marketplaceIds: euOrder.marketplaceId },
      body: { attachments: [{ uploadDestinationId: id, fileName: 'a.pdf' }] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]?.message).toMatch(/was not found/);
  });
});
