/**
 * What a sync should have stored, read from an in-process simulator's own state (the order
 * stream, the catalog, the outbound and inbound stores), not through the API the sync itself
 * uses, and the comparison with what the database holds for one account.
 *
 * Each record is a key (its Amazon ids) and a print of the fields that must match (statuses,
 * quantities). A record of the simulator that the database lacks, or holds with another print
 * (its latest version never landed), is lost; a row the simulator has no record of, or a key
 * stored twice, is duplicated. The fault and crash tests add these up for their `faults:` line.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { fulfillmentOrders, inboundShipmentItems, inboundShipments, inventorySummaries, orderItems, orders } from '@/db/schema';
import type { RunningSimulator } from '@/simulator/core/server';
import { quantityReceivedAt, shipmentStatusAt } from '@/simulator/apis/inbound/lifecycle';
import { InboundPlanStore } from '@/simulator/apis/inbound-plans/store';
import { InboundStore } from '@/simulator/apis/inbound/store';
import { orderStateAt } from '@/simulator/apis/outbound/lifecycle';
import { OutboundStore } from '@/simulator/apis/outbound/store';
import { catalog } from '@/simulator/state/catalog';
import { orderBook } from '@/simulator/state/orders';
import { FULFILLMENT_STATUS } from '@/simulator/apis/orders-2026/reshape';

export const RECORD_KINDS = ['orders', 'order items', 'inventory', 'fulfillment orders', 'inbound shipments', 'inbound shipment items'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** key -> print of the fields that must match. */
type Records = Map<string, string>;

export interface KindComparison {
  expected: number;
  stored: number;
  /** `key: why`, for a readable failure. */
  lost: string[];
  duplicated: string[];
}

export type SyncComparison = Record<RecordKind, KindComparison>;

export interface Account {
  accountId: string;
  sellerId: string;
  marketplaceIds: readonly string[];
}

/** Amazon's dates go out with whole seconds; the database keeps what Amazon sent. */
const seconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function storeOf<T>(sim: RunningSimulator, model: string, type: abstract new (...args: never[]) => T): T {
  const module = sim.runtime.modules.find((m) => m.model === model);
  const store = module && 'store' in module ? module.store : undefined;
  if (!(store instanceof type)) throw new Error(`The simulator has no store for ${model}.`);
  return store;
}

export const outboundStore = (sim: RunningSimulator) => storeOf(sim, 'fulfillmentOutbound_2020-07-01.json', OutboundStore);
export const inboundStore = (sim: RunningSimulator) => storeOf(sim, 'fulfillmentInboundV0.json', InboundStore);

/** The Send to Amazon plans and their asynchronous operations. */
export function inboundPlanStore(sim: RunningSimulator): InboundPlanStore {
  const module = sim.runtime.modules.find((m) => m.model === 'fulfillmentInbound_2024-03-20.json');
  if (!module || !('plans' in module) || !(module.plans instanceof InboundPlanStore)) throw new Error('The simulator has no Send to Amazon plans.');
  return module.plans;
}

/** Every record of the seller as the simulator holds it now, for the account's marketplaces. */
export function simulatorRecords(sim: RunningSimulator, account: Account): Record<RecordKind, Records> {
  const now = sim.runtime.clock.now();
  const nowMs = now.getTime();
  // What every SP-API call does first: stock that moved with simulated time is applied.
  for (const module of sim.runtime.modules) module.sync?.(now);
  const inMarketplace = (marketplaceId: string) => account.marketplaceIds.includes(marketplaceId);
  const records = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, new Map<string, string>()])) as Record<RecordKind, Records>;

  // The sync looks back further than the simulator's history, so every order placed so far is due.
  for (let index = 0; index < orderBook.countAt(account.sellerId, nowMs); index++) {
    const order = orderBook.at(account.sellerId, index, nowMs);
    if (!order || !inMarketplace(order.marketplaceId)) continue;
    // The simulator keeps its orders in v0 words; the dashboard stores what Orders 2026-01-01 says.
    records.orders.set(order.amazonOrderId, `${FULFILLMENT_STATUS[order.status]} updated ${seconds(order.lastUpdateDate)}`);
    for (const item of order.items) {
      records['order items'].set(
        `${order.amazonOrderId}/${item.orderItemId}`,
        `${item.sellerSku} ordered ${item.quantityOrdered} shipped ${item.quantityShipped}`,
      );
    }
  }

  for (const sku of catalog.list(account.sellerId)) {
    const q = sku.qty;
    for (const marketplaceId of sku.marketplaceIds.filter(inMarketplace)) {
      records.inventory.set(
        `${marketplaceId}/${sku.sellerSku}`,
        inventoryPrint(q.fulfillable, q.reservedCustomerOrders, q.inboundWorking + q.inboundShipped + q.inboundReceiving),
      );
    }
  }

  for (const order of outboundStore(sim).list(account.sellerId)) {
    records['fulfillment orders'].set(order.sellerFulfillmentOrderId, fulfillmentOrderPrint(orderStateAt(order, now).status, order.items));
  }

  for (const shipment of inboundStore(sim).sellerShipments(account.sellerId)) {
    if (!inMarketplace(shipment.marketplaceId)) continue;
    records['inbound shipments'].set(shipment.shipmentId, shipmentStatusAt(shipment, now));
    for (const item of shipment.items) {
      records['inbound shipment items'].set(
        `${shipment.shipmentId}/${item.sellerSku}`,
        `shipped ${item.quantityShipped} received ${quantityReceivedAt(shipment, item, now)}`,
      );
    }
  }
  return records;
}

const inventoryPrint = (fulfillable: number, reserved: number, inbound: number) => `fulfillable ${fulfillable} reserved ${reserved} inbound ${inbound}`;

function fulfillmentOrderPrint(status: string, items: ReadonlyArray<{ sellerSku: string; quantity: number | string }>): string {
  const lines = items.map((i) => `${i.sellerSku}x${Number(i.quantity)}`).sort();
  return `${status} ${lines.join(',') || 'no items'}`;
}

/** Rows as printed for the comparison; a key can appear twice here only if the database let it. */
export async function storedRecords(db: Db, accountId: string): Promise<Record<RecordKind, Array<[string, string]>>> {
  const orderRows = await db.select().from(orders).where(eq(orders.accountId, accountId));
  const itemRows = await db.select().from(orderItems).where(eq(orderItems.accountId, accountId));
  const stockRows = await db.select().from(inventorySummaries).where(eq(inventorySummaries.accountId, accountId));
  const mcfRows = await db.select().from(fulfillmentOrders).where(eq(fulfillmentOrders.accountId, accountId));
  const shipmentRows = await db.select().from(inboundShipments).where(eq(inboundShipments.accountId, accountId));
  const shipmentItemRows = await db.select().from(inboundShipmentItems).where(eq(inboundShipmentItems.accountId, accountId));
  return {
    orders: orderRows.map((o) => [o.amazonOrderId, `${o.orderStatus} updated ${seconds(o.lastUpdateDate)}`]),
    'order items': itemRows.map((i) => [`${i.amazonOrderId}/${i.orderItemId}`, `${i.sellerSku} ordered ${i.quantityOrdered} shipped ${i.quantityShipped}`]),
    inventory: stockRows.map((s) => [
      `${s.marketplaceId}/${s.sellerSku}`,
      inventoryPrint(s.fulfillable, s.reservedCustomerOrders, s.inboundWorking + s.inboundShipped + s.inboundReceiving),
    ]),
    'fulfillment orders': mcfRows.map((o) => {
      const items = (o.detail as { items?: Array<{ sellerSku: string; quantity: number | string }> } | null)?.items;
      // A row without its detail lost the items the detail page shows.
      return [o.sellerFulfillmentOrderId, items ? fulfillmentOrderPrint(o.status, items) : `${o.status} without its detail`];
    }),
    'inbound shipments': shipmentRows.map((s) => [s.shipmentId, s.status ?? 'no status']),
    'inbound shipment items': shipmentItemRows.map((i) => [`${i.shipmentId}/${i.sellerSku}`, `shipped ${i.quantityShipped} received ${i.quantityReceived}`]),
  };
}

export function compareRecords(expected: Records, stored: Array<[string, string]>): KindComparison {
  const lost: string[] = [];
  const duplicated: string[] = [];
  const byKey = new Map<string, string>();
  for (const [key, print] of stored) {
    if (byKey.has(key)) duplicated.push(`${key}: stored twice`);
    else if (!expected.has(key)) duplicated.push(`${key}: not at Amazon`);
    byKey.set(key, print);
  }
  for (const [key, print] of expected) {
    const got = byKey.get(key);
    if (got === undefined) lost.push(`${key}: missing`);
    else if (got !== print) lost.push(`${key}: stored "${got}", Amazon has "${print}"`);
  }
  return { expected: expected.size, stored: stored.length, lost, duplicated };
}

/** The database against the simulator, for the given kinds of records (all by default). */
export async function compareWithSimulator(
  db: Db,
  sim: RunningSimulator,
  account: Account,
  kinds: readonly RecordKind[] = RECORD_KINDS,
): Promise<Partial<SyncComparison>> {
  const expected = simulatorRecords(sim, account);
  const stored = await storedRecords(db, account.accountId);
  return Object.fromEntries(kinds.map((kind) => [kind, compareRecords(expected[kind], stored[kind])]));
}

export function countDiscrepancies(comparison: Partial<SyncComparison>): { lost: number; duplicated: number } {
  const kinds = Object.values(comparison);
  return { lost: kinds.reduce((n, k) => n + k.lost.length, 0), duplicated: kinds.reduce((n, k) => n + k.duplicated.length, 0) };
}
