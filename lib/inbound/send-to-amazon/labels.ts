/** FNSKU label formats the plan page offers (client-safe). */
import type { ItemLabelPageType } from '@/lib/sp-api/generated/fulfillment-inbound-2024-03-20';

export const ITEM_LABEL_PAGE_TYPES = [
  'Letter_30',
  'A4_21',
  'A4_24',
  'A4_24_64x33',
  'A4_24_66x35',
  'A4_24_70x36',
  'A4_24_70x37',
  'A4_24i',
  'A4_27',
  'A4_40_52x29',
  'A4_44_48x25',
] as const satisfies readonly ItemLabelPageType[];
/** Thermal label sizes sellers print on, in millimetres (the model allows 25 to 100 a side). */
export const THERMAL_SIZES = { '50x25': [50, 25], '57x32': [57, 32], '76x51': [76, 51] } as const;
