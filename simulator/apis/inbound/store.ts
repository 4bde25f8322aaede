/**
 * The inbound module's state: the shipments per seller (seeded, and those of confirmed Send to
 * Amazon plans). `sync` keeps the shared catalog in step with each shipment's derived status by
 * applying only the change since the last sync.
 */
import { notFound, type SimCatalog } from '../../core/contract.js';
import { seededRandom } from './hash.js';
import { inventoryTarget } from './lifecycle.js';
import type { AppliedInventory, ShipmentRecord } from './records.js';

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export class InboundStore {
  readonly shipments = new Map<string, ShipmentRecord>();
  private random: () => number;

  constructor(
    readonly catalog: SimCatalog,
    seed = 1,
  ) {
    this.random = seededRandom(seed);
  }

  reset(seed: number): void {
    this.shipments.clear();
    this.random = seededRandom(seed ^ 0x1b0d);
  }

  /** FBA shipment ids look like FBA15DJ9S3J5: "FBA" and nine base-36 characters. */
  nextShipmentId(): string {
    for (;;) {
      let id = 'FBA1';
      for (let i = 0; i < 8; i++) id += ID_ALPHABET[Math.floor(this.random() * ID_ALPHABET.length)];
      if (!this.shipments.has(id)) return id;
    }
  }

  /** The seller's shipment, or 404: another seller's shipment id is as unknown as a made-up one. */
  shipment(sellerId: string, shipmentId: string): ShipmentRecord {
    const shipment = this.shipments.get(shipmentId);
    if (!shipment || shipment.sellerId !== sellerId) throw notFound(`Shipment ${shipmentId} was not found.`);
    return shipment;
  }

  sellerShipments(sellerId: string): ShipmentRecord[] {
    return [...this.shipments.values()].filter((shipment) => shipment.sellerId === sellerId);
  }

  /** Moves the shipment's units in the catalog to where its current status puts them. */
  sync(shipment: ShipmentRecord, now: Date): void {
    for (const item of shipment.items) {
      const target = inventoryTarget(shipment, item, now);
      const change: Partial<AppliedInventory> = {};
      let changed = false;
      for (const key of Object.keys(target) as (keyof AppliedInventory)[]) {
        const delta = target[key] - item.applied[key];
        if (delta !== 0) {
          change[key] = delta;
          changed = true;
        }
      }
      if (!changed) continue;
      // A SKU removed from the catalog can no longer hold stock; the shipment still tracks it.
      if (this.catalog.get(shipment.sellerId, item.sellerSku)) {
        this.catalog.adjust(shipment.sellerId, item.sellerSku, change, now);
      }
      item.applied = target;
    }
  }

  syncSeller(sellerId: string, now: Date): void {
    for (const shipment of this.sellerShipments(sellerId)) this.sync(shipment, now);
  }

  syncAll(now: Date): void {
    for (const shipment of this.shipments.values()) this.sync(shipment, now);
  }
}
