/**
 * Reads one inbound plan from Amazon into the snapshot the pages show: the plan, its items,
 * packing options with their groups' items, boxes, placement options and, per shipment of an
 * offered or confirmed placement, the shipment, its items, transportation options and delivery
 * windows. Only what the plan's step can show is read: transportation once a placement is
 * confirmed, delivery windows once an option needs one.
 */
import 'server-only';
import type { PlanSnapshot, SnapshotContentUpdatePreview, SnapshotFee, SnapshotShipment } from '@/db/schema';
import { paginate, type SpApiClient } from '@/lib/sp-api';
import { needsSelfShipAppointment } from './appointments';
import type {
  Box,
  ContentUpdatePreview,
  Incentive,
  InboundPlan,
  Item,
  Shipment,
  TransportationOption,
} from '@/lib/sp-api/generated/fulfillment-inbound-2024-03-20';

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

const fee = (i: Incentive): SnapshotFee => ({ type: i.type, description: i.description, value: { amount: i.value.amount, currency: i.value.code } });
const item = (i: Pick<Item, 'msku' | 'quantity' | 'expiration'>) => ({
  msku: i.msku,
  quantity: i.quantity,
  ...(i.expiration ? { expiration: i.expiration } : {}),
});

function box(b: Box) {
  return {
    packageId: b.packageId,
    ...(b.boxId ? { boxId: b.boxId } : {}),
    contentSource: b.contentInformationSource ?? 'BOX_CONTENT_PROVIDED',
    dimensions: {
      length: b.dimensions?.length ?? 0,
      width: b.dimensions?.width ?? 0,
      height: b.dimensions?.height ?? 0,
      unit: b.dimensions?.unitOfMeasurement ?? 'IN',
    },
    weight: { value: b.weight?.value ?? 0, unit: b.weight?.unit ?? 'LB' },
    items: (b.items ?? []).map(item),
  };
}

function transportationOption(o: TransportationOption) {
  return {
    transportationOptionId: o.transportationOptionId,
    shippingMode: o.shippingMode,
    shippingSolution: o.shippingSolution,
    ...(o.carrier.name ? { carrierName: o.carrier.name } : {}),
    ...(o.carrier.alphaCode ? { carrierCode: o.carrier.alphaCode } : {}),
    ...(o.quote ? { cost: { amount: o.quote.cost.amount, currency: o.quote.cost.code } } : {}),
    ...(o.quote?.expiration ? { expiration: o.quote.expiration } : {}),
    ...(o.quote?.voidableUntil ? { voidableUntil: o.quote.voidableUntil } : {}),
    preconditions: o.preconditions,
  };
}

function contentUpdatePreview(p: ContentUpdatePreview): SnapshotContentUpdatePreview {
  return {
    contentUpdatePreviewId: p.contentUpdatePreviewId,
    expiration: p.expiration,
    items: (p.requestedUpdates.items ?? []).map(item),
    boxCount: (p.requestedUpdates.boxes ?? []).reduce((sum, b) => sum + b.quantity, 0),
    transportationOption: transportationOption(p.transportationOption),
  };
}

export interface PlanRead {
  plan: InboundPlan;
  snapshot: PlanSnapshot;
}

/** The latest appointment Amazon lists for a shipment, and the slots it offers while the shipment has none booked. */
async function appointmentOf(
  client: SpApiClient,
  inboundPlanId: string,
  shipment: Shipment,
): Promise<Pick<SnapshotShipment, 'appointment' | 'appointmentSlots'>> {
  const latest = shipment.selfShipAppointmentDetails?.at(-1);
  const appointment =
    latest?.appointmentId !== undefined && latest.appointmentSlotTime
      ? {
          appointmentId: latest.appointmentId,
          startTime: latest.appointmentSlotTime.startTime,
          endTime: latest.appointmentSlotTime.endTime,
          status: latest.appointmentStatus ?? 'ARRIVAL_SCHEDULED',
        }
      : undefined;
  const pages = await all(
    paginate(client.fulfillmentInbound20240320.getSelfShipAppointmentSlots, { inboundPlanId, shipmentId: shipment.shipmentId, pageSize: 100 }),
  );
  const slots = pages.flatMap((p) => p.selfShipAppointmentSlotsAvailability.slots ?? []);
  const expiresAt = pages[0]?.selfShipAppointmentSlotsAvailability.expiresAt;
  return {
    ...(appointment ? { appointment } : {}),
    ...(slots.length
      ? {
          appointmentSlots: {
            ...(expiresAt ? { expiresAt } : {}),
            slots: slots.map((s) => ({ slotId: s.slotId, startTime: s.slotTime.startTime, endTime: s.slotTime.endTime })),
          },
        }
      : {}),
  };
}

export async function readPlan(client: SpApiClient, inboundPlanId: string): Promise<PlanRead> {
  const api = client.fulfillmentInbound20240320;
  const plan = await api.getInboundPlan({ inboundPlanId });
  const [itemPages, packingPages, boxPages, placementPages] = await Promise.all([
    all(paginate(api.listInboundPlanItems, { inboundPlanId, pageSize: 1000 })),
    all(paginate(api.listPackingOptions, { inboundPlanId, pageSize: 20 })),
    all(paginate(api.listInboundPlanBoxes, { inboundPlanId, pageSize: 1000 })),
    all(paginate(api.listPlacementOptions, { inboundPlanId, pageSize: 20 })),
  ]);
  const packingOptions = packingPages.flatMap((p) => p.packingOptions).filter((o) => o.status !== 'EXPIRED');
  const groupIds = [...new Set(packingOptions.flatMap((o) => o.packingGroups))];
  const groupItems = new Map<string, ReturnType<typeof item>[]>();
  for (const packingGroupId of groupIds) {
    const pages = await all(paginate(api.listPackingGroupItems, { inboundPlanId, packingGroupId, pageSize: 100 }));
    groupItems.set(packingGroupId, pages.flatMap((p) => p.items).map(item));
  }
  // Boxes do not name their packing group; each group lists its own.
  const groupOfBox = new Map<string, string>();
  for (const group of packingOptions.find((o) => o.status === 'ACCEPTED')?.packingGroups ?? []) {
    const pages = await all(paginate(api.listPackingGroupBoxes, { inboundPlanId, packingGroupId: group, pageSize: 100 }));
    for (const b of pages.flatMap((p) => p.boxes)) groupOfBox.set(b.packageId, group);
  }
  const placementOptions = placementPages.flatMap((p) => p.placementOptions);
  const confirmed = placementOptions.find((o) => o.status === 'ACCEPTED');
  const shown = confirmed ? [confirmed] : placementOptions.filter((o) => o.status === 'OFFERED');
  const shipments: SnapshotShipment[] = [];
  for (const option of shown) {
    for (const shipmentId of option.shipmentIds) {
      const shipment = await api.getShipment({ inboundPlanId, shipmentId });
      const items = (await all(paginate(api.listShipmentItems, { inboundPlanId, shipmentId, pageSize: 1000 }))).flatMap((p) => p.items);
      const transportationOptions = confirmed
        ? (await all(paginate(api.listTransportationOptions, { inboundPlanId, shipmentId, pageSize: 20 }))).flatMap((p) => p.transportationOptions)
        : [];
      const needsWindow = transportationOptions.some((o) => o.preconditions.includes('CONFIRMED_DELIVERY_WINDOW'));
      const windows = needsWindow
        ? (await all(paginate(api.listDeliveryWindowOptions, { inboundPlanId, shipmentId, pageSize: 100 }))).flatMap((p) => p.deliveryWindowOptions)
        : [];
      const pallets = confirmed ? (await api.listShipmentPallets({ inboundPlanId, shipmentId, pageSize: 1000 })).pallets : [];
      const ownCarrier =
        transportationOptions.find((o) => o.transportationOptionId === shipment.selectedTransportationOptionId)?.shippingSolution === 'USE_YOUR_OWN_CARRIER';
      const dropOff =
        ownCarrier && shipment.status === 'READY_TO_SHIP' && plan.marketplaceIds.some(needsSelfShipAppointment)
          ? await appointmentOf(client, inboundPlanId, shipment)
          : {};
      // Contents can change only while the booked shipment waits to leave.
      const previews =
        shipment.status === 'READY_TO_SHIP'
          ? (await all(paginate(api.listShipmentContentUpdatePreviews, { inboundPlanId, shipmentId, pageSize: 20 }))).flatMap((p) => p.contentUpdatePreviews)
          : [];
      const palletCount = pallets.reduce((sum, p) => sum + (p.quantity ?? 1), 0);
      const address = shipment.destination.address;
      const spd = shipment.trackingDetails?.spdTrackingDetail?.spdTrackingItems ?? [];
      shipments.push({
        shipmentId,
        placementOptionId: shipment.placementOptionId,
        ...(shipment.shipmentConfirmationId ? { confirmationId: shipment.shipmentConfirmationId } : {}),
        ...(shipment.name ? { name: shipment.name } : {}),
        status: shipment.status ?? 'UNCONFIRMED',
        ...(shipment.destination.warehouseId ? { warehouseId: shipment.destination.warehouseId } : {}),
        ...(address ? { destination: [address.city, address.stateOrProvinceCode, address.countryCode].filter(Boolean).join(', ') } : {}),
        ...(shipment.dates?.readyToShipWindow ? { readyToShipStart: shipment.dates.readyToShipWindow.start } : {}),
        ...(shipment.selectedTransportationOptionId ? { selectedTransportationOptionId: shipment.selectedTransportationOptionId } : {}),
        ...(shipment.amazonReferenceId ? { amazonReferenceId: shipment.amazonReferenceId } : {}),
        ...(palletCount ? { palletCount } : {}),
        ...(shipment.selectedDeliveryWindow
          ? {
              selectedDeliveryWindow: {
                deliveryWindowOptionId: shipment.selectedDeliveryWindow.deliveryWindowOptionId,
                startDate: shipment.selectedDeliveryWindow.startDate,
                endDate: shipment.selectedDeliveryWindow.endDate,
              },
            }
          : {}),
        ...(shipment.trackingDetails
          ? {
              tracking: {
                boxes: spd.flatMap((t) => (t.boxId && t.trackingId ? [{ boxId: t.boxId, trackingId: t.trackingId }] : [])),
                freightBillNumbers: shipment.trackingDetails.ltlTrackingDetail?.freightBillNumber ?? [],
              },
            }
          : {}),
        items: items.map(item),
        ...(previews.length ? { contentUpdatePreviews: previews.map(contentUpdatePreview) } : {}),
        ...dropOff,
        transportationOptions: transportationOptions.map(transportationOption),
        deliveryWindows: windows.map((w) => ({
          deliveryWindowOptionId: w.deliveryWindowOptionId,
          startDate: w.startDate,
          endDate: w.endDate,
          availabilityType: w.availabilityType,
          validUntil: w.validUntil,
        })),
      });
    }
  }
  const boxes = boxPages.flatMap((p) => p.boxes);
  return {
    plan,
    snapshot: {
      items: itemPages
        .flatMap((p) => p.items)
        .map((i) => ({
          msku: i.msku,
          asin: i.asin,
          fnsku: i.fnsku,
          quantity: i.quantity,
          labelOwner: i.labelOwner,
          prepInstructions: i.prepInstructions.map((p) => ({
            prepType: p.prepType ?? '',
            prepOwner: p.prepOwner ?? '',
            ...(p.fee ? { fee: { amount: p.fee.amount, currency: p.fee.code } } : {}),
          })),
        })),
      packingOptions: packingOptions.map((o) => ({
        packingOptionId: o.packingOptionId,
        status: o.status,
        ...(o.expiration ? { expiration: o.expiration } : {}),
        groups: o.packingGroups.map((packingGroupId) => ({ packingGroupId, items: groupItems.get(packingGroupId) ?? [] })),
        boxPackingMethods: [...new Set(o.supportedConfigurations.flatMap((c) => c.boxPackingMethods ?? []))],
        fees: o.fees.map(fee),
        discounts: o.discounts.map(fee),
      })),
      boxes: boxes.map((b) => {
        // A box id starts with its shipment's confirmation id.
        const shipment = b.boxId ? shipments.find((s) => s.confirmationId && b.boxId!.startsWith(s.confirmationId)) : undefined;
        const packingGroupId = groupOfBox.get(b.packageId);
        return { ...box(b), ...(packingGroupId ? { packingGroupId } : {}), ...(shipment ? { shipmentId: shipment.shipmentId } : {}) };
      }),
      placementOptions: placementOptions.map((o) => ({
        placementOptionId: o.placementOptionId,
        status: o.status,
        ...(o.expiration ? { expiration: o.expiration } : {}),
        shipmentIds: o.shipmentIds,
        fees: o.fees.map(fee),
        discounts: o.discounts.map(fee),
      })),
      shipments,
    },
  };
}
