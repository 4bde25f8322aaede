'use client';

import { useState } from 'react';
import { confirmTransportationAction } from '@/lib/inbound/actions';
import { formatMoney } from '@/lib/format-money';
import { transportLabel, type SnapshotShipment } from '@/lib/inbound/types';
import { FieldErrors, StepForm } from './step-form';

/**
 * How each shipment travels: one choice per shipment, the total carrier cost of the choices
 * (plus the placement fee already chosen), and a confirmation that names the cost and until
 * when a partnered booking can be cancelled free of charge.
 */
export function TransportChoiceForm({
  planId,
  shipments,
  placementFee,
}: {
  planId: string;
  shipments: SnapshotShipment[];
  placementFee: { amount: number; currency: string } | null;
}) {
  const cheapest = (s: SnapshotShipment) =>
    [...s.transportationOptions].sort((a, b) => (a.cost?.amount ?? Number.POSITIVE_INFINITY) - (b.cost?.amount ?? Number.POSITIVE_INFINITY))[0]
      ?.transportationOptionId ?? '';
  const [chosen, setChosen] = useState<Record<string, string>>(() => Object.fromEntries(shipments.map((s) => [s.shipmentId, cheapest(s)])));
  const options = shipments.map((s) => s.transportationOptions.find((o) => o.transportationOptionId === chosen[s.shipmentId]));
  const currency = options.find((o) => o?.cost)?.cost?.currency ?? placementFee?.currency ?? 'USD';
  const carrierCost = options.reduce((sum, o) => sum + (o?.cost?.amount ?? 0), 0);
  const total = carrierCost + (placementFee?.amount ?? 0);
  const selections = shipments.map((s) => ({ shipmentId: s.shipmentId, transportationOptionId: chosen[s.shipmentId] ?? '' }));
  const partnered = options.some((o) => o?.shippingSolution === 'AMAZON_PARTNERED_CARRIER');
  return (
    <StepForm
      id="confirm-transportation"
      action={confirmTransportationAction}
      planId={planId}
      fields={{ selections: JSON.stringify(selections) }}
      submitLabel="Book the transport"
      confirm={{
        title: 'Book the transport?',
        confirmLabel: `Book for ${formatMoney(carrierCost, currency)}`,
        body: (
          <>
            <p>
              Amazon books {shipments.length === 1 ? 'the carrier' : `carriers for ${shipments.length} shipments`}. Carrier cost:{' '}
              {formatMoney(carrierCost, currency)}; with the placement fee, the plan costs {formatMoney(total, currency)}.
            </p>
            {partnered ? <p>A partnered booking can be cancelled free of charge for 24 hours (small parcel) or 1 hour (LTL) after it is confirmed.</p> : null}
            <p>After this, the transport of this plan cannot be changed.</p>
          </>
        ),
      }}
    >
      {(errors) => (
        <>
          {shipments.map((s) => (
            <fieldset key={s.shipmentId} className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium">
                {s.name ?? s.confirmationId} to {s.warehouseId}
              </legend>
              <div className="space-y-1">
                {s.transportationOptions.map((o) => {
                  const needsWindow = o.preconditions.includes('CONFIRMED_DELIVERY_WINDOW');
                  return (
                    <label key={o.transportationOptionId} className="flex items-start gap-2 text-sm">
                      <input
                        type="radio"
                        name={`transport-${s.shipmentId}`}
                        data-error-key="selections"
                        value={o.transportationOptionId}
                        checked={chosen[s.shipmentId] === o.transportationOptionId}
                        onChange={() => setChosen((all) => ({ ...all, [s.shipmentId]: o.transportationOptionId }))}
                        className="mt-1"
                      />
                      <span>
                        {transportLabel(o)} · {o.cost ? formatMoney(o.cost.amount, o.cost.currency) : 'you pay your carrier'}
                        {needsWindow ? (
                          <span className={s.selectedDeliveryWindow ? 'text-slate-600' : 'text-amber-800'}>
                            {' '}
                            · {s.selectedDeliveryWindow ? 'delivery window chosen' : 'needs a delivery window (below)'}
                          </span>
                        ) : null}
                      </span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          ))}
          <p className="text-sm font-medium" aria-live="polite">
            Carrier cost {formatMoney(carrierCost, currency)}
            {placementFee ? ` + placement fee ${formatMoney(placementFee.amount, placementFee.currency)}` : ''} = total {formatMoney(total, currency)}
          </p>
          <FieldErrors id="selections-error" errors={errors?.selections} />
        </>
      )}
    </StepForm>
  );
}
