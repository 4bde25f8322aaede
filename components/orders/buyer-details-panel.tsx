'use client';

import { useActionState } from 'react';
import { revealBuyerDetails, type BuyerDetailsState } from '@/lib/orders/actions';
import { Button } from '@/components/ui/button';
import { addressTypeLabel } from '@/lib/orders/types';

const idle: BuyerDetailsState = { status: 'idle' };

/** Fetched only when asked for and kept only in this page's memory: reloading forgets them. */
export function BuyerDetailsPanel({ orderId }: { orderId: string }) {
  const [state, action, pending] = useActionState(revealBuyerDetails, idle);
  if (state.status === 'ok') {
    const { details } = state;
    const a = details.address;
    if (details.withheld) {
      return (
        <p role="status" className="text-sm text-slate-700">
          {details.withheld}
        </p>
      );
    }
    return (
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm [overflow-wrap:anywhere]">
        <dt className="text-slate-600">Buyer</dt>
        <dd>{details.buyerName ?? '—'}</dd>
        <dt className="text-slate-600">Buyer e-mail</dt>
        <dd>{details.buyerEmail ?? '—'}</dd>
        {details.buyerCompanyName ? (
          <>
            <dt className="text-slate-600">Company</dt>
            <dd>{details.buyerCompanyName}</dd>
          </>
        ) : null}
        {details.purchaseOrderNumber ? (
          <>
            <dt className="text-slate-600">Purchase order</dt>
            <dd>{details.purchaseOrderNumber}</dd>
          </>
        ) : null}
        <dt className="text-slate-600">Ship to</dt>
        <dd>
          {a ? (
            <address className="not-italic">
              {a.name ? <span className="block">{a.name}</span> : null}
              {a.lines.map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
              <span className="block">{[a.city, a.stateOrRegion, a.postalCode].filter(Boolean).join(', ')}</span>
              <span className="block">{a.countryCode}</span>
              {a.phone ? <span className="block">Phone {a.phone}</span> : null}
              {a.addressType ? (
                <span className="block text-slate-600" title={a.addressType}>
                  {addressTypeLabel(a.addressType)}
                </span>
              ) : null}
            </address>
          ) : (
            'Amazon gave no shipping address for this order.'
          )}
        </dd>
      </dl>
    );
  }
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-sm text-slate-600">Fetched from Amazon when you ask, shown only to you and never stored.</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Asking Amazon…' : 'Show buyer and address'}
      </Button>
      <div role="status" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {/* The order id is a hidden field: its error is the message. */}
        {state.status === 'error' ? (state.fieldErrors?.orderId?.[0] ?? state.message) : null}
      </div>
    </form>
  );
}
