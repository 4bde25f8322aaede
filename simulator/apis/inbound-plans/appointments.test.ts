/**
 * HTTP contract test of self-ship appointments (Fulfillment Inbound 2024-03-20): a Mexican plan's
 * shipment going by the seller's own carrier gets drop-off slots, books one, moves it and cancels
 * it; a US plan is refused. Every response is checked against the model.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SELLERS } from '../../core/contract.js';
import { catalog } from '../../state/catalog.js';
import { SimTestClient, type SimCallResult } from '../../testing/harness.js';
import { validateResponse } from '../../testing/model-validator.js';
import { createInboundModule } from '../inbound/index.js';
import { createInboundPlansModule, OPERATION_DELAY_S } from './index.js';

const inboundV0 = createInboundModule(catalog, { seedDemoShipments: false });
const inboundPlans = createInboundPlansModule(catalog, inboundV0.store);
const MX = 'A1AM78C64UM0Y8';
const US = 'ATVPDKIKX0DER';
const BASE = '/inbound/fba/2024-03-20';
const SOURCE = {
  name: 'Bodega Norte',
  addressLine1: 'Av. Insurgentes 120',
  city: 'Ciudad de México',
  stateOrProvinceCode: 'CDMX',
  countryCode: 'MX',
  postalCode: '06600',
  phoneNumber: '+52 55 5555 0100',
};
let client: SimTestClient;
let token: string;
/** The simulated clock: it stands still (clockScale 0) but where the test moves it. */
let now = Date.parse('2026-03-03T15:00:00Z');

async function advance(seconds: number): Promise<void> {
  await client.advance(seconds);
  now += seconds * 1000;
  token = await client.accessToken('na');
}

async function call(operationId: string, method: string, path: string, expected: number, options: { body?: unknown; query?: Record<string, string> } = {}) {
  const result: SimCallResult<any> = await client.call(method, path, { token, ...options });
  expect(result.status, `${operationId} ${JSON.stringify(result.body)}`).toBe(expected);
  expect(validateResponse(inboundPlans.model, operationId, result.status, result.body)).toEqual([]);
  return result.body;
}

async function succeeded(response: { operationId: string }): Promise<void> {
  await advance(OPERATION_DELAY_S);
  const status = await call('getInboundOperationStatus', 'GET', `${BASE}/operations/${response.operationId}`, 200);
  expect(status.operationStatus, JSON.stringify(status)).toBe('SUCCESS');
}

/** A one-SKU plan in a marketplace, placed in one shipment booked with the seller's own carrier. */
async function ownCarrierShipment(marketplaceId: string): Promise<{ planId: string; shipmentId: string }> {
  const mskus = catalog
    .list(DEMO_SELLERS.na.sellerId)
    .filter((s) => s.marketplaceIds.includes(marketplaceId))
    .slice(0, 30)
    .map((s) => s.sellerSku);
  const details = await call('listPrepDetails', 'GET', `${BASE}/items/prepDetails`, 200, { query: { marketplaceId, mskus: mskus as never } });
  const msku = details.mskuPrepDetails.find((d: any) => d.prepCategory === 'NONE').msku;
  const item = { msku, quantity: 6, labelOwner: 'SELLER', prepOwner: 'NONE' };
  const created = await call('createInboundPlan', 'POST', `${BASE}/inboundPlans`, 202, {
    body: { destinationMarketplaces: [marketplaceId], sourceAddress: SOURCE, items: [item] },
  });
  await succeeded(created);
  const planId = created.inboundPlanId;
  await succeeded(await call('generatePackingOptions', 'POST', `${BASE}/inboundPlans/${planId}/packingOptions`, 202));
  const [packing] = (await call('listPackingOptions', 'GET', `${BASE}/inboundPlans/${planId}/packingOptions`, 200)).packingOptions;
  await succeeded(await call('confirmPackingOption', 'POST', `${BASE}/inboundPlans/${planId}/packingOptions/${packing.packingOptionId}/confirmation`, 202));
  const box = {
    contentInformationSource: 'BOX_CONTENT_PROVIDED',
    quantity: 1,
    dimensions: { length: 40, width: 30, height: 20, unitOfMeasurement: 'CM' },
    weight: { value: 6, unit: 'KG' },
    items: [item],
  };
  await succeeded(
    await call('setPackingInformation', 'POST', `${BASE}/inboundPlans/${planId}/packingInformation`, 202, {
      body: { packageGroupings: [{ packingGroupId: packing.packingGroups[0], boxes: [box] }] },
    }),
  );
  await succeeded(await call('generatePlacementOptions', 'POST', `${BASE}/inboundPlans/${planId}/placementOptions`, 202, { body: {} }));
  const placement = (await call('listPlacementOptions', 'GET', `${BASE}/inboundPlans/${planId}/placementOptions`, 200)).placementOptions.at(-1);
  await succeeded(
    await call('confirmPlacementOption', 'POST', `${BASE}/inboundPlans/${planId}/placementOptions/${placement.placementOptionId}/confirmation`, 202),
  );
  const shipmentId = placement.shipmentIds[0];
  await succeeded(
    await call('generateTransportationOptions', 'POST', `${BASE}/inboundPlans/${planId}/transportationOptions`, 202, {
      body: {
        placementOptionId: placement.placementOptionId,
        shipmentTransportationConfigurations: [{ shipmentId, readyToShipWindow: { start: new Date(now + 86_400_000).toISOString() } }],
      },
    }),
  );
  const options = (await call('listTransportationOptions', 'GET', `${BASE}/inboundPlans/${planId}/transportationOptions`, 200, { query: { shipmentId } }))
    .transportationOptions;
  const own = options.find((o: any) => o.shippingSolution === 'USE_YOUR_OWN_CARRIER');
  const shipmentPath = `${BASE}/inboundPlans/${planId}/shipments/${shipmentId}`;
  await succeeded(await call('generateDeliveryWindowOptions', 'POST', `${shipmentPath}/deliveryWindowOptions`, 202));
  const [window] = (await call('listDeliveryWindowOptions', 'GET', `${shipmentPath}/deliveryWindowOptions`, 200)).deliveryWindowOptions;
  await succeeded(
    await call('confirmDeliveryWindowOptions', 'POST', `${shipmentPath}/deliveryWindowOptions/${window.deliveryWindowOptionId}/confirmation`, 202),
  );
  await succeeded(
    await call('confirmTransportationOptions', 'POST', `${BASE}/inboundPlans/${planId}/transportationOptions/confirmation`, 202, {
      body: { transportationSelections: [{ shipmentId, transportationOptionId: own.transportationOptionId }] },
    }),
  );
  return { planId, shipmentId };
}

beforeAll(async () => {
  // A Tuesday afternoon: slots start the next working day.
  client = await SimTestClient.start({ modules: [inboundV0, inboundPlans], enforceQuotas: false, start: new Date(now), clockScale: 0 });
  token = await client.accessToken('na');
});

afterAll(async () => {
  await client.close();
});

describe('self-ship appointments over HTTP', () => {
  it('offers drop-off slots on working days, books one, moves it and cancels it', async () => {
    const { planId, shipmentId } = await ownCarrierShipment(MX);
    const path = `${BASE}/inboundPlans/${planId}/shipments/${shipmentId}`;
    const none = await call('getSelfShipAppointmentSlots', 'GET', `${path}/selfShipAppointmentSlots`, 200);
    expect(none.selfShipAppointmentSlotsAvailability.slots).toEqual([]);
    await call('scheduleSelfShipAppointment', 'POST', `${path}/selfShipAppointmentSlots/sl${'0'.repeat(36)}/schedule`, 400, { body: {} });

    await succeeded(
      await call('generateSelfShipAppointmentSlots', 'POST', `${path}/selfShipAppointmentSlots`, 201, { body: { desiredStartDate: '2026-03-06T00:00:00Z' } }),
    );
    const first = await call('getSelfShipAppointmentSlots', 'GET', `${path}/selfShipAppointmentSlots`, 200, { query: { pageSize: '4' } });
    const { slots, expiresAt } = first.selfShipAppointmentSlotsAvailability;
    // From Friday 6 March: Friday's two windows, then Monday's (the weekend has none).
    expect(slots.map((s: any) => s.slotTime.startTime)).toEqual([
      '2026-03-06T09:00:00.000Z',
      '2026-03-06T14:00:00.000Z',
      '2026-03-09T09:00:00.000Z',
      '2026-03-09T14:00:00.000Z',
    ]);
    expect(slots[0].slotId).toMatch(/^sl\d{36}$/);
    expect(Date.parse(expiresAt)).toBeGreaterThan(now);
    const rest = await call('getSelfShipAppointmentSlots', 'GET', `${path}/selfShipAppointmentSlots`, 200, {
      query: { pageSize: '10', paginationToken: first.pagination.nextToken },
    });
    expect(rest.selfShipAppointmentSlotsAvailability.slots).toHaveLength(6);

    const booked = await call('scheduleSelfShipAppointment', 'POST', `${path}/selfShipAppointmentSlots/${slots[0].slotId}/schedule`, 200, { body: {} });
    expect(booked.selfShipAppointmentDetails).toMatchObject({ appointmentStatus: 'ARRIVAL_SCHEDULED', appointmentSlotTime: slots[0].slotTime });
    // The booked slot is no longer offered; booking another moves the appointment.
    await call('scheduleSelfShipAppointment', 'POST', `${path}/selfShipAppointmentSlots/${slots[0].slotId}/schedule`, 400, { body: {} });
    const moved = await call('scheduleSelfShipAppointment', 'POST', `${path}/selfShipAppointmentSlots/${slots[2].slotId}/schedule`, 200, {
      body: { reasonComment: 'VEHICLE_DELAY' },
    });
    const shipment = await call('getShipment', 'GET', path, 200);
    expect(shipment.selfShipAppointmentDetails.map((a: any) => a.appointmentStatus)).toEqual(['CANCELLED', 'ARRIVAL_SCHEDULED']);
    expect(shipment.selfShipAppointmentDetails[1].appointmentId).toBe(moved.selfShipAppointmentDetails.appointmentId);

    await succeeded(
      await call('cancelSelfShipAppointment', 'PUT', `${path}/selfShipAppointmentCancellation`, 202, { body: { reasonComment: 'SHIPPING_PLAN_CHANGED' } }),
    );
    const cancelled = await call('getShipment', 'GET', path, 200);
    expect(cancelled.selfShipAppointmentDetails.map((a: any) => a.appointmentStatus)).toEqual(['CANCELLED', 'CANCELLED']);
    await call('cancelSelfShipAppointment', 'PUT', `${path}/selfShipAppointmentCancellation`, 400, { body: {} });
  });

  it('offers ten slots even when the first day has only its afternoon left', async () => {
    const { planId, shipmentId } = await ownCarrierShipment(MX);
    const path = `${BASE}/inboundPlans/${planId}/shipments/${shipmentId}`;
    await succeeded(
      await call('generateSelfShipAppointmentSlots', 'POST', `${path}/selfShipAppointmentSlots`, 201, { body: { desiredStartDate: '2026-03-10T12:00:00Z' } }),
    );
    const { slots } = (await call('getSelfShipAppointmentSlots', 'GET', `${path}/selfShipAppointmentSlots`, 200, { query: { pageSize: '20' } }))
      .selfShipAppointmentSlotsAvailability;
    expect(slots).toHaveLength(10);
    expect(slots[0].slotTime.startTime).toBe('2026-03-10T14:00:00.000Z');
  });

  it('refuses slots that have expired, and marketplaces without self-ship appointments', async () => {
    const mx = await ownCarrierShipment(MX);
    const path = `${BASE}/inboundPlans/${mx.planId}/shipments/${mx.shipmentId}`;
    await succeeded(await call('generateSelfShipAppointmentSlots', 'POST', `${path}/selfShipAppointmentSlots`, 201, { body: {} }));
    const [slot] = (await call('getSelfShipAppointmentSlots', 'GET', `${path}/selfShipAppointmentSlots`, 200)).selfShipAppointmentSlotsAvailability.slots;
    await advance(25 * 3600);
    await call('scheduleSelfShipAppointment', 'POST', `${path}/selfShipAppointmentSlots/${slot.slotId}/schedule`, 400, { body: {} });

    const us = await ownCarrierShipment(US);
    const refused = await call(
      'generateSelfShipAppointmentSlots',
      'POST',
      `${BASE}/inboundPlans/${us.planId}/shipments/${us.shipmentId}/selfShipAppointmentSlots`,
      400,
      {
        body: {},
      },
    );
    expect(refused.errors[0].message).toContain('MX, BR, EG, SA, AE, IN');
  });
});
