/**
 * Fulfillment orders from a web shop's export, in three steps the import page walks through:
 * check (every order against Amazon's rules and the synced FBA stock, weighed across the whole
 * file), preview (getFulfillmentPreview per order, for its cost) and create. Create goes through
 * submitFulfillmentOrder, the one create path: each order's reference is derived from the shop
 * and its order number, so importing the same file again claims the same references and
 * creates nothing twice. Nothing of the file is kept: the orders Amazon accepts are stored as
 * every fulfillment order is (reshape.ts drops the buyer's address), and the column choice is
 * remembered without any of the file's values.
 */
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { outboundImportMappings, outboundSubmissions } from '@/db/schema';
import type { SpApiClient } from '@/lib/sp-api/types';
import { asUserFacing } from '@/lib/sp-api';
import type { Tenant } from '@/lib/tenancy';
import { UserFacingError } from '@/lib/user-facing-error';
import { IMPORT_SHOPS, importReference, type ColumnMapping, type ImportedOrder, type ImportShop } from './import-mapping';
import { importedCreateInput, type ImportOptions } from './import-order';
import { storedFulfillable } from './queries';
import { buildCreateRequest, buildPreviewRequest } from './requests';
import { checkItemsAgainstStock, fetchPreview, submitFulfillmentOrder } from './service';
import { previewProblems, type PreviewOption } from './preview';

export type ImportCheck =
  | { orderNumber: string; reference: string; status: 'ready'; units: number }
  | { orderNumber: string; reference: string; status: 'exists' }
  | { orderNumber: string; reference: string; status: 'problem'; problems: string[] };

/**
 * Every order of the file, in file order: Amazon's rules first, then the stock, which each ready
 * order takes its units from so a later order that would overdraw it is reported, not created.
 * An order whose reference was already created (an earlier import) is reported as such.
 */
export async function checkImportedOrders(db: Db, tenant: Tenant, options: ImportOptions, orders: ImportedOrder[]): Promise<ImportCheck[]> {
  const references = orders.map((o) => importReference(options.shop, o.orderNumber));
  const created = new Set(
    (
      await db
        .select({ id: outboundSubmissions.sellerFulfillmentOrderId })
        .from(outboundSubmissions)
        .where(
          and(
            eq(outboundSubmissions.workspaceId, tenant.workspaceId),
            eq(outboundSubmissions.accountId, tenant.accountId),
            eq(outboundSubmissions.state, 'created'),
            inArray(outboundSubmissions.sellerFulfillmentOrderId, references),
          ),
        )
    ).map((r) => r.id),
  );
  const skus = [...new Set(orders.flatMap((o) => o.items.map((i) => i.sellerSku)))];
  const stock = await storedFulfillable(db, tenant.workspaceId, tenant.accountId, options.marketplaceId, skus);
  const taken = new Map<string, number>();
  const seen = new Set<string>();
  return orders.map((order, i): ImportCheck => {
    const base = { orderNumber: order.orderNumber, reference: references[i]! };
    if (seen.has(base.reference)) return { ...base, status: 'problem', problems: ['The file has this order number twice.'] };
    seen.add(base.reference);
    if (created.has(base.reference)) return { ...base, status: 'exists' };
    const made = importedCreateInput(order, options);
    if (!made.ok) return { ...base, status: 'problem', problems: made.problems };
    const problems: string[] = [];
    for (const line of made.input.items) {
      const available = stock.get(line.sellerSku);
      const left = (available ?? 0) - (taken.get(line.sellerSku) ?? 0);
      if (available === undefined) problems.push(`${line.sellerSku} is not a SKU of this account's FBA inventory in this marketplace.`);
      else if (line.quantity > left)
        problems.push(
          left < available
            ? `Only ${left} of ${line.sellerSku} are left for this order once the orders above it in the file are shipped.`
            : `Only ${available} of ${line.sellerSku} can be shipped.`,
        );
    }
    if (problems.length) return { ...base, status: 'problem', problems };
    for (const line of made.input.items) taken.set(line.sellerSku, (taken.get(line.sellerSku) ?? 0) + line.quantity);
    return { ...base, status: 'ready', units: made.input.items.reduce((n, l) => n + l.quantity, 0) };
  });
}

export type ImportPreview =
  | { orderNumber: string; status: 'ok'; fee: { amount: string; currency: string } | null; latestArrivalDate: string | null }
  | { orderNumber: string; status: 'problem'; problems: string[] };

/** What each order would cost at the chosen speed (Amazon's estimate), one getFulfillmentPreview per order. */
export async function previewImportedOrders(client: SpApiClient, options: ImportOptions, orders: ImportedOrder[]): Promise<ImportPreview[]> {
  const out: ImportPreview[] = [];
  for (const order of orders) {
    const made = importedCreateInput(order, options);
    if (!made.ok) {
      out.push({ orderNumber: order.orderNumber, status: 'problem', problems: made.problems });
      continue;
    }
    try {
      const { options: speeds } = await fetchPreview(client, buildPreviewRequest(made.input));
      const chosen = speeds.find((s) => s.speed === options.shippingSpeedCategory);
      if (!chosen) out.push({ orderNumber: order.orderNumber, status: 'problem', problems: ['Amazon gave no estimate for this speed.'] });
      else if (!chosen.isFulfillable) out.push({ orderNumber: order.orderNumber, status: 'problem', problems: whyNotFulfillable(chosen) });
      else out.push({ orderNumber: order.orderNumber, status: 'ok', fee: chosen.totalFee, latestArrivalDate: chosen.latestArrivalDate });
    } catch (error) {
      out.push({ orderNumber: order.orderNumber, status: 'problem', problems: [messageOf(error, 'preview this order')] });
    }
  }
  return out;
}

export type ImportResult =
  | { orderNumber: string; reference: string; status: 'created' | 'exists'; stored: boolean }
  | { orderNumber: string; reference: string; status: 'failed'; problems: string[] };

/** Creates each order through the one create path; a refusal of one order does not stop the others. */
export async function createImportedOrders(
  db: Db,
  client: SpApiClient,
  tenant: Tenant & { userId: string | null },
  options: ImportOptions,
  orders: ImportedOrder[],
): Promise<ImportResult[]> {
  const out: ImportResult[] = [];
  for (const order of orders) {
    const reference = importReference(options.shop, order.orderNumber);
    const base = { orderNumber: order.orderNumber, reference };
    const made = importedCreateInput(order, options);
    if (!made.ok) {
      out.push({ ...base, status: 'failed', problems: made.problems });
      continue;
    }
    const input = made.input;
    try {
      const outcome = await submitFulfillmentOrder(db, client, tenant, buildCreateRequest(input), {
        precheck: () => checkItemsAgainstStock(db, tenant, input),
        referenceTaken: () =>
          new UserFacingError(
            `Order ${order.orderNumber} was already sent to Amazon as ${reference} with other details (items, address or speed). Change it on its outbound page instead.`,
          ),
      });
      out.push({ ...base, status: outcome.created ? 'created' : 'exists', stored: outcome.stored });
    } catch (error) {
      out.push({ ...base, status: 'failed', problems: [messageOf(error, 'create the fulfillment order')] });
    }
  }
  return out;
}

/** Amazon's reason codes in words: the order's, then each SKU's. */
function whyNotFulfillable(option: PreviewOption): string[] {
  return previewProblems(option).map((p) => p.text);
}

/** A failure in the seller's words, with the field messages of a refusal (the stock check names each SKU). */
function messageOf(error: unknown, doing: string): string {
  const failure = asUserFacing(error, doing);
  if (!(failure instanceof UserFacingError)) {
    console.error('[outbound.import]', error instanceof Error ? `${error.name}: ${error.message}` : error);
    return 'Something went wrong with this order. Try it again.';
  }
  const details = Object.values(failure.fieldErrors ?? {}).flat();
  return details.length ? details.join(' ') : failure.message;
}

/** The remembered column choice of each shop of the workspace. */
export async function importMappings(db: Db, workspaceId: string): Promise<Partial<Record<ImportShop, ColumnMapping>>> {
  const rows = await db
    .select({ shop: outboundImportMappings.shop, columns: outboundImportMappings.columns })
    .from(outboundImportMappings)
    .where(eq(outboundImportMappings.workspaceId, workspaceId));
  const out: Partial<Record<ImportShop, ColumnMapping>> = {};
  for (const row of rows) if ((IMPORT_SHOPS as readonly string[]).includes(row.shop)) out[row.shop as ImportShop] = row.columns as ColumnMapping;
  return out;
}

export async function rememberImportMapping(db: Db, workspaceId: string, userId: string, shop: ImportShop, columns: ColumnMapping): Promise<void> {
  await db
    .insert(outboundImportMappings)
    .values({ workspaceId, shop, columns, updatedBy: userId })
    .onConflictDoUpdate({
      target: [outboundImportMappings.workspaceId, outboundImportMappings.shop],
      set: { columns, updatedBy: userId, updatedAt: sql`now()` },
    });
}
