import { DateTime } from '@/components/ui/date-time';
import { Providers } from '@/app/providers';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BoxesForm } from '@/components/inbound/send-to-amazon/boxes-form';
import { ContentUpdate } from '@/components/inbound/send-to-amazon/content-update';
import { DropOffAppointment } from '@/components/inbound/send-to-amazon/drop-off-appointment';
import { PlanFollower } from '@/components/inbound/send-to-amazon/plan-follower';
import { RenameForm } from '@/components/inbound/send-to-amazon/rename-form';
import { PrepCategoryForm, TransportationRequestForm } from '@/components/inbound/send-to-amazon/request-forms';
import { StepForm } from '@/components/inbound/send-to-amazon/step-form';
import { TrackingForm } from '@/components/inbound/send-to-amazon/tracking-form';
import { TransportChoiceForm } from '@/components/inbound/send-to-amazon/transport-choice-form';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableHead } from '@/components/ui/table';
import { getDb } from '@/db';
import type { BoxContentSource, ShipmentReceipt, SnapshotShipment } from '@/lib/inbound/types';
import { hasRole, requireUser } from '@/lib/auth';
import { listBoxTemplates, loadSendToAmazonPlan, needsSelfShipAppointment, planMeasures, receiptsOf } from '@/lib/inbound';
import {
  cancelSendToAmazonAction,
  chooseDeliveryWindowAction,
  choosePackingAction,
  choosePlacementAction,
  refreshSendToAmazonAction,
  requestDeliveryWindowsAction,
  requestPackingOptionsAction,
  requestPlacementOptionsAction,
  retrySendToAmazonAction,
} from '@/lib/inbound/actions';
import {
  boxContentSourcesOf,
  BOX_CONTENT_SOURCE_LABELS,
  ITEM_LABEL_PAGE_TYPES,
  itemLabelPageTypeLabel,
  openProblems,
  PAGE_TYPES,
  pageTypeLabel,
  planCancelled,
  planStep,
  prepTypeLabel,
  problemSku,
  statusLabel,
  THERMAL_SIZES,
  transportLabel,
  workingOn,
  type PlanStepKey,
} from '@/lib/inbound/types';
import { formatDate } from '@/lib/format';
import { formatMoney } from '@/lib/format-money';
import { marketplaceLabel } from '@/lib/sp-api/types';

export const metadata: Metadata = { title: 'Send to Amazon plan' };

const STEPS: Array<{ key: PlanStepKey[]; label: string }> = [
  { key: ['pack', 'boxes'], label: 'Pack' },
  { key: ['place'], label: 'Placement' },
  { key: ['transport'], label: 'Transport' },
  { key: ['ship'], label: 'Labels and shipping' },
  { key: ['shipped'], label: 'Shipped' },
];

const OWNER = { SELLER: 'you', AMAZON: 'Amazon', NONE: 'not needed' } as Record<string, string>;
const select = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';
const section = 'rounded-lg border border-slate-200 bg-white p-5';
const sum = (fees: Array<{ value: { amount: number } }>) => fees.reduce((total, f) => total + f.value.amount, 0);

export default async function SendToAmazonPlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const user = await requireUser();
  const { planId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(planId)) notFound();
  const db = await getDb();
  const plan = await loadSendToAmazonPlan(db, user.workspaceId, planId).catch(() => null);
  if (!plan) notFound();
  const canWrite = hasRole(user.role, 'operator');
  const step = planStep(plan);
  // Problems the seller fixed from this page are kept, resolved, and no longer shown as errors.
  const open = openProblems(plan.problems);
  const s = plan.snapshot;
  const acceptedPacking = s?.packingOptions.find((o) => o.status === 'ACCEPTED');
  const acceptedPlacement = s?.placementOptions.find((o) => o.status === 'ACCEPTED');
  const placed = s?.shipments.filter((sh) => sh.confirmationId) ?? [];
  const [receipts, boxTemplates, measures] = await Promise.all([
    receiptsOf(
      db,
      user.workspaceId,
      plan.accountId,
      placed.map((sh) => sh.confirmationId!),
    ),
    acceptedPacking && canWrite ? listBoxTemplates(db, user.workspaceId) : [],
    planMeasures(db, plan),
  ]);
  const currentIndex = STEPS.findIndex((st) => st.key.includes(step.key));
  const items = s?.items.length ? s.items : plan.items.map((i) => ({ ...i, asin: '', fnsku: '', prepInstructions: [] }));
  // Own-carrier shipments where Amazon books the drop-off (MX, BR, EG, SA, AE, IN).
  const needsDropOff = (sh: SnapshotShipment) =>
    needsSelfShipAppointment(plan.marketplaceId) &&
    sh.transportationOptions.find((o) => o.transportationOptionId === sh.selectedTransportationOptionId)?.shippingSolution === 'USE_YOUR_OWN_CARRIER';
  const shipmentName = (sh: SnapshotShipment) => sh.name ?? sh.confirmationId ?? 'Shipment';
  // Nothing prints once the plan is cancelled or while Amazon cancels it (the label routes refuse too).
  const cancelledPlan = planCancelled(plan);

  return (
    <>
      <PageHeader
        title={plan.name}
        description={
          <>
            {`Send to Amazon · ${marketplaceLabel(plan.marketplaceId).name} · from ${plan.sourceAddress.name}, ${plan.sourceAddress.city} · `}
            {plan.origin === 'amazon' ? (
              'made in Seller Central'
            ) : (
              <>
                created <DateTime value={plan.createdAt} />
              </>
            )}
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-start gap-6 text-sm">
        <Link href="/inbound" className="text-blue-700 underline">
          Back to inbound
        </Link>
        {canWrite && plan.status !== 'VOIDED' ? <RenameForm planId={plan.id} name={plan.name} what="the plan" /> : null}
      </div>

      <nav aria-label="Plan steps" className="mb-6">
        <ol className="flex flex-wrap gap-2 text-sm">
          {STEPS.map((st, index) => (
            <li
              key={st.label}
              aria-current={index === currentIndex ? 'step' : undefined}
              className={`rounded-full px-3 py-1 ${index === currentIndex ? 'bg-blue-700 text-white' : index < currentIndex ? 'bg-green-100 text-green-900' : 'bg-slate-100 text-slate-600'}`}
            >
              {index < currentIndex ? '✓ ' : ''}
              {st.label}
            </li>
          ))}
        </ol>
        <p className="mt-2 text-sm font-medium" data-testid="plan-step">
          {step.label}
        </p>
      </nav>

      {plan.pendingOperation ? (
        <div className="mb-6">
          <Providers>
            <PlanFollower
              key={`${plan.pendingOperation.operation}:${plan.pendingOperation.operationId ?? ''}`}
              planId={plan.id}
              label={`${workingOn(plan.pendingOperation.operation)}…`}
              canFollow={canWrite}
            />
          </Providers>
        </div>
      ) : null}

      {open.length ? (
        <section aria-labelledby="plan-problems" role="alert" className="mb-6 rounded-lg border border-red-200 bg-red-50 p-5">
          <h2 id="plan-problems" className="font-semibold text-red-900">
            Amazon refused the last step
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-900">
            {open.map((p, index) => (
              <li key={index} title={p.code}>
                {p.message}
                {p.details ? <span className="text-red-800"> ({p.details})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {step.key === 'failed' && canWrite ? (
        <section aria-labelledby="plan-fix" className={`mb-6 ${section}`}>
          <h2 id="plan-fix" className="font-semibold">
            {open.length ? 'Fix the cause, then send again' : 'Send the plan again'}
          </h2>
          <div className="mt-3 space-y-4">
            {/* Kept after the fix, so its confirmation stays where the seller made it. */}
            {plan.problems
              .filter((p) => p.code === 'PREP_CATEGORY_MISSING')
              .map((p) => problemSku(p))
              .filter((msku): msku is string => Boolean(msku))
              .map((msku) => (
                <PrepCategoryForm key={msku} planId={plan.id} msku={msku} />
              ))}
            <p className="text-sm">
              {open.length
                ? 'Once the cause is fixed, send the same items again (or change them in a new plan).'
                : 'Amazon’s problems are fixed: send the same items again.'}
            </p>
            <StepForm id="retry-plan" action={retrySendToAmazonAction} planId={plan.id} submitLabel="Send the plan again" />
            <Link href="/inbound/new" className="text-sm text-blue-700 underline">
              Start a different plan
            </Link>
          </div>
        </section>
      ) : null}

      <div className="space-y-6">
        <section aria-labelledby="plan-items" className={section}>
          <h2 id="plan-items" className="font-semibold">
            Items
          </h2>
          <Table caption="Items in the plan" className="mt-3">
            <TableHead columns={['SKU', 'FNSKU', { label: 'Units', numeric: true }, 'Labels', 'Prep']} />
            <tbody>
              {items.map((i) => (
                <tr key={i.msku}>
                  <td className="font-mono">{i.msku}</td>
                  <td className="font-mono">{i.fnsku || '—'}</td>
                  <td className="text-right">{i.quantity}</td>
                  <td>{OWNER[i.labelOwner] ?? i.labelOwner}</td>
                  <td>
                    {i.prepInstructions.length
                      ? i.prepInstructions.map((p, index) => (
                          <span key={`${p.prepType}-${index}`}>
                            {index ? ', ' : ''}
                            <span title={p.prepType}>{prepTypeLabel(p.prepType)}</span>
                            {p.prepOwner === 'NONE' ? '' : ` by ${OWNER[p.prepOwner] ?? p.prepOwner}`}
                          </span>
                        ))
                      : 'none'}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>

        {plan.status === 'ACTIVE' && s && !s.packingOptions.length && !plan.pendingOperation && canWrite ? (
          <section aria-labelledby="plan-packing-ask" className={section}>
            <h2 id="plan-packing-ask" className="font-semibold">
              How to pack
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-700">Amazon has not offered a way to pack this plan yet.</p>
            <StepForm id="request-packing" action={requestPackingOptionsAction} planId={plan.id} submitLabel="Ask Amazon how to pack" />
          </section>
        ) : null}

        {s && s.packingOptions.length && !acceptedPacking ? (
          <section aria-labelledby="plan-packing" className={section}>
            <h2 id="plan-packing" className="font-semibold">
              How to pack
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              Amazon offers {s.packingOptions.length === 1 ? 'one way' : `${s.packingOptions.length} ways`} to group the items into boxes.
            </p>
            <ul className="mt-3 space-y-4">
              {s.packingOptions.map((o, index) => (
                <li key={o.packingOptionId} className="rounded-md border border-slate-200 p-3">
                  <h3 className="text-sm font-medium">
                    Option {index + 1}: {o.groups.length === 1 ? 'all items can share boxes' : `${o.groups.length} groups packed apart`}
                  </h3>
                  <ul className="mt-1 text-sm text-slate-700">
                    {o.groups.map((g, gi) => (
                      <li key={g.packingGroupId}>
                        Group {gi + 1}: {g.items.map((i) => `${i.msku} × ${i.quantity}`).join(', ')}
                      </li>
                    ))}
                  </ul>
                  {o.fees.length ? <p className="text-sm">Fees: {formatMoney(sum(o.fees), o.fees[0]!.value.currency)}</p> : null}
                  {canWrite && o.status === 'OFFERED' && !plan.pendingOperation ? (
                    <div className="mt-2">
                      <StepForm
                        id={`pack-${o.packingOptionId}`}
                        action={choosePackingAction}
                        planId={plan.id}
                        fields={{ packingOptionId: o.packingOptionId }}
                        submitLabel={`Pack as option ${index + 1}`}
                      />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {acceptedPacking ? (
          <section aria-labelledby="plan-boxes" className={section}>
            <h2 id="plan-boxes" className="font-semibold">
              Boxes
            </h2>
            {acceptedPacking.groups.map((g, gi) => {
              const boxes = s!.boxes.filter((b) => b.packingGroupId === g.packingGroupId);
              return (
                <div key={g.packingGroupId} className="mt-3">
                  <h3 className="text-sm font-medium">
                    {acceptedPacking.groups.length > 1 ? `Group ${gi + 1}: ` : ''}
                    {g.items.map((i) => `${i.msku} × ${i.quantity}`).join(', ')}
                  </h3>
                  {boxes.length ? (
                    <p className="text-sm text-slate-700">
                      {boxes.length} box{boxes.length === 1 ? '' : 'es'}:{' '}
                      {boxes
                        .slice(0, 3)
                        .map(
                          (b) =>
                            `${b.dimensions.length}×${b.dimensions.width}×${b.dimensions.height} ${b.dimensions.unit.toLowerCase()}, ${b.weight.value} ${b.weight.unit.toLowerCase()}`,
                        )
                        .join('; ')}
                      {boxes.length > 3 ? '…' : ''}
                      {boxes[0]!.contentSource in BOX_CONTENT_SOURCE_LABELS && boxes[0]!.contentSource !== 'BOX_CONTENT_PROVIDED'
                        ? `. Contents: ${BOX_CONTENT_SOURCE_LABELS[boxes[0]!.contentSource as BoxContentSource].summary}.`
                        : ''}
                    </p>
                  ) : canWrite && !plan.pendingOperation ? (
                    <div className="mt-2">
                      <BoxesForm
                        planId={plan.id}
                        purpose={{ kind: 'pack', packingGroupId: g.packingGroupId }}
                        items={g.items}
                        label={`group ${gi + 1}`}
                        templates={boxTemplates}
                        contentSources={boxContentSourcesOf(acceptedPacking)}
                      />
                    </div>
                  ) : (
                    <p className="text-sm text-slate-600">No boxes entered yet.</p>
                  )}
                </div>
              );
            })}
          </section>
        ) : null}

        {step.key === 'place' && s && !s.placementOptions.some((o) => o.status === 'OFFERED') && canWrite ? (
          <section aria-labelledby="plan-placement-ask" className={section}>
            <h2 id="plan-placement-ask" className="font-semibold">
              Where the boxes go
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-700">Amazon has no placement offer for these boxes now.</p>
            <StepForm id="request-placement" action={requestPlacementOptionsAction} planId={plan.id} submitLabel="Ask Amazon where to send the boxes" />
          </section>
        ) : null}

        {s && s.placementOptions.length && !acceptedPlacement ? (
          <section aria-labelledby="plan-placement" className={section}>
            <h2 id="plan-placement" className="font-semibold">
              Where the boxes go
            </h2>
            <p className="mt-1 text-sm text-slate-700">Fewer shipments cost a placement fee; more shipments are free but go to more warehouses.</p>
            <Table caption="Placement options" className="mt-3">
              <TableHead
                columns={['Option', { label: 'Shipments', numeric: true }, 'Destinations', { label: 'Placement fee', numeric: true }, 'Offer ends', '']}
              />
              <tbody>
                {s.placementOptions.map((o, index) => {
                  const fee = sum(o.fees) - sum(o.discounts);
                  const currency = o.fees[0]?.value.currency ?? 'USD';
                  const destinations = o.shipmentIds.map((id) => s.shipments.find((sh) => sh.shipmentId === id)?.warehouseId ?? '?');
                  return (
                    <tr key={o.placementOptionId}>
                      <th scope="row" className="text-left font-normal">
                        {o.fees[0]?.description ?? `Option ${index + 1}`}
                      </th>
                      <td className="text-right">{o.shipmentIds.length}</td>
                      <td>{destinations.join(', ')}</td>
                      <td className="text-right">{formatMoney(fee, currency)}</td>
                      <td>{o.expiration ? <DateTime value={o.expiration} /> : '—'}</td>
                      <td>
                        {canWrite && o.status === 'OFFERED' && !plan.pendingOperation ? (
                          <StepForm
                            id={`place-${o.placementOptionId}`}
                            action={choosePlacementAction}
                            planId={plan.id}
                            fields={{ placementOptionId: o.placementOptionId }}
                            submitLabel="Choose"
                            confirm={{
                              title: 'Confirm this placement?',
                              confirmLabel: 'Confirm placement',
                              body: (
                                <>
                                  <p>
                                    The boxes go in {o.shipmentIds.length} shipment{o.shipmentIds.length === 1 ? '' : 's'} to {destinations.join(', ')}, with a
                                    placement fee of {formatMoney(fee, currency)}.
                                  </p>
                                  <p className="font-medium">This cannot be changed afterwards.</p>
                                </>
                              ),
                            }}
                          />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </section>
        ) : null}

        {acceptedPlacement && step.key === 'transport' ? (
          <section aria-labelledby="plan-transport" className={section}>
            <h2 id="plan-transport" className="font-semibold">
              Transport
            </h2>
            {placed.every((sh) => !sh.transportationOptions.length) ? (
              canWrite && !plan.pendingOperation ? (
                <TransportationRequestForm
                  planId={plan.id}
                  shipments={placed.map((sh) => ({ shipmentId: sh.shipmentId, name: shipmentName(sh) }))}
                  pallets={false}
                  {...measures}
                />
              ) : (
                <p className="text-sm text-slate-600">No quotes yet.</p>
              )
            ) : (
              <>
                {placed
                  .filter((sh) => sh.transportationOptions.some((o) => o.preconditions.includes('CONFIRMED_DELIVERY_WINDOW')))
                  .map((sh) => (
                    <div key={sh.shipmentId} className="mb-4 rounded-md border border-slate-200 p-3">
                      <h3 className="text-sm font-medium">Delivery window for {shipmentName(sh)} (needed for your own carrier)</h3>
                      {sh.selectedDeliveryWindow ? (
                        <p className="text-sm">
                          Delivery between {formatDate(sh.selectedDeliveryWindow.startDate)} and {formatDate(sh.selectedDeliveryWindow.endDate)}.
                        </p>
                      ) : sh.deliveryWindows.length && canWrite && !plan.pendingOperation ? (
                        <div className="mt-2 flex flex-wrap gap-3">
                          {sh.deliveryWindows.map((w) => (
                            <StepForm
                              key={w.deliveryWindowOptionId}
                              id={`window-${w.deliveryWindowOptionId}`}
                              action={chooseDeliveryWindowAction}
                              planId={plan.id}
                              fields={{ shipmentId: sh.shipmentId, deliveryWindowOptionId: w.deliveryWindowOptionId }}
                              variant="secondary"
                              submitLabel={`${formatDate(w.startDate)} – ${formatDate(w.endDate)}${w.availabilityType === 'CONGESTED' ? ' (busy)' : ''}`}
                            />
                          ))}
                        </div>
                      ) : canWrite && !plan.pendingOperation ? (
                        <StepForm
                          id={`windows-${sh.shipmentId}`}
                          action={requestDeliveryWindowsAction}
                          planId={plan.id}
                          fields={{ shipmentId: sh.shipmentId }}
                          variant="secondary"
                          submitLabel="Get delivery windows"
                        />
                      ) : null}
                    </div>
                  ))}
                {placed[0]?.readyToShipStart ? (
                  <p className="mb-2 text-sm text-slate-700">Quotes for boxes ready on {formatDate(placed[0].readyToShipStart)}.</p>
                ) : null}
                {canWrite && !plan.pendingOperation && !placed.some((sh) => sh.selectedTransportationOptionId) ? (
                  <details className="mb-4">
                    <summary className="cursor-pointer text-sm font-medium">Quotes for another ready date</summary>
                    <div className="mt-2">
                      <TransportationRequestForm
                        planId={plan.id}
                        shipments={placed.map((sh) => ({ shipmentId: sh.shipmentId, name: shipmentName(sh) }))}
                        pallets={placed.some((sh) => sh.palletCount)}
                        {...measures}
                      />
                    </div>
                  </details>
                ) : null}
                {canWrite && !plan.pendingOperation ? (
                  <TransportChoiceForm
                    planId={plan.id}
                    shipments={placed}
                    placementFee={
                      acceptedPlacement.fees[0]
                        ? { amount: sum(acceptedPlacement.fees) - sum(acceptedPlacement.discounts), currency: acceptedPlacement.fees[0].value.currency }
                        : null
                    }
                  />
                ) : null}
              </>
            )}
            {canWrite && !plan.pendingOperation && placed.every((sh) => !sh.transportationOptions.some((o) => o.shippingMode === 'FREIGHT_LTL')) ? (
              <details className="mt-4">
                <summary className="cursor-pointer text-sm font-medium">Ship on pallets (LTL)</summary>
                <div className="mt-2">
                  <TransportationRequestForm
                    planId={plan.id}
                    shipments={placed.map((sh) => ({ shipmentId: sh.shipmentId, name: shipmentName(sh) }))}
                    pallets
                    {...measures}
                  />
                </div>
              </details>
            ) : null}
          </section>
        ) : null}

        {placed.length &&
        (step.key === 'ship' || step.key === 'shipped' || step.key === 'working') &&
        placed.some((sh) => sh.selectedTransportationOptionId) ? (
          <section aria-labelledby="plan-shipments" className={section}>
            <h2 id="plan-shipments" className="font-semibold">
              Shipments
            </h2>
            <ul className="mt-3 space-y-5">
              {placed.map((sh) => {
                const option = sh.transportationOptions.find((o) => o.transportationOptionId === sh.selectedTransportationOptionId);
                const boxIds = s!.boxes.filter((b) => b.shipmentId === sh.shipmentId && b.boxId).map((b) => b.boxId!);
                const cancelled = cancelledPlan || ['CANCELLED', 'DELETED', 'ABANDONED'].includes(sh.status);
                return (
                  <li key={sh.shipmentId} className="rounded-md border border-slate-200 p-4">
                    <h3 className="font-medium">
                      {shipmentName(sh)} <span className="font-mono text-sm text-slate-600">{sh.confirmationId}</span>
                    </h3>
                    <p className="text-sm text-slate-700">
                      To {sh.warehouseId}
                      {sh.destination ? ` (${sh.destination})` : ''} · {boxIds.length} box{boxIds.length === 1 ? '' : 'es'} · {statusLabel(sh.status)}
                      {option ? ` · ${transportLabel(option)}` : ''}
                      {option?.cost ? ` · ${formatMoney(option.cost.amount, option.cost.currency)}` : ''}
                      {sh.amazonReferenceId ? ` · Amazon reference ${sh.amazonReferenceId}` : ''}
                    </p>
                    <ShipmentReceiptLine accountId={plan.accountId} confirmationId={sh.confirmationId!} receipt={receipts.get(sh.confirmationId!)} />
                    {!cancelled && canWrite ? <RenameForm planId={plan.id} shipmentId={sh.shipmentId} name={shipmentName(sh)} what={shipmentName(sh)} /> : null}
                    {option?.voidableUntil ? (
                      <p className="text-sm text-slate-600">
                        The carrier booking can be cancelled free of charge until <DateTime value={option.voidableUntil} />.
                      </p>
                    ) : null}
                    {!cancelled && canWrite ? (
                      <div className="mt-3 flex flex-wrap gap-6">
                        <form method="get" action={`/api/inbound/send/${plan.id}/labels`} target="_blank" className="flex items-end gap-2">
                          <input type="hidden" name="shipmentId" value={sh.shipmentId} />
                          <label className="text-sm">
                            <span className="block font-medium">Box labels</span>
                            <select name="pageType" defaultValue="PackageLabel_Letter_6" className={select}>
                              {PAGE_TYPES.map((t) => (
                                <option key={t} value={t} title={t}>
                                  {pageTypeLabel(t)}
                                </option>
                              ))}
                            </select>
                          </label>
                          <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100">
                            Print {boxIds.length} box label{boxIds.length === 1 ? '' : 's'}
                          </button>
                        </form>
                        {sh.palletCount ? (
                          <a
                            href={`/api/inbound/send/${plan.id}/labels?shipmentId=${sh.shipmentId}&kind=pallets&pageType=PackageLabel_Letter_4`}
                            target="_blank"
                            className="self-end text-sm text-blue-700 underline"
                          >
                            Print pallet labels ({sh.palletCount} pallets)
                          </a>
                        ) : null}
                        {option?.shippingMode === 'FREIGHT_LTL' && option.shippingSolution === 'AMAZON_PARTNERED_CARRIER' ? (
                          <a
                            href={`/api/inbound/send/${plan.id}/bill-of-lading?shipmentId=${sh.shipmentId}`}
                            target="_blank"
                            className="self-end text-sm text-blue-700 underline"
                          >
                            Bill of lading
                          </a>
                        ) : null}
                      </div>
                    ) : null}
                    {sh.status === 'READY_TO_SHIP' && canWrite && !plan.pendingOperation && (sh.appointment || sh.appointmentSlots || needsDropOff(sh)) ? (
                      <DropOffAppointment planId={plan.id} shipment={sh} />
                    ) : null}
                    {sh.status === 'READY_TO_SHIP' && canWrite && !plan.pendingOperation ? (
                      <ContentUpdate planId={plan.id} shipment={sh} name={shipmentName(sh)} templates={boxTemplates} currentCost={option?.cost} />
                    ) : null}
                    {sh.tracking ? (
                      <p className="mt-2 text-sm">Tracking: {[...sh.tracking.boxes.map((b) => b.trackingId), ...sh.tracking.freightBillNumbers].join(', ')}</p>
                    ) : option?.shippingSolution === 'USE_YOUR_OWN_CARRIER' && canWrite && !cancelled && !plan.pendingOperation ? (
                      <div className="mt-3">
                        <h4 className="text-sm font-medium">Tracking</h4>
                        <TrackingForm planId={plan.id} shipmentId={sh.shipmentId} boxIds={boxIds} ltl={option.shippingMode === 'FREIGHT_LTL'} />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}

        {s?.items.length && canWrite && !cancelledPlan ? (
          <section aria-labelledby="plan-unit-labels" className={section}>
            <h2 id="plan-unit-labels" className="font-semibold">
              FNSKU unit labels
            </h2>
            <form method="get" action={`/api/inbound/send/${plan.id}/item-labels`} target="_blank" className="mt-2 flex flex-wrap items-end gap-2">
              <label className="text-sm">
                <span className="block font-medium">Label format</span>
                <select name="format" defaultValue="Letter_30" className={select}>
                  {ITEM_LABEL_PAGE_TYPES.map((t) => (
                    <option key={t} value={t} title={t}>
                      {itemLabelPageTypeLabel(t)}
                    </option>
                  ))}
                  {Object.entries(THERMAL_SIZES).map(([t, [width, height]]) => (
                    <option key={t} value={t}>
                      {`Thermal, ${width} × ${height} mm`}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100">
                Print {s.items.reduce((total, i) => total + i.quantity, 0)} unit labels
              </button>
            </form>
          </section>
        ) : null}

        {canWrite ? (
          <section aria-labelledby="plan-actions" className="flex flex-wrap items-start gap-4">
            <h2 id="plan-actions" className="sr-only">
              Plan actions
            </h2>
            <StepForm id="refresh-plan" action={refreshSendToAmazonAction} planId={plan.id} variant="secondary" submitLabel="Refresh from Amazon" />
            {plan.status === 'ACTIVE' && !plan.pendingOperation && step.key !== 'shipped' ? (
              <StepForm
                id="cancel-plan"
                action={cancelSendToAmazonAction}
                planId={plan.id}
                variant="danger"
                submitLabel="Cancel the plan"
                confirm={{
                  title: 'Cancel this plan?',
                  confirmLabel: 'Cancel the plan',
                  body: (
                    <>
                      <p>Amazon cancels the plan and every shipment in it. It cannot be reopened.</p>
                      {placed.some((sh) => sh.selectedTransportationOptionId) ? (
                        <p>
                          A partnered carrier booking is free to cancel only within its void window (24 hours for small parcel, 1 hour for LTL); after that
                          Amazon charges it.
                        </p>
                      ) : null}
                    </>
                  ),
                }}
              />
            ) : null}
          </section>
        ) : null}
        {plan.readAt ? (
          <p className="text-xs text-slate-500">
            Last read from Amazon <DateTime value={plan.readAt} />.
          </p>
        ) : null}
      </div>
    </>
  );
}

/** Where Amazon is with a placed shipment, from the stored v0 shipment the sync reads. */
function ShipmentReceiptLine({ accountId, confirmationId, receipt }: { accountId: string; confirmationId: string; receipt: ShipmentReceipt | undefined }) {
  if (!receipt) return <p className="text-sm text-slate-600">Amazon&rsquo;s receiving status appears after the next inbound sync.</p>;
  return (
    <p className={receipt.discrepancies ? 'text-sm font-medium text-amber-900' : 'text-sm text-slate-700'}>
      Amazon: {statusLabel(receipt.status)} · {receipt.received} of {receipt.shipped} units received
      {receipt.discrepancies ? ` · ${receipt.discrepancies} SKU${receipt.discrepancies === 1 ? '' : 's'} received differently` : ''} ·{' '}
      <Link className="text-blue-700 underline" href={`/inbound/${accountId}/${encodeURIComponent(confirmationId)}`}>
        Units by SKU
      </Link>
    </p>
  );
}
