'use client';

import { useActionState } from 'react';
import { refreshShipmentAction } from '@/lib/inbound/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { Table, TableHead } from '@/components/ui/table';
import { idleState } from '@/lib/actions/action-state';
import { isDiscrepancy, receiptOf, type Receipt } from '@/lib/inbound/types';

interface Item {
  sellerSku: string;
  fnsku: string | null;
  quantityShipped: number;
  quantityReceived: number;
  quantityInCase: number;
}

const RECEIPT_TEXT: Record<Receipt['state'], (difference: number) => string> = {
  'not-received': () => 'Not received yet',
  receiving: () => 'Receiving',
  matched: () => 'All received',
  short: (d) => `${-d} missing`,
  over: (d) => `${d} more than shipped`,
};

/** Shipped against received per SKU, discrepancies marked in words and colour. */
export function ShipmentItemsPanel({
  accountId,
  shipmentId,
  status,
  items,
  canRefresh,
}: {
  accountId: string;
  shipmentId: string;
  status: string | null;
  items: Item[];
  canRefresh: boolean;
}) {
  const [refreshState, refreshAction, refreshing] = useActionState(refreshShipmentAction, idleState);
  const receipts = items.map((i) => receiptOf(status, i.quantityShipped, i.quantityReceived));
  const discrepancies = receipts.filter(isDiscrepancy).length;
  return (
    <section aria-labelledby="items-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="items-heading" className="text-lg font-semibold">
          Items
        </h2>
        {canRefresh ? (
          <form action={refreshAction}>
            <input type="hidden" name="accountId" value={accountId} />
            <input type="hidden" name="shipmentId" value={shipmentId} />
            <Button type="submit" variant="secondary" disabled={refreshing}>
              {refreshing ? 'Reading…' : 'Refresh from Amazon'}
            </Button>
          </form>
        ) : null}
      </div>
      <FormMessage state={refreshState} />
      {discrepancies ? (
        <p role="status" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {discrepancies} SKU{discrepancies === 1 ? '' : 's'} received differently from what was shipped. Amazon reconciles missing units; open a case in Seller
          Central if they stay missing.
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">The items have not synced yet.</p>
      ) : (
        <Table caption={`Items in ${shipmentId}`} variant="regular" className="mt-3">
          <TableHead
            columns={[
              'SKU',
              'FNSKU',
              { label: 'Shipped', numeric: true },
              { label: 'Received', numeric: true },
              'Receipt',
              { label: 'Per case', numeric: true },
            ]}
          />
          <tbody>
            {items.map((i, index) => {
              const receipt = receipts[index]!;
              const flagged = isDiscrepancy(receipt);
              return (
                <tr key={i.sellerSku} className={flagged ? 'bg-amber-50' : undefined}>
                  <td>{i.sellerSku}</td>
                  <td>{i.fnsku ?? '—'}</td>
                  <td className="text-right tabular-nums">{i.quantityShipped}</td>
                  <td className="text-right tabular-nums">{i.quantityReceived}</td>
                  <td className={flagged ? 'font-medium text-amber-900' : 'text-slate-700'}>{RECEIPT_TEXT[receipt.state](receipt.difference)}</td>
                  <td className="text-right tabular-nums">{i.quantityInCase || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </section>
  );
}
