'use client';

import { useQuery } from '@tanstack/react-query';
import { useActionState, useEffect, useState } from 'react';
import { confirmTransportAction, estimateTransportAction, voidTransportAction } from '@/lib/inbound/actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { idleState, type ActionState } from '@/lib/actions/action-state';
import { formatDateTime } from '@/lib/format';
import { canChangeTransport, canConfirm, canEstimate, isTransportSettling, type TransportView, formatRemaining, voidAvailability } from '@/lib/inbound/types';
import { TransportForm } from './transport-form';

const STATUS_TEXT: Record<string, string> = {
  WORKING: 'Details sent; no estimate yet',
  ESTIMATING: 'Amazon is estimating the cost…',
  ESTIMATED: 'Estimate ready',
  ERROR_ON_ESTIMATING: 'Amazon could not estimate',
  CONFIRMING: 'Confirming with the carrier…',
  CONFIRMED: 'Confirmed',
  ERROR_ON_CONFIRMING: 'The carrier could not be confirmed',
  VOIDING: 'Voiding…',
  VOIDED: 'Voided',
  ERROR_IN_VOIDING: 'The void failed',
  ERROR: 'Error',
};

export function TransportPanel({
  accountId,
  shipmentId,
  initial,
  canWrite,
  editable,
  declaredCurrency,
  shipmentStatus,
}: {
  accountId: string;
  shipmentId: string;
  initial: TransportView | null;
  canWrite: boolean;
  editable: boolean;
  declaredCurrency: 'USD' | 'GBP';
  shipmentStatus: string | null;
}) {
  const query = useQuery({
    queryKey: ['inbound-transport', accountId, shipmentId],
    initialData: { transport: initial },
    queryFn: async (): Promise<{ transport: TransportView | null }> => {
      const response = await fetch(`/api/inbound/shipments/${accountId}/${encodeURIComponent(shipmentId)}/transport`, { cache: 'no-store' });
      const body = (await response.json()) as { transport?: TransportView | null; error?: string };
      if (!response.ok) throw new Error(body.error ?? 'Transport details are not available right now.');
      return { transport: body.transport ?? null };
    },
    // The page rendered the stored booking: no fetch on mount or focus, only while Amazon works on it.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    // Follow Amazon while it works on the booking; stop once it settles.
    refetchInterval: (q) => (isTransportSettling(q.state.data?.transport?.status) ? 2000 : false),
  });
  const transport = query.data.transport;
  const refetch = query.refetch;
  const [estimateState, estimateAction, estimating] = useActionState(estimateTransportAction, idleState);
  const [confirmState, confirmAction, confirming] = useActionState(confirmTransportAction, idleState);
  const [voidState, voidAction, voiding] = useActionState(voidTransportAction, idleState);
  // After an action answered (not on mount: the page already shows the stored booking).
  useEffect(() => {
    if (estimateState.status === 'idle' && confirmState.status === 'idle' && voidState.status === 'idle') return;
    void refetch();
  }, [estimateState, confirmState, voidState, refetch]);

  const now = useNow();
  const voidable = transport
    ? voidAvailability({ ...transport, shipmentStatus, voidDeadline: transport.voidDeadline ? new Date(transport.voidDeadline) : null }, now)
    : null;
  const bookingLocked = transport && !canChangeTransport(transport.status);

  return (
    <section aria-labelledby="transport-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="transport-heading" className="text-lg font-semibold">
        Transport
      </h2>
      {transport ? (
        <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline font-medium">Booking: </dt>
            <dd className="inline">
              {transport.shipmentType === 'LTL' ? 'LTL freight' : 'Small parcel'}, {transport.isPartnered ? 'Amazon-partnered carrier' : 'your own carrier'}
              {transport.carrierName ? ` (${transport.carrierName})` : ''}
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">Transport status: </dt>
            <dd className="inline">
              <span role="status" aria-live="polite">
                {STATUS_TEXT[transport.status] ?? transport.status}
              </span>
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">{transport.shipmentType === 'LTL' ? 'Boxes and pallets: ' : 'Boxes: '}</dt>
            <dd className="inline">
              {transport.packageCount}
              {transport.shipmentType === 'LTL' ? ` boxes on ${transport.palletCount} pallet${transport.palletCount === 1 ? '' : 's'}` : ''}
            </dd>
          </div>
          {transport.estimate ? (
            <div>
              <dt className="inline font-medium">Estimated cost: </dt>
              <dd className="inline">
                {Number(transport.estimate.amount).toFixed(2)} {transport.estimate.currency}
              </dd>
            </div>
          ) : null}
          {transport.confirmDeadline && transport.status === 'ESTIMATED' ? (
            <div>
              <dt className="inline font-medium">Confirm by: </dt>
              <dd className="inline">{formatDateTime(transport.confirmDeadline)}</dd>
            </div>
          ) : null}
          {transport.pickupDate ? (
            <div>
              <dt className="inline font-medium">Pickup / delivery: </dt>
              <dd className="inline">
                {transport.pickupDate} / {transport.deliveryDate}
              </dd>
            </div>
          ) : null}
          {transport.proNumber ? (
            <div>
              <dt className="inline font-medium">PRO number: </dt>
              <dd className="inline">{transport.proNumber}</dd>
            </div>
          ) : null}
          {transport.errorDescription ? (
            <div className="sm:col-span-2">
              <dt className="inline font-medium">Amazon says: </dt>
              <dd className="inline text-red-700">{transport.errorDescription}</dd>
            </div>
          ) : null}
          {transport.packages.length ? (
            <div className="sm:col-span-2">
              <dt className="font-medium">Tracking</dt>
              <dd>
                <ul className="list-inside list-disc">
                  {transport.packages.map((p, i) => (
                    <li key={`${p.trackingId}-${i}`}>
                      {p.trackingId} · {p.carrier} · {p.status.toLowerCase().replaceAll('_', ' ')}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="mt-2 text-sm text-slate-600">No carrier booked yet.</p>
      )}
      {query.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {query.error.message}
        </p>
      ) : null}

      {canWrite && transport?.isPartnered ? (
        <div className="mt-4 flex flex-wrap items-start gap-3">
          {editable && transport.isPartnered && canEstimate(transport.status) ? (
            <ShipmentButton
              action={estimateAction}
              state={estimateState}
              pending={estimating}
              accountId={accountId}
              shipmentId={shipmentId}
              label="Estimate cost"
              pendingLabel="Asking…"
            />
          ) : null}
          {canConfirm(transport.status) ? (
            <ShipmentButton
              action={confirmAction}
              state={confirmState}
              pending={confirming}
              accountId={accountId}
              shipmentId={shipmentId}
              label="Confirm booking"
              pendingLabel="Confirming…"
            />
          ) : null}
          {voidable?.canVoid ? (
            <div>
              <ShipmentButton
                action={voidAction}
                state={voidState}
                pending={voiding}
                accountId={accountId}
                shipmentId={shipmentId}
                label="Void booking"
                pendingLabel="Voiding…"
                variant="danger"
              />
              <p className="mt-1 text-sm" aria-live="off" suppressHydrationWarning>
                Void deadline in{' '}
                <span className="font-medium tabular-nums" suppressHydrationWarning>
                  {formatRemaining(voidable.remainingMs)}
                </span>{' '}
                ({formatDateTime(voidable.deadline)})
              </p>
            </div>
          ) : transport.status === 'CONFIRMED' && voidable && !voidable.canVoid ? (
            <p className="text-sm text-slate-700">{voidable.reason}</p>
          ) : null}
        </div>
      ) : null}
      {voidState.status !== 'idle' && !voidable?.canVoid ? <FormMessage state={voidState} /> : null}

      {canWrite && editable && !bookingLocked ? (
        <details className="mt-6 border-t border-slate-200 pt-4" open={!transport || transport.status === 'VOIDED'}>
          <summary className="cursor-pointer font-medium">{transport ? 'Change the transport' : 'Book transport'}</summary>
          <TransportForm accountId={accountId} shipmentId={shipmentId} currency={declaredCurrency} onSent={() => void refetch()} />
        </details>
      ) : null}
    </section>
  );
}

function ShipmentButton({
  action,
  state,
  pending,
  accountId,
  shipmentId,
  label,
  pendingLabel,
  variant = 'primary',
}: {
  action: (formData: FormData) => void;
  state: ActionState;
  pending: boolean;
  accountId: string;
  shipmentId: string;
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'danger';
}) {
  return (
    <form action={action}>
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="shipmentId" value={shipmentId} />
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/** The current time, ticking every second, for the void countdown. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
