/**
 * Demo shipments for a fresh simulator, made before the seller used the dashboard: for each
 * demo seller one in each interesting state (working, working and changed since, in transit,
 * receiving, closed, deleted, and for the NA seller one booked with Amazon's partnered LTL
 * carrier, still inside its void window). Their in-flight units are added to the catalog's
 * inbound quantities; units of already received shipments are taken to be part of the
 * catalog's seeded fulfillable stock.
 */
import { DEMO_SELLERS, type SimSku } from '../../core/contract.js';
import type { Address } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { amazonReferenceId, partneredTrackingIds, VOID_WINDOW_S } from './carrier-bookings.js';
import { MARKETPLACE_COUNTRY } from './fulfillment-centers.js';
import { hashString, seededRandom } from './hash.js';
import { inventoryTarget } from './lifecycle.js';
import type { ShipmentRecord } from './records.js';
import { splitIntoShipments } from './shipment-split.js';
import type { InboundStore } from './store.js';

const HOUR = 3600_000;

/** The demo sellers and where they ship from. */
const SHIP_FROM: Record<string, Address> = {
  [DEMO_SELLERS.na.sellerId]: {
    Name: 'Northwind Home Goods',
    AddressLine1: '2201 Westlake Avenue',
    City: 'Seattle',
    StateOrProvinceCode: 'WA',
    CountryCode: 'US',
    PostalCode: '98121',
  },
  [DEMO_SELLERS.eu.sellerId]: {
    Name: 'Kestrel Outdoor Ltd',
    AddressLine1: 'Unit 4 Riverside Park',
    City: 'Manchester',
    StateOrProvinceCode: 'Greater Manchester',
    CountryCode: 'GB',
    PostalCode: 'M17 1AB',
  },
};

type Scenario = 'working' | 'changed' | 'inTransit' | 'receiving' | 'closed' | 'deleted' | 'ltlBooked';

const CREATED_HOURS_AGO: Record<Scenario, number> = { working: 20, changed: 30, inTransit: 60, receiving: 150, closed: 340, deleted: 120, ltlBooked: 26 };

function shipmentName(createdAt: Date, index: number): string {
  const d = createdAt;
  return `FBA (${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}) - ${index}`;
}

/** Moves the scenario's shipment to where it stands `now`: carrier booked, shipped, deleted. */
function play(scenario: Scenario, shipment: ShipmentRecord, now: Date): void {
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR);
  const id = shipment.shipmentId;
  switch (scenario) {
    case 'changed':
      shipment.sellerUpdatedAt = hoursAgo(2);
      break;
    case 'inTransit':
      shipment.carrier = {
        partnered: false,
        mode: 'parcel',
        carrierName: 'FEDERAL_EXPRESS_CORP',
        trackingIds: [1, 2].map((n) => `1Z${String(hashString(`${id}:${n}`)).padStart(10, '0')}`),
      };
      shipment.labelsPrintedAt = hoursAgo(23);
      shipment.sellerShippedAt = hoursAgo(20);
      shipment.sellerUpdatedAt = hoursAgo(20);
      break;
    case 'receiving': {
      // Picked up by the partnered carrier 100 hours ago, when the void window closed.
      const confirmedAt = new Date(hoursAgo(100).getTime() - VOID_WINDOW_S.parcel * 1000);
      shipment.carrier = { partnered: true, mode: 'parcel', trackingIds: partneredTrackingIds(id, 2), confirmedAt };
      shipment.labelsPrintedAt = hoursAgo(126);
      shipment.sellerUpdatedAt = confirmedAt;
      break;
    }
    case 'closed':
      shipment.carrier = { partnered: false, mode: 'freight' };
      shipment.sellerShippedAt = hoursAgo(290);
      shipment.sellerUpdatedAt = hoursAgo(290);
      break;
    case 'deleted':
      shipment.cancelledStatus = 'DELETED';
      shipment.cancelledAt = hoursAgo(72);
      shipment.sellerUpdatedAt = hoursAgo(72);
      break;
    case 'ltlBooked': {
      const confirmedAt = new Date(now.getTime() - 20 * 60_000);
      const boxCount = 36;
      shipment.carrier = {
        partnered: true,
        mode: 'freight',
        amazonReferenceId: amazonReferenceId(id),
        contact: { name: 'Dana Whitfield', phoneNumber: '+1 206 555 0142', email: 'dock@northwind.example' },
        boxCount,
        // Amazon's estimate when the seller gives no total weight: 25 lb a box.
        totalWeightLb: boxCount * 25,
        pallets: [
          {
            quantity: 1,
            dimensions: { length: 40, width: 48, height: 52, unitOfMeasurement: 'IN' },
            weight: { value: 610, unit: 'LB' },
            stackability: 'NON_STACKABLE',
          },
        ],
        freightReadyDate: new Date(now.getTime() + 24 * HOUR).toISOString().slice(0, 10),
        confirmedAt,
      };
      shipment.labelsPrintedAt = hoursAgo(1);
      shipment.sellerUpdatedAt = confirmedAt;
      break;
    }
    case 'working':
      break;
  }
}

function seedSellerShipments(store: InboundStore, sellerId: string, shipFrom: Address, seed: number, now: Date): void {
  const skus = store.catalog.list(sellerId);
  const home = skus[0]?.marketplaceIds[0];
  if (skus.length < 8 || !home) return;
  const country = MARKETPLACE_COUNTRY[home] ?? 'US';
  const random = seededRandom(seed ^ hashString(sellerId));
  const pick = (count: number): SimSku[] => {
    const chosen = new Set<SimSku>();
    while (chosen.size < count) chosen.add(skus[Math.floor(random() * skus.length)] as SimSku);
    return [...chosen];
  };
  const scenarios: Scenario[] = ['working', 'changed', 'inTransit', 'receiving', 'closed', 'deleted'];
  if (country === 'US') scenarios.push('ltlBooked');

  scenarios.forEach((scenario, index) => {
    const createdAt = new Date(now.getTime() - CREATED_HOURS_AGO[scenario] * HOUR);
    const chosen = pick(3);
    const quantities = new Map(chosen.map((sku) => [sku, 12 * (1 + Math.floor(random() * 10))]));
    // Amazon splits the SKUs into one shipment per group; the demo keeps the first. Every group
    // draws its id, as Amazon's split did, so a seed always gives the same shipment ids.
    const [group, ...others] = splitIntoShipments(chosen, country);
    if (!group) return;
    const shipmentId = store.nextShipmentId();
    others.forEach(() => store.nextShipmentId());
    const shipment: ShipmentRecord = {
      sellerId,
      shipmentId,
      marketplaceId: home,
      country,
      shipmentName: shipmentName(createdAt, index + 1),
      shipFromAddress: shipFrom,
      destinationFulfillmentCenterId: group.center.id,
      labelPrepType: group.labelPrepType,
      boxContentsSource: index % 2 === 0 ? 'FEED' : 'NONE',
      items: group.items.map(({ sku, prepDetails }) => ({
        sellerSku: sku.sellerSku,
        fnsku: sku.fnsku,
        quantityShipped: quantities.get(sku) ?? 0,
        prepDetails,
        applied: { inboundWorking: 0, inboundShipped: 0, inboundReceiving: 0, fulfillable: 0 },
      })),
      createdAt,
      sellerUpdatedAt: createdAt,
    };
    play(scenario, shipment, now);
    store.shipments.set(shipment.shipmentId, shipment);
    applySeededInventory(store, shipment, now);
  });
}

function applySeededInventory(store: InboundStore, shipment: ShipmentRecord, now: Date): void {
  for (const item of shipment.items) {
    const target = inventoryTarget(shipment, item, now);
    const { fulfillable: _alreadyInStock, ...inbound } = target;
    if (store.catalog.get(shipment.sellerId, item.sellerSku)) store.catalog.adjust(shipment.sellerId, item.sellerSku, inbound, now);
    item.applied = target;
  }
}

export function seedDemoShipments(store: InboundStore, seed: number, now: Date): void {
  for (const [sellerId, shipFrom] of Object.entries(SHIP_FROM)) seedSellerShipments(store, sellerId, shipFrom, seed, now);
}
