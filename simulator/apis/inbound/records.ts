/**
 * What the inbound simulator stores. Records keep the seller's inputs and the moments things
 * happened (created, shipped, estimate requested, ...); statuses are derived from those
 * timestamps and the simulated clock (lifecycle.ts, transport.ts), so advancing the clock
 * moves every shipment along without a background job.
 */
import type {
  Address,
  InboundShipmentPlan,
  IntendedBoxContentsSource,
  LabelPrepPreference,
  LabelPrepType,
  PrepDetails,
  ShipmentType,
  TransportDetailInput,
} from '../../../lib/sp-api/generated/fulfillment-inbound-v0.js';

export interface PlanRecord {
  sellerId: string;
  plan: InboundShipmentPlan;
  country: string;
  labelPrepPreference: LabelPrepPreference;
  createdAt: Date;
  /** Set once createInboundShipment has used the plan's ShipmentId. */
  used: boolean;
}

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
  quantityInCase?: number;
  prepDetails: PrepDetails[];
  /** YYYY-MM-DD release date for pre-orderable items. */
  releaseDate?: string;
  applied: AppliedInventory;
}

export interface TransportRecord {
  isPartnered: boolean;
  shipmentType: ShipmentType;
  details: TransportDetailInput;
  putAt: Date;
  /** Partnered small parcel tracking ids, one per package, assigned on putTransportDetails. */
  trackingIds: string[];
  /** Partnered LTL reference, assigned on putTransportDetails. */
  amazonReferenceId?: string;
  estimateRequestedAt?: Date;
  estimate?: { amount: number } | { errorCode: string; errorDescription: string };
  confirmRequestedAt?: Date;
  voidRequestedAt?: Date;
}

export interface ShipmentRecord {
  sellerId: string;
  shipmentId: string;
  marketplaceId: string;
  country: string;
  shipmentName: string;
  shipFromAddress: Address;
  destinationFulfillmentCenterId: string;
  labelPrepPreference: LabelPrepPreference;
  labelPrepType: LabelPrepType;
  areCasesRequired: boolean;
  intendedBoxContentsSource?: IntendedBoxContentsSource;
  items: ShipmentItemRecord[];
  createdAt: Date;
  /** Last change made by the seller (create, update, transport, labels, pre-order). */
  sellerUpdatedAt: Date;
  /** Set when the seller marks the shipment SHIPPED (carrier pickups are derived from transport). */
  sellerShippedAt?: Date;
  cancelledAt?: Date;
  cancelledStatus?: 'CANCELLED' | 'DELETED';
  labelsPrintedAt?: Date;
  preorder?: { needByDate: string; fulfillableDate: string };
  transport?: TransportRecord;
}
