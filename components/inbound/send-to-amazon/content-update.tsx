import { DateTime } from '@/components/ui/date-time';
import { confirmContentUpdateAction } from '@/lib/inbound/actions';
import type { BoxTemplate, SnapshotShipment } from '@/lib/inbound/types';
import { formatMoney } from '@/lib/format-money';
import { BoxesForm } from './boxes-form';
import { StepForm } from './step-form';

/**
 * Changing what a booked shipment carries before it leaves: new boxes go to Amazon for a price,
 * and each of Amazon's previews can be applied (after a confirmation that says what it costs).
 */
export function ContentUpdate({
  planId,
  shipment,
  name,
  templates,
  currentCost,
}: {
  planId: string;
  shipment: SnapshotShipment;
  name: string;
  templates: BoxTemplate[];
  currentCost?: { amount: number; currency: string } | undefined;
}) {
  const previews = shipment.contentUpdatePreviews ?? [];
  return (
    <div className="mt-3 space-y-3">
      {previews.map((p, index) => {
        const cost = p.transportationOption.cost;
        const units = p.items.map((i) => `${i.msku} × ${i.quantity}`).join(', ');
        return (
          <div key={p.contentUpdatePreviewId} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
            <h4 className="font-medium">Amazon’s price for the change{previews.length > 1 ? ` (${index + 1})` : ''}</h4>
            <p>
              {p.boxCount} box{p.boxCount === 1 ? '' : 'es'}: {units}.{cost ? ` Carrier ${formatMoney(cost.amount, cost.currency)}` : ''}
              {cost && currentCost ? ` (now ${formatMoney(currentCost.amount, currentCost.currency)})` : ''}
              {cost ? '.' : ''} Offer ends <DateTime value={p.expiration} />.
            </p>
            <StepForm
              id={`confirm-change-${p.contentUpdatePreviewId}`}
              action={confirmContentUpdateAction}
              planId={planId}
              fields={{ shipmentId: shipment.shipmentId, contentUpdatePreviewId: p.contentUpdatePreviewId }}
              submitLabel="Apply this change"
              confirm={{
                title: `Change the contents of ${name}?`,
                confirmLabel: 'Change the contents',
                body: (
                  <>
                    <p>
                      Amazon replaces the shipment’s boxes and units with {p.boxCount} box{p.boxCount === 1 ? '' : 'es'} holding {units}
                      {cost ? `, and the carrier charges ${formatMoney(cost.amount, cost.currency)}` : ''}.
                    </p>
                    <p>The boxes are numbered anew: print the box labels again before they leave.</p>
                  </>
                ),
              }}
            />
          </div>
        );
      })}
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-700 underline">Change what this shipment holds</summary>
        <p className="mt-2 text-slate-700">Enter every box the shipment will carry. Amazon prices the change first; nothing changes until you apply it.</p>
        <div className="mt-2">
          <BoxesForm
            planId={planId}
            purpose={{ kind: 'change', shipmentId: shipment.shipmentId }}
            items={shipment.items}
            label={name}
            templates={templates}
            contentSources={['BOX_CONTENT_PROVIDED']}
          />
        </div>
      </details>
    </div>
  );
}
