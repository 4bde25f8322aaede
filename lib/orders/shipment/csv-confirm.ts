/**
 * Confirming shipments from the seller's CSV, a batch of lines at a time: each line's order is
 * looked up in the workspace and checked (seller-fulfilled, not collected in store, something
 * left to ship), then ALL its still-unshipped units are confirmed in one package through
 * confirmPackage, the service the order page uses. An order that already has a confirmation
 * with the line's tracking number is "already confirmed": re-running a file confirms nothing
 * twice. Two runs of one file at the same moment (two tabs, two instances) both find nothing
 * confirmed, but Amazon takes only the first package of a package reference: the other run,
 * refused, finds the first's confirmation and says "already confirmed" too. One line's failure
 * is its own; the others still go.
 */
import 'server-only';
import type { Db } from '@/db/client';
import { spApiForAccount } from '@/lib/accounts';
import type { SpApiClient } from '@/lib/sp-api/types';
import { asUserFacing } from '@/lib/sp-api';
import { UserFacingError } from '@/lib/user-facing-error';
import { plural } from '@/lib/format';
import { orderStatusLabel } from '../list-filters';
import { findOrder, itemsOf, type OrderRecord } from '../order-context';
import { checkShipmentLine, shipmentLineCarrier, type ShipmentLineInput, type ShipmentLineResult } from './csv-lines';
import { OTHER_CARRIER } from './carriers';
import { confirmationsOf, confirmPackage } from './service';

/**
 * Checks (dryRun) or confirms one batch of lines. `today` bounds the ship date (the server's
 * day, one day of slack for the seller's time zone).
 */
export async function confirmShipmentLines(
  db: Db,
  workspaceId: string,
  userId: string,
  lines: readonly ShipmentLineInput[],
  options: { dryRun: boolean; clientFor?: (accountId: string) => Promise<SpApiClient> },
): Promise<ShipmentLineResult[]> {
  const clientFor = options.clientFor ?? ((accountId: string) => spApiForAccount(db, workspaceId, accountId));
  const clients = new Map<string, Promise<SpApiClient>>();
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const results: ShipmentLineResult[] = [];
  for (const input of lines) {
    const result = (outcome: ShipmentLineResult['outcome'], message: string) => results.push({ line: input.line, orderId: input.orderId, outcome, message });
    let order: Awaited<ReturnType<typeof findOrder>>;
    let sent = false;
    try {
      // The same checks as the browser's: a crafted request gets no further than the file would.
      const carrierCell = input.carrierCode === OTHER_CARRIER ? `Other: ${input.carrierName}` : input.carrierCode;
      const line = checkShipmentLine({ ...input, carrier: carrierCell, carrierName: input.carrierName }, tomorrow);
      if (line.problem) throw new UserFacingError(line.problem);
      order = await findOrder(db, workspaceId, line.orderId);
      if (!order) throw new UserFacingError('This order is not in your workspace.');
      const confirmed = await confirmationsOf(db, order);
      const same = sameTracking(confirmed, line.trackingNumber);
      if (same) {
        result('already', `Already confirmed with ${shipmentLineCarrier(same)} ${same.trackingNumber}.`);
        continue;
      }
      if (order.fulfilledBy !== 'MERCHANT') throw new UserFacingError('Amazon ships this order (FBA) and confirms its shipment itself.');
      if (order.isIspu) throw new UserFacingError('The buyer collects this order in store: set its pick-up status on the order page.');
      if (order.orderStatus !== 'UNSHIPPED' && order.orderStatus !== 'PARTIALLY_SHIPPED')
        throw new UserFacingError(`This order is ${orderStatusLabel(order.orderStatus)}: there is nothing left to confirm.`);
      const items = (await itemsOf(db, order))
        .map((i) => ({ orderItemId: i.orderItemId, quantity: Math.max(0, i.quantityOrdered - i.quantityShipped) }))
        .filter((i) => i.quantity > 0);
      if (!items.length) throw new UserFacingError('Every item has shipped already (or its items have not synced yet: confirm it on its page).');
      const shipDate = new Date(`${line.shipDate}T12:00:00Z`);
      if (shipDate.getTime() < order.purchaseDate.getTime() - 86_400_000) throw new UserFacingError('The ship date is before the order was placed.');
      const units = plural(
        items.reduce((n, i) => n + i.quantity, 0),
        'unit',
      );
      const what = `${shipmentLineCarrier(line)} ${line.trackingNumber}`;
      if (options.dryRun) {
        result('ready', `Ready: ${units} in one package, ${what}.`);
        continue;
      }
      // Amazon's package reference is a positive number unique within the order: the next one free.
      const used = confirmed.map((c) => Number(c.packageReferenceId)).filter((n) => Number.isInteger(n) && n > 0);
      const packageReferenceId = String((used.length ? Math.max(...used) : 0) + 1);
      if (!clients.has(order.accountId)) clients.set(order.accountId, clientFor(order.accountId));
      const client = await clients.get(order.accountId)!;
      sent = true;
      const outcome = await confirmPackage(
        db,
        client,
        order,
        {
          packageReferenceId,
          carrierCode: line.carrierCode,
          carrierName: line.carrierName,
          trackingNumber: line.trackingNumber,
          shipDate,
          shippingMethod: line.shippingMethod || undefined,
          items,
        },
        'manual',
        userId,
      );
      result('confirmed', `Confirmed ${units}, ${what}. The order is now ${orderStatusLabel(outcome.status)}.`);
    } catch (error) {
      // The same file confirming in another tab or instance at this moment: Amazon took its package
      // (and refused this one's reused package reference). Nothing was sent twice; say so.
      const other = sent && order ? await confirmedWith(db, order, input.trackingNumber) : undefined;
      if (other) {
        result('already', `Already confirmed with ${shipmentLineCarrier(other)} ${other.trackingNumber}.`);
        continue;
      }
      const failure = asUserFacing(error);
      if (!(failure instanceof UserFacingError)) console.error('[confirm shipments csv]', input.orderId, error);
      result('failed', failure instanceof UserFacingError ? failure.message : 'Something went wrong; nothing was confirmed for this order. Try it again.');
    }
  }
  return results;
}

type Confirmation = Awaited<ReturnType<typeof confirmationsOf>>[number];

const sameTracking = (confirmed: Confirmation[], trackingNumber: string) =>
  confirmed.find((c) => c.trackingNumber.toLowerCase() === trackingNumber.trim().toLowerCase());

/**
 * The confirmation another run made with this tracking number; asked twice, as that run records
 * Amazon's answer a moment after it. Under heavy load the other run may record later still: this
 * line then says failed, and nothing was sent twice all the same.
 */
async function confirmedWith(db: Db, order: OrderRecord, trackingNumber: string): Promise<Confirmation | undefined> {
  try {
    const found = sameTracking(await confirmationsOf(db, order), trackingNumber);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 300));
    return sameTracking(await confirmationsOf(db, order), trackingNumber);
  } catch {
    return undefined;
  }
}
