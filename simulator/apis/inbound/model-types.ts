/**
 * Wire types for the Fulfillment Inbound v0 model (sp-api-models/legacy/fulfillmentInboundV0_2023-03-23.json),
 * written by hand and limited to the definitions this module reads or returns. Every field
 * name here is the model's; nothing is added.
 */

export const PREP_INSTRUCTIONS = [
  'Polybagging', 'BubbleWrapping', 'Taping', 'BlackShrinkWrapping', 'Labeling', 'HangGarment', 'SetCreation',
  'Boxing', 'RemoveFromHanger', 'Debundle', 'SuffocationStickering', 'CapSealing', 'SetStickering',
  'BlankStickering', 'NoPrep',
] as const;
export type PrepInstruction = (typeof PREP_INSTRUCTIONS)[number];
export type PrepOwner = 'AMAZON' | 'SELLER';
export type BarcodeInstruction = 'RequiresFNSKULabel' | 'CanUseOriginalBarcode' | 'MustProvideSellerSKU';
export type PrepGuidance = 'ConsultHelpDocuments' | 'NoAdditionalPrepRequired' | 'SeePrepInstructionsList';
export type InboundGuidance = 'InboundNotRecommended' | 'InboundOK';
export type GuidanceReason = 'SlowMovingASIN' | 'NoApplicableGuidance';
export type ErrorReason = 'DoesNotExist' | 'InvalidASIN';
export type LabelPrepPreference = 'SELLER_LABEL' | 'AMAZON_LABEL_ONLY' | 'AMAZON_LABEL_PREFERRED';
export type LabelPrepType = 'NO_LABEL' | 'SELLER_LABEL' | 'AMAZON_LABEL';
export type CurrencyCode = 'USD' | 'GBP';
export type ShipmentStatus =
  | 'WORKING' | 'SHIPPED' | 'RECEIVING' | 'CANCELLED' | 'DELETED' | 'CLOSED' | 'ERROR' | 'IN_TRANSIT' | 'DELIVERED'
  | 'CHECKED_IN';
/** getShipments also filters on READY_TO_SHIP, a status never returned as ShipmentStatus. */
export type ShipmentStatusFilter = ShipmentStatus | 'READY_TO_SHIP';
export type PackageStatus = 'SHIPPED' | 'IN_TRANSIT' | 'DELIVERED' | 'CHECKED_IN' | 'RECEIVING' | 'CLOSED' | 'DELETED';
export type BoxContentsSource = 'NONE' | 'FEED' | '2D_BARCODE' | 'INTERACTIVE';
export type IntendedBoxContentsSource = 'NONE' | 'FEED' | '2D_BARCODE';
export type ShipmentType = 'SP' | 'LTL';
export type TransportStatus =
  | 'WORKING' | 'ESTIMATING' | 'ESTIMATED' | 'ERROR_ON_ESTIMATING' | 'CONFIRMING' | 'CONFIRMED'
  | 'ERROR_ON_CONFIRMING' | 'VOIDING' | 'VOIDED' | 'ERROR_IN_VOIDING' | 'ERROR';
export type SellerFreightClass =
  | '50' | '55' | '60' | '65' | '70' | '77.5' | '85' | '92.5' | '100' | '110' | '125' | '150' | '175' | '200' | '250'
  | '300' | '400' | '500';
export const PAGE_TYPES = [
  'PackageLabel_Letter_2', 'PackageLabel_Letter_4', 'PackageLabel_Letter_6', 'PackageLabel_Letter_6_CarrierLeft',
  'PackageLabel_A4_2', 'PackageLabel_A4_4', 'PackageLabel_Plain_Paper', 'PackageLabel_Plain_Paper_CarrierBottom',
  'PackageLabel_Thermal', 'PackageLabel_Thermal_Unified', 'PackageLabel_Thermal_NonPCP',
  'PackageLabel_Thermal_No_Carrier_Rotation',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];
export type LabelType = 'BARCODE_2D' | 'UNIQUE' | 'PALLET';

export interface Address {
  Name: string;
  AddressLine1: string;
  AddressLine2?: string;
  DistrictOrCounty?: string;
  City: string;
  StateOrProvinceCode: string;
  CountryCode: string;
  PostalCode: string;
}

export interface Amount {
  CurrencyCode: CurrencyCode;
  Value: number;
}

export interface PrepDetails {
  PrepInstruction: PrepInstruction;
  PrepOwner: PrepOwner;
}

export interface AmazonPrepFeesDetails {
  PrepInstruction?: PrepInstruction;
  FeePerUnit?: Amount;
}

export interface BoxContentsFeeDetails {
  TotalUnits?: number;
  FeePerUnit?: Amount;
  TotalFee?: Amount;
}

export interface InboundShipmentPlanRequestItem {
  SellerSKU: string;
  ASIN: string;
  Condition: string;
  Quantity: number;
  QuantityInCase?: number;
  PrepDetailsList?: PrepDetails[];
}

export interface CreateInboundShipmentPlanRequest {
  ShipFromAddress: Address;
  LabelPrepPreference: LabelPrepPreference;
  ShipToCountryCode?: string;
  ShipToCountrySubdivisionCode?: string;
  InboundShipmentPlanRequestItems: InboundShipmentPlanRequestItem[];
}

export interface InboundShipmentPlanItem {
  SellerSKU: string;
  FulfillmentNetworkSKU: string;
  Quantity: number;
  PrepDetailsList?: PrepDetails[];
}

export interface InboundShipmentPlan {
  ShipmentId: string;
  DestinationFulfillmentCenterId: string;
  ShipToAddress: Address;
  LabelPrepType: LabelPrepType;
  Items: InboundShipmentPlanItem[];
  EstimatedBoxContentsFee?: BoxContentsFeeDetails;
}

export interface InboundShipmentHeader {
  ShipmentName: string;
  ShipFromAddress: Address;
  DestinationFulfillmentCenterId: string;
  AreCasesRequired?: boolean;
  ShipmentStatus: ShipmentStatus;
  LabelPrepPreference: LabelPrepPreference;
  IntendedBoxContentsSource?: IntendedBoxContentsSource;
}

export interface InboundShipmentItem {
  ShipmentId?: string;
  SellerSKU: string;
  FulfillmentNetworkSKU?: string;
  QuantityShipped: number;
  QuantityReceived?: number;
  QuantityInCase?: number;
  ReleaseDate?: string;
  PrepDetailsList?: PrepDetails[];
}

export interface InboundShipmentRequest {
  InboundShipmentHeader: InboundShipmentHeader;
  InboundShipmentItems: InboundShipmentItem[];
  MarketplaceId: string;
}

export interface InboundShipmentInfo {
  ShipmentId?: string;
  ShipmentName?: string;
  ShipFromAddress: Address;
  DestinationFulfillmentCenterId?: string;
  ShipmentStatus?: ShipmentStatus;
  LabelPrepType?: LabelPrepType;
  AreCasesRequired: boolean;
  ConfirmedNeedByDate?: string;
  BoxContentsSource?: BoxContentsSource;
  EstimatedBoxContentsFee?: BoxContentsFeeDetails;
}

export interface Dimensions {
  Length: number;
  Width: number;
  Height: number;
  Unit: 'inches' | 'centimeters';
}

export interface Weight {
  Value: number;
  Unit: 'pounds' | 'kilograms';
}

export interface Contact {
  Name: string;
  Phone: string;
  Email: string;
  Fax?: string;
}

export interface Pallet {
  Dimensions: Dimensions;
  Weight?: Weight;
  IsStacked: boolean;
}

export interface PartneredSmallParcelDataInput {
  PackageList?: { Dimensions: Dimensions; Weight: Weight }[];
  CarrierName?: string;
}

export interface NonPartneredSmallParcelDataInput {
  CarrierName: string;
  PackageList: { TrackingId: string }[];
}

export interface PartneredLtlDataInput {
  Contact?: Contact;
  BoxCount?: number;
  SellerFreightClass?: SellerFreightClass;
  FreightReadyDate?: string;
  PalletList?: Pallet[];
  TotalWeight?: Weight;
  SellerDeclaredValue?: Amount;
}

export interface NonPartneredLtlDataInput {
  CarrierName: string;
  ProNumber: string;
}

export interface TransportDetailInput {
  PartneredSmallParcelData?: PartneredSmallParcelDataInput;
  NonPartneredSmallParcelData?: NonPartneredSmallParcelDataInput;
  PartneredLtlData?: PartneredLtlDataInput;
  NonPartneredLtlData?: NonPartneredLtlDataInput;
}

export interface PutTransportDetailsRequest {
  IsPartnered: boolean;
  ShipmentType: ShipmentType;
  TransportDetails: TransportDetailInput;
}

export interface PartneredEstimate {
  Amount: Amount;
  ConfirmDeadline?: string;
  VoidDeadline?: string;
}

export interface TransportResult {
  TransportStatus: TransportStatus;
  ErrorCode?: string;
  ErrorDescription?: string;
}

export interface PartneredSmallParcelPackageOutput {
  Dimensions: Dimensions;
  Weight: Weight;
  CarrierName: string;
  TrackingId: string;
  PackageStatus: PackageStatus;
}

export interface NonPartneredSmallParcelPackageOutput {
  CarrierName: string;
  TrackingId: string;
  PackageStatus: PackageStatus;
}

export interface PartneredLtlDataOutput {
  Contact: Contact;
  BoxCount: number;
  SellerFreightClass?: SellerFreightClass;
  FreightReadyDate: string;
  PalletList: Pallet[];
  TotalWeight: Weight;
  SellerDeclaredValue?: Amount;
  AmazonCalculatedValue?: Amount;
  PreviewPickupDate: string;
  PreviewDeliveryDate: string;
  PreviewFreightClass: SellerFreightClass;
  AmazonReferenceId: string;
  IsBillOfLadingAvailable: boolean;
  PartneredEstimate?: PartneredEstimate;
  CarrierName: string;
}

export interface TransportDetailOutput {
  PartneredSmallParcelData?: { PackageList: PartneredSmallParcelPackageOutput[]; PartneredEstimate?: PartneredEstimate };
  NonPartneredSmallParcelData?: { PackageList: NonPartneredSmallParcelPackageOutput[] };
  PartneredLtlData?: PartneredLtlDataOutput;
  NonPartneredLtlData?: NonPartneredLtlDataInput;
}

export interface TransportContent {
  TransportHeader: { SellerId: string; ShipmentId: string; IsPartnered: boolean; ShipmentType: ShipmentType };
  TransportDetails: TransportDetailOutput;
  TransportResult: TransportResult;
}
