/** Amazon's Send to Amazon codes (transportation, prep, label sheets) in the seller's words (client-safe); pages keep the code on hover. */
import type { ItemLabelPageType, PrepType, ReasonComment } from '@/lib/sp-api/generated/fulfillment-inbound-2024-03-20';
import { wordsOr } from '@/lib/format';

const MODE = { GROUND_SMALL_PARCEL: 'Small parcel', FREIGHT_LTL: 'Less than truckload (pallets)' } as Record<string, string>;
const SOLUTION = { AMAZON_PARTNERED_CARRIER: "Amazon's partnered carrier", USE_YOUR_OWN_CARRIER: 'Your own carrier' } as Record<string, string>;

/** e.g. "Small parcel · Amazon's partnered carrier (United Parcel Service Inc.)". */
export const transportLabel = (o: { shippingMode: string; shippingSolution: string; carrierName?: string | undefined }) =>
  `${MODE[o.shippingMode] ?? o.shippingMode} · ${SOLUTION[o.shippingSolution] ?? o.shippingSolution}${o.shippingSolution === 'AMAZON_PARTNERED_CARRIER' && o.carrierName ? ` (${o.carrierName})` : ''}`;

/** A prep step Amazon asks for (the model's PrepType). */
export const PREP_TYPE_LABELS: Record<PrepType, string> = {
  ITEM_BLACK_SHRINKWRAP: 'Black shrink wrapping',
  ITEM_BLANKSTK: 'Blank sticker over a bad barcode',
  ITEM_BOXING: 'Boxing',
  ITEM_BUBBLEWRAP: 'Bubble wrapping',
  ITEM_CAP_SEALING: 'Cap sealing',
  ITEM_DEBUNDLE: 'Debundling',
  ITEM_HANG_GARMENT: 'On a hanger',
  ITEM_LABELING: 'Labeling (FNSKU label)',
  ITEM_NO_PREP: 'No prep',
  ITEM_POLYBAGGING: 'Polybagging',
  ITEM_RMOVHANG: 'Taken off its hanger',
  ITEM_SETCREAT: 'Marked as a set',
  ITEM_SETSTK: 'Set sticker ("sold as a set")',
  ITEM_SIOC: 'Ships in its own packaging',
  ITEM_SUFFOSTK: 'Suffocation warning sticker',
  ITEM_TAPING: 'Taping',
};
export const prepTypeLabel = wordsOr(PREP_TYPE_LABELS);

/** The sheet FNSKU unit labels are printed on (the model's ItemLabelPageType): paper, labels per sheet and, where the code says it, their size. */
export const ITEM_LABEL_PAGE_TYPE_LABELS: Record<ItemLabelPageType, string> = {
  A4_21: 'A4, 21 labels per sheet',
  A4_24: 'A4, 24 labels per sheet',
  A4_24_64x33: 'A4, 24 labels per sheet, 64 × 33 mm',
  A4_24_66x35: 'A4, 24 labels per sheet, 66 × 35 mm',
  A4_24_70x36: 'A4, 24 labels per sheet, 70 × 36 mm',
  A4_24_70x37: 'A4, 24 labels per sheet, 70 × 37 mm',
  A4_24i: 'A4, 24 labels per sheet (variant i)',
  A4_27: 'A4, 27 labels per sheet',
  A4_40_52x29: 'A4, 40 labels per sheet, 52 × 29 mm',
  A4_44_48x25: 'A4, 44 labels per sheet, 48 × 25 mm',
  Letter_30: 'Letter, 30 labels per sheet',
};
export const itemLabelPageTypeLabel = wordsOr(ITEM_LABEL_PAGE_TYPE_LABELS);

/** Why a drop-off appointment is cancelled (the model's ReasonComment), in the order the form offers them. */
export const APPOINTMENT_CANCEL_REASON_LABELS: Record<ReasonComment, string> = {
  SHIPPING_PLAN_CHANGED: 'The shipping plan changed',
  VEHICLE_DELAY: 'The vehicle is delayed',
  SLOT_NOT_SUITABLE: 'The slot does not suit',
  OUTSIDE_CARRIER_BUSINESS_HOURS: 'Outside the carrier’s hours',
  PROCUREMENT_DELAY: 'The goods are delayed',
  INCREASED_QUANTITY: 'More units to send',
  UNFAVOURABLE_EXTERNAL_CONDITIONS: 'Weather or road conditions',
  APPOINTMENT_REQUESTED_BY_MISTAKE: 'Booked by mistake',
  OTHER: 'Another reason',
};
export const appointmentCancelReasonLabel = wordsOr(APPOINTMENT_CANCEL_REASON_LABELS);
