/**
 * Amazon's codes of the inbound v0 API in the seller's words (client-safe). Pages show the words
 * and keep the code on hover (`<span title={code}>`); a code not listed here is shown as it is.
 */
import type { GetLabelsParams, LabelPrepType, PrepInstruction } from '@/lib/sp-api/generated/fulfillment-inbound-v0';
import { wordsOr } from '@/lib/format';

/**
 * A carrier booking's status (v0 TransportStatus). Amazon removed the transport operations, and
 * this enum with them, from its models on 2025-01-21; stored bookings still carry it.
 */
export const TRANSPORT_STATUS_LABELS: Record<string, string> = {
  WORKING: 'Details sent; no estimate',
  ESTIMATING: 'Amazon was estimating the cost',
  ESTIMATED: 'Estimated, not confirmed',
  ERROR_ON_ESTIMATING: 'Amazon could not estimate',
  CONFIRMING: 'Confirming with the carrier',
  CONFIRMED: 'Confirmed',
  ERROR_ON_CONFIRMING: 'The carrier could not be confirmed',
  VOIDING: 'Voiding',
  VOIDED: 'Voided',
  ERROR_IN_VOIDING: 'The void failed',
  ERROR: 'Error',
};
export const transportStatusLabel = wordsOr(TRANSPORT_STATUS_LABELS);

/** Who labels a shipment's units (the model's LabelPrepType). */
export const LABEL_PREP_TYPE_LABELS: Record<LabelPrepType, string> = {
  NO_LABEL: 'No labels needed (manufacturer barcodes)',
  SELLER_LABEL: 'You label the units (FNSKU labels)',
  AMAZON_LABEL: 'Amazon labels the units',
};
export const labelPrepText = wordsOr(LABEL_PREP_TYPE_LABELS);

/**
 * The label preference an earlier plan was made with (createInboundShipmentPlan's
 * LabelPrepPreference; the operation and this enum left Amazon's models on 2025-01-21).
 */
export const LABEL_PREP_PREFERENCE_LABELS: Record<string, string> = {
  SELLER_LABEL: 'You label the units',
  AMAZON_LABEL_ONLY: 'Amazon labels the units (SKUs it cannot label are left out)',
  AMAZON_LABEL_PREFERRED: 'Amazon labels the units it can, you label the rest',
};
export const labelPrepPreferenceText = wordsOr(LABEL_PREP_PREFERENCE_LABELS);

/** A prep step an earlier plan asked for (the model's PrepInstruction). */
export const PREP_INSTRUCTION_LABELS: Record<PrepInstruction, string> = {
  Polybagging: 'Polybagging',
  BubbleWrapping: 'Bubble wrapping',
  Taping: 'Taping',
  BlackShrinkWrapping: 'Black shrink wrapping',
  Labeling: 'Labeling (FNSKU label)',
  HangGarment: 'On a hanger',
  SetCreation: 'Marked as a set',
  Boxing: 'Boxing',
  RemoveFromHanger: 'Taken off its hanger',
  Debundle: 'Debundling',
  SuffocationStickering: 'Suffocation warning sticker',
  CapSealing: 'Cap sealing',
  SetStickering: 'Set sticker ("sold as a set")',
  BlankStickering: 'Blank sticker over a bad barcode',
  ShipsInProductPackaging: 'Ships in its own packaging',
  NoPrep: 'No prep',
};
export const prepInstructionLabel = wordsOr(PREP_INSTRUCTION_LABELS);

/** The sheet box and pallet labels are printed on (getLabels' PageType): paper, labels per sheet, and where the carrier's part goes. */
export const PAGE_TYPE_LABELS: Record<GetLabelsParams['PageType'], string> = {
  PackageLabel_Letter_2: 'Letter, 2 labels per sheet',
  PackageLabel_Letter_4: 'Letter, 4 labels per sheet',
  PackageLabel_Letter_6: 'Letter, 6 labels per sheet',
  PackageLabel_Letter_6_CarrierLeft: 'Letter, 6 labels per sheet, carrier label left',
  PackageLabel_A4_2: 'A4, 2 labels per sheet',
  PackageLabel_A4_4: 'A4, 4 labels per sheet',
  PackageLabel_Plain_Paper: 'Plain Letter paper, 1 label per sheet',
  PackageLabel_Plain_Paper_CarrierBottom: 'Plain Letter paper, 1 label per sheet, carrier label at the bottom',
  PackageLabel_Thermal: 'Thermal printer (Amazon-partnered UPS)',
  PackageLabel_Thermal_Unified: 'Thermal printer (Amazon Transportation Services)',
  PackageLabel_Thermal_NonPCP: 'Thermal printer (not an Amazon-partnered carrier)',
  PackageLabel_Thermal_No_Carrier_Rotation: 'Thermal printer, carrier label not rotated (Amazon-partnered DHL)',
};
export const pageTypeLabel = wordsOr(PAGE_TYPE_LABELS);
