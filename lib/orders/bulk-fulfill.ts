/**
 * Fulfilling many orders with FBA at once: the list of what each selected order would send
 * (its problem, if it has one, said in the seller's words), then the orders without one sent in
 * small batches, each through the very service the one-order page uses
 * (createFulfillmentOrderFromOrder), so the submission claim makes a repeat find the
 * fulfillment order instead of creating a second. The list reads the database only; Amazon's
 * own verdict (an address it cannot ship to, stock gone since the sync) comes from a preview of
 * every ready order at the chosen speed, before anything is sent, and from the create itself.
 */
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentOrders } from '@/db/schema';
import { fetchPreview, orderPreviewSpec, previewRequest, sellerFulfillmentOrderIdFor, speedVerdict } from '@/lib/outbound';
import type { SHIPPING_SPEEDS } from '@/lib/outbound/types';
import { spApiForAccount } from '@/lib/accounts';
import type { SpApiClient } from '@/lib/sp-api/types';
import { asUserFacing } from '@/lib/sp-api';
import { UserFacingError } from '@/lib/user-facing-error';
import { heldBackorderOf } from './backorder/holds';
import { previewFailed, type BulkFulfillResult, type BulkPreviewResult } from './bulk-fulfill-rules';
import { fetchShippingAddress } from './fba-order-submit';
import { createFulfillmentOrderFromOrder } from './fulfill-with-fba';
import { orderStatusLabel } from './list-filters';
import { canFulfillWithFba, findOrder, fulfillableBySku, itemsOf, unshippedLines, type OrderRecord } from './order-context';

export interface BulkFulfillLine {
  sellerSku: string;
  needed: number;
  /** FBA fulfillable units synced for the SKU in the order's marketplace; null when no stock record exists. */
  available: number | null;
}

export interface BulkFulfillCandidate {
  amazonOrderId: string;
  lines: BulkFulfillLine[];
  /** Why this order is left out, in the seller's words; null when it goes through. */
  problem: string | null;
  /** The fulfillment order it already has: re-running skips it. */
  existingFulfillmentOrderId: string | null;
}

function stockProblem(lines: BulkFulfillLine[]): string | null {
  const short = lines.filter((l) => l.needed > 0 && (l.available ?? 0) < l.needed);
  if (!short.length) return null;
  return `Not enough FBA stock: ${short
    .map((l) => (l.available === null ? `${l.sellerSku} has no FBA stock` : `${l.sellerSku} needs ${l.needed}, ${l.available} available`))
    .join('; ')}.`;
}

/** One order as the bulk page lists it: what it would send and what stops it, read from the database. */
async function candidateFor(db: Db, order: OrderRecord, existing: ReadonlySet<string>): Promise<BulkFulfillCandidate> {
  const id = order.amazonOrderId;
  const base = { amazonOrderId: id, lines: [] as BulkFulfillLine[], existingFulfillmentOrderId: null };
  const sfo = sellerFulfillmentOrderIdFor(id);
  if (existing.has(sfo)) return { ...base, existingFulfillmentOrderId: sfo, problem: `Already fulfilled with FBA (fulfillment order ${sfo}).` };
  if (order.fulfilledBy === 'AMAZON') return { ...base, problem: 'Amazon ships this order from FBA already.' };
  if (order.isIspu) return { ...base, problem: 'The buyer collects this order in store.' };
  if (!canFulfillWithFba(order)) return { ...base, problem: `This order is ${orderStatusLabel(order.orderStatus)}: only unshipped orders can be fulfilled.` };
  if (await heldBackorderOf(db, order)) return { ...base, problem: 'Held as a backorder: the sync sends it when the stock is there.' };
  const items = await itemsOf(db, order);
  if (!items.length) return { ...base, problem: 'Its items have not synced yet: fulfill it from its own page.' };
  const toShip = unshippedLines(items).filter((l) => l.needed > 0);
  if (!toShip.length) return { ...base, problem: 'Every item has shipped already.' };
  const stock = await fulfillableBySku(
    db,
    order,
    toShip.map((l) => l.sellerSku),
  );
  const lines = toShip.map((l) => ({ sellerSku: l.sellerSku, needed: l.needed, available: stock.get(l.sellerSku) ?? null }));
  return { ...base, lines, problem: stockProblem(lines) };
}

/** The selected orders of the workspace, in the order given; an id not in the workspace says so (never another workspace's data). */
export async function bulkFulfillCandidates(db: Db, workspaceId: string, orderIds: readonly string[]): Promise<BulkFulfillCandidate[]> {
  return (await selectedOrders(db, workspaceId, orderIds)).map((s) => s.candidate);
}

const NOT_IN_WORKSPACE = 'This order is not in your workspace.';

async function selectedOrders(
  db: Db,
  workspaceId: string,
  orderIds: readonly string[],
): Promise<Array<{ candidate: BulkFulfillCandidate; order: OrderRecord | undefined }>> {
  const found = await Promise.all(orderIds.map((id) => findOrder(db, workspaceId, id)));
  const present = found.filter((o): o is OrderRecord => Boolean(o));
  const existing = present.length
    ? await db
        .select({ id: fulfillmentOrders.sellerFulfillmentOrderId })
        .from(fulfillmentOrders)
        .where(
          and(
            eq(fulfillmentOrders.workspaceId, workspaceId),
            inArray(
              fulfillmentOrders.sellerFulfillmentOrderId,
              present.map((o) => sellerFulfillmentOrderIdFor(o.amazonOrderId)),
            ),
          ),
        )
    : [];
  const existingIds = new Set(existing.map((r) => r.id));
  return Promise.all(
    orderIds.map((id, i) => {
      const order = found[i];
      if (!order) return { candidate: { amazonOrderId: id, lines: [], problem: NOT_IN_WORKSPACE, existingFulfillmentOrderId: null }, order };
      return candidateFor(db, order, existingIds).then((candidate) => ({ candidate, order }));
    }),
  );
}

/**
 * Amazon's preview of one batch at the speed chosen for all: getFulfillmentPreview for each
 * order the list still finds ready (read again now: a second tab may have sent one), with the
 * order's unshipped lines and the buyer's address read from Amazon for this request only (as
 * the one-order page does; never written anywhere). Each order gets its own verdict: fees and
 * dates, Amazon's reasons, or why it was not asked about. An order of another workspace is
 * "not found" and nothing is read for it.
 */
export async function previewBatchWithFba(
  db: Db,
  workspaceId: string,
  orderIds: readonly string[],
  shippingSpeed: (typeof SHIPPING_SPEEDS)[number],
  clientFor: (accountId: string) => Promise<SpApiClient> = (accountId) => spApiForAccount(db, workspaceId, accountId),
): Promise<BulkPreviewResult[]> {
  const clients = new Map<string, Promise<SpApiClient>>();
  const results: BulkPreviewResult[] = [];
  for (const { candidate, order } of await selectedOrders(db, workspaceId, orderIds)) {
    const amazonOrderId = candidate.amazonOrderId;
    if (!order) {
      results.push(previewFailed(amazonOrderId, 'That order was not found.'));
      continue;
    }
    if (candidate.problem) {
      results.push(previewFailed(amazonOrderId, candidate.problem));
      continue;
    }
    try {
      if (!clients.has(order.accountId)) clients.set(order.accountId, clientFor(order.accountId));
      const client = await clients.get(order.accountId)!;
      const toShip = unshippedLines(await itemsOf(db, order))
        .filter((l) => l.needed > 0)
        .map((l) => ({ ...l, quantity: l.needed }));
      const address = await fetchShippingAddress(client, amazonOrderId);
      const spec = orderPreviewSpec(order, toShip, address, { blankBox: false, blockAmzl: false });
      const { options } = await fetchPreview(client, previewRequest(spec, [shippingSpeed]));
      results.push({ amazonOrderId, ...speedVerdict(options, shippingSpeed) });
    } catch (error) {
      const failure = asUserFacing(error, 'preview this order');
      if (!(failure instanceof UserFacingError)) console.error('[bulk fulfill preview]', amazonOrderId, error);
      results.push(previewFailed(amazonOrderId, failure instanceof UserFacingError ? failure.message : 'Amazon could not preview this order. Preview again.'));
    }
  }
  return results;
}

/**
 * One batch: each order through createFulfillmentOrderFromOrder with the speed chosen once and
 * FillOrKill (all or nothing, as the list promised: an order short of stock fails, never ships
 * half). One order's failure is its own line; the others still go. The account clients are
 * shared within the batch, so their quotas are too.
 */
export async function fulfillBatchWithFba(
  db: Db,
  workspaceId: string,
  userId: string,
  orderIds: readonly string[],
  shippingSpeed: (typeof SHIPPING_SPEEDS)[number],
  clientFor: (accountId: string) => Promise<SpApiClient> = (accountId) => spApiForAccount(db, workspaceId, accountId),
): Promise<BulkFulfillResult[]> {
  const clients = new Map<string, Promise<SpApiClient>>();
  const results: BulkFulfillResult[] = [];
  for (const amazonOrderId of orderIds) {
    try {
      const order = await findOrder(db, workspaceId, amazonOrderId);
      if (!order) throw new UserFacingError('That order was not found.');
      if (!clients.has(order.accountId)) clients.set(order.accountId, clientFor(order.accountId));
      const client = await clients.get(order.accountId)!;
      const outcome = await createFulfillmentOrderFromOrder(db, client, order, userId, {
        orderId: amazonOrderId,
        shippingSpeed,
        fulfillmentPolicy: 'FillOrKill',
        blankBox: false,
        blockAmzl: false,
        notificationEmails: [],
        lowStockChoice: undefined,
        buyerMessage: '',
        previewShortfall: {},
      });
      results.push({
        amazonOrderId,
        outcome: outcome.created ? 'created' : 'already',
        message: outcome.message,
        sellerFulfillmentOrderId: outcome.sellerFulfillmentOrderId,
      });
    } catch (error) {
      const failure = asUserFacing(error);
      if (!(failure instanceof UserFacingError)) console.error('[bulk fulfill]', amazonOrderId, error);
      results.push({
        amazonOrderId,
        outcome: 'failed',
        message: failure instanceof UserFacingError ? failure.message : 'Something went wrong; nothing was sent for this order. Try it again.',
        sellerFulfillmentOrderId: null,
      });
    }
  }
  return results;
}
