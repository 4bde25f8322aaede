/**
 * Demo shipments for a fresh simulator: for each demo seller, one shipment in each
 * interesting state (working, estimated partnered parcel, in transit, receiving, closed,
 * deleted, and for the NA seller a partnered LTL still inside its void window). Their
 * in-flight units are added to the catalog's inbound quantities; units of already received
 * shipments are taken to be part of the catalog's seeded fulfillable stock.
 */
import { DEMO_SELLERS, type SimSku } from '../../core/contract.js';
import { MARKETPLACE_COUNTRY } from './fulfillment-centers.js';
import { hashString, seededRandom } from './hash.js';
import { inventoryTarget } from './lifecycle.js';
import type { Address, PutTransportDetailsRequest } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';
import { splitIntoPlans } from './plans.js';
import type { ShipmentRecord, TransportRecord } from './records.js';
import type { InboundStore } from './store.js';
import { CONFIRM_DELAY_S, newTransportRecord, PARTNERED_SP_CARRIERS, VOID_WINDOW_S } from './transport.js';

const HOUR = 3600_000;

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

type Scenario = 'working' | 'estimated' | 'inTransit' | 'receiving' | 'closed' | 'deleted' | 'ltlConfirmed';

function shipmentName(createdAt: Date, index: number): string {
  const d = createdAt;
  return `FBA (${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}) - ${index}`;
}

/** A partnered transport whose timestamps put its carrier pickup at `pickupAt`. */
function partneredTransport(request: PutTransportDetailsRequest, shipmentId: string, pickupAt: Date): TransportRecord {
  const confirmed = pickupAt.getTime() - VOID_WINDOW_S[request.ShipmentType] * 1000;
  const confirmRequestedAt = new Date(confirmed - CONFIRM_DELAY_S * 1000);
  const estimateRequestedAt = new Date(confirmRequestedAt.getTime() - HOUR);
  const record = newTransportRecord(request, shipmentId, new Date(estimateRequestedAt.getTime() - HOUR));
  record.estimateRequestedAt = estimateRequestedAt;
  record.estimate = { amount: 0 };
  record.confirmRequestedAt = confirmRequestedAt;
  return record;
}

const box = { Dimensions: { Length: 18, Width: 14, Height: 12, Unit: 'inches' as const }, Weight: { Value: 22, Unit: 'pounds' as const } };

export function seedInboundShipments(store: InboundStore, sellerId: string, seed: number, now: Date): void {
  const skus = store.catalog.list(sellerId);
  const home = skus[0]?.marketplaceIds[0];
  if (skus.length < 8 || !home) return;
  const country = MARKETPLACE_COUNTRY[home] ?? 'US';
  const shipFrom = SHIP_FROM[sellerId] ?? { ...(SHIP_FROM[DEMO_SELLERS.na.sellerId] as Address), Name: sellerId };
  const random = seededRandom(seed ^ hashString(sellerId));
  const pick = (count: number): SimSku[] => {
    const chosen = new Set<SimSku>();
    while (chosen.size < count) chosen.add(skus[Math.floor(random() * skus.length)] as SimSku);
    return [...chosen];
  };
  const scenarios: Scenario[] = ['working', 'inTransit', 'receiving', 'closed', 'deleted'];
  if (PARTNERED_SP_CARRIERS[country]) scenarios.splice(1, 0, 'estimated');
  if (country === 'US') scenarios.push('ltlConfirmed');

  scenarios.forEach((scenario, index) => {
    const createdHoursAgo = { working: 20, estimated: 30, inTransit: 60, receiving: 150, closed: 340, deleted: 120, ltlConfirmed: 26 }[scenario];
    const createdAt = new Date(now.getTime() - createdHoursAgo * HOUR);
    const chosen = pick(3);
    const [plan] = splitIntoPlans(
      {
        ShipFromAddress: shipFrom,
        LabelPrepPreference: 'SELLER_LABEL',
        InboundShipmentPlanRequestItems: chosen.map((sku) => ({
          SellerSKU: sku.sellerSku,
          ASIN: sku.asin,
          Condition: sku.condition,
          Quantity: 12 * (1 + Math.floor(random() * 10)),
        })),
      },
      chosen,
      country,
      () => store.nextShipmentId(),
    );
    if (!plan) return;
    const shipment: ShipmentRecord = {
      sellerId,
      shipmentId: plan.ShipmentId,
      marketplaceId: home,
      country,
      shipmentName: shipmentName(createdAt, index + 1),
      shipFromAddress: shipFrom,
      destinationFulfillmentCenterId: plan.DestinationFulfillmentCenterId,
      labelPrepPreference: 'SELLER_LABEL',
      labelPrepType: plan.LabelPrepType,
      areCasesRequired: false,
      intendedBoxContentsSource: index % 2 === 0 ? 'FEED' : 'NONE',
      items: plan.Items.map((item) => ({
        sellerSku: item.SellerSKU,
        fnsku: item.FulfillmentNetworkSKU,
        quantityShipped: item.Quantity,
        prepDetails: item.PrepDetailsList ?? [],
        applied: { inboundWorking: 0, inboundShipped: 0, inboundReceiving: 0, fulfillable: 0 },
      })),
      createdAt,
      sellerUpdatedAt: createdAt,
    };
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR);
    const trackingList = [1, 2].map((n) => ({ TrackingId: `1Z${String(hashString(`${plan.ShipmentId}:${n}`)).padStart(10, '0')}` }));
    switch (scenario) {
      case 'estimated': {
        const transport = newTransportRecord(
          { IsPartnered: true, ShipmentType: 'SP', TransportDetails: { PartneredSmallParcelData: { PackageList: [box, box] } } },
          plan.ShipmentId,
          hoursAgo(3),
        );
        transport.estimateRequestedAt = hoursAgo(2);
        transport.estimate = { amount: 2 * (5.5 + 0.42 * 22) };
        shipment.transport = transport;
        shipment.sellerUpdatedAt = transport.estimateRequestedAt;
        break;
      }
      case 'inTransit':
        shipment.transport = newTransportRecord(
          {
            IsPartnered: false,
            ShipmentType: 'SP',
            TransportDetails: { NonPartneredSmallParcelData: { CarrierName: 'FEDERAL_EXPRESS_CORP', PackageList: trackingList } },
          },
          plan.ShipmentId,
          hoursAgo(24),
        );
        shipment.labelsPrintedAt = hoursAgo(23);
        shipment.sellerShippedAt = hoursAgo(20);
        shipment.sellerUpdatedAt = hoursAgo(20);
        break;
      case 'receiving':
        shipment.transport = partneredTransport(
          { IsPartnered: true, ShipmentType: 'SP', TransportDetails: { PartneredSmallParcelData: { PackageList: [box, box] } } },
          plan.ShipmentId,
          hoursAgo(100),
        );
        shipment.transport.estimate = { amount: 2 * (5.5 + 0.42 * 22) };
        shipment.labelsPrintedAt = hoursAgo(126);
        shipment.sellerUpdatedAt = hoursAgo(124);
        break;
      case 'closed':
        shipment.transport = newTransportRecord(
          {
            IsPartnered: false,
            ShipmentType: 'LTL',
            TransportDetails: { NonPartneredLtlData: { CarrierName: 'OLD DOMINION FREIGHT LINE', ProNumber: '7654321' } },
          },
          plan.ShipmentId,
          hoursAgo(300),
        );
        shipment.sellerShippedAt = hoursAgo(290);
        shipment.sellerUpdatedAt = hoursAgo(290);
        break;
      case 'deleted':
        shipment.cancelledStatus = 'DELETED';
        shipment.cancelledAt = hoursAgo(72);
        shipment.sellerUpdatedAt = hoursAgo(72);
        break;
      case 'ltlConfirmed': {
        const tomorrow = new Date(now.getTime() + 24 * HOUR).toISOString().slice(0, 10);
        const transport = newTransportRecord(
          {
            IsPartnered: true,
            ShipmentType: 'LTL',
            TransportDetails: {
              PartneredLtlData: {
                Contact: { Name: 'Dana Whitfield', Phone: '+1 206 555 0142', Email: 'dock@northwind.example' },
                BoxCount: 36,
                FreightReadyDate: tomorrow,
                PalletList: [{ Dimensions: { Length: 40, Width: 48, Height: 52, Unit: 'inches' }, Weight: { Value: 610, Unit: 'pounds' }, IsStacked: false }],
              },
            },
          },
          plan.ShipmentId,
          hoursAgo(2),
        );
        transport.estimateRequestedAt = hoursAgo(1.5);
        transport.estimate = { amount: 150 + 45 + 0.11 * 900 };
        transport.confirmRequestedAt = new Date(now.getTime() - 20 * 60_000 - CONFIRM_DELAY_S * 1000);
        shipment.transport = transport;
        shipment.labelsPrintedAt = hoursAgo(1);
        shipment.sellerUpdatedAt = transport.confirmRequestedAt;
        break;
      }
      default:
        break;
    }
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
  for (const seller of Object.values(DEMO_SELLERS)) seedInboundShipments(store, seller.sellerId, seed, now);
}
