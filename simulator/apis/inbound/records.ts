/**
 * What the inbound simulator stores. Records keep what the seller chose and the moments things
 * happened (created, carrier booked, shipped, ...); statuses are derived from those timestamps
 * and the simulated clock (lifecycle.ts, carrier-bookings.ts), so advancing the clock moves
 * every shipment along without a background job.
 */
import type { ContactInformation, FreightInformation, PalletInput } from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';
import type { Address, BoxContentsSource, LabelPrepType, PrepDetails } from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';

/** Units of one item already reflected in the shared catalog, so each sync applies only the difference. */
export interface AppliedInventory {
  inboundWorking: number;
  inboundShipped: number;
  inboundReceiving: number;
  fulfillable: number;
}

export interface ShipmentItemRecord {
  sellerSku: string;
  fnsku: string;
  quantityShipped: number;
  prepDetails: PrepDetails[];
  applied: AppliedInventory;
}

/** Boxes sent with Amazon's partnered parcel carrier (carrier-bookings.ts), booked at `confirmedAt`. */
export interface PartneredParcelBooking {
  partnered: true;
  mode: 'parcel';
  /** One per box, in box order. */
  trackingIds: string[];
  confirmedAt: Date;
}

/** Pallets sent with Amazon's partnered LTL carrier, booked at `confirmedAt`: what the bill of lading prints. */
export interface PartneredFreightBooking {
  partnered: true;
  mode: 'freight';
  amazonReferenceId: string;
  contact: ContactInformation;
  boxCount: number;
  totalWeightLb: number;
  pallets: PalletInput[];
  /** The seller's declared value and freight class, when it gave them. */
  freight?: FreightInformation;
  /** YYYY-MM-DD: the carrier comes no earlier than noon (UTC) that day. */
  freightReadyDate: string;
  confirmedAt: Date;
}

/** Boxes the seller sends with a carrier of its own. */
export interface OwnCarrierParcelBooking {
  partnered: false;
  mode: 'parcel';
  carrierName: string;
  trackingIds: string[];
}

/** Pallets the seller sends with a freight carrier of its own. */
export interface OwnCarrierFreightBooking {
  partnered: false;
  mode: 'freight';
}

export type CarrierBooking = PartneredParcelBooking | PartneredFreightBooking | OwnCarrierParcelBooking | OwnCarrierFreightBooking;

export interface ShipmentRecord {
  sellerId: string;
  shipmentId: string;
  marketplaceId: string;
  country: string;
  shipmentName: string;
  shipFromAddress: Address;
  destinationFulfillmentCenterId: string;
  labelPrepType: LabelPrepType;
  boxContentsSource: BoxContentsSource;
  items: ShipmentItemRecord[];
  createdAt: Date;
  /** Last change made by the seller (created, carrier booked, labels printed, renamed). */
  sellerUpdatedAt: Date;
  /** When the seller's own carrier took it (carrier pickups follow from the booking). */
  sellerShippedAt?: Date;
  cancelledAt?: Date;
  cancelledStatus?: 'CANCELLED' | 'DELETED';
  labelsPrintedAt?: Date;
  carrier?: CarrierBooking;
}
