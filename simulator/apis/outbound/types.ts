/**
 * The shapes this module reads and writes, named and spelled exactly as the definitions in
 * sp-api-models/fulfillmentOutbound_2020-07-01.json. Only the subset the simulator
 * touches is typed; the core has already validated requests against the full model.
 */
export type ShippingSpeedCategory = 'Standard' | 'Expedited' | 'Priority' | 'ScheduledDelivery';
export type FulfillmentPolicy = 'FillOrKill' | 'FillAll' | 'FillAllAvailable';
export type FulfillmentAction = 'Ship' | 'Hold';
export type FulfillmentOrderStatus =
  | 'New'
  | 'Received'
  | 'Planning'
  | 'Processing'
  | 'Cancelled'
  | 'Complete'
  | 'CompletePartialled'
  | 'Unfulfillable'
  | 'Invalid';
export type FulfillmentShipmentStatus = 'PENDING' | 'SHIPPED' | 'CANCELLED_BY_FULFILLER' | 'CANCELLED_BY_SELLER';
export type FeeName = 'FBAPerUnitFulfillmentFee' | 'FBAPerOrderFulfillmentFee' | 'FBATransportationFee' | 'FBAFulfillmentCODFee';
export type CurrentStatus = 'IN_TRANSIT' | 'OUT_FOR_DELIVERY' | 'DELIVERED';
export type EventCode = 'EVENT_101' | 'EVENT_102' | 'EVENT_201' | 'EVENT_202' | 'EVENT_301' | 'EVENT_302';

export interface Money {
  currencyCode: string;
  value: string;
}

export interface Address {
  name: string;
  addressLine1: string;
  addressLine2?: string;
  addressLine3?: string;
  city?: string;
  districtOrCounty?: string;
  stateOrRegion?: string;
  postalCode: string;
  countryCode: string;
  phone?: string;
}

export interface Weight {
  unit: 'KG' | 'KILOGRAMS' | 'LB' | 'POUNDS';
  value: string;
}

export interface FeatureSettings {
  featureName?: string;
  featureFulfillmentPolicy?: 'Required' | 'NotRequired';
}

export interface DeliveryWindow {
  startDate: string;
  endDate: string;
}

export interface CODSettings {
  isCodRequired: boolean;
  codCharge?: Money;
  codChargeTax?: Money;
  shippingCharge?: Money;
  shippingChargeTax?: Money;
}

export interface PaymentInformation {
  paymentTransactionId: string;
  paymentMode: string;
  paymentDate: string;
}

export interface GetFulfillmentPreviewItem {
  sellerSku: string;
  quantity: number;
  perUnitDeclaredValue?: Money;
  sellerFulfillmentOrderItemId: string;
}

export interface GetFulfillmentPreviewRequest {
  marketplaceId?: string;
  address: Address;
  items: GetFulfillmentPreviewItem[];
  shippingSpeedCategories?: ShippingSpeedCategory[];
  includeCODFulfillmentPreview?: boolean;
  includeDeliveryWindows?: boolean;
  featureConstraints?: FeatureSettings[];
}

export interface CreateFulfillmentOrderItem {
  sellerSku: string;
  sellerFulfillmentOrderItemId: string;
  quantity: number;
  giftMessage?: string;
  displayableComment?: string;
  fulfillmentNetworkSku?: string;
  perUnitDeclaredValue?: Money;
  perUnitPrice?: Money;
  perUnitTax?: Money;
}

export interface CreateFulfillmentOrderRequest {
  marketplaceId?: string;
  sellerFulfillmentOrderId: string;
  displayableOrderId: string;
  displayableOrderDate: string;
  displayableOrderComment: string;
  shippingSpeedCategory: ShippingSpeedCategory;
  deliveryWindow?: DeliveryWindow;
  destinationAddress: Address;
  deliveryPreferences?: unknown;
  fulfillmentAction?: FulfillmentAction;
  fulfillmentPolicy?: FulfillmentPolicy;
  codSettings?: CODSettings;
  shipFromCountryCode?: string;
  notificationEmails?: string[];
  featureConstraints?: FeatureSettings[];
  items: CreateFulfillmentOrderItem[];
  paymentInformation?: PaymentInformation[];
}

export interface UpdateFulfillmentOrderItem {
  sellerSku?: string;
  sellerFulfillmentOrderItemId: string;
  quantity: number;
  giftMessage?: string;
  displayableComment?: string;
  fulfillmentNetworkSku?: string;
  orderItemDisposition?: string;
  perUnitDeclaredValue?: Money;
  perUnitPrice?: Money;
  perUnitTax?: Money;
}

export interface UpdateFulfillmentOrderRequest {
  marketplaceId?: string;
  displayableOrderId?: string;
  displayableOrderDate?: string;
  displayableOrderComment?: string;
  shippingSpeedCategory?: ShippingSpeedCategory;
  destinationAddress?: Address;
  fulfillmentAction?: FulfillmentAction;
  fulfillmentPolicy?: FulfillmentPolicy;
  shipFromCountryCode?: string;
  notificationEmails?: string[];
  featureConstraints?: FeatureSettings[];
  items?: UpdateFulfillmentOrderItem[];
}

export interface CreateReturnItem {
  sellerReturnItemId: string;
  sellerFulfillmentOrderItemId: string;
  amazonShipmentId: string;
  returnReasonCode: string;
  returnComment?: string;
}

export interface GetDeliveryOffersRequest {
  product: {
    productIdentifier: { merchantSku: string };
    amount?: { unitOfMeasure: 'Eaches'; value: string };
  };
  terms: {
    origin: { countryCode: string };
    destination: {
      deliveryAddress?: { postalCode: string; countryCode: string; city?: string; stateOrRegion?: string };
      ipAddress?: string;
    };
  };
}

export interface ReturnItem {
  sellerReturnItemId: string;
  sellerFulfillmentOrderItemId: string;
  amazonShipmentId: string;
  sellerReturnReasonCode: string;
  returnComment?: string;
  amazonReturnReasonCode?: string;
  status: 'New' | 'Processed';
  statusChangedDate: string;
  returnAuthorizationId?: string;
  returnReceivedCondition?: 'Sellable' | 'Defective' | 'CustomerDamaged' | 'CarrierDamaged' | 'FulfillerDamaged';
  fulfillmentCenterId?: string;
}

export interface ReturnAuthorization {
  returnAuthorizationId: string;
  fulfillmentCenterId: string;
  returnToAddress: Address;
  amazonRmaId: string;
  rmaPageURL: string;
}

export interface TrackingAddress {
  city: string;
  state: string;
  country: string;
}

export interface TrackingEvent {
  eventDate: string;
  eventAddress: TrackingAddress;
  eventCode: EventCode;
  eventDescription: string;
}
