import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { orderMessages } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/client';
import type { Tenant } from '@/lib/tenancy';
import { UserFacingError } from '@/lib/user-facing-error';
import { uploadDestinations } from '@/simulator/apis/uploads/store';
import { startSimulator, type RunningSimulator } from '@/simulator/core/server';
import { messageLog } from '@/simulator/state/messages';
import { testDatabases } from '@/test/support/databases';
import { seedDemoAccount, simControl, simulatorClient } from '@/test/support/demo-account';
import { findOrder, type OrderRecord } from '../order-context';
import { reshapeOrder } from '../reshape';
import { writeOrders } from '../upsert';
import { readAttachment, type AttachmentFile } from './attachment-file';
import { messagesOf, messagingActionsFor, sendBuyerMessage } from './service';

/** The sync fixtures seed no users; the tables allow a null author (system actions). */
const SYSTEM = null as unknown as string;
const US = 'ATVPDKIKX0DER';
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let sim: RunningSimulator;
let shipped: string[] = [];
beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 19, orders: 3000, clockScale: 0, enforceQuotas: false });
  const list = (await simControl(sim, 'GET', '/_sim/state/order-list?sellerId=A1DEMOSELLERNA&status=Shipped&limit=60')) as {
    orders: Array<{ amazonOrderId: string; marketplaceId: string }>;
  };
  shipped = list.orders.filter((o) => o.marketplaceId === US).map((o) => o.amazonOrderId);
});
afterAll(() => sim.close());

async function pdfAttachment(name: string): Promise<AttachmentFile> {
  const file = await readAttachment(new File([PDF], name, { type: 'application/pdf' }));
  if ('error' in file) throw new Error(file.error);
  return file;
}

describe.each(testDatabases)('buyer messages with an attachment, through the Uploads API, on $name', (database) => {
  let handle: DbHandle;
  let tenant: Tenant;
  let client: SpApiClient;

  beforeAll(async () => {
    handle = await database.open();
    tenant = await seedDemoAccount(handle.db);
    client = simulatorClient(sim);
    // A socket the simulator just closed can reset the first call: take the LWA token once, retrying that one reset.
    await client.sellers.getMarketplaceParticipations().catch(() => client.sellers.getMarketplaceParticipations());
  });
  afterAll(() => handle.close());

  /** A shipped order of the simulator, stored in the workspace; handed out once so the database runs never share one. */
  async function shippedOrder(): Promise<OrderRecord> {
    const amazonOrderId = shipped.shift();
    if (!amazonOrderId) throw new Error('no shipped US order left in the simulated world');
    const { order } = await client.orders20260101.getOrder({ orderId: amazonOrderId, includedData: ['FULFILLMENT'] });
    await writeOrders(handle.db, [{ order: reshapeOrder(order, tenant).order, items: [] }]);
    return (await findOrder(handle.db, tenant.workspaceId, amazonOrderId))!;
  }

  it('uploads the PDF, sends the invoice naming it, and Amazon keeps the message with the file; the record has its name, not its bytes', async () => {
    const order = await shippedOrder();
    expect(await messagingActionsFor(client, order)).toContain('invoice');

    const sent = await sendBuyerMessage(handle.db, client, order, SYSTEM, 'invoice', {}, await pdfAttachment('invoice-1001.pdf'));
    expect(sent.requestId).toBeTruthy();

    // Amazon's side: the message, its attachment and the very bytes that were uploaded for it.
    const [message] = messageLog.forOrder('A1DEMOSELLERNA', order.amazonOrderId);
    const md5 = createHash('md5').update(PDF).digest('base64');
    expect(message).toMatchObject({
      action: 'invoice',
      attachments: [{ fileName: 'invoice-1001.pdf', contentType: 'application/pdf', size: PDF.byteLength, contentMD5: md5 }],
    });
    const destination = uploadDestinations.get(message!.attachments![0]!.uploadDestinationId)!;
    expect(destination.resource).toBe(`messaging/v1/orders/${order.amazonOrderId}/messages/invoice`);
    expect(new Uint8Array(destination.content!)).toEqual(PDF);

    // Ours: the body as sent, which names the file and its destination only.
    const [recorded] = await messagesOf(handle.db, order);
    expect(recorded).toMatchObject({
      action: 'invoice',
      result: 'ok',
      requestId: sent.requestId,
      content: { attachments: [{ fileName: 'invoice-1001.pdf', uploadDestinationId: destination.uploadDestinationId }] },
    });
    expect(JSON.stringify(recorded!.content)).not.toContain('%PDF');
    // Amazon offers an invoice once per order.
    expect(await messagingActionsFor(client, order)).not.toContain('invoice');
  });

  it('records a refused send with the file it named, and keeps text and a file together where the model allows both', async () => {
    const order = await shippedOrder();
    await sendBuyerMessage(handle.db, client, order, SYSTEM, 'invoice', {}, await pdfAttachment('invoice.pdf'));
    await expect(sendBuyerMessage(handle.db, client, order, SYSTEM, 'invoice', {}, await pdfAttachment('again.pdf'))).rejects.toBeInstanceOf(UserFacingError);
    const failed = await handle.db
      .select()
      .from(orderMessages)
      .where(and(eq(orderMessages.amazonOrderId, order.amazonOrderId), eq(orderMessages.result, 'error')));
    expect(failed).toHaveLength(1);
    expect(failed[0]!.content).toMatchObject({ attachments: [{ fileName: 'again.pdf' }] });

    // A warranty: dates and its terms as a PDF.
    await sendBuyerMessage(
      handle.db,
      client,
      order,
      SYSTEM,
      'warranty',
      { coverageStartDate: '2026-01-01', coverageEndDate: '2027-01-01' },
      await pdfAttachment('warranty.pdf'),
    );
    const warranty = messageLog.forOrder('A1DEMOSELLERNA', order.amazonOrderId).find((m) => m.action === 'warranty');
    expect(warranty?.body).toMatchObject({ coverageStartDate: '2026-01-01T00:00:00Z', attachments: [{ fileName: 'warranty.pdf' }] });
  });
});
