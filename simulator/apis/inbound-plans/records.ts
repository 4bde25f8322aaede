/**
 * What the Fulfillment Inbound 2024-03-20 simulator stores per inbound plan. A plan walks
 * Amazon's Send to Amazon steps: items -> packing option -> box contents -> placement option
 * (its shipments) -> transportation (and delivery windows) -> tracking. Once a placement is
 * confirmed, each shipment also lives in the v0 store under its confirmation id (FBA...), so
 * the v0 operations Amazon kept (getLabels, getShipments, getShipmentItems) and the shared
 * shipment life cycle (lifecycle.ts of the v0 module) see it.
 */
import type {
  AddressInput,
  BoxContentInformationSource,
  AppointmentSlot,
  BoxUpdateInput,
  ContactInformation,
  DeliveryWindowOption,
  Dimensions,
  FreightInformation,
  Incentive,
  ItemInput,
  LabelOwner,
  OperationProblem,
  PalletInput,
  PrepOwner,
  SelfShipAppointmentDetails,
  TrackingDetailsInput,
  TransportationOption,
  Weight,
} from '../../../lib/sp-api/generated/fulfillment-inbound-2024-03-20.js';

export type OfferStatus = 'OFFERED' | 'ACCEPTED' | 'EXPIRED';

export interface PlanItem {
  msku: string;
  asin: string;
  fnsku: string;
  quantity: number;
  labelOwner: LabelOwner;
  prepOwner: PrepOwner;
  expiration?: string;
  manufacturingLotCode?: string;
}

export interface PackingGroupRecord {
  packingGroupId: string;
  items: PlanItem[];
}

export interface PackingOptionRecord {
  packingOptionId: string;
  groups: PackingGroupRecord[];
  fees: Incentive[];
  discounts: Incentive[];
  expiresAt: Date;
  status: OfferStatus;
}

export interface BoxRecord {
  packageId: string;
  packingGroupId: string;
  contentInformationSource: BoxContentInformationSource;
  dimensions: Dimensions;
  weight: Weight;
  items: ItemInput[];
  /** Set when a confirmed placement puts the box in a shipment: its 1-based index there. */
  shipmentId?: string;
  indexInShipment?: number;
}

export interface PlacementOptionRecord {
  placementOptionId: string;
  shipmentIds: string[];
  fees: Incentive[];
  discounts: Incentive[];
  expiresAt: Date;
  status: OfferStatus;
}

export interface PlanShipmentRecord {
  shipmentId: string;
  placementOptionId: string;
  warehouseId: string;
  /** Package ids of the boxes this shipment carries. */
  packageIds: string[];
  name?: string;
  /** The FBA... id on labels; the key of the shipment in the v0 store. Set on placement confirmation. */
  confirmationId?: string;
  readyToShipStart?: string;
  pallets?: PalletInput[];
  freight?: FreightInformation;
  contact?: ContactInformation;
  transportationOptions: TransportationOption[];
  selectedTransportationOptionId?: string;
  amazonReferenceId?: string;
  deliveryWindowOptions: DeliveryWindowOption[];
  selectedDeliveryWindowOptionId?: string;
  tracking?: TrackingDetailsInput;
  /** What the shipment carries once a content update was confirmed (before that, its boxes say). */
  updatedItems?: PlanItem[];
  contentUpdatePreviews: ContentUpdatePreviewRecord[];
  /** Drop-off slots offered (self-ship appointments, where the marketplace has them) and the appointments made, newest last. */
  appointmentSlots?: { slots: AppointmentSlot[]; expiresAt: Date };
  appointments?: SelfShipAppointmentDetails[];
}

/** generateShipmentContentUpdatePreviews' result: the requested contents, re-quoted, confirmable until it expires. */
export interface ContentUpdatePreviewRecord {
  contentUpdatePreviewId: string;
  expiresAt: Date;
  boxes: BoxUpdateInput[];
  items: ItemInput[];
  transportationOption: TransportationOption;
}

export type PlanStatus = 'ACTIVE' | 'VOIDED' | 'SHIPPED' | 'ERRORED';

export interface InboundPlanRecord {
  inboundPlanId: string;
  sellerId: string;
  name: string;
  marketplaceId: string;
  country: string;
  sourceAddress: AddressInput;
  createdAt: Date;
  lastUpdatedAt: Date;
  status: PlanStatus;
  items: PlanItem[];
  packingOptions: PackingOptionRecord[];
  boxes: BoxRecord[];
  placementOptions: PlacementOptionRecord[];
  /** Set when confirmPlacementOption is accepted, before its operation completes: it is sent once. */
  placementConfirmationRequested?: boolean;
  shipments: PlanShipmentRecord[];
  transportationConfirmed: boolean;
}

/** An asynchronous call: its effect runs when it completes, on the simulated clock. */
export interface OperationRecord {
  operationId: string;
  sellerId: string;
  operation: string;
  doneAt: Date;
  status: 'IN_PROGRESS' | 'SUCCESS' | 'FAILED';
  problems: OperationProblem[];
  /** The effect, run once at doneAt; returns the problems that make it fail (none: success). */
  complete?: (at: Date) => OperationProblem[];
}
